import { CONFIDENCE_SCALE } from "@/lib/confidence";
import {
  CLAIM_KINDS,
  DATE_PRECISIONS,
  OUTLET_GRADES,
  PAIR_STATUSES,
  STANCES,
  type ClaimKind,
  type DatePrecision,
  type OutletGrade,
  type PairStatus,
  type Stance,
} from "@/lib/vocabulary";
import { GRADE_LABELS, KIND_DESCRIPTIONS, KIND_LABELS, PAIR_STATUS_LABELS, STANCE_LABELS } from "@/lib/vocabulary";
import type { ConfidenceLevel } from "@/lib/confidence";

export interface Choice<V extends string> {
  value: V;
  label: string;
  description?: string;
}

/**
 * The words of every closed vocabulary the claim form offers, built on the
 * server and passed to the client form as plain data.
 */
export interface FormVocabulary {
  kinds: Choice<ClaimKind>[];
  stances: Choice<Stance>[];
  precisions: Choice<DatePrecision>[];
  grades: Choice<OutletGrade>[];
  pairStatuses: Choice<PairStatus>[];
  confidence: { value: ConfidenceLevel; label: string; min: number; max: number; evidence: string }[];
}

const PRECISION_WORDS: Record<DatePrecision, Choice<DatePrecision>> = {
  day: { value: "day", label: "Exact day", description: "YYYY-MM-DD, e.g. 2025-06-05 → “5 June 2025”" },
  month: { value: "month", label: "Month", description: "YYYY-MM, e.g. 2025-06 → “June 2025”" },
  year: { value: "year", label: "Year", description: "YYYY, e.g. 2025 → “2025”" },
  circa: { value: "circa", label: "Circa (approximate)", description: "YYYY-MM or YYYY, e.g. 2019-08 → “c. August 2019”" },
};

export function formVocabulary(): FormVocabulary {
  return {
    kinds: CLAIM_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k], description: KIND_DESCRIPTIONS[k] })),
    stances: STANCES.map((s) => ({ value: s, label: STANCE_LABELS[s] })),
    precisions: DATE_PRECISIONS.map((p) => PRECISION_WORDS[p]),
    grades: OUTLET_GRADES.map((g) => ({ value: g, label: `${g} — ${GRADE_LABELS[g]}` })),
    pairStatuses: PAIR_STATUSES.map((s) => ({ value: s, label: PAIR_STATUS_LABELS[s] })),
    confidence: CONFIDENCE_SCALE.map((g) => ({ value: g.level, label: g.label, min: g.min, max: g.max, evidence: g.evidence })),
  };
}
