import { CONFIDENCE_LEVELS, type ConfidenceLevel } from "@/db/enums";

export { CONFIDENCE_LEVELS, type ConfidenceLevel };

export interface ConfidenceGrade {
  level: ConfidenceLevel;
  label: string;
  /** Inclusive lower and upper bounds of the probability range, in percent. */
  min: number;
  max: number;
  /** The single number charts and the heat index use for this level. */
  midpoint: number;
  evidence: string;
}

/** The published confidence scale, strongest first. */
export const CONFIDENCE_SCALE: readonly ConfidenceGrade[] = [
  {
    level: "confirmed",
    label: "Confirmed",
    min: 95,
    max: 100,
    midpoint: 0.97,
    evidence: "On the record from the people or their reps; documented photo or video.",
  },
  { level: "likely", label: "Likely", min: 70, max: 95, midpoint: 0.82, evidence: "Several independent credible reports." },
  { level: "plausible", label: "Plausible", min: 45, max: 70, midpoint: 0.57, evidence: "One credible report." },
  {
    level: "speculative",
    label: "Speculative",
    min: 20,
    max: 45,
    midpoint: 0.32,
    evidence: "Inference, an anonymous insider, a single tabloid.",
  },
  { level: "doubtful", label: "Doubtful", min: 5, max: 20, midpoint: 0.12, evidence: "Contradicted by better evidence." },
  { level: "debunked", label: "Debunked", min: 0, max: 5, midpoint: 0.02, evidence: "Shown false." },
];

const BY_LEVEL = new Map(CONFIDENCE_SCALE.map((g) => [g.level, g]));

/** The scale entry for a level. */
export function confidenceGrade(level: ConfidenceLevel): ConfidenceGrade {
  const grade = BY_LEVEL.get(level);
  if (!grade) throw new Error(`Unknown confidence level: ${level}`);
  return grade;
}

/** "Likely (70–95%)" */
export function confidenceRangeLabel(level: ConfidenceLevel): string {
  const g = confidenceGrade(level);
  return `${g.label} (${g.min}–${g.max}%)`;
}

/** The level whose published range contains a probability (0–1); boundaries go to the stronger level. */
export function confidenceForProbability(p: number): ConfidenceLevel {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`Probability must be between 0 and 1, got ${p}`);
  const percent = p * 100;
  return (CONFIDENCE_SCALE.find((g) => percent >= g.min) ?? CONFIDENCE_SCALE[CONFIDENCE_SCALE.length - 1]).level;
}
