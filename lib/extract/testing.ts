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

/** A made-up article's opening about one couple (Petra Voss and Jonah Kell), for tests that add sentences after it. */
const VOSS_KELL = [
  "Petra Voss and Jonah Kell: the romance nobody saw coming",
  "Singer Petra Voss and the rugby winger Jonah Kell were seen holding hands at the Brass Lantern in Cardiff on Saturday.",
];

/** The Voss and Kell opening, then the lines given, as an article published on 12 March 2025. */
export const vossKellStory = (...lines: string[]) => ({
  text: [...VOSS_KELL, ...lines].join("\n\n"),
  published: "2025-03-12",
  outlet: null,
});

/** What the rules make of the sentences holding the words, after the Voss and Kell opening, as "kind speaker". */
export const vossKellClaimsOn = (words: string, ...lines: string[]) =>
  rulesOnly(vossKellStory(...lines))
    .filter((c) => c.evidence.includes(words))
    .map((c) => `${c.kind} ${c.speaker}`);
