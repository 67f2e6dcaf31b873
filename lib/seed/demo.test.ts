import { afterAll, describe, expect, it } from "vitest";
import { outlets, revisions } from "@/db/schema";
import { suggestionsForDashboard } from "@/lib/claims/settlement-suggestions";
import { deskCalibration, outletTrackRecord } from "@/lib/scoring/queries";
import { createTempDb } from "@/lib/testing/temp-db";
import { demoPairs } from "@/db/seed/demo";
import { seedDemo } from "./demo";

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
