/**
 * The reader's ledger for the read tests (lib/claims/queries, lib/pairs/queries, lib/seed/demo):
 * a fresh temporary SQLite file (never the demo database) with the demo dataset plus fixture
 * pairs, loaded once per test file before any test so no test depends on another.
 */
import { count, eq, type SQL } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/client";
import type { ClaimKind, ClaimStatus, ConfidenceLevel, DatePrecision, Stance } from "@/db/enums";
import { citations, claims, outlets, pairs, people } from "@/db/schema";
import { NO_FILTERS, type ClaimFilters } from "@/lib/claims/filters";
import { dateInterval } from "@/lib/dates";
import { seedDemo } from "@/lib/seed/demo";
import { createTempDb } from "./temp-db";

export const ANA_TOM = "ana-de-armas--tom-cruise";

interface FixtureClaim {
  key: string;
  kind: ClaimKind;
  occurredOn: string;
  precision: DatePrecision;
  confidence: ConfidenceLevel;
  stance?: Stance;
  status?: ClaimStatus;
  correction?: string;
  outlets: string[];
  publishedAt?: string;
}

export interface FixturePair {
  id: number;
  slug: string;
}

function outletIdOf(db: Db, slug: string): number {
  return db.select({ id: outlets.id }).from(outlets).where(eq(outlets.slug, slug)).get()!.id;
}

function addPair(db: Db, slugA: string, slugB: string): FixturePair {
  const [a, b] = [slugA, slugB].sort();
  const idOf = (slug: string) =>
    db
      .insert(people)
      .values({ slug, name: slug.replace(/-/g, " ") })
      .returning({ id: people.id })
      .get().id;
  const slug = `${a}--${b}`;
  const row = db
    .insert(pairs)
    .values({ slug, personAId: idOf(a), personBId: idOf(b) })
    .returning({ id: pairs.id })
    .get();
  return { id: row.id, slug };
}

/** Inserts claims in order and returns their ids by key. */
function addClaims(db: Db, pairId: number, list: FixtureClaim[]): Record<string, number> {
  const ids: Record<string, number> = {};
  for (const c of list) {
    const { start, end } = dateInterval(c.occurredOn);
    const status = c.status ?? "published";
    const publishedAt = status === "draft" ? null : (c.publishedAt ?? `${start}T12:00:00.000Z`);
    const row = db
      .insert(claims)
      .values({
        pairId,
        kind: c.kind,
        headline: `Fixture ${c.key}`,
        occurredOn: c.occurredOn,
        precision: c.precision,
        occurredStart: start,
        occurredEnd: end,
        stance: c.stance ?? "neutral",
        confidence: c.confidence,
        status,
        correction: c.correction ?? null,
        retractedAt: status === "retracted" ? publishedAt : null,
        publishedAt,
      })
      .returning({ id: claims.id })
      .get();
    c.outlets.forEach((slug, position) => {
      db.insert(citations)
        .values({ claimId: row.id, outletId: outletIdOf(db, slug), title: `${slug} on ${c.key}`, position })
        .run();
    });
    ids[c.key] = row.id;
  }
  return ids;
}

/**
 * A ledger with the demo dataset (`firstSeed` is that first load) and fixture pairs: `fx` for the
 * timeline filters (every precision, a retraction and drafts; `fxIds` by key), and `hot`, `warm`,
 * `cold`, whose heat on 11 January 2030 is known in order.
 */
export function readerLedger() {
  const { db, cleanup } = createTempDb();
  const firstSeed = seedDemo(db);

  const fx = addPair(db, "fx-alpha", "fx-beta");
  const fxIds = addClaims(db, fx.id, [
    { key: "day-march", kind: "sighting", occurredOn: "2024-03-15", precision: "day", confidence: "likely", outlets: ["variety"] },
    { key: "month-april", kind: "statement", occurredOn: "2024-04", precision: "month", confidence: "confirmed", outlets: ["deadline"] },
    { key: "year-2023", kind: "report", occurredOn: "2023", precision: "year", confidence: "plausible", outlets: ["variety", "usa-today"] },
    {
      key: "circa-june",
      kind: "speculation",
      occurredOn: "2024-06",
      precision: "circa",
      confidence: "speculative",
      outlets: ["daily-glimmer"],
    },
    {
      key: "retracted-april",
      kind: "denial",
      occurredOn: "2024-04-20",
      precision: "day",
      confidence: "confirmed",
      status: "retracted",
      correction: "The denial was misattributed.",
      outlets: ["deadline"],
    },
    {
      key: "draft-march",
      kind: "sighting",
      occurredOn: "2024-03-01",
      precision: "day",
      confidence: "likely",
      status: "draft",
      outlets: ["starwatch-social"],
    },
    {
      key: "draft-year",
      kind: "report",
      occurredOn: "2023",
      precision: "year",
      confidence: "confirmed",
      status: "draft",
      outlets: ["variety"],
    },
  ]);

  // Three pairs whose heat on 11 January 2030 is known in order: hot > warm > cold (0).
  const hot = addPair(db, "fx-hot-a", "fx-hot-b");
  addClaims(db, hot.id, [
    {
      key: "hot",
      kind: "sighting",
      occurredOn: "2030-01-10",
      precision: "day",
      confidence: "confirmed",
      stance: "supports",
      outlets: ["variety"],
    },
  ]);
  const warm = addPair(db, "fx-warm-a", "fx-warm-b");
  addClaims(db, warm.id, [
    {
      key: "warm",
      kind: "speculation",
      occurredOn: "2030-01-10",
      precision: "day",
      confidence: "speculative",
      stance: "supports",
      outlets: ["daily-glimmer"],
    },
    // A draft and a retraction would make it the hottest pair if they counted.
    {
      key: "warm-draft",
      kind: "confirmation",
      occurredOn: "2030-01-10",
      precision: "day",
      confidence: "confirmed",
      stance: "supports",
      status: "draft",
      outlets: ["variety"],
    },
    {
      key: "warm-retracted",
      kind: "confirmation",
      occurredOn: "2030-01-10",
      precision: "day",
      confidence: "confirmed",
      stance: "supports",
      status: "retracted",
      correction: "Wrong couple.",
      outlets: ["variety"],
    },
  ]);
  const cold = addPair(db, "fx-cold-a", "fx-cold-b");
  addClaims(db, cold.id, [
    {
      key: "cold",
      kind: "denial",
      occurredOn: "2030-01-10",
      precision: "day",
      confidence: "confirmed",
      stance: "contradicts",
      outlets: ["variety"],
    },
  ]);
  return { db, cleanup, firstSeed, fx, fxIds, hot, warm, cold };
}

export const headlinesOf = (list: { headline: string }[]) => list.map((c) => c.headline);
/** The headlines of fixture claims, by key. */
export const fixtures = (...keys: string[]) => keys.map((k) => `Fixture ${k}`);
export const filters = (f: Partial<ClaimFilters>): ClaimFilters => ({ ...NO_FILTERS, ...f });

/** `SELECT count(*)` from a table, optionally filtered, synchronously. */
export function countRows(on: Db, table: SQLiteTable, where?: SQL): number {
  return on.select({ n: count() }).from(table).where(where).get()!.n;
}
