import { analyseArticle } from "./article";
import { extractClaims } from "./extract";
import type { ExtractInput } from "./types";

/**
 * Helpers for the rule tests: the extractor with an empty ledger and without the sentence model, so
 * each test shows what the rules alone make of its made-up sentences.
 */
export const noLedger = { people: [], outlets: [] };

export const rulesOnly = (input: ExtractInput) => extractClaims(input, noLedger, null);

/** Each claim as "kind occurredOn precision A & B", the fields most rules are about. */
export const brief = (input: ExtractInput) => rulesOnly(input).map((c) => `${c.kind} ${c.occurredOn} ${c.precision} ${c.pair.join(" & ")}`);

/** The first quoted claim given to a speaker (null: an unnamed one). */
export const said = (input: ExtractInput, speaker: string | null) =>
  rulesOnly(input).find((c) => c.speaker === speaker && c.quote !== null);

export const read = (text: string, published = "2024-03-18", outlet: string | null = null) =>
  analyseArticle({ text, published, outlet }, noLedger);
