import { CLAIM_KINDS, type ClaimKind, type ConfidenceLevel, type DatePrecision, type Stance } from "@/db/enums";
import { confidenceGrade } from "@/lib/confidence";
import { formatPartialDate } from "@/lib/dates";
import { epochDay, plural, publishedInRange } from "./range";
import type { ChartClaim, ChartRange } from "./types";
import { kindPhrase } from "./words";
import { claimPath } from "@/lib/urls";

export interface TimelineItem {
  id: number;
  kind: ClaimKind;
  headline: string;
  dateLabel: string;
  precision: DatePrecision;
  /** Epoch days of the first and last day the date can mean; equal for a day-precise claim. */
  startDay: number;
  endDay: number;
  /** Where the mark sits: the middle of the date's interval. */
  midDay: number;
  confidence: ConfidenceLevel;
  confidenceLabel: string;
  midpoint: number;
  stance: Stance;
  /** Lane index (one lane per kind present) and row inside the lane, so marks never sit on each other. */
  lane: number;
  row: number;
  href: string;
}

export interface TimelineLane {
  kind: ClaimKind;
  rows: number;
}

export interface TimelineChartData {
  view: "timeline";
  items: TimelineItem[];
  lanes: TimelineLane[];
  startDay: number;
  endDay: number;
  /** Published claims in the range; `items` holds the latest TIMELINE_MAX_ITEMS of them when there are more. */
  claimCount: number;
}

/** A timeline stays readable (and an embed light) up to this many marks; beyond it, the latest are drawn and the summary says so. */
export const TIMELINE_MAX_ITEMS = 150;

/**
 * The timeline view: every published claim on a time axis, one lane per kind,
 * the mark sized by confidence and drawn across the whole interval its date
 * can mean (a month, a year) so that imprecise dates never look precise.
 */
export function timelineChartData(claims: readonly ChartClaim[], range: ChartRange = {}): TimelineChartData {
  const inRange = publishedInRange(claims, range);
  const published =
    inRange.length > TIMELINE_MAX_ITEMS
      ? inRange.slice(-TIMELINE_MAX_ITEMS) // already oldest first
      : inRange;
  const kinds = CLAIM_KINDS.filter((k) => published.some((c) => c.kind === k));
  const laneOf = new Map(kinds.map((k, i) => [k, i]));
  const startDay = published.length ? Math.min(...published.map((c) => epochDay(c.occurredStart))) : 0;
  const endDay = published.length ? Math.max(...published.map((c) => epochDay(c.occurredEnd))) : 0;
  // Marks closer than this share of the span go on a new row of their lane.
  const minGap = Math.max(1, (endDay - startDay) * 0.035);
  const rowEnds = kinds.map(() => [] as number[]);
  const items = published
    .map((c) => {
      const s = epochDay(c.occurredStart);
      const e = epochDay(c.occurredEnd);
      return { c, s, e, mid: (s + e) / 2 };
    })
    .sort((a, b) => a.mid - b.mid || a.c.id - b.c.id)
    .map(({ c, s, e, mid }): TimelineItem => {
      const lane = laneOf.get(c.kind)!;
      const ends = rowEnds[lane];
      let row = ends.findIndex((last) => mid - last >= minGap);
      if (row === -1) row = ends.length;
      ends[row] = mid;
      const grade = confidenceGrade(c.confidence);
      return {
        id: c.id,
        kind: c.kind,
        headline: c.headline,
        dateLabel: formatPartialDate(c.occurredOn, c.precision),
        precision: c.precision,
        startDay: s,
        endDay: e,
        midDay: mid,
        confidence: c.confidence,
        confidenceLabel: grade.label,
        midpoint: grade.midpoint,
        stance: c.stance,
        lane,
        row,
        href: claimPath(c.id),
      };
    });
  return {
    view: "timeline",
    items,
    lanes: kinds.map((kind, i) => ({ kind, rows: Math.max(1, rowEnds[i].length) })),
    startDay,
    endDay,
    claimCount: inRange.length,
  };
}

/** One sentence on what the timeline holds. */
export function timelineSummary(data: TimelineChartData): string {
  if (data.items.length === 0) return "No published claims in this period.";
  const byKind = new Map<ClaimKind, number>();
  for (const i of data.items) byKind.set(i.kind, (byKind.get(i.kind) ?? 0) + 1);
  const [topKind, topCount] = [...byKind.entries()].sort((a, b) => b[1] - a[1])[0];
  const byDate = [...data.items].sort((a, b) => a.startDay - b.startDay || a.id - b.id);
  const first = byDate[0];
  const latest = byDate[byDate.length - 1];
  const span =
    first.dateLabel === latest.dateLabel
      ? `${first.precision === "day" ? "on" : "in"} ${first.dateLabel}`
      : `from ${first.dateLabel} to ${latest.dateLabel}`;
  const most =
    data.items.length === 1 || topCount === 1
      ? ""
      : topCount === data.items.length
        ? `, all ${kindPhrase(topKind, topCount).replace(/^\d+ /, "")}`
        : `, most often ${kindPhrase(topKind, topCount).replace(/^\d+ /, "")} (${topCount})`;
  const latestText = data.items.length === 1 ? `: “${latest.headline}”` : `; the latest is “${latest.headline}”`;
  const shown =
    data.claimCount > data.items.length
      ? `The latest ${data.items.length} of ${data.claimCount.toLocaleString("en")} published claims`
      : plural(data.items.length, "published claim");
  return `${shown} ${span}${most}${latestText}${data.claimCount > data.items.length ? " (narrow the dates to see earlier ones)" : ""}.`;
}
