import type { Calibration } from "./calibration";

const round = (v: number | null) => (v === null ? null : Math.round(v * 10000) / 10000);
const roundInterval = (i: { low: number; high: number } | null) => (i ? { low: round(i.low)!, high: round(i.high)! } : null);

/** A calibration for the JSON API: shares and scores rounded to four places, labels left to the reader's language. */
export function calibrationJson(c: Calibration) {
  return {
    settled: c.settled,
    borneOut: c.borneOut,
    share: round(c.share),
    interval: roundInterval(c.interval),
    brier: round(c.brier),
    bins: c.bins.map((b) => ({
      level: b.level,
      min: b.min,
      max: b.max,
      settled: b.settled,
      borneOut: b.borneOut,
      share: round(b.share),
      interval: roundInterval(b.interval),
      withinRange: b.withinRange,
    })),
  };
}
