import { confidenceGrade } from "@/lib/confidence";
import { formatPartialDate, todayIso } from "@/lib/dates";
import { HEAT_HALF_LIFE_DAYS, heatFromNet } from "@/lib/heat";
import { dayFromEpoch, epochDay, listWords, plural, publishedInRange, rangeDays } from "./range";
import type { ChartClaim, ChartRange } from "./types";

const DAILY_DECAY = Math.pow(0.5, 1 / HEAT_HALF_LIFE_DAYS);
const STANCE_SIGN = { supports: 1, neutral: 0, contradicts: -1 } as const;
/** Charts draw at most about this many points; every jump and peak is kept exactly. */
const MAX_PLOTTED_POINTS = 240;
/** A line stays readable with this many marks on it; a pair with more marks its latest. */
export const HEAT_MAX_MARKERS = 40;

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
  /** Confirmations and denials marked on the line: the latest HEAT_MAX_MARKERS of `markerCount`. */
  markers: HeatMarker[];
  markerCount: number;
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
 * agrees with `heatOn` for that day. Returns one number per day from startDay.
 */
export function dailyHeatValues(claims: readonly ChartClaim[], startDay: number, endDay: number): Float64Array {
  if (endDay < startDay) return new Float64Array(0);
  const days: number[] = [];
  const weights: number[] = [];
  for (const c of claims) {
    const sign = STANCE_SIGN[c.stance];
    if (c.status !== "published" || sign === 0) continue;
    days.push(epochDay(c.occurredStart));
    weights.push(sign * confidenceGrade(c.confidence).midpoint);
  }
  const order = days.map((_, i) => i);
  // Claims usually come oldest first already; sort only when they do not.
  if (days.some((d, i) => i > 0 && d < days[i - 1])) order.sort((a, b) => days[a] - days[b]);
  const out = new Float64Array(endDay - startDay + 1);
  let i = 0;
  let net = 0;
  const first = Math.min(startDay, order.length ? days[order[0]] : startDay);
  for (let day = first; day <= endDay; day++) {
    net *= DAILY_DECAY;
    while (i < order.length && days[order[i]] === day) net += weights[order[i++]];
    if (day >= startDay) out[day - startDay] = heatFromNet(net);
  }
  return out;
}

/** dailyHeatValues as dated points (tests and small windows). */
export function dailyHeat(claims: readonly ChartClaim[], startDay: number, endDay: number): HeatPoint[] {
  return Array.from(dailyHeatValues(claims, startDay, endDay), (heat, i) => ({
    day: startDay + i,
    date: dayFromEpoch(startDay + i),
    heat,
  }));
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function thin(values: Float64Array, startDay: number, keep: Uint8Array): HeatPoint[] {
  const n = values.length;
  const chosen = new Uint8Array(n);
  let keptDays = 0;
  for (let i = 0; i < n; i++) keptDays += keep[i];
  if (n <= MAX_PLOTTED_POINTS) {
    chosen.fill(1);
  } else if (keptDays <= MAX_PLOTTED_POINTS) {
    // Sparse evidence: an even sample plus every day heat jumps and the day before, so rises stay sharp.
    const step = Math.ceil(n / MAX_PLOTTED_POINTS);
    for (let i = 0; i < n; i++) if (i % step === 0 || keep[i] === 1) chosen[i] = 1;
  } else {
    // Dense evidence (a big pair jumps nearly every day): keep each bucket's lowest and highest day,
    // so the line keeps its peaks and troughs in a bounded number of points.
    const buckets = Math.floor(MAX_PLOTTED_POINTS / 2);
    const size = Math.ceil(n / buckets);
    for (let b = 0; b * size < n; b++) {
      let lo = b * size;
      let hi = lo;
      for (let i = b * size; i < Math.min(n, (b + 1) * size); i++) {
        if (values[i] < values[lo]) lo = i;
        if (values[i] > values[hi]) hi = i;
      }
      chosen[lo] = 1;
      chosen[hi] = 1;
    }
  }
  chosen[0] = 1;
  chosen[n - 1] = 1;
  let peak = 0;
  for (let i = 1; i < n; i++) if (values[i] > values[peak]) peak = i;
  if (n) chosen[peak] = 1;
  const points: HeatPoint[] = [];
  for (let i = 0; i < n; i++) if (chosen[i]) points.push({ day: startDay + i, date: dayFromEpoch(startDay + i), heat: round1(values[i]) });
  return points;
}

/**
 * The heat view of a pair: heat 0–100 over the window, with its confirmations
 * and denials marked on the line. The window runs from `range.from` (default:
 * a month before the first claim that moves heat) to `range.to` (default: today).
 */
export function heatChartData(claims: readonly ChartClaim[], range: ChartRange = {}, today: string = todayIso()): HeatChartData {
  const published = publishedInRange(claims);
  const { start, end } = rangeDays(range);
  const firstMoving = published.find((c) => c.stance !== "neutral") ?? published[0];
  const firstDay = epochDay(firstMoving?.occurredStart ?? today) - 30;
  const startDay = start ? epochDay(start) : firstDay;
  const endDay = Math.max(startDay, end ? Math.min(epochDay(end), epochDay(today)) : epochDay(today));
  const values = dailyHeatValues(published, startDay, endDay);
  const heatAt = (day: number) => values[day - startDay] ?? 0;
  const windowStart = dayFromEpoch(startDay);
  const windowEnd = dayFromEpoch(endDay);

  // One pass over the claims in the window: the days heat jumps, the markers, the claims per month.
  const jump = new Uint8Array(values.length + 1);
  const markers: HeatMarker[] = [];
  const claimsPerMonth = new Map<string, number>();
  let claimCount = 0;
  for (const c of published) {
    if (c.occurredEnd < windowStart || c.occurredStart > windowEnd) continue;
    claimCount++;
    const day = epochDay(c.occurredStart);
    const index = day - startDay;
    if (index >= 0 && index < values.length) jump[index] = 1;
    if (index - 1 >= 0 && index - 1 < values.length) jump[index - 1] = 1;
    const month = c.occurredStart.slice(0, 7);
    claimsPerMonth.set(month, (claimsPerMonth.get(month) ?? 0) + 1);
    if (c.kind === "confirmation" || c.kind === "denial") {
      const at = Math.max(startDay, day);
      markers.push({
        id: c.id,
        kind: c.kind,
        headline: c.headline,
        dateLabel: formatPartialDate(c.occurredOn, c.precision),
        day: at,
        heat: round1(heatAt(at)),
      });
    }
  }
  let peakPoint: HeatPoint | null = null;
  let peakIndex = -1;
  for (let i = 0; i < values.length; i++) if (values[i] > 0 && (peakIndex === -1 || values[i] > values[peakIndex])) peakIndex = i;
  if (peakIndex !== -1) {
    peakPoint = { day: startDay + peakIndex, date: dayFromEpoch(startDay + peakIndex), heat: values[peakIndex] };
    jump[peakIndex] = 1;
  }

  // Month by month: walk the days once, naming each month only when it starts.
  const months = new Map<string, HeatMonth>();
  let monthEnd = -Infinity;
  let current: HeatMonth | null = null;
  for (let i = 0; i < values.length; i++) {
    const day = startDay + i;
    if (day > monthEnd || !current) {
      const month = dayFromEpoch(day).slice(0, 7);
      const [y, mo] = month.split("-").map(Number);
      monthEnd = Math.round(Date.UTC(y, mo, 0) / 86_400_000);
      current = { month, label: formatPartialDate(month, "month"), peak: 0, end: 0, claims: claimsPerMonth.get(month) ?? 0 };
      months.set(month, current);
    }
    if (values[i] > current.peak) current.peak = values[i];
    current.end = values[i];
  }

  let after: { id: number; headline: string } | null = null;
  if (peakPoint) {
    // The claim that lifted heat most recently before the peak: the strongest supporting claim of the last day that added support.
    // Claims are oldest first, so walk back from the peak and stop at the first earlier day.
    const peakDate = peakPoint.date;
    let best: ChartClaim | null = null;
    for (let i = published.length - 1; i >= 0; i--) {
      const c = published[i];
      if (c.occurredStart > peakDate || c.stance !== "supports") continue;
      if (best && c.occurredStart !== best.occurredStart) break;
      if (
        !best ||
        confidenceGrade(c.confidence).midpoint > confidenceGrade(best.confidence).midpoint ||
        (confidenceGrade(c.confidence).midpoint === confidenceGrade(best.confidence).midpoint && c.id > best.id)
      )
        best = c;
    }
    if (best) after = { id: best.id, headline: best.headline };
  }

  const last = values.length ? { heat: values[values.length - 1], date: dayFromEpoch(endDay) } : null;
  return {
    view: "heat",
    startDay,
    endDay,
    endIsToday: endDay === epochDay(today),
    points: thin(values, startDay, jump),
    markers: markers.slice(-HEAT_MAX_MARKERS),
    markerCount: markers.length,
    months: [...months.values()].map((m) => ({ ...m, peak: Math.round(m.peak), end: Math.round(m.end) })),
    peak: peakPoint ? { heat: Math.round(peakPoint.heat), date: peakPoint.date, after } : null,
    current: { heat: Math.round(last?.heat ?? 0), date: last?.date ?? dayFromEpoch(endDay) },
    claimCount,
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
  const markedText =
    data.markerCount > data.markers.length
      ? `; the latest ${data.markers.length} of ${data.markerCount.toLocaleString("en")} confirmations and denials are marked on the line`
      : marked.length
        ? `; ${listWords(marked)} ${data.markers.length === 1 ? "is" : "are"} marked on the line`
        : "";
  return `Heat peaked at ${data.peak.heat} in ${when}${after}, and stands at ${data.current.heat} ${now}${markedText}.`;
}
