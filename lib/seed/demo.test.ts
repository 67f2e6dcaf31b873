import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { citations, claims, outlets, pairs, people, revisions } from "@/db/schema";
import { NO_FILTERS } from "@/lib/claims/filters";
import { readerClaimsForPair } from "@/lib/claims/queries";
import { findPair } from "@/lib/pairs/queries";
import { ANA_TOM, countRows, filters, readerLedger } from "@/lib/testing/reader-ledger";
import { suggestionsForDashboard } from "@/lib/claims/settlement-suggestions";
import { deskCalibration, outletTrackRecord } from "@/lib/scoring/queries";
import { createTempDb } from "@/lib/testing/temp-db";
import { demoPairs } from "@/db/seed/demo";
import { seedDemo, type SeedResult } from "./demo";

describe("seedDemo", () => {
  const temp = createTempDb();
  afterAll(() => temp.cleanup());

  it("records each demo claim's first revision in the claim JSON shape the history reads", () => {
    expect(seedDemo(temp.db).seeded).toBe(true);
    const rows = temp.db.select().from(revisions).all();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.action === "settle").length).toBe(demoPairs.flatMap((p) => p.claims).filter((c) => c.settlement).length);
    for (const row of rows) {
      const after = row.after as Record<string, unknown>;
      // Each claim's first revision is its import (version 1); settled demo claims add a "settle" revision (version 2).
      expect(after).toMatchObject({ id: row.claimId, version: row.action === "settle" ? 2 : 1 });
      expect(typeof after.pair).toBe("string");
      expect(Array.isArray(after.citations)).toBe(true);
      expect(after).not.toHaveProperty("pairId");
    }
  });

  it("gives a fresh demo a track record on at least three outlets, the desk's calibration, and a suggestion to settle", () => {
    const records = temp.db
      .select({ id: outlets.id, slug: outlets.slug })
      .from(outlets)
      .all()
      .map((o) => ({ slug: o.slug, record: outletTrackRecord(temp.db, o.id) }));
    const withRecord = records.filter((r) => r.record.calibration.settled > 0);
    expect(withRecord.length).toBeGreaterThanOrEqual(3);
    // At least one outlet has enough settled claims for the record to suggest a grade.
    expect(records.some((r) => r.record.suggested.grade !== null)).toBe(true);
    const desk = deskCalibration(temp.db);
    expect(desk.overall.settled).toBe(demoPairs.flatMap((p) => p.claims).filter((c) => c.settlement).length);
    expect(desk.byYear.length).toBeGreaterThanOrEqual(2);
    expect(suggestionsForDashboard(temp.db).total).toBeGreaterThan(0);
  });
});

describe("seedDemo on an empty ledger, beside the reader's fixture pairs", () => {
  let db: Db;
  let cleanup: () => void;
  let firstSeed: SeedResult;
  beforeAll(() => ({ db, cleanup, firstSeed } = readerLedger()));
  afterAll(() => cleanup?.());

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
