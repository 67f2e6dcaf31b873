import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { outlets } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { settleClaim } from "@/lib/claims/settle";
import { createClaim, updateClaim } from "@/lib/claims/write";
import { createOutlet } from "@/lib/outlets/write";
import { claimInput, seededDb } from "@/lib/testing/fixtures";
import { deskCalibration, outletTrackRecord } from "./queries";

let db: Db;
let editor: Actor;
let admin: Actor;
let cleanup: () => void;
beforeEach(() => ({ db, editor, admin, cleanup } = seededDb()));
afterEach(() => cleanup());

let n = 0;
/** A published claim citing `outlet` at `confidence`, settled with `outcome`. */
function settled(outlet: string, confidence: string, outcome: "borne-out" | "shown-false") {
  const claim = createClaim(
    db,
    editor,
    claimInput({ status: "published", confidence, headline: `Scored claim ${++n}`, citations: [{ outlet }] }),
  );
  return settleClaim(db, editor, claim.id, {
    version: 1,
    outcome,
    settledOn: "2025-10-01",
    reason: "Answered on the record",
    citations: [{ outlet: "variety" }],
  });
}

describe("an outlet's track record", () => {
  it("scores the settled claims citing it at their first-publication confidence; a later regrade cannot rewrite it", () => {
    const outlet = createOutlet(db, admin, { name: "Scored Tabloid", grade: "C" });
    const id = db.select({ id: outlets.id }).from(outlets).where(eq(outlets.slug, outlet.slug)).get()!.id;
    const a = settled(outlet.slug, "likely", "borne-out");
    settled(outlet.slug, "likely", "shown-false");
    // Open claims and drafts citing it count for nothing.
    createClaim(db, editor, claimInput({ status: "published", citations: [{ outlet: outlet.slug }] }));
    createClaim(db, editor, claimInput({ citations: [{ outlet: outlet.slug }] }));

    const before = outletTrackRecord(db, id);
    expect(before.calibration).toMatchObject({ settled: 2, borneOut: 1, share: 0.5 });
    // (0.18² + 0.82²) / 2
    expect(before.calibration.brier).toBeCloseTo(0.3524, 10);
    expect(before.suggested).toEqual({ grade: null, reason: "too-few-settled", settled: 2, needed: 5 });

    updateClaim(db, editor, a.id, { version: a.version, confidence: "confirmed", reason: "Regraded after the answer" });
    expect(outletTrackRecord(db, id).calibration.brier).toBeCloseTo(0.3524, 10);
  });

  it("suggests a grade once enough claims are settled, and the desk's calibration counts every settled claim", () => {
    const outlet = createOutlet(db, admin, { name: "Reliable Wire", grade: "C" });
    const id = db.select({ id: outlets.id }).from(outlets).where(eq(outlets.slug, outlet.slug)).get()!.id;
    const deskBefore = deskCalibration(db).overall.settled;
    for (let i = 0; i < 10; i++) settled(outlet.slug, "confirmed", "borne-out");
    expect(outletTrackRecord(db, id).suggested).toMatchObject({ grade: "B" });
    const desk = deskCalibration(db);
    expect(desk.overall.settled).toBe(deskBefore + 10);
    expect(desk.overall.bins.find((b) => b.level === "confirmed")!.borneOut).toBeGreaterThanOrEqual(10);
    expect(desk.byYear.length).toBeGreaterThan(0);
  });
});
