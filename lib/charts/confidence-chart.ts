import type { ConfidenceLevel, Stance } from "@/db/enums";
import { CONFIDENCE_SCALE } from "@/lib/confidence";
import { listWords, plural, publishedInRange } from "./range";
import type { ChartClaim, ChartRange } from "./types";

export interface ConfidenceRow {
  level: ConfidenceLevel;
  label: string;
  /** "70–95%" */
  range: string;
  midpoint: number;
  counts: Record<Stance, number>;
  total: number;
}

export interface ConfidenceChartData {
  view: "confidence";
  /** Every level of the published scale, strongest first, even when empty: the scale itself is part of the picture. */
  rows: ConfidenceRow[];
  totals: Record<Stance, number>;
  maxTotal: number;
  claimCount: number;
}

/** The confidence view: how many published claims sit at each level of the scale, split by stance toward the rumor. */
export function confidenceChartData(claims: readonly ChartClaim[], range: ChartRange = {}): ConfidenceChartData {
  const published = publishedInRange(claims, range);
  const rows: ConfidenceRow[] = CONFIDENCE_SCALE.map((g) => ({
    level: g.level,
    label: g.label,
    range: `${g.min}–${g.max}%`,
    midpoint: g.midpoint,
    counts: { supports: 0, neutral: 0, contradicts: 0 },
    total: 0,
  }));
  const byLevel = new Map(rows.map((r) => [r.level, r]));
  const totals: Record<Stance, number> = { supports: 0, neutral: 0, contradicts: 0 };
  for (const c of published) {
    const row = byLevel.get(c.confidence)!;
    row.counts[c.stance]++;
    row.total++;
    totals[c.stance]++;
  }
  return { view: "confidence", rows, totals, maxTotal: Math.max(0, ...rows.map((r) => r.total)), claimCount: published.length };
}

function gradeBreakdown(data: ConfidenceChartData, stance: Stance): string {
  const parts = data.rows.filter((r) => r.counts[stance] > 0).map((r) => `${r.counts[stance]} ${r.label.toLowerCase()}`);
  return parts.length ? ` (${listWords(parts)})` : "";
}

/** One sentence on how the evidence splits across the scale. */
export function confidenceSummary(data: ConfidenceChartData): string {
  if (data.claimCount === 0) return "No published claims in this period.";
  const { supports, contradicts, neutral } = data.totals;
  const parts: string[] = [];
  parts.push(
    supports ? `${supports} support${supports === 1 ? "s" : ""} the rumor${gradeBreakdown(data, "supports")}` : "none supports the rumor",
  );
  parts.push(
    contradicts
      ? `${contradicts} contradict${contradicts === 1 ? "s" : ""} it${gradeBreakdown(data, "contradicts")}`
      : "none contradicts it",
  );
  if (neutral) parts.push(`${neutral} ${neutral === 1 ? "is" : "are"} neutral`);
  return `Of ${plural(data.claimCount, "published claim")}, ${listWords(parts)}.`;
}
