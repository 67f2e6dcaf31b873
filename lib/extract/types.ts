import type { ClaimKind, DatePrecision, Stance } from "@/lib/vocabulary";
import type { ConfidenceLevel } from "@/db/enums";

/** What the extractor is given: one article and the day it was published (YYYY-MM-DD). */
export interface ExtractInput {
  text: string;
  published: string;
  /** The article's own URL and outlet name, when the editor knows them. */
  url?: string | null;
  outlet?: string | null;
}

/** The ledger's people and outlets, for recognising names that already have a slug. */
export interface LedgerNames {
  people: { slug: string; name: string; aliases: string[] }[];
  outlets: { slug: string; name: string }[];
}

/**
 * A claim as found in one article: names as the article writes them (full names),
 * plus the ledger slug of each name the ledger already knows.
 */
export interface SuggestedClaim {
  pair: [string, string];
  kind: ClaimKind;
  headline: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY, matching `precision` (circa takes YYYY-MM or YYYY, or a day for "over the weekend"). */
  occurredOn: string;
  precision: DatePrecision;
  place: string | null;
  speaker: string | null;
  quote: string | null;
  outlet: string | null;
  mentions: string[];
  stance: Stance;
  confidence: ConfidenceLevel;
  /** The sentence(s) of the article the claim came from, verbatim. */
  evidence: string;
  slugs: {
    pair: [string | null, string | null];
    speaker: string | null;
    outlet: string | null;
    mentions: (string | null)[];
  };
}

/** A claim keyed by hand in the evaluation corpus: the fields that are scored. */
export interface KeyedClaim {
  pair: [string, string];
  kind: ClaimKind;
  occurredOn: string;
  precision: DatePrecision;
  place: string | null;
  speaker: string | null;
  quote: string | null;
  outlet: string | null;
  mentions: string[];
  stance: Stance;
  confidence?: ConfidenceLevel;
  headline?: string;
}
