import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { claims } from "@/db/schema";
import type { ChartClaim } from "./types";

/**
 * A pair's published claims with only the columns charts draw, oldest first —
 * one indexed query (pair, status, date) feeds every view. Drafts and
 * retracted claims are not even read.
 */
export function publishedChartClaims(db: Db, pairId: number): ChartClaim[] {
  return db
    .select({
      id: claims.id,
      kind: claims.kind,
      headline: claims.headline,
      occurredOn: claims.occurredOn,
      precision: claims.precision,
      occurredStart: claims.occurredStart,
      occurredEnd: claims.occurredEnd,
      stance: claims.stance,
      confidence: claims.confidence,
      status: claims.status,
    })
    .from(claims)
    .where(and(eq(claims.pairId, pairId), eq(claims.status, "published")))
    .orderBy(asc(claims.occurredStart), asc(claims.id))
    .all();
}
