import "server-only";
import type { Db } from "@/db/client";
import { memoForLedger } from "@/lib/cache/ledger-cache";
import type { ClaimView } from "@/lib/claims/types";
import { todayIso } from "@/lib/dates";
import { outletTrackRecord, type OutletTrackRecord } from "@/lib/scoring/queries";
import { claimsCitingOutlet, outletRecord, pairsCoveredByOutlet, type OutletRecord } from "./queries";

export interface OutletOverview {
  record: OutletRecord;
  track: OutletTrackRecord;
  claims: ClaimView[];
  pairs: number;
}

/**
 * Everything on an outlet page, computed once per ledger version: on a
 * million-claim ledger an outlet is cited tens of thousands of times, and the
 * page should cost a version check until something is written.
 */
export function outletOverview(db: Db, outletId: number, claimsShown: number): OutletOverview {
  return memoForLedger(db, `outlet-overview:${outletId}:${claimsShown}`, todayIso(), () => ({
    record: outletRecord(db, outletId),
    track: outletTrackRecord(db, outletId),
    claims: claimsCitingOutlet(db, outletId, claimsShown),
    pairs: pairsCoveredByOutlet(db, outletId),
  }));
}
