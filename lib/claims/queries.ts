import "server-only";
import { and, count, eq, gte, inArray, lte, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { citations, claims, outlets } from "@/db/schema";
import { dateInterval } from "@/lib/dates";
import type { ClaimFilters } from "./filters";
import { loadClaimViews, readerVisible } from "./load";
import type { ClaimView } from "./types";

/** SQL conditions for the reader's timeline filters. A date range keeps every claim whose date could fall inside it. */
export function filterConditions(db: Db, f: ClaimFilters): SQL[] {
  const conditions: SQL[] = [];
  if (f.kind.length) conditions.push(inArray(claims.kind, f.kind));
  if (f.confidence.length) conditions.push(inArray(claims.confidence, f.confidence));
  if (f.from) conditions.push(gte(claims.occurredEnd, dateInterval(f.from).start));
  if (f.to) conditions.push(lte(claims.occurredStart, dateInterval(f.to).end));
  if (f.outlet) {
    const cited = db
      .select({ id: citations.claimId })
      .from(citations)
      .innerJoin(outlets, eq(outlets.id, citations.outletId))
      .where(eq(outlets.slug, f.outlet));
    conditions.push(inArray(claims.id, cited));
  }
  return conditions;
}

/** A pair's claims as readers see them (published and retracted), oldest first, filtered. */
export function readerClaimsForPair(db: Db, pairId: number, filters: ClaimFilters): ClaimView[] {
  return loadClaimViews(db, {
    where: and(eq(claims.pairId, pairId), readerVisible(), ...filterConditions(db, filters)),
    order: "occurred-asc",
  });
}

/** The latest published claims across every pair, newest publication first. */
export function latestPublishedClaims(db: Db, limit = 10): ClaimView[] {
  return loadClaimViews(db, { where: eq(claims.status, "published"), order: "published-desc", limit });
}

/** One claim as a reader may see it, or null for a missing id or a draft. */
export function readerClaimById(db: Db, id: number): ClaimView | null {
  if (!Number.isSafeInteger(id) || id < 1) return null;
  return loadClaimViews(db, { where: and(eq(claims.id, id), readerVisible()) })[0] ?? null;
}

/** Claims per page of a pair's timeline: enough to read a story, small enough that a 50,000-claim pair stays fast. */
export const TIMELINE_PAGE_SIZE = 50;

export interface TimelinePage {
  claims: ClaimView[];
  total: number;
  page: number;
  pageCount: number;
}

/**
 * One page of a pair's reader-visible timeline, oldest first, filtered. A page
 * past the end is clamped to the last one. Uses the (pair, status, date) index
 * for both the count and the page.
 */
export function readerTimelinePage(
  db: Db,
  pairId: number,
  filters: ClaimFilters,
  page: number,
  pageSize = TIMELINE_PAGE_SIZE,
): TimelinePage {
  const where = and(eq(claims.pairId, pairId), readerVisible(), ...filterConditions(db, filters));
  const total = db.select({ n: count() }).from(claims).where(where).get()!.n;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const list = loadClaimViews(db, { where, order: "occurred-asc", limit: pageSize, offset: (current - 1) * pageSize });
  return { claims: list, total, page: current, pageCount };
}

/** A pair's retracted claims (the corrections box), oldest first. */
export function retractedClaimsForPair(db: Db, pairId: number): ClaimView[] {
  return loadClaimViews(db, { where: and(eq(claims.pairId, pairId), eq(claims.status, "retracted")), order: "occurred-asc" });
}
