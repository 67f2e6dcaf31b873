import type { ClaimKind, ClaimStatus, OutletGrade, PairStatus, Stance } from "@/db/enums";

export { CLAIM_KINDS, OUTLET_GRADES, PAIR_STATUSES, STANCES, DATE_PRECISIONS } from "@/db/enums";
export type { ClaimKind, ClaimStatus, OutletGrade, PairStatus, Stance, DatePrecision } from "@/db/enums";

/** Reader-facing words for each closed vocabulary. */
export const KIND_LABELS: Record<ClaimKind, string> = {
  sighting: "Sighting",
  appearance: "Appearance together",
  statement: "On-record statement",
  report: "Report",
  speculation: "Speculation",
  denial: "Denial",
  confirmation: "Confirmation",
  professional: "Working together",
};

export const KIND_DESCRIPTIONS: Record<ClaimKind, string> = {
  sighting: "The two were seen together somewhere.",
  appearance: "They attended an event together.",
  statement: "An on-record quote by one of the pair or their representatives.",
  report: "An outlet asserts something about them.",
  speculation: "Commentary or inference, not a reported fact.",
  denial: "One of the pair or their reps denies the romance.",
  confirmation: "One of the pair or their reps confirms the romance.",
  professional: "They work together.",
};

export const STANCE_LABELS: Record<Stance, string> = {
  supports: "Supports the rumor",
  neutral: "Neutral",
  contradicts: "Contradicts the rumor",
};

export const PAIR_STATUS_LABELS: Record<PairStatus, string> = {
  rumored: "Rumored",
  dating: "Dating",
  confirmed: "Confirmed couple",
  denied: "Denied",
  split: "Split",
  "just-friends": "Just friends",
  professional: "Professional",
};

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  draft: "Draft",
  published: "Published",
  retracted: "Retracted",
};

/** The Admiralty scale of source reliability. */
export const GRADE_LABELS: Record<OutletGrade, string> = {
  A: "Completely reliable",
  B: "Usually reliable",
  C: "Fairly reliable",
  D: "Not usually reliable",
  E: "Unreliable",
  F: "Reliability cannot be judged",
};

/** What readers see for an outlet no admin has graded yet (editors may add outlets, never grade them). */
export const UNGRADED_LABEL = "Not yet graded";

/** An outlet grade's words, or "Not yet graded". */
export function gradeLabel(grade: OutletGrade | null): string {
  return grade === null ? UNGRADED_LABEL : GRADE_LABELS[grade];
}
