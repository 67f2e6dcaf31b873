import "server-only";
import type { Db } from "@/db/client";
import { analyseArticle } from "./article";
import { claimsOfArticle, extractClaims } from "./extract";
import { parseExtractInput } from "./input";
import { ledgerNames } from "./ledger";
import { ledgerDuplicate, storableDate } from "./save";
import { draftsOfArticle, type SentenceDraft } from "./sentence-drafts";
import type { SuggestedClaim } from "./types";

/** Checks the article input (400 on empty text or a bad date) and suggests its claims, with the ledger's slugs. */
export function suggestClaimsFromArticle(db: Db, body: unknown): SuggestedClaim[] {
  return extractClaims(parseExtractInput(body), ledgerNames(db));
}

export interface ReviewedSuggestion extends SuggestedClaim {
  /** The id of a claim the ledger already holds for the same pair, kind and date, or null. */
  duplicateOf: number | null;
}

export interface ArticleReview {
  claims: ReviewedSuggestion[];
  /** Every prose sentence with a claim drafted from it, for adding a claim the extractor missed; some flagged to check. */
  sentences: SentenceDraft[];
}

/** What the editors' review page shows: the suggestions, each flagged when the ledger already has it, and the sentences. */
export function reviewArticle(db: Db, body: unknown): ArticleReview {
  const ledger = ledgerNames(db);
  const article = analyseArticle(parseExtractInput(body), ledger);
  const suggested = claimsOfArticle(article, ledger);
  const claims = suggested.map((c) => {
    const [a, b] = c.slugs.pair;
    return { ...c, duplicateOf: a && b ? ledgerDuplicate(db, [a, b], c.kind, storableDate(c.occurredOn, c.precision)) : null };
  });
  return { claims, sentences: draftsOfArticle(article, ledger, suggested) };
}
