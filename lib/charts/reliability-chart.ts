import type { Calibration, CalibrationBin } from "@/lib/scoring/calibration";
import { listWords, plural } from "./range";

/** The reliability diagram's data: each level of the scale, the range it promises, and how often its claims came true. */
export interface ReliabilityChartData {
  view: "reliability";
  bins: CalibrationBin[];
  settled: number;
  brier: number | null;
}

export function reliabilityChartData(cal: Calibration): ReliabilityChartData {
  return { view: "reliability", bins: cal.bins, settled: cal.settled, brier: cal.brier };
}

export const pct = (v: number) => `${Math.round(v * 100)}%`;

/** "7 of 9 (78%)" */
export function binOutcome(b: CalibrationBin): string {
  return b.settled === 0 ? "none settled" : `${b.borneOut} of ${b.settled} (${pct(b.share!)}) came true`;
}

/** One sentence on how well the levels kept their promises. */
export function reliabilitySummary(data: ReliabilityChartData): string {
  if (data.settled === 0) return "No settled claims yet: nothing to check the grades against.";
  const used = data.bins.filter((b) => b.settled > 0);
  const kept = used.filter((b) => b.withinRange);
  const missed = used
    .filter((b) => !b.withinRange)
    .map(
      (b) =>
        `${b.label.toLowerCase()} ${b.share! > b.max ? "came true more often" : "came true less often"} than promised (${pct(b.share!)} against ${pct(b.min)}–${pct(b.max)})`,
    );
  const head = `Of ${plural(data.settled, "settled claim")}, ${kept.length} of ${plural(used.length, "level")} used came true within ${used.length === 1 ? "its" : "their"} promised range`;
  return `${head}${missed.length ? `; ${listWords(missed)}` : ""}. Brier score ${data.brier!.toFixed(3)} (0 is perfect).`;
}

export function reliabilityDescription(data: ReliabilityChartData): string {
  return `Dot plot, one row per confidence level: the shaded band is the range the level promises, the dot how often its settled claims came true, the line through the dot the 95% interval. ${reliabilitySummary(data)} The data table below has every value.`;
}
