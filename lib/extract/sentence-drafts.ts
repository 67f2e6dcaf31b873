import type { ClaimKind, DatePrecision, Stance } from "@/lib/vocabulary";
import type { ConfidenceLevel } from "@/db/enums";
import { analyseArticle, refsIn, type Article } from "./article";
import { confidenceOf, stanceOf } from "./classify";
import { findDates } from "./dates";
import { claimsOfArticle, personSlugIn, SHIPPED_MODEL } from "./extract";
import { headlineOf } from "./headline";
import { predictedKind, sentenceFeatures, type SentenceModel } from "./learned";
import type { ExtractInput, LedgerNames, SuggestedClaim } from "./types";

/**
 * A prose sentence of the article with a claim drafted from it, for a claim the extractor missed:
 * the editor picks the sentence and completes the draft. Nothing here is a suggestion; every field
 * is a starting point.
 */
export interface SentenceDraft {
  /** The sentence, verbatim: the new claim's evidence. */
  sentence: string;
  /**
   * The first two people the sentence names or means (pronouns resolved), as the article writes them; a sentence that
   * names fewer ("The pair…", "Her rep said…") is filled from the last sentence before it that named two. "" for nobody.
   */
  pair: [string, string];
  slugs: [string | null, string | null];
  /** The kind the sentence classifier rates likeliest for the sentence, never "none". */
  kind: ClaimKind;
  /** Empty unless the sentence names two people. */
  headline: string;
  /** The first date the sentence gives that is not after publication, else the publication day. */
  occurredOn: string;
  precision: DatePrecision;
  stance: Stance;
  confidence: ConfidenceLevel;
  /**
   * Worth a second look: no suggestion came from the sentence (none holds it in its evidence), yet the sentence
   * classifier rates a claim in it at half or more of the likelihood the extractor needs to suggest one. These are the
   * sentences where a claim the extractor missed is likeliest; the review page lists them first.
   */
  toCheck: boolean;
}

/** One draft per prose sentence (headings and captions carry no claim), in the article's order. */
export function sentenceDrafts(
  input: ExtractInput,
  ledger: LedgerNames = { people: [], outlets: [] },
  model: SentenceModel | null = SHIPPED_MODEL,
): SentenceDraft[] {
  if (!input.text.trim()) return [];
  const article = analyseArticle(input, ledger);
  return draftsOfArticle(article, ledger, claimsOfArticle(article, ledger, model), model);
}

/** The drafts for an article already read, given the claims suggested for it. */
export function draftsOfArticle(
  article: Article,
  ledger: LedgerNames,
  suggested: readonly Pick<SuggestedClaim, "evidence">[],
  model: SentenceModel | null = SHIPPED_MODEL,
): SentenceDraft[] {
  const personSlug = personSlugIn(ledger);
  const checkAt = model ? model.threshold / 2 : Infinity;
  let inForce: string[] = [];
  return article.sentences
    .filter((s) => s.prose)
    .map((s) => {
      const own = [...new Set(refsIn(article, s).map((r) => r.value.person))];
      const named = own.length >= 2 ? own : [...new Set([...own, ...inForce])];
      if (own.length >= 2) inForce = own.slice(0, 2);
      const pair: [string, string] = [named[0] ?? "", named[1] ?? ""];
      const likeliest = model ? predictedKind(model, sentenceFeatures(article, s), 0) : null;
      const kind = likeliest?.kind ?? "report";
      const date = findDates(s.text, article.published).find((d) => d.occurredOn <= article.published.slice(0, d.occurredOn.length));
      const stance = stanceOf(kind, s.text);
      const draft = {
        pair,
        kind,
        occurredOn: date?.occurredOn ?? article.published,
        precision: date?.precision ?? "day",
        place: null,
        speaker: null,
        quote: null,
        outlet: article.outlet,
        mentions: [],
        stance,
        confidence: confidenceOf(kind, null, article.outlet !== null),
        evidence: s.text,
        sentence: s.index,
      };
      return {
        sentence: s.text,
        pair,
        slugs: [personSlug(pair[0] || null), personSlug(pair[1] || null)],
        kind,
        headline: pair[0] && pair[1] ? headlineOf(draft) : "",
        occurredOn: draft.occurredOn,
        precision: draft.precision,
        stance,
        confidence: draft.confidence,
        toCheck: (likeliest?.p ?? 0) >= checkAt && !suggested.some((c) => c.evidence.includes(s.text)),
      };
    });
}
