import { confidenceGrade } from "@/lib/confidence";
import { formatPartialDate, todayIso } from "@/lib/dates";
import { HEAT_HALF_LIFE_DAYS, heatFromNet } from "@/lib/heat";
import { dayFromEpoch, epochDay, listWords, plural, publishedInRange, rangeDays } from "./range";
import type { ChartClaim, ChartRange } from "./types";

const DAILY_DECAY = Math.pow(0.5, 1 / HEAT_HALF_LIFE_DAYS);
const STANCE_SIGN = { supports: 1, neutral: 0, contradicts: -1 } as const;
/** Charts draw at most about this many points; every jump and peak is kept exactly. */
const MAX_PLOTTED_POINTS = 240;

export interface HeatPoint {
  /** Epoch day (days since 1970-01-01). */
  day: number;
  date: string;
  heat: number;
}

export interface HeatMarker {
  id: number;
  kind: "confirmation" | "denial";
  headline: string;
  dateLabel: string;
  day: number;
  heat: number;
}

export interface HeatMonth {
  month: string;
  label: string;
  peak: number;
  end: number;
  claims: number;
}

export interface HeatChartData {
  view: "heat";
  startDay: number;
  endDay: number;
  endIsToday: boolean;
  /** Points to draw (thinned): every day a claim lands, the day before it, the peak and the last day are always among them. */
  points: HeatPoint[];
  markers: HeatMarker[];
  months: HeatMonth[];
  peak: { heat: number; date: string; after: { id: number; headline: string } | null } | null;
  current: { heat: number; date: string };
  claimCount: number;
}

/**
 * Heat for every day of a window in one pass over date-sorted claims,
 * O(days + claims): yesterday's net evidence decays by one day's share of the
 * half-life and today's claims add their signed confidence midpoints. This is
 * exactly `netEvidence` (lib/heat.ts) evaluated day by day, so each value
 * agrees with `heatOn` for that day.
 */
export function dailyHeat(claims: readonly ChartClaim[], startDay: number, endDay: number): HeatPoint[] {
  const evidence = claims
    .filter((c) => c.status === "published" && STANCE_SIGN[c.stance] !== 0)
    .map((c) => ({ day: epochDay(c.occurredStart), weight: STANCE_SIGN[c.stance] * confidenceGrade(c.confidence).midpoint }))
    .sort((a, b) => a.day - b.day);
  const out: HeatPoint[] = [];
  if (endDay < startDay) return out;
  let i = 0;
  let net = 0;
  const first = Math.min(startDay, evidence.length ? evidence[0].day : startDay);
  for (let day = first; day <= endDay; day++) {
    net *= DAILY_DECAY;
    while (i < evidence.length && evidence[i].day === day) net += evidence[i++].weight;
    if (day >= startDay) out.push({ day, date: dayFromEpoch(day), heat: heatFromNet(net) });
  }
  return out;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function thin(daily: HeatPoint[], keep: Set<number>): HeatPoint[] {
  const step = Math.max(1, Math.ceil(daily.length / MAX_PLOTTED_POINTS));
  return daily.filter((p, index) => index % step === 0 || keep.has(p.day) || index === daily.length - 1).map((p) => ({ ...p, heat: round1(p.heat) }));
}

/**
 * The heat view of a pair: heat 0–100 over the window, with its confirmations
 * and denials marked on the line. The window runs from `range.from` (default:
 * a month before the first claim that moves heat) to `range.to` (default: today).
 */
export function heatChartData(claims: readonly ChartClaim[], range: ChartRange = {}, today: string = todayIso()): HeatChartData {
  const published = publishedInRange(claims);
  const { start, end } = rangeDays(range);
  const moving = published.filter((c) => c.stance !== "neutral");
  const firstDay = epochDay((moving[0] ?? published[0])?.occurredStart ?? today) - 30;
  const startDay = start ? epochDay(start) : firstDay;
  const endDay = Math.max(startDay, end ? Math.min(epochDay(end), epochDay(today)) : epochDay(today));
  const daily = dailyHeat(published, startDay, endDay);

  const inWindow = publishedInRange(published, { from: dayFromEpoch(startDay), to: dayFromEpoch(endDay) });
  const jumpDays = new Set<number>();
  for (const c of inWindow) {
    const d = epochDay(c.occurredStart);
    jumpDays.add(d);
    jumpDays.add(d - 1);
  }
  let peakPoint: HeatPoint | null = null;
  for (const p of daily) if (p.heat > 0 && (!peakPoint || p.heat > peakPoint.heat)) peakPoint = p;
  if (peakPoint) jumpDays.add(peakPoint.day);
  const heatByDay = new Map(daily.map((p) => [p.day, p.heat]));

  const markers: HeatMarker[] = inWindow
    .filter((c): c is ChartClaim & { kind: "confirmation" | "denial" } => c.kind === "confirmation" || c.kind === "denial")
    .map((c) => {
      const day = Math.max(startDay, epochDay(c.occurredStart));
      return { id: c.id, kind: c.kind, headline: c.headline, dateLabel: formatPartialDate(c.occurredOn, c.precision), day, heat: round1(heatByDay.get(day) ?? 0) };
    });

  const months = new Map<string, HeatMonth>();
  for (const p of daily) {
    const month = p.date.slice(0, 7);
    const m = months.get(month) ?? { month, label: formatPartialDate(month, "month"), peak: 0, end: 0, claims: 0 };
    m.peak = Math.max(m.peak, p.heat);
    m.end = p.heat;
    months.set(month, m);
  }
  for (const c of inWindow) {
    const m = months.get(c.occurredStart.slice(0, 7));
    if (m) m.claims++;
  }

  let after: { id: number; headline: string } | null = null;
  if (peakPoint) {
    // The claim that lifted heat most recently before the peak: the strongest supporting claim of the last day that added support.
    const lifted = published.filter((c) => c.stance === "supports" && epochDay(c.occurredStart) <= peakPoint.day);
    const lastDay = lifted.length ? lifted[lifted.length - 1].occurredStart : null;
    const candidates = lifted.filter((c) => c.occurredStart === lastDay);
    const best = candidates.sort((a, b) => confidenceGrade(b.confidence).midpoint - confidenceGrade(a.confidence).midpoint || b.id - a.id)[0];
    if (best) after = { id: best.id, headline: best.headline };
  }

  const last = daily[daily.length - 1];
  return {
    view: "heat",
    startDay,
    endDay,
    endIsToday: endDay === epochDay(today),
    points: thin(daily, jumpDays),
    markers,
    months: [...months.values()].map((m) => ({ ...m, peak: Math.round(m.peak), end: Math.round(m.end) })),
    peak: peakPoint ? { heat: Math.round(peakPoint.heat), date: peakPoint.date, after } : null,
    current: { heat: Math.round(last?.heat ?? 0), date: last?.date ?? dayFromEpoch(endDay) },
    claimCount: inWindow.length,
  };
}

/** One sentence a reader (or a screen reader) gets instead of the picture. */
export function heatSummary(data: HeatChartData): string {
  const now = data.endIsToday ? "today" : `on ${formatPartialDate(data.current.date, "day")}`;
  if (!data.peak) {
    return data.claimCount === 0
      ? "No published claims in this period, so heat stayed at 0."
      : `Heat stayed at 0: none of the ${plural(data.claimCount, "published claim")} in this period points to a romance.`;
  }
  const when = formatPartialDate(data.peak.date.slice(0, 7), "month");
  const after = data.peak.after ? ` after “${data.peak.after.headline}”` : "";
  const denials = data.markers.filter((m) => m.kind === "denial").length;
  const confirmations = data.markers.length - denials;
  const marked = [denials ? plural(denials, "denial") : "", confirmations ? plural(confirmations, "confirmation") : ""].filter(Boolean);
  const markedText = marked.length ? `; ${listWords(marked)} ${data.markers.length === 1 ? "is" : "are"} marked on the line` : "";
  return `Heat peaked at ${data.peak.heat} in ${when}${after}, and stands at ${data.current.heat} ${now}${markedText}.`;
}
