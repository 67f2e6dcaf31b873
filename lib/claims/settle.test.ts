import { asc, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { revisions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { claimInput, dbFingerprint, seededDb } from "@/lib/testing/fixtures";
import { settleClaim, unsettleClaim } from "./settle";
import { claimToJson } from "./types";
import { createClaim, retractClaim, updateClaim } from "./write";

let db: Db;
let editor: Actor;
let cleanup: () => void;
beforeEach(() => ({ db, editor, cleanup } = seededDb()));
afterEach(() => cleanup());

const settlement = (overrides: Record<string, unknown> = {}) => ({
  version: 1,
  outcome: "borne-out",
  settledOn: "2025-09-01",
  reason: "Confirmed on the record by both",
  citations: [{ outlet: "associated-press", url: "https://apnews.com/confirmed", title: "They confirm it" }],
  ...overrides,
});
const published = () => createClaim(db, editor, claimInput({ status: "published" }));

function failure(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected the write to fail");
}

describe("settleClaim", () => {
  it("settles a published claim: a new version, the settlement in the JSON, and a revision with who and why", () => {
    const claim = published();
    const settled = settleClaim(db, editor, claim.id, settlement());
    expect(settled.version).toBe(2);
    expect(claimToJson(settled).settlement).toEqual({
      outcome: "borne-out",
      settledOn: "2025-09-01",
      reason: "Confirmed on the record by both",
      citations: [
        { outlet: "associated-press", url: "https://apnews.com/confirmed", title: "They confirm it", publishedOn: null, quote: null },
      ],
    });
    // The settling evidence is not one of the claim's own sources.
    expect(settled.citations.map((c) => c.outlet.slug)).toEqual(["variety"]);
    const log = db.select().from(revisions).where(eq(revisions.claimId, claim.id)).orderBy(asc(revisions.id)).all();
    expect(log.at(-1)).toMatchObject({ action: "settle", userId: editor.userId, version: 2, reason: "Confirmed on the record by both" });
  });

  it("refuses a settlement without a citation, with a clear error, and changes nothing", () => {
    const claim = published();
    const before = dbFingerprint(db);
    const error = failure(() => settleClaim(db, editor, claim.id, settlement({ citations: [] })));
    expect(error.status).toBe(400);
    expect(error.fields?.citations).toMatch(/at least one citation/);
    expect(dbFingerprint(db)).toEqual(before);
  });

  it("refuses drafts, stale versions and claims already settled", () => {
    const draft = createClaim(db, editor, claimInput());
    expect(failure(() => settleClaim(db, editor, draft.id, settlement())).code).toBe("invalid_state");
    const claim = published();
    expect(failure(() => settleClaim(db, editor, claim.id, settlement({ version: 3 }))).status).toBe(409);
    settleClaim(db, editor, claim.id, settlement());
    expect(failure(() => settleClaim(db, editor, claim.id, settlement({ version: 2 }))).code).toBe("invalid_state");
  });

  it("settles a claim that was later retracted: a retraction does not take a call off the record", () => {
    const claim = published();
    retractClaim(db, editor, claim.id, { version: 1, correction: "The source withdrew its story." });
    expect(settleClaim(db, editor, claim.id, settlement({ version: 2, outcome: "shown-false" })).settlement?.outcome).toBe("shown-false");
  });

  it("keeps the settlement and its evidence through an edit of the claim's own sources", () => {
    const claim = published();
    settleClaim(db, editor, claim.id, settlement());
    const edited = updateClaim(db, editor, claim.id, { version: 2, citations: [{ outlet: "deadline" }] });
    expect(edited.citations.map((c) => c.outlet.slug)).toEqual(["deadline"]);
    expect(edited.settlement?.citations.map((c) => c.outlet.slug)).toEqual(["associated-press"]);
  });
});

describe("unsettleClaim", () => {
  it("reopens a settled claim as a revision that keeps the old settlement in its before", () => {
    const claim = published();
    settleClaim(db, editor, claim.id, settlement());
    const reopened = unsettleClaim(db, editor, claim.id, { version: 2, reason: "The confirmation was a hoax" });
    expect(reopened.settlement).toBeNull();
    expect(reopened.version).toBe(3);
    const last = db.select().from(revisions).where(eq(revisions.claimId, claim.id)).orderBy(asc(revisions.id)).all().at(-1)!;
    expect(last).toMatchObject({ action: "unsettle", reason: "The confirmation was a hoax" });
    expect((last.before as { settlement: { outcome: string } }).settlement.outcome).toBe("borne-out");
  });
});
