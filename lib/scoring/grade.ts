import type { OutletGrade } from "@/db/enums";
import type { Calibration } from "./calibration";

/** Fewer settled claims than this and the record suggests no grade at all. */
export const MIN_SETTLED_FOR_GRADE = 5;

/**
 * The grade a record suggests, from the LOW end of the 95% Wilson interval of
 * its borne-out share: a grade has to be earned by enough settled claims, not
 * by a lucky few. Five for five (low end 57%) suggests C; ten for ten (72%) B;
 * about thirty-five for thirty-five (90%) A. Written on /how-we-grade.
 */
export const GRADE_THRESHOLDS: readonly { grade: Exclude<OutletGrade, "F">; minLow: number }[] = [
  { grade: "A", minLow: 0.9 },
  { grade: "B", minLow: 0.7 },
  { grade: "C", minLow: 0.45 },
  { grade: "D", minLow: 0.2 },
  { grade: "E", minLow: 0 },
];

export type SuggestedGrade =
  { grade: Exclude<OutletGrade, "F">; low: number } | { grade: null; reason: "too-few-settled"; settled: number; needed: number };

/** The grade the record suggests, or none (with why) when too few claims are settled to judge. */
export function suggestedGrade(record: Pick<Calibration, "settled" | "interval">): SuggestedGrade {
  if (record.settled < MIN_SETTLED_FOR_GRADE || !record.interval)
    return { grade: null, reason: "too-few-settled", settled: record.settled, needed: MIN_SETTLED_FOR_GRADE };
  const low = record.interval.low;
  const entry = GRADE_THRESHOLDS.find((t) => low >= t.minLow) ?? GRADE_THRESHOLDS[GRADE_THRESHOLDS.length - 1];
  return { grade: entry.grade, low };
}
