import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { claims, pairs } from "@/db/schema";
import { publishedChartClaims } from "@/lib/charts/queries";
import type { ChartClaim } from "@/lib/charts/types";
import { findPair } from "@/lib/pairs/queries";

export interface DataVersion {
  /** Changes whenever a claim of the pair is published, edited or retracted, or the pair itself changes. */
  tag: string;
  /** The latest change to what readers see of the pair (ISO timestamp), or null before any claim is public. */
  lastUpdated: string | null;
}

/**
 * The version of a pair's public record, from one aggregate over its
 * published and retracted claims (the pair/status index narrows it to the
 * pair): how many there are and when the latest changed. Publishing adds
 * one, retracting changes a status and `updated_at`; both change the tag.
 */
export function pairDataVersion(db: Db, pairId: number): DataVersion {
  const row = db
    .select({
      published: sql<number>`sum(case when ${claims.status} = 'published' then 1 else 0 end)`.mapWith(Number),
      all: sql<number>`count(*)`.mapWith(Number),
      last: sql<string | null>`max(${claims.updatedAt})`,
    })
    .from(claims)
    .where(and(eq(claims.pairId, pairId), inArray(claims.status, ["published", "retracted"])))
    .get();
  const pair = db.select({ status: pairs.status, updatedAt: pairs.updatedAt }).from(pairs).where(eq(pairs.id, pairId)).get();
  const last = row?.last ?? null;
  return { tag: `${row?.published ?? 0}.${row?.all ?? 0}.${last ?? "-"}.${pair?.status}.${pair?.updatedAt}`, lastUpdated: last };
}

export interface EmbedPair {
  id: number;
  slug: string;
  /** "Ana de Armas & Tom Cruise" */
  name: string;
  heat: number;
  status: string;
  publishedClaims: number;
}

export type EmbedLookup = { found: EmbedPair } | { redirectTo: string } | null;

/** The pair an embed URL names: found, a redirect to the canonical slug, or null (404). */
export function embedPair(db: Db, slug: string, today?: string): EmbedLookup {
  const lookup = findPair(db, slug, today);
  if (!lookup || "redirectTo" in lookup) return lookup;
  const p = lookup.found;
  return {
    found: {
      id: p.id,
      slug: p.slug,
      name: `${p.people[0].name} & ${p.people[1].name}`,
      heat: p.heat,
      status: p.status,
      publishedClaims: p.publishedClaims,
    },
  };
}

/** The claims every chart of a pair draws from. */
export function embedClaims(db: Db, pairId: number): ChartClaim[] {
  return publishedChartClaims(db, pairId);
}
