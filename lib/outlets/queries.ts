import "server-only";
import { and, asc, count, countDistinct, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { CONFIDENCE_LEVELS, type ConfidenceLevel, type OutletGrade } from "@/db/enums";
import { citations, claims, outlets } from "@/db/schema";
import { loadClaimViews, READER_VISIBLE_STATUSES } from "@/lib/claims/load";
import type { ClaimView } from "@/lib/claims/types";
import { outletGrade } from "./grade";

export interface OutletView {
  id: number;
  slug: string;
  name: string;
  url: string | null;
  /** null: not yet graded. */
  grade: OutletGrade | null;
}

/** An outlet's track record in the ledger, over the published and retracted claims that cite it. */
export interface OutletRecord {
  claims: number;
  /** Every level of the scale, strongest first, with how many of those claims sit at it now. */
  byConfidence: Record<ConfidenceLevel, number>;
  /** Claims citing the outlet that were later retracted. */
  retracted: number;
  /** Claims citing the outlet now graded debunked (shown false). */
  debunked: number;
  /** Claims that were retracted or are debunked (each counted once). */
  retractedOrDebunked: number;
}

const columns = { id: outlets.id, slug: outlets.slug, name: outlets.name, url: outlets.url, grade: outletGrade };

/** Every outlet, by name. */
export function allOutlets(db: Db): OutletView[] {
  return db.select(columns).from(outlets).orderBy(asc(outlets.name), asc(outlets.id)).all();
}

/** Every outlet, by name, with how many published or retracted claims cite it. */
export function outletsWithClaimCounts(db: Db): (OutletView & { claims: number })[] {
  const counts = new Map(
    db
      .select({ outletId: citations.outletId, n: countDistinct(citations.claimId) })
      .from(citations)
      .innerJoin(claims, eq(claims.id, citations.claimId))
      .where(inArray(claims.status, [...READER_VISIBLE_STATUSES]))
      .groupBy(citations.outletId)
      .all()
      .map((r) => [r.outletId, r.n]),
  );
  return allOutlets(db).map((o) => ({ ...o, claims: counts.get(o.id) ?? 0 }));
}

/** An outlet by slug, or null. */
export function outletBySlug(db: Db, slug: string): OutletView | null {
  return db.select(columns).from(outlets).where(eq(outlets.slug, slug)).get() ?? null;
}

function citingClaimIds(db: Db, outletId: number) {
  return db.select({ id: citations.claimId }).from(citations).where(eq(citations.outletId, outletId));
}

/** How the claims citing an outlet stand: per confidence level, retracted, debunked. Drafts never count. */
export function outletRecord(db: Db, outletId: number): OutletRecord {
  const rows = db
    .select({ status: claims.status, confidence: claims.confidence, n: count() })
    .from(claims)
    .where(and(inArray(claims.id, citingClaimIds(db, outletId)), inArray(claims.status, [...READER_VISIBLE_STATUSES])))
    .groupBy(claims.status, claims.confidence)
    .all();
  const byConfidence = Object.fromEntries(CONFIDENCE_LEVELS.map((l) => [l, 0])) as Record<ConfidenceLevel, number>;
  let total = 0;
  let retracted = 0;
  let retractedOrDebunked = 0;
  for (const r of rows) {
    byConfidence[r.confidence] += r.n;
    total += r.n;
    if (r.status === "retracted") retracted += r.n;
    if (r.status === "retracted" || r.confidence === "debunked") retractedOrDebunked += r.n;
  }
  return { claims: total, byConfidence, retracted, debunked: byConfidence.debunked, retractedOrDebunked };
}

/** Reader-visible claims citing an outlet, latest first. */
export function claimsCitingOutlet(db: Db, outletId: number, limit = 50): ClaimView[] {
  return loadClaimViews(db, {
    where: and(inArray(claims.id, citingClaimIds(db, outletId)), inArray(claims.status, [...READER_VISIBLE_STATUSES])),
    order: "occurred-desc",
    limit,
  });
}

/** How many distinct pairs an outlet's reader-visible claims are about. */
export function pairsCoveredByOutlet(db: Db, outletId: number): number {
  return (
    db
      .select({ n: countDistinct(claims.pairId) })
      .from(claims)
      .where(and(inArray(claims.id, citingClaimIds(db, outletId)), inArray(claims.status, [...READER_VISIBLE_STATUSES])))
      .get()?.n ?? 0
  );
}
