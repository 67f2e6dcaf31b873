import "server-only";
import type { Db } from "@/db/client";
import type { ClaimStatus, SettlementOutcome } from "@/db/enums";
import { memoForLedger } from "@/lib/cache/ledger-cache";
import { todayIso } from "@/lib/dates";
import { calibration, calibrationByYear, type Calibration } from "./calibration";
import { settledForecasts, type RevisionSnapshot, type ScoringClaim, type SettledForecast } from "./first-publication";
import { suggestedGrade, type SuggestedGrade } from "./grade";

/** Every settled forecast in the ledger, with the outlets each claim cites. */
export interface LedgerForecasts {
  forecasts: SettledForecast[];
  outletsByClaim: Map<number, number[]>;
}

/**
 * Reads the settled claims, the status and confidence each revision left them
 * in (only those two fields of the JSON, extracted by SQLite), and their cited
 * outlets — three indexed queries, then the pure rules of first-publication.ts.
 */
function loadLedgerForecasts(db: Db): LedgerForecasts {
  const sqlite = db.$client;
  const settled = sqlite
    .prepare("SELECT id, status, settlement FROM claims WHERE settlement IS NOT NULL AND status IN ('published', 'retracted')")
    .all() as { id: number; status: ClaimStatus; settlement: SettlementOutcome }[];
  const revisionRows = sqlite
    .prepare(
      `SELECT r.claim_id AS claimId, r.id AS id, json_extract(r.after, '$.status') AS status, json_extract(r.after, '$.confidence') AS confidence, r.created_at AS createdAt
       FROM revisions AS r JOIN claims AS c ON c.id = r.claim_id
       WHERE c.settlement IS NOT NULL AND r.after IS NOT NULL AND json_valid(r.after)`,
    )
    .all() as (RevisionSnapshot & { claimId: number })[];
  const revisionsByClaim = new Map<number, RevisionSnapshot[]>();
  for (const { claimId, ...r } of revisionRows) {
    const list = revisionsByClaim.get(claimId);
    if (list) list.push(r);
    else revisionsByClaim.set(claimId, [r]);
  }
  const claims: ScoringClaim[] = settled.map((c) => ({
    id: c.id,
    status: c.status,
    outcome: c.settlement,
    revisions: revisionsByClaim.get(c.id) ?? [],
  }));
  const outletsByClaim = new Map<number, number[]>();
  const citationRows = sqlite
    .prepare(
      "SELECT DISTINCT ci.claim_id AS claimId, ci.outlet_id AS outletId FROM citations AS ci JOIN claims AS c ON c.id = ci.claim_id WHERE c.settlement IS NOT NULL",
    )
    .all() as { claimId: number; outletId: number }[];
  for (const { claimId, outletId } of citationRows) {
    const list = outletsByClaim.get(claimId);
    if (list) list.push(outletId);
    else outletsByClaim.set(claimId, [outletId]);
  }
  return { forecasts: settledForecasts(claims), outletsByClaim };
}

/** The ledger's settled forecasts, computed once per ledger version (any write recomputes them). */
export function ledgerForecasts(db: Db): LedgerForecasts {
  return memoForLedger(db, "scoring:forecasts", todayIso(), () => loadLedgerForecasts(db));
}

/** The desk's own calibration: every settled claim at its first-publication confidence, overall and by year. */
export interface DeskCalibration {
  overall: Calibration;
  byYear: { year: number; calibration: Calibration }[];
}

export function deskCalibration(db: Db): DeskCalibration {
  return memoForLedger(db, "scoring:desk", todayIso(), () => {
    const { forecasts } = ledgerForecasts(db);
    return { overall: calibration(forecasts), byYear: calibrationByYear(forecasts) };
  });
}

/** An outlet's track record: its settled claims scored, and the grade that record suggests. */
export interface OutletTrackRecord {
  calibration: Calibration;
  suggested: SuggestedGrade;
}

/** The track record of the settled claims citing an outlet. */
export function outletTrackRecord(db: Db, outletId: number): OutletTrackRecord {
  return memoForLedger(db, `scoring:outlet:${outletId}`, todayIso(), () => {
    const { forecasts, outletsByClaim } = ledgerForecasts(db);
    const cal = calibration(forecasts.filter((f) => outletsByClaim.get(f.claimId)?.includes(outletId)));
    return { calibration: cal, suggested: suggestedGrade(cal) };
  });
}
