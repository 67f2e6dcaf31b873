import type { ExtractInput, LedgerNames, SuggestedClaim } from "./types";
import { analyseArticle, plainName, type Article } from "./article";
import { headlineOf } from "./headline";
import { mergeDuplicates } from "./merge";
import { claimsOf } from "./rules";
import { redate } from "./dating";
import { leadDate } from "./claim-dates";
import type { SentenceModel } from "./learned";
import shipped from "./sentence-model.json";

/** The sentence classifier trained by `npm run extract:train` (ADR 19, eighth pass). */
export const SHIPPED_MODEL = shipped as SentenceModel;

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

/** The ledger slug of a person's name as the article writes it (by name or alias, any case), or null. */
export function personSlugIn(ledger: LedgerNames): (name: string | null) => string | null {
  return (name) => {
    if (!name) return null;
    const key = fold(name);
    return ledger.people.find((p) => fold(p.name) === key || p.aliases.some((a) => fold(a) === key))?.slug ?? null;
  };
}

/**
 * Suggests the claims an article contains (see types.ts): pure, rule-based, no network.
 * Names are as the article writes them; a name the ledger knows (by name or alias) carries its slug.
 * A text with no claim about a pair gives [].
 */
export function extractClaims(
  input: ExtractInput,
  ledger: LedgerNames = { people: [], outlets: [] },
  model: SentenceModel | null = SHIPPED_MODEL,
): SuggestedClaim[] {
  if (!input.text.trim()) return [];
  return claimsOfArticle(analyseArticle(input, ledger), ledger, model);
}

/** The suggestions for an article already read (the review page reads it once for these and for its sentences). */
export function claimsOfArticle(article: Article, ledger: LedgerNames, model: SentenceModel | null = SHIPPED_MODEL): SuggestedClaim[] {
  const personSlug = personSlugIn(ledger);
  const outletSlug = (name: string | null): string | null => {
    if (!name) return null;
    const key = fold(name);
    return ledger.outlets.find((o) => fold(o.name) === key || fold(plainName(o.name)) === key)?.slug ?? null;
  };
  // Evidence is of what has happened: a claim dated after the article came out is a schedule, not a claim.
  const happened = (c: { occurredOn: string }) => c.occurredOn <= article.published.slice(0, c.occurredOn.length);
  const found = claimsOf(article, model);
  // The learned date chooser (ADR 19, fifteenth pass) may move a claim to a date it prefers clearly to the rules'.
  const dated = model?.dates ? redate(article, found, model.dates, leadDate(article, 1)) : found;
  return mergeDuplicates(dated.filter(happened), article.published).map((c) => ({
    pair: c.pair,
    kind: c.kind,
    headline: headlineOf(c),
    occurredOn: c.occurredOn,
    precision: c.precision,
    place: c.place,
    speaker: c.speaker,
    quote: c.quote,
    outlet: c.outlet,
    mentions: c.mentions,
    stance: c.stance,
    confidence: c.confidence,
    evidence: c.evidence,
    slugs: {
      pair: [personSlug(c.pair[0]), personSlug(c.pair[1])],
      speaker: personSlug(c.speaker),
      outlet: outletSlug(c.outlet),
      mentions: c.mentions.map(personSlug),
    },
  }));
}
