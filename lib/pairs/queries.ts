import "server-only";
import { and, asc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/client";
import type { PairStatus } from "@/db/enums";
import { claims, citations, outlets, pairs, people } from "@/db/schema";
import { heatOn, type HeatEvidence } from "@/lib/heat";
import { canonicalPairSlug, splitPairSlug } from "@/lib/slugs";
import { todayIso } from "@/lib/dates";
import type { OutletRef, PersonRef } from "@/lib/claims/types";
import { outletGrade } from "@/lib/outlets/grade";
import { pairsVisibleTo, type PairAudience } from "./visibility";

export type { PairAudience } from "./visibility";

const personA = alias(people, "person_a");
const personB = alias(people, "person_b");

export interface PairSummary {
  id: number;
  slug: string;
  status: PairStatus;
  people: [PersonRef, PersonRef];
  heat: number;
  publishedClaims: number;
  latestClaimOn: string | null;
}

/** Pairs with their two people, limited to what the audience may see (see ./visibility.ts). */
function pairsBase(db: Db, audience: PairAudience, where?: SQL) {
  return db
    .select({
      id: pairs.id,
      slug: pairs.slug,
      status: pairs.status,
      a: { id: personA.id, slug: personA.slug, name: personA.name },
      b: { id: personB.id, slug: personB.slug, name: personB.name },
    })
    .from(pairs)
    .innerJoin(personA, eq(personA.id, pairs.personAId))
    .innerJoin(personB, eq(personB.id, pairs.personBId))
    .where(and(pairsVisibleTo(audience), where));
}

/** Heat today and claim counts for the given pairs, from their published claims only. */
function summarise(
  db: Db,
  rows: { id: number; slug: string; status: PairStatus; a: PersonRef; b: PersonRef }[],
  today: string,
): PairSummary[] {
  if (rows.length === 0) return [];
  const evidence = db
    .select({
      pairId: claims.pairId,
      status: claims.status,
      stance: claims.stance,
      confidence: claims.confidence,
      occurredStart: claims.occurredStart,
    })
    .from(claims)
    .where(
      and(
        eq(claims.status, "published"),
        inArray(
          claims.pairId,
          rows.map((r) => r.id),
        ),
      ),
    )
    .all();
  const byPair = new Map<number, HeatEvidence[]>();
  for (const e of evidence) {
    const list = byPair.get(e.pairId) ?? [];
    list.push(e);
    byPair.set(e.pairId, list);
  }
  return rows.map((r) => {
    const list = byPair.get(r.id) ?? [];
    const latest = list.reduce<string | null>((max, c) => (max === null || c.occurredStart > max ? c.occurredStart : max), null);
    return {
      id: r.id,
      slug: r.slug,
      status: r.status,
      people: [r.a, r.b],
      heat: heatOn(list, today),
      publishedClaims: list.length,
      latestClaimOn: latest,
    };
  });
}

/** Every pair the audience may see (readers: public pairs), hottest first (then most recent evidence, then name). */
export function trendingPairs(db: Db, today: string = todayIso(), audience: PairAudience = "readers"): PairSummary[] {
  const summaries = summarise(db, pairsBase(db, audience).all(), today);
  return summaries.sort(
    (x, y) => y.heat - x.heat || (y.latestClaimOn ?? "").localeCompare(x.latestClaimOn ?? "") || x.slug.localeCompare(y.slug),
  );
}

export type PairLookup = { found: PairSummary } | { redirectTo: string } | null;

/**
 * Finds a pair by slug. A slug with the two people in the wrong order answers
 * with the canonical slug to redirect to; anything else unknown is null, and
 * so is a pair the audience may not see (for readers: one with no published claim).
 */
export function findPair(db: Db, slug: string, today: string = todayIso(), audience: PairAudience = "readers"): PairLookup {
  const row = pairsBase(db, audience, eq(pairs.slug, slug)).get();
  if (row) return { found: summarise(db, [row], today)[0] };
  const parts = splitPairSlug(slug);
  if (!parts) return null;
  const canonical = canonicalPairSlug(parts[0], parts[1]);
  if (canonical === slug) return null;
  const exists = db
    .select({ id: pairs.id })
    .from(pairs)
    .where(and(eq(pairs.slug, canonical), pairsVisibleTo(audience)))
    .get();
  return exists ? { redirectTo: canonical } : null;
}

/** The pairs a person belongs to that the audience may see, hottest first. */
export function pairsForPerson(db: Db, personId: number, today: string = todayIso(), audience: PairAudience = "readers"): PairSummary[] {
  const rows = pairsBase(db, audience, or(eq(pairs.personAId, personId), eq(pairs.personBId, personId))).all();
  return summarise(db, rows, today).sort((x, y) => y.heat - x.heat || x.slug.localeCompare(y.slug));
}

/** Outlets cited by a pair's reader-visible claims, for the outlet filter and the sources list. */
export function outletsForPair(db: Db, pairId: number): (OutletRef & { citations: number })[] {
  return db
    .select({
      id: outlets.id,
      slug: outlets.slug,
      name: outlets.name,
      url: outlets.url,
      grade: outletGrade,
      citations: sql<number>`count(*)`.mapWith(Number),
    })
    .from(citations)
    .innerJoin(claims, eq(claims.id, citations.claimId))
    .innerJoin(outlets, eq(outlets.id, citations.outletId))
    .where(and(eq(claims.pairId, pairId), inArray(claims.status, ["published", "retracted"])))
    .groupBy(outlets.id)
    .orderBy(asc(outlets.name))
    .all();
}
