import { afterAll, describe, expect, it } from "vitest";
import { revisions } from "@/db/schema";
import { createTempDb } from "@/lib/testing/temp-db";
import { seedDemo } from "./demo";

describe("seedDemo", () => {
  const temp = createTempDb();
  afterAll(() => temp.cleanup());

  it("records each demo claim's first revision in the claim JSON shape the history reads", () => {
    expect(seedDemo(temp.db).seeded).toBe(true);
    const rows = temp.db.select().from(revisions).all();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const after = row.after as Record<string, unknown>;
      expect(after).toMatchObject({ id: row.claimId, version: 1 });
      expect(typeof after.pair).toBe("string");
      expect(Array.isArray(after.citations)).toBe(true);
      expect(after).not.toHaveProperty("pairId");
    }
  });
});
