import { count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { claimMentions, citations, claims, outlets, pairs, people, revisions, settlementCitations } from "@/db/schema";
import { demoOutlets, demoPairs, demoPeople, type DemoClaim, type DemoSettlement } from "@/db/seed/demo";
import type { ClaimJson } from "@/lib/claims/types";
import { loadClaimViews } from "@/lib/claims/load";
import { claimToJson } from "@/lib/claims/types";
import { dateInterval, dateProblem } from "@/lib/dates";
import { canonicalPairSlug } from "@/lib/slugs";
import type { DbOrTx } from "@/lib/write";

/** True when the database holds no people, pairs, outlets or claims: only then may demo data go in. */
export function isLedgerEmpty(db: DbOrTx): boolean {
  const tables = [people, pairs, outlets, claims] as const;
  return tables.every((t) => db.select({ n: count() }).from(t).get()!.n === 0);
}

/** When a demo claim is taken to have been published: its report date, else the day its date begins. */
function demoPublishedAt(c: DemoClaim): string {
  const day = c.reportedOn && c.reportedOn.length === 10 ? c.reportedOn : dateInterval(c.occurredOn).start;
  return `${day}T12:00:00.000Z`;
}

/** Settles a demo claim as an editor would: the settlement, its evidence, and a "settle" revision dated the day it was answered. */
function settleDemoClaim(db: DbOrTx, claimId: number, s: DemoSettlement, before: ClaimJson, outletId: (slug: string) => number) {
  const at = `${s.settledOn}T12:00:00.000Z`;
  db.update(claims)
    .set({ settlement: s.outcome, settledOn: s.settledOn, settlementReason: s.reason, version: 2, updatedAt: at })
    .where(eq(claims.id, claimId))
    .run();
  s.citations.forEach((cit, position) => {
    db.insert(settlementCitations)
      .values({
        claimId,
        outletId: outletId(cit.outlet),
        url: cit.url ?? null,
        title: cit.title ?? null,
        publishedOn: cit.publishedOn ?? null,
        quote: cit.quote ?? null,
        position,
      })
      .run();
  });
  const after = claimToJson(loadClaimViews(db, { where: eq(claims.id, claimId) })[0]);
  db.insert(revisions)
    .values({ claimId, userId: null, action: "settle", version: 2, reason: s.reason, before, after, createdAt: at })
    .run();
}

export interface SeedResult {
  seeded: boolean;
  people: number;
  pairs: number;
  outlets: number;
  claims: number;
}

/**
 * Loads the demo dataset in one transaction — only into an empty ledger, so it
 * can never run twice or over real data. Returns what it inserted.
 */
export function seedDemo(db: Db): SeedResult {
  return db.transaction((tx) => {
    if (!isLedgerEmpty(tx)) return { seeded: false, people: 0, pairs: 0, outlets: 0, claims: 0 };
    const personIds = new Map<string, number>();
    for (const p of demoPeople) {
      const row = tx
        .insert(people)
        .values({ slug: p.slug, name: p.name, aliases: p.aliases ?? [], description: p.description ?? null })
        .returning({ id: people.id })
        .get();
      personIds.set(p.slug, row.id);
    }
    const outletIds = new Map<string, number>();
    for (const o of demoOutlets) {
      const row = tx
        .insert(outlets)
        .values({ slug: o.slug, name: o.name, url: o.url ?? null, grade: o.grade })
        .returning({ id: outlets.id })
        .get();
      outletIds.set(o.slug, row.id);
    }
    const id = (map: Map<string, number>, slug: string) => {
      const value = map.get(slug);
      if (value === undefined) throw new Error(`Demo data names an unknown slug: ${slug}`);
      return value;
    };
    let claimCount = 0;
    for (const pair of demoPairs) {
      const [a, b] = [...pair.people].sort();
      const pairRow = tx
        .insert(pairs)
        .values({ slug: canonicalPairSlug(a, b), personAId: id(personIds, a), personBId: id(personIds, b), status: pair.status })
        .returning({ id: pairs.id })
        .get();
      for (const c of pair.claims) {
        const problem = dateProblem(c.occurredOn, c.precision);
        if (problem) throw new Error(`Demo claim "${c.headline}": ${problem}`);
        const { start, end } = dateInterval(c.occurredOn);
        const status = c.status ?? "published";
        const publishedAt = demoPublishedAt(c);
        const values = {
          pairId: pairRow.id,
          kind: c.kind,
          headline: c.headline,
          details: c.details ?? null,
          quote: c.quote ?? null,
          speakerId: c.speaker ? id(personIds, c.speaker) : null,
          occurredOn: c.occurredOn,
          precision: c.precision,
          occurredStart: start,
          occurredEnd: end,
          reportedOn: c.reportedOn ?? null,
          place: c.place ?? null,
          stance: c.stance,
          confidence: c.confidence,
          status,
          correction: c.correction ?? null,
          retractedAt: status === "retracted" ? `${c.retractedOn ?? publishedAt.slice(0, 10)}T12:00:00.000Z` : null,
          publishedAt,
          createdAt: publishedAt,
          updatedAt: publishedAt,
        };
        const claimRow = tx.insert(claims).values(values).returning({ id: claims.id }).get();
        for (const slug of c.mentions ?? [])
          tx.insert(claimMentions)
            .values({ claimId: claimRow.id, personId: id(personIds, slug) })
            .run();
        c.citations.forEach((cit, position) => {
          tx.insert(citations)
            .values({
              claimId: claimRow.id,
              outletId: id(outletIds, cit.outlet),
              url: cit.url ?? null,
              title: cit.title ?? null,
              publishedOn: cit.publishedOn ?? null,
              quote: cit.quote ?? null,
              position,
            })
            .run();
        });
        // The revision log stores claims in the public JSON shape (as lib/claims/write.ts does), not raw rows.
        const after = claimToJson(loadClaimViews(tx, { where: eq(claims.id, claimRow.id) })[0]);
        tx.insert(revisions)
          .values({
            claimId: claimRow.id,
            userId: null,
            action: "import",
            version: 1,
            reason: "Demo dataset",
            before: null,
            after,
            createdAt: publishedAt,
          })
          .run();
        if (c.settlement) settleDemoClaim(tx, claimRow.id, c.settlement, after, (slug) => id(outletIds, slug));
        claimCount++;
      }
    }
    return { seeded: true, people: demoPeople.length, pairs: demoPairs.length, outlets: demoOutlets.length, claims: claimCount };
  });
}
