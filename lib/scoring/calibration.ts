import type { ConfidenceLevel } from "@/db/enums";
import { CONFIDENCE_SCALE } from "@/lib/confidence";
import { brierScore, wilsonInterval } from "./brier";
import type { SettledForecast } from "./first-publication";

/** One level of the scale against the record: how often its claims came true. */
export interface CalibrationBin {
  level: ConfidenceLevel;
  label: string;
  /** The level's published range, 0–1. */
  min: number;
  max: number;
  midpoint: number;
  settled: number;
  borneOut: number;
  /** borneOut / settled, or null with nothing settled. */
  share: number | null;
  interval: { low: number; high: number } | null;
  /** Whether the observed share falls inside the level's published range (null with nothing settled). */
  withinRange: boolean | null;
}

export interface Calibration {
  settled: number;
  borneOut: number;
  share: number | null;
  interval: { low: number; high: number } | null;
  /** Of the confidence at first publication (each level's midpoint); null with nothing settled. */
  brier: number | null;
  /** Every level of the scale, strongest first, even when empty. */
  bins: CalibrationBin[];
}

const ZERO_TO_ONE = (v: number) => Math.round(v * 1e12) / 1e12;

/**
 * The calibration of a set of settled forecasts: per level of the scale, how
 * many came true against the range the level promises, and the Brier score of
 * the levels' midpoints. Order-free: it only counts.
 */
export function calibration(forecasts: readonly SettledForecast[]): Calibration {
  const bins: CalibrationBin[] = CONFIDENCE_SCALE.map((g) => ({
    level: g.level,
    label: g.label,
    min: g.min / 100,
    max: g.max / 100,
    midpoint: g.midpoint,
    settled: 0,
    borneOut: 0,
    share: null,
    interval: null,
    withinRange: null,
  }));
  const byLevel = new Map(bins.map((b) => [b.level, b]));
  for (const f of forecasts) {
    const bin = byLevel.get(f.confidence)!;
    bin.settled++;
    if (f.outcome === "borne-out") bin.borneOut++;
  }
  for (const b of bins) {
    if (b.settled === 0) continue;
    b.share = ZERO_TO_ONE(b.borneOut / b.settled);
    b.interval = wilsonInterval(b.borneOut, b.settled);
    b.withinRange = b.share >= b.min && b.share <= b.max;
  }
  const settled = forecasts.length;
  const borneOut = bins.reduce((n, b) => n + b.borneOut, 0);
  return {
    settled,
    borneOut,
    share: settled ? ZERO_TO_ONE(borneOut / settled) : null,
    interval: wilsonInterval(borneOut, settled),
    brier: brierScore(
      forecasts.map((f) => ({ probability: byLevel.get(f.confidence)!.midpoint, outcome: f.outcome === "borne-out" ? 1 : 0 })),
    ),
    bins,
  };
}

/** The calibration of each year's forecasts (by year of first publication), oldest first. */
export function calibrationByYear(forecasts: readonly SettledForecast[]): { year: number; calibration: Calibration }[] {
  const byYear = new Map<number, SettledForecast[]>();
  for (const f of forecasts) {
    const year = Number(f.publishedAt.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), f]);
  }
  return [...byYear.keys()].sort((a, b) => a - b).map((year) => ({ year, calibration: calibration(byYear.get(year)!) }));
}
