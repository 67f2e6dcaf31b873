import type { ClaimStatus, ConfidenceLevel, SettlementOutcome } from "@/db/enums";
import { CONFIDENCE_LEVELS } from "@/lib/confidence";

/** What scoring needs of one revision: its order, and the status and confidence of the claim it left behind. */
export interface RevisionSnapshot {
  id: number;
  status: string | null;
  confidence: string | null;
  createdAt: string;
}

/** A claim as scoring sees it: its status and settlement now, and its revision log. */
export interface ScoringClaim {
  id: number;
  status: ClaimStatus;
  outcome: SettlementOutcome | null;
  revisions: readonly RevisionSnapshot[];
}

/** One settled claim's forecast: the confidence the desk gave it when it was first published, and how it turned out. */
export interface SettledForecast {
  claimId: number;
  confidence: ConfidenceLevel;
  outcome: SettlementOutcome;
  /** When it was first published (ISO timestamp): calibration is grouped by this year. */
  publishedAt: string;
}

const ON_RECORD = new Set(["published", "retracted"]);
const isLevel = (v: string | null): v is ConfidenceLevel => v !== null && (CONFIDENCE_LEVELS as readonly string[]).includes(v);

/**
 * The confidence a claim carried the first time readers saw it: the earliest
 * revision (by id) that left it published. Later edits — a regrade once the
 * answer is known — cannot rewrite it. Null if the log never shows it published.
 */
export function firstPublication(revisions: readonly RevisionSnapshot[]): { confidence: ConfidenceLevel; at: string } | null {
  let first: RevisionSnapshot | null = null;
  for (const r of revisions) if (r.status !== null && ON_RECORD.has(r.status) && (first === null || r.id < first.id)) first = r;
  return first && isLevel(first.confidence) ? { confidence: first.confidence, at: first.createdAt } : null;
}

/**
 * The forecasts to score: settled claims that are on the record, each at its
 * first-publication confidence. Drafts, open claims and claims with no
 * recorded publication are left out.
 */
export function settledForecasts(claims: readonly ScoringClaim[]): SettledForecast[] {
  const out: SettledForecast[] = [];
  for (const c of claims) {
    if (c.outcome === null || !ON_RECORD.has(c.status)) continue;
    const first = firstPublication(c.revisions);
    if (first) out.push({ claimId: c.id, confidence: first.confidence, outcome: c.outcome, publishedAt: first.at });
  }
  return out;
}
