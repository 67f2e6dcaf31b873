import { dateInterval } from "@/lib/dates";
import type { ChartClaim, ChartRange } from "./types";

/** First and last day a range covers; an open end stays undefined. */
export function rangeDays(range: ChartRange): { start?: string; end?: string } {
  return { start: range.from ? dateInterval(range.from).start : undefined, end: range.to ? dateInterval(range.to).end : undefined };
}

/**
 * Published claims whose date could fall inside the range (the same rule as
 * the timeline filters: a month-precise claim counts for a range that touches
 * its month), oldest first. Drafts and retracted claims never reach a chart.
 */
export function publishedInRange(claims: readonly ChartClaim[], range: ChartRange = {}): ChartClaim[] {
  const { start, end } = rangeDays(range);
  const kept = claims.filter((c) => c.status === "published" && (!start || c.occurredEnd >= start) && (!end || c.occurredStart <= end));
  // Claims usually arrive in order from the (pair, status, date) index: only sort when they do not.
  // Dates are ISO strings, so plain comparison orders them (localeCompare would be many times slower).
  for (let i = 1; i < kept.length; i++) {
    if (byDateThenId(kept[i - 1], kept[i]) > 0) return kept.sort(byDateThenId);
  }
  return kept;
}

function byDateThenId(a: ChartClaim, b: ChartClaim): number {
  return a.occurredStart < b.occurredStart ? -1 : a.occurredStart > b.occurredStart ? 1 : a.id - b.id;
}

/** Whole days since 1970-01-01 for a `YYYY-MM-DD` date: the x unit every chart shares. */
export function epochDay(day: string): number {
  const key = day.length === 10 ? day : day.slice(0, 10);
  let n = EPOCH_DAYS.get(key);
  if (n === undefined) {
    n = Math.round(Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, Number(key.slice(8, 10))) / 86_400_000);
    // Charts parse the same few thousand dates over and over: remember them (bounded).
    if (EPOCH_DAYS.size > 100_000) EPOCH_DAYS.clear();
    EPOCH_DAYS.set(key, n);
  }
  return n;
}
const EPOCH_DAYS = new Map<string, number>();

/** The `YYYY-MM-DD` date of an epoch day. */
export function dayFromEpoch(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/** "2 claims", "1 claim". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "a, b and c". */
export function listWords(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
