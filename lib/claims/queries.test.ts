import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { claims } from "@/db/schema";
import { NO_FILTERS, type ClaimFilters } from "@/lib/claims/filters";
import { findPair } from "@/lib/pairs/queries";
import { ANA_TOM, countRows, filters, fixtures, headlinesOf, readerLedger, type FixturePair } from "@/lib/testing/reader-ledger";
import { latestPublishedClaims, readerClaimById, readerClaimsForPair, readerTimelinePage, retractedClaimsForPair } from "./queries";

let db: Db;
let cleanup: () => void;
let fx: FixturePair;
let fxIds: Record<string, number>;
beforeAll(() => ({ db, cleanup, fx, fxIds } = readerLedger()));
afterAll(() => cleanup?.());

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

// ---------------------------------------------------------------- helpers

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
