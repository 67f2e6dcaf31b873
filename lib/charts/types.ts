import type { ClaimKind, ClaimStatus, ConfidenceLevel, DatePrecision, Stance } from "@/db/enums";

/** The four chart views of a pair; also the `[view]` segment of embed URLs. */
export const CHART_VIEWS = ["timeline", "heat", "activity", "confidence"] as const;
export type ChartView = (typeof CHART_VIEWS)[number];

/** What a chart needs to know about a claim: no sources, no people, nothing a chart does not draw. */
export interface ChartClaim {
  id: number;
  kind: ClaimKind;
  headline: string;
  occurredOn: string;
  precision: DatePrecision;
  /** First and last day (`YYYY-MM-DD`) the claim's date can mean. */
  occurredStart: string;
  occurredEnd: string;
  stance: Stance;
  confidence: ConfidenceLevel;
  status: ClaimStatus;
}

/** A reader-chosen window, as partial dates (`2025`, `2025-06`, `2025-06-05`); either end may be open. */
export interface ChartRange {
  from?: string;
  to?: string;
}
