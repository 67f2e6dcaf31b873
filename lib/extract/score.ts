import { parsePartialDate } from "@/lib/dates";
import { maximumWeightMatching } from "./matching";
import type { KeyedClaim } from "./types";

/**
 * Scores suggested claims against hand-keyed ones (ADR 0018). Pure: no I/O.
 *
 * A suggestion matches a key when the pair (unordered, names case-folded with whitespace
 * collapsed) and the kind are the same and the date is equal at the key's unit: the suggestion
 * is cut to the key's unit (day, month or year, from the key's date), a coarser suggestion never
 * matches, and a `circa` key also accepts one unit either side. Matching is one-to-one and as
 * large as possible; among the largest matchings, the one whose fields agree most is kept.
 */

/** The fields a suggestion is scored on; both SuggestedClaim and KeyedClaim have them. */
export type ScorableClaim = Pick<
  KeyedClaim,
  "pair" | "kind" | "occurredOn" | "precision" | "place" | "speaker" | "quote" | "outlet" | "mentions" | "stance"
>;

export const SCORED_FIELDS = ["stance", "speaker", "outlet", "place", "quote", "mentions"] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export interface ArticleScore {
  keyed: number;
  suggested: number;
  matched: number;
  /** matched / suggested; null when nothing was suggested. */
  precision: number | null;
  /** matched / keyed; null when nothing was keyed. */
  recall: number | null;
  /** Keys matched on pair and date alone, ignoring the kind (a diagnostic). */
  pairDateMatched: number;
  /** Sum over matched claims of each field's score (1 correct, 0 wrong; mentions by F1). */
  fieldTotals: Record<ScoredField, number>;
  /** [key index, suggestion index] of each match. */
  matches: [number, number][];
}

export interface ScoreSummary {
  articles: number;
  keyed: number;
  suggested: number;
  matched: number;
  precision: number | null;
  recall: number | null;
  pairDateRecall: number | null;
  /** Mean field score over matched claims; null when nothing matched. */
  fields: Record<ScoredField, number | null>;
}

/** Case-folded, whitespace-collapsed, trimmed. */
export function normaliseName(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("en").replace(/\s+/g, " ").trim();
}

function samePair(a: readonly [string, string], b: readonly [string, string]): boolean {
  const [a0, a1] = a.map(normaliseName);
  const [b0, b1] = b.map(normaliseName);
  return (a0 === b0 && a1 === b1) || (a0 === b1 && a1 === b0);
}

type Unit = "day" | "month" | "year";
const UNIT_LENGTH: Record<Unit, number> = { year: 4, month: 7, day: 10 };

function unitOf(date: string): Unit | null {
  const parsed = parsePartialDate(date);
  if (!parsed) return null;
  return parsed.day !== undefined ? "day" : parsed.month !== undefined ? "month" : "year";
}

/** A date cut to its unit, as a whole number of that unit (days since 1970, months, years). */
function ordinal(date: string, unit: Unit): number {
  const d = parsePartialDate(date)!;
  if (unit === "year") return d.year;
  if (unit === "month") return d.year * 12 + (d.month! - 1);
  return Date.UTC(d.year, d.month! - 1, d.day!) / 86_400_000;
}

/** Whether a suggested date meets a keyed one under the scoring rule (see the file comment). */
export function datesMatch(key: Pick<ScorableClaim, "occurredOn" | "precision">, suggestion: Pick<ScorableClaim, "occurredOn">): boolean {
  const keyUnit = unitOf(key.occurredOn);
  const suggestionUnit = unitOf(suggestion.occurredOn);
  if (!keyUnit || !suggestionUnit) return false;
  if (UNIT_LENGTH[suggestionUnit] < UNIT_LENGTH[keyUnit]) return false;
  const cut = suggestion.occurredOn.slice(0, UNIT_LENGTH[keyUnit]);
  const distance = Math.abs(ordinal(cut, keyUnit) - ordinal(key.occurredOn, keyUnit));
  return distance === 0 || (key.precision === "circa" && distance === 1);
}

/** Whether a suggestion matches a key; `ignoreKind` gives the pair-and-date diagnostic. */
export function claimsMatch(key: ScorableClaim, suggestion: ScorableClaim, ignoreKind = false): boolean {
  return samePair(key.pair, suggestion.pair) && (ignoreKind || key.kind === suggestion.kind) && datesMatch(key, suggestion);
}

/** A non-empty string; null, undefined and blank strings all count as "nothing". */
const present = (s: string | null | undefined): s is string => typeof s === "string" && s.trim() !== "";

function sameName(a: string | null, b: string | null): boolean {
  if (!present(a) || !present(b)) return !present(a) && !present(b);
  return normaliseName(a) === normaliseName(b);
}

/** Correct when any comma-separated part of the keyed place appears in the suggested one. */
export function placeCorrect(key: string | null, suggestion: string | null): boolean {
  if (!present(key) || !present(suggestion)) return !present(key) && !present(suggestion);
  const haystack = normaliseName(suggestion);
  return key
    .split(",")
    .map(normaliseName)
    .some((part) => part !== "" && haystack.includes(part));
}

/** Case-folded, whitespace-collapsed, every quote mark made straight, outer quote marks dropped. */
export function normaliseQuote(quote: string): string {
  return normaliseName(quote.replace(/[‘’‚‛′`´]/g, "'").replace(/[“”„‟″«»]/g, '"')).replace(/^["'\s]+|["'\s]+$/g, "");
}

/** Correct when one quote contains the other once normalised; two nulls agree. */
export function quoteCorrect(key: string | null, suggestion: string | null): boolean {
  if (!present(key) || !present(suggestion)) return !present(key) && !present(suggestion);
  const [k, s] = [normaliseQuote(key), normaliseQuote(suggestion)];
  return k.includes(s) || s.includes(k);
}

/** Set F1 of two name lists; two empty lists score 1. */
export function mentionsF1(key: readonly string[], suggestion: readonly string[]): number {
  const k = new Set(key.map(normaliseName).filter(Boolean));
  const s = new Set(suggestion.map(normaliseName).filter(Boolean));
  if (k.size === 0 && s.size === 0) return 1;
  const common = [...k].filter((name) => s.has(name)).length;
  return (2 * common) / (k.size + s.size);
}

/** Each scored field's score for one matched key and suggestion. */
export function fieldScores(key: ScorableClaim, suggestion: ScorableClaim): Record<ScoredField, number> {
  return {
    stance: key.stance === suggestion.stance ? 1 : 0,
    speaker: sameName(key.speaker, suggestion.speaker) ? 1 : 0,
    outlet: sameName(key.outlet, suggestion.outlet) ? 1 : 0,
    place: placeCorrect(key.place, suggestion.place) ? 1 : 0,
    quote: quoteCorrect(key.quote, suggestion.quote) ? 1 : 0,
    mentions: mentionsF1(key.mentions, suggestion.mentions),
  };
}

const sum = (scores: Record<ScoredField, number>) => SCORED_FIELDS.reduce((total, f) => total + scores[f], 0);

function largestMatching(keys: readonly ScorableClaim[], suggestions: readonly ScorableClaim[], ignoreKind: boolean): [number, number][] {
  // Each match is worth more than all field agreement put together, so the matching is as
  // large as possible first and agrees on the most fields second.
  const base = SCORED_FIELDS.length * (Math.min(keys.length, suggestions.length) + 1) + 1;
  const weights = keys.map((key) =>
    suggestions.map((s) => (claimsMatch(key, s, ignoreKind) ? base + (ignoreKind ? 0 : sum(fieldScores(key, s))) : 0)),
  );
  return maximumWeightMatching(weights, suggestions.length);
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

/** Scores one article's suggestions against its keyed claims. */
export function scoreArticle(keys: readonly ScorableClaim[], suggestions: readonly ScorableClaim[]): ArticleScore {
  const matches = largestMatching(keys, suggestions, false);
  const fieldTotals = Object.fromEntries(SCORED_FIELDS.map((f) => [f, 0])) as Record<ScoredField, number>;
  for (const [k, s] of matches) {
    const scores = fieldScores(keys[k], suggestions[s]);
    for (const f of SCORED_FIELDS) fieldTotals[f] += scores[f];
  }
  return {
    keyed: keys.length,
    suggested: suggestions.length,
    matched: matches.length,
    precision: ratio(matches.length, suggestions.length),
    recall: ratio(matches.length, keys.length),
    pairDateMatched: largestMatching(keys, suggestions, true).length,
    fieldTotals,
    matches,
  };
}

/** Micro-averages: every claim of every article counts once. */
export function summarise(scores: readonly ArticleScore[]): ScoreSummary {
  const total = (pick: (s: ArticleScore) => number) => scores.reduce((n, s) => n + pick(s), 0);
  const [keyed, suggested, matched] = [total((s) => s.keyed), total((s) => s.suggested), total((s) => s.matched)];
  const fields = Object.fromEntries(
    SCORED_FIELDS.map((f) => [
      f,
      ratio(
        total((s) => s.fieldTotals[f]),
        matched,
      ),
    ]),
  ) as Record<ScoredField, number | null>;
  return {
    articles: scores.length,
    keyed,
    suggested,
    matched,
    precision: ratio(matched, suggested),
    recall: ratio(matched, keyed),
    pairDateRecall: ratio(
      total((s) => s.pairDateMatched),
      keyed,
    ),
    fields,
  };
}
