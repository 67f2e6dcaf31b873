/**
 * Integration tests of the reader's reads against a fresh temporary SQLite
 * file (never the demo database): the demo dataset plus this file's own
 * fixture pairs, all loaded once before any test so no test depends on another.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, count, eq, type SQL } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/client";
import type { ClaimKind, ClaimStatus, ConfidenceLevel, DatePrecision, Stance } from "@/db/enums";
import { citations, claims, outlets, pairs, people } from "@/db/schema";
import { demoPairs } from "@/db/seed/demo";
import { NO_FILTERS, type ClaimFilters } from "@/lib/claims/filters";
import {
  latestPublishedClaims,
  readerClaimById,
  readerClaimsForPair,
  readerTimelinePage,
  retractedClaimsForPair,
} from "@/lib/claims/queries";
import { dateInterval } from "@/lib/dates";
import { findPair, outletsForPair, trendingPairs } from "@/lib/pairs/queries";
import { seedDemo, type SeedResult } from "@/lib/seed/demo";
import { createTempDb } from "@/lib/testing/temp-db";

const ANA_TOM = "ana-de-armas--tom-cruise";

let db: Db;
let cleanup: () => void;
let firstSeed: SeedResult;

// ---------------------------------------------------------------- fixtures

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

function outletId(slug: string): number {
  return db.select({ id: outlets.id }).from(outlets).where(eq(outlets.slug, slug)).get()!.id;
}

function addPair(slugA: string, slugB: string): { id: number; slug: string } {
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
function addClaims(pairId: number, list: FixtureClaim[]): Record<string, number> {
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
        .values({ claimId: row.id, outletId: outletId(slug), title: `${slug} on ${c.key}`, position })
        .run();
    });
    ids[c.key] = row.id;
  }
  return ids;
}

/** The fixture pair for the timeline filters: every precision, a retraction and drafts. */
let fx: { id: number; slug: string };
let fxIds: Record<string, number>;
let hot: { id: number; slug: string };
let warm: { id: number; slug: string };
let cold: { id: number; slug: string };

beforeAll(() => {
  ({ db, cleanup } = createTempDb());
  firstSeed = seedDemo(db);

  fx = addPair("fx-alpha", "fx-beta");
  fxIds = addClaims(fx.id, [
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
  hot = addPair("fx-hot-a", "fx-hot-b");
  addClaims(hot.id, [
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
  warm = addPair("fx-warm-a", "fx-warm-b");
  addClaims(warm.id, [
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
  cold = addPair("fx-cold-a", "fx-cold-b");
  addClaims(cold.id, [
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
});

afterAll(() => cleanup?.());

const headlinesOf = (list: { headline: string }[]) => list.map((c) => c.headline);
const fixtures = (...keys: string[]) => keys.map((k) => `Fixture ${k}`);
const filters = (f: Partial<ClaimFilters>): ClaimFilters => ({ ...NO_FILTERS, ...f });

// ---------------------------------------------------------------- demo dataset

describe("seedDemo", () => {
  it("loads the demo dataset into the empty ledger once", () => {
    expect(firstSeed.seeded).toBe(true);
    expect(firstSeed.pairs).toBe(demoPairs.length);
    expect(firstSeed.claims).toBe(demoPairs.reduce((n, p) => n + p.claims.length, 0));
  });

  it("gives Ana de Armas & Tom Cruise at least 8 claims, each with a citation, kind, stance and confidence", () => {
    const pair = db.select({ id: pairs.id }).from(pairs).where(eq(pairs.slug, ANA_TOM)).get()!;
    const rows = db.select().from(claims).where(eq(claims.pairId, pair.id)).all();
    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (const row of rows) {
      expect(row.kind).toBeTruthy();
      expect(row.stance).toBeTruthy();
      expect(row.confidence).toBeTruthy();
      expect(countRows(db, citations, eq(citations.claimId, row.id))).toBeGreaterThanOrEqual(1);
    }
  });

  it("mentions David Beckham on the birthday-party claim", () => {
    const pair = findPair(db, ANA_TOM);
    if (!pair || !("found" in pair)) throw new Error("Ana/Tom pair missing");
    const party = readerClaimsForPair(db, pair.found.id, NO_FILTERS).find((c) => /Beckham's 50th birthday/.test(c.headline));
    expect(party).toBeDefined();
    expect(party!.kind).toBe("appearance");
    expect(party!.mentions.map((m) => m.slug)).toEqual(["david-beckham"]);
    // Beckham is a person of his own, not a member of the pair.
    expect(party!.pair.people.map((p) => p.slug)).not.toContain("david-beckham");
  });

  it("records Ana's remarks to USA Today with year precision", () => {
    const pair = findPair(db, ANA_TOM);
    if (!pair || !("found" in pair)) throw new Error("Ana/Tom pair missing");
    const usaToday = readerClaimsForPair(db, pair.found.id, filters({ outlet: "usa-today" }));
    expect(usaToday).toHaveLength(1);
    expect(usaToday[0].precision).toBe("year");
    expect(usaToday[0].occurredOn).toBe("2023");
    expect(usaToday[0].speaker?.slug).toBe("ana-de-armas");
  });

  it("does not load twice: a second run reports seeded:false and duplicates nothing", () => {
    const before = {
      people: countRows(db, people),
      pairs: countRows(db, pairs),
      outlets: countRows(db, outlets),
      claims: countRows(db, claims),
    };
    const again = seedDemo(db);
    expect(again.seeded).toBe(false);
    expect(again.claims).toBe(0);
    expect({
      people: countRows(db, people),
      pairs: countRows(db, pairs),
      outlets: countRows(db, outlets),
      claims: countRows(db, claims),
    }).toEqual(before);
  });

  it("refuses a ledger that holds any person, and adds nothing to it", () => {
    const other = createTempDb();
    try {
      other.db.insert(people).values({ slug: "someone-real", name: "Someone Real" }).run();
      const result = seedDemo(other.db);
      expect(result.seeded).toBe(false);
      expect(countRows(other.db, people)).toBe(1);
      expect(countRows(other.db, pairs)).toBe(0);
      expect(countRows(other.db, outlets)).toBe(0);
      expect(countRows(other.db, claims)).toBe(0);
    } finally {
      other.cleanup();
    }
  });
});

// ---------------------------------------------------------------- pairs

describe("trendingPairs", () => {
  it("orders every pair by heat, hottest first", () => {
    const list = trendingPairs(db, "2030-01-11");
    expect(list).toHaveLength(demoPairs.length + 4);
    const heats = list.map((p) => p.heat);
    expect(heats).toEqual([...heats].sort((x, y) => y - x));
    expect(list[0].slug).toBe(hot.slug);
    expect(list[1].slug).toBe(warm.slug);
    expect(list[0].heat).toBeGreaterThan(list[1].heat);
    expect(list.find((p) => p.slug === cold.slug)!.heat).toBe(0);
  });

  it("counts only published claims: drafts and retractions neither heat a pair nor count", () => {
    const w = trendingPairs(db, "2030-01-11").find((p) => p.slug === warm.slug)!;
    expect(w.publishedClaims).toBe(1);
    expect(w.heat).toBeLessThan(trendingPairs(db, "2030-01-11").find((p) => p.slug === hot.slug)!.heat);
  });

  it("puts Ana de Armas & Tom Cruise first in June 2025, when their story broke", () => {
    const list = trendingPairs(db, "2025-06-10");
    expect(list[0].slug).toBe(ANA_TOM);
    expect(list[0].heat).toBeGreaterThan(0);
    expect(list[0].people.map((p) => p.name)).toEqual(["Ana de Armas", "Tom Cruise"]);
  });

  it("lets heat fade: the same pair is cooler a year later", () => {
    const june = trendingPairs(db, "2025-06-10").find((p) => p.slug === ANA_TOM)!.heat;
    const later = trendingPairs(db, "2026-06-10").find((p) => p.slug === ANA_TOM)!.heat;
    expect(later).toBeLessThan(june);
  });
});

describe("findPair", () => {
  it("finds a pair by its canonical slug, with its people and published-claim count", () => {
    const result = findPair(db, ANA_TOM);
    expect(result && "found" in result).toBe(true);
    if (!result || !("found" in result)) return;
    expect(result.found.slug).toBe(ANA_TOM);
    expect(result.found.people.map((p) => p.slug)).toEqual(["ana-de-armas", "tom-cruise"]);
    const demoAnaTom = demoPairs.find((p) => [...p.people].sort().join("--") === ANA_TOM)!;
    expect(result.found.publishedClaims).toBe(demoAnaTom.claims.filter((c) => (c.status ?? "published") === "published").length);
  });

  it("answers a reversed slug with the canonical slug to redirect to", () => {
    expect(findPair(db, "tom-cruise--ana-de-armas")).toEqual({ redirectTo: ANA_TOM });
    expect(findPair(db, "fx-beta--fx-alpha")).toEqual({ redirectTo: fx.slug });
  });

  it("returns null for an unknown pair, a malformed slug or a person paired with themself", () => {
    expect(findPair(db, "nobody-here--no-one-else")).toBeNull();
    expect(findPair(db, "no-one-else--nobody-here")).toBeNull();
    expect(findPair(db, "ana-de-armas")).toBeNull();
    expect(findPair(db, "ana-de-armas--ana-de-armas")).toBeNull();
    expect(findPair(db, "Ana-De-Armas--Tom-Cruise")).toBeNull();
    expect(findPair(db, "")).toBeNull();
  });

  it("counts published claims only (not the fixture's drafts or retraction)", () => {
    const result = findPair(db, fx.slug);
    if (!result || !("found" in result)) throw new Error("fixture pair missing");
    expect(result.found.publishedClaims).toBe(4);
  });
});

describe("outletsForPair", () => {
  it("lists the outlets cited by reader-visible claims, by name, with citation counts", () => {
    expect(outletsForPair(db, fx.id).map((o) => [o.slug, o.citations])).toEqual([
      ["daily-glimmer", 1],
      ["deadline", 2], // one of them on the retracted claim, which readers still see
      ["usa-today", 1],
      ["variety", 2], // not counting the draft's citation
    ]);
  });

  it("leaves out an outlet cited only by a draft", () => {
    expect(outletsForPair(db, fx.id).map((o) => o.slug)).not.toContain("starwatch-social");
  });

  it("gives each outlet its grade", () => {
    const ana = findPair(db, ANA_TOM);
    if (!ana || !("found" in ana)) throw new Error("Ana/Tom pair missing");
    const list = outletsForPair(db, ana.found.id);
    expect(list.map((o) => o.slug)).toEqual(
      expect.arrayContaining(["variety", "deadline", "entertainment-tonight", "associated-press", "usa-today", "the-graham-norton-show"]),
    );
    expect(list.find((o) => o.slug === "variety")!.grade).toBe("A");
  });
});

// ---------------------------------------------------------------- claims

describe("readerClaimsForPair", () => {
  it("lists the pair's reader-visible claims oldest first, whatever their date precision", () => {
    expect(headlinesOf(readerClaimsForPair(db, fx.id, NO_FILTERS))).toEqual(
      fixtures("year-2023", "day-march", "month-april", "retracted-april", "circa-june"),
    );
  });

  it("keeps Ana & Tom's London sightings before the Beckham party, in date order", () => {
    const ana = findPair(db, ANA_TOM);
    if (!ana || !("found" in ana)) throw new Error("Ana/Tom pair missing");
    const list = readerClaimsForPair(db, ana.found.id, NO_FILTERS);
    const starts = list.map((c) => c.occurredStart);
    expect(starts).toEqual([...starts].sort());
    const walk = list.findIndex((c) => c.headline === "Seen walking the streets of London together");
    const party = list.findIndex((c) => /Beckham's 50th birthday/.test(c.headline));
    expect(walk).toBeGreaterThanOrEqual(0);
    expect(party).toBeGreaterThan(walk);
    expect(list[walk].citations[0].outlet.slug).toBe("celebrity-news-report");
    expect(list[walk].confidence).toBe("likely");
  });

  it("never returns drafts, under any filter; retracted claims stay, with their correction", () => {
    const variants: Partial<ClaimFilters>[] = [
      {},
      { kind: ["sighting"] },
      { kind: ["report"] },
      { confidence: ["likely"] },
      { confidence: ["confirmed"] },
      { outlet: "starwatch-social" },
      { outlet: "variety" },
      { from: "2024-03-01", to: "2024-03-01" },
      { from: "2023", to: "2023" },
    ];
    for (const v of variants) {
      const list = readerClaimsForPair(db, fx.id, filters(v));
      expect(
        list.every((c) => c.status !== "draft"),
        JSON.stringify(v),
      ).toBe(true);
      expect(headlinesOf(list)).not.toContain("Fixture draft-march");
      expect(headlinesOf(list)).not.toContain("Fixture draft-year");
    }
    const retracted = readerClaimsForPair(db, fx.id, NO_FILTERS).find((c) => c.headline === "Fixture retracted-april")!;
    expect(retracted.status).toBe("retracted");
    expect(retracted.correction).toBe("The denial was misattributed.");
  });

  it("filters by one kind or several", () => {
    expect(headlinesOf(readerClaimsForPair(db, fx.id, filters({ kind: ["sighting"] })))).toEqual(fixtures("day-march"));
    expect(headlinesOf(readerClaimsForPair(db, fx.id, filters({ kind: ["sighting", "denial"] })))).toEqual(
      fixtures("day-march", "retracted-april"),
    );
    expect(readerClaimsForPair(db, fx.id, filters({ kind: ["confirmation"] }))).toEqual([]);
  });

  it("filters by confidence", () => {
    expect(headlinesOf(readerClaimsForPair(db, fx.id, filters({ confidence: ["confirmed"] })))).toEqual(
      fixtures("month-april", "retracted-april"),
    );
    expect(headlinesOf(readerClaimsForPair(db, fx.id, filters({ confidence: ["plausible", "speculative"] })))).toEqual(
      fixtures("year-2023", "circa-june"),
    );
  });

  it("filters by cited outlet", () => {
    expect(headlinesOf(readerClaimsForPair(db, fx.id, filters({ outlet: "variety" })))).toEqual(fixtures("year-2023", "day-march"));
    expect(headlinesOf(readerClaimsForPair(db, fx.id, filters({ outlet: "usa-today" })))).toEqual(fixtures("year-2023"));
    expect(readerClaimsForPair(db, fx.id, filters({ outlet: "no-such-outlet" }))).toEqual([]);
  });

  it("keeps every claim whose date could fall in the range: month and year dates overlap it", () => {
    const range = (from?: string, to?: string) => headlinesOf(readerClaimsForPair(db, fx.id, filters({ from, to })));
    // From mid-April: the April month claim may be after the 10th, so it stays; 15 March does not.
    expect(range("2024-04-10")).toEqual(fixtures("month-april", "retracted-april", "circa-june"));
    // Until March: the 2023 year claim and 15 March.
    expect(range(undefined, "2024-03")).toEqual(fixtures("year-2023", "day-march"));
    // A month inside a year-precision date overlaps it.
    expect(range("2023-06", "2023-06")).toEqual(fixtures("year-2023"));
    expect(range("2024", "2024")).toEqual(fixtures("day-march", "month-april", "retracted-april", "circa-june"));
    // 21 April – 31 May: only the month-precision April claim can fall inside.
    expect(range("2024-04-21", "2024-05-31")).toEqual(fixtures("month-april"));
    // Exact day bounds are inclusive.
    expect(range("2024-03-15", "2024-03-15")).toEqual(fixtures("day-march"));
    expect(range("2025-01-01")).toEqual([]);
  });

  it("combines filters with AND", () => {
    expect(headlinesOf(readerClaimsForPair(db, fx.id, filters({ kind: ["sighting", "report"], from: "2024" })))).toEqual(
      fixtures("day-march"),
    );
    expect(
      headlinesOf(readerClaimsForPair(db, fx.id, filters({ outlet: "deadline", confidence: ["confirmed"], to: "2024-04-15" }))),
    ).toEqual(fixtures("month-april"));
  });

  it("reads a pair's claims through the claims_pair_status_date_idx index, never a scan of claims", () => {
    const captured = captureSql(() => readerClaimsForPair(db, fx.id, NO_FILTERS));
    const main = captured.find((q) => /from "claims"/i.test(q.sql));
    expect(main).toBeDefined();
    const plan = explain(main!.sql, main!.params);
    expect(
      plan.some((d) => /\bclaims\b.*USING (COVERING )?INDEX claims_pair_status_date_idx/.test(d)),
      plan.join("\n"),
    ).toBe(true);
    expect(
      plan.some((d) => /^SCAN claims\b/.test(d)),
      plan.join("\n"),
    ).toBe(false);
  });

  it("plans 'a pair's published claims by date' as an index search with no sort step", () => {
    const query = db
      .select({ id: claims.id })
      .from(claims)
      .where(and(eq(claims.pairId, fx.id), eq(claims.status, "published")))
      .orderBy(asc(claims.occurredStart))
      .toSQL();
    const plan = explain(query.sql, query.params);
    expect(
      plan.some((d) => /SEARCH claims USING (COVERING )?INDEX claims_pair_status_date_idx \(pair_id=\? AND status=\?\)/.test(d)),
      plan.join("\n"),
    ).toBe(true);
    expect(
      plan.some((d) => /^SCAN claims\b/.test(d) || /TEMP B-TREE FOR ORDER BY/.test(d)),
      plan.join("\n"),
    ).toBe(false);
  });
});

describe("latestPublishedClaims", () => {
  it("lists published claims only, newest publication first", () => {
    const list = latestPublishedClaims(db, 1000);
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((c) => c.status === "published")).toBe(true);
    const published = list.map((c) => c.publishedAt ?? "");
    expect(published).toEqual([...published].sort().reverse());
    const headlines = headlinesOf(list);
    for (const hidden of [
      "Fixture draft-march",
      "Fixture draft-year",
      "Fixture retracted-april",
      "Fixture warm-draft",
      "Fixture warm-retracted",
    ]) {
      expect(headlines).not.toContain(hidden);
    }
    expect(headlines).not.toContain("Tabloid claims the two are engaged"); // the demo's retraction
    expect(headlines).toContain("Fixture day-march");
    expect(list).toHaveLength(countRows(db, claims, eq(claims.status, "published")));
  });

  it("honours its limit (10 by default)", () => {
    expect(latestPublishedClaims(db)).toHaveLength(10);
    expect(latestPublishedClaims(db, 3)).toHaveLength(3);
    expect(headlinesOf(latestPublishedClaims(db, 3))).toEqual(headlinesOf(latestPublishedClaims(db, 1000).slice(0, 3)));
  });
});

describe("readerClaimById", () => {
  it("returns a published claim with its pair, citations and mentions resolved", () => {
    const claim = readerClaimById(db, fxIds["year-2023"]);
    expect(claim?.headline).toBe("Fixture year-2023");
    expect(claim?.pair.slug).toBe(fx.slug);
    expect(claim?.citations.map((c) => c.outlet.slug)).toEqual(["variety", "usa-today"]);
  });

  it("returns a retracted claim with its correction", () => {
    const claim = readerClaimById(db, fxIds["retracted-april"]);
    expect(claim?.status).toBe("retracted");
    expect(claim?.correction).toBe("The denial was misattributed.");
  });

  it("returns null for a draft, a missing id or a malformed one", () => {
    expect(readerClaimById(db, fxIds["draft-march"])).toBeNull();
    expect(readerClaimById(db, fxIds["draft-year"])).toBeNull();
    expect(readerClaimById(db, 99_999_999)).toBeNull();
    for (const bad of [0, -1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1]) expect(readerClaimById(db, bad)).toBeNull();
  });

  it("still finds the draft in the table, so the null above is the reader rule, not a missing row", () => {
    expect(db.select({ status: claims.status }).from(claims).where(eq(claims.id, fxIds["draft-march"])).get()?.status).toBe("draft");
  });
});

// ---------------------------------------------------------------- helpers

/** `SELECT count(*)` from a table, optionally filtered, synchronously. */
function countRows(on: Db, table: SQLiteTable, where?: SQL): number {
  return on.select({ n: count() }).from(table).where(where).get()!.n;
}

/** Runs `fn` and records every SQL statement (with its bound parameters) it sends to SQLite. */
function captureSql(fn: () => unknown): { sql: string; params: unknown[] }[] {
  const client = db.$client;
  const captured: { sql: string; params: unknown[] }[] = [];
  const original = client.prepare;
  const wrap = <T extends object>(stmt: T, source: string): T =>
    new Proxy(stmt, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (typeof value !== "function") return value;
        if (prop === "all" || prop === "get" || prop === "run" || prop === "iterate") {
          return (...args: unknown[]) => {
            captured.push({ sql: source, params: args });
            return value.apply(target, args);
          };
        }
        if (prop === "raw" || prop === "pluck" || prop === "expand" || prop === "safeIntegers") {
          return (...args: unknown[]) => wrap(value.apply(target, args), source);
        }
        return value.bind(target);
      },
    });
  client.prepare = function (this: typeof client, source: string) {
    return wrap(original.call(this, source), source);
  } as typeof client.prepare;
  try {
    fn();
  } finally {
    client.prepare = original;
  }
  return captured;
}

/** The `detail` column of EXPLAIN QUERY PLAN for a statement. */
function explain(sql: string, params: unknown[]): string[] {
  return (db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
}

describe("readerTimelinePage and retractedClaimsForPair", () => {
  it("pages through the same claims as the full list, in order, and clamps pages past either end", () => {
    const all = readerClaimsForPair(db, fx.id, NO_FILTERS);
    expect(all.length).toBeGreaterThan(3);
    const seen: number[] = [];
    const first = readerTimelinePage(db, fx.id, NO_FILTERS, 1, 3);
    expect(first).toMatchObject({ total: all.length, page: 1, pageCount: Math.ceil(all.length / 3) });
    for (let page = 1; page <= first.pageCount; page++)
      seen.push(...readerTimelinePage(db, fx.id, NO_FILTERS, page, 3).claims.map((c) => c.id));
    expect(seen).toEqual(all.map((c) => c.id));
    expect(readerTimelinePage(db, fx.id, NO_FILTERS, 999, 3).page).toBe(first.pageCount);
    expect(readerTimelinePage(db, fx.id, NO_FILTERS, -2, 3).page).toBe(1);
    expect(readerTimelinePage(db, fx.id, NO_FILTERS, Number.NaN, 3).page).toBe(1);
  });

  it("counts only what the filters keep", () => {
    const sightings = readerClaimsForPair(db, fx.id, filters({ kind: ["sighting"] }));
    expect(readerTimelinePage(db, fx.id, filters({ kind: ["sighting"] }), 1).total).toBe(sightings.length);
  });

  it("lists only retracted claims as corrections, never drafts", () => {
    const corrections = retractedClaimsForPair(db, fx.id);
    expect(corrections.every((c) => c.status === "retracted")).toBe(true);
    expect(corrections.map((c) => c.id)).toEqual(
      readerClaimsForPair(db, fx.id, NO_FILTERS)
        .filter((c) => c.status === "retracted")
        .map((c) => c.id),
    );
  });
});
