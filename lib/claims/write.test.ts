import { asc, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { claims, pairs, revisions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError, ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { claimInput, DEMO_PAIR, rowCounts, seededDb } from "@/lib/testing/fixtures";
import { readerClaimById } from "./queries";
import { claimToJson, type ClaimJson } from "./types";
import { changedFields, createClaim, discardDraft, publishClaim, retractClaim, updateClaim } from "./write";
import type { Db } from "@/db/client";

let db: Db;
let editor: Actor;
let cleanup: () => void;

beforeEach(() => {
  const fixture = seededDb();
  ({ db, editor, cleanup } = fixture);
});
afterEach(() => cleanup());

/** Runs a write that must fail and returns its typed error. */
function failure(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected the write to fail");
}

function revisionsFor(id: number) {
  return db.select().from(revisions).where(eq(revisions.claimId, id)).orderBy(asc(revisions.id)).all();
}

const draft = (overrides: Record<string, unknown> = {}) => createClaim(db, editor, claimInput(overrides));
const published = (overrides: Record<string, unknown> = {}) => createClaim(db, editor, claimInput({ status: "published", ...overrides }));

describe("createClaim", () => {
  it("creates a draft at version 1 with its citations, mentions and a create revision", () => {
    const claim = draft({ mentions: ["david-beckham"], speaker: "tom-cruise", quote: "We are friends." });
    expect(claim).toMatchObject({ status: "draft", version: 1, publishedAt: null, headline: "Seen leaving a rehearsal studio together" });
    expect(claim.pair.slug).toBe(DEMO_PAIR);
    expect(claim.mentions.map((m) => m.slug)).toEqual(["david-beckham"]);
    expect(claim.speaker?.slug).toBe("tom-cruise");
    expect(claim.citations.map((c) => c.outlet.slug)).toEqual(["variety"]);
    const [rev] = revisionsFor(claim.id);
    expect(rev).toMatchObject({ action: "create", version: 1, userId: editor.userId, before: null });
    expect((rev.after as ClaimJson).headline).toBe(claim.headline);
  });

  it("records the created claim in revision 1 exactly as read back, so the next edit's 'before' equals it", () => {
    // Mentions given out of name order: reads list them by name.
    const claim = draft({ mentions: ["tom-cruise", "david-beckham"] });
    expect(claim.mentions.map((m) => m.slug)).toEqual(["david-beckham", "tom-cruise"]);
    updateClaim(db, editor, claim.id, { version: 1, headline: "Seen leaving a studio together" });
    const [create, edit] = revisionsFor(claim.id);
    expect(create.after).toEqual(claimToJson(claim));
    expect(edit.before).toEqual(create.after);
  });

  it("publishes on create when asked, stamping publishedAt", () => {
    const claim = published();
    expect(claim.status).toBe("published");
    expect(claim.publishedAt).not.toBeNull();
    expect(readerClaimById(db, claim.id)?.id).toBe(claim.id);
  });

  it("keeps drafts away from readers", () => {
    expect(readerClaimById(db, draft().id)).toBeNull();
  });

  it("refuses to publish on create without a citation", () => {
    const error = failure(() => createClaim(db, editor, claimInput({ status: "published", citations: [] })));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fields).toHaveProperty("citations");
  });

  it("accepts a draft without citations", () => {
    expect(draft({ citations: [] }).citations).toEqual([]);
  });

  it.each([
    ["unknown pair", { pair: "ana-de-armas--nobody-at-all" }, "pair"],
    ["a pair of one person", { pair: "tom-cruise--tom-cruise" }, "pair"],
    ["unknown speaker", { speaker: "nobody-at-all" }, "speaker"],
    ["unknown mentioned person", { mentions: ["david-beckham", "nobody-at-all"] }, "mentions.1"],
    ["unknown outlet", { citations: [{ outlet: "variety" }, { outlet: "no-such-outlet" }] }, "citations.1.outlet"],
    ["impossible date", { occurredOn: "2025-02-30" }, "occurredOn"],
    ["date finer than its precision", { occurredOn: "2025-05-05", precision: "month" }, "occurredOn"],
    ["circa with a day", { occurredOn: "2019-08-01", precision: "circa" }, "occurredOn"],
    ["missing headline", { headline: "   " }, "headline"],
    ["headline too long", { headline: "x".repeat(201) }, "headline"],
    ["wrong kind", { kind: "rumour" }, "kind"],
    ["wrong confidence", { confidence: "certain" }, "confidence"],
    ["javascript: citation URL", { citations: [{ outlet: "variety", url: "javascript:alert(1)" }] }, "citations.0.url"],
    ["retracted as a create status", { status: "retracted" }, "status"],
    ["unknown field", { id: 7 }, "id"],
  ])("refuses %s as a field error and writes nothing", (_name, overrides, field) => {
    const before = rowCounts(db);
    const error = failure(() => createClaim(db, editor, claimInput(overrides)));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.status).toBe(400);
    expect(error.fields?.[field]).toEqual(expect.any(String));
    expect(rowCounts(db)).toEqual(before);
  });

  it("reports every unknown reference at once", () => {
    const error = failure(() =>
      createClaim(
        db,
        editor,
        claimInput({ pair: "nobody--tom-cruise", speaker: "ghost", mentions: ["phantom"], citations: [{ outlet: "nowhere" }] }),
      ),
    );
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(["citations.0.outlet", "mentions.0", "pair", "speaker"]);
  });

  it("reads a pair slug in either order as the same pair", () => {
    expect(draft({ pair: "tom-cruise--ana-de-armas" }).pair.slug).toBe(DEMO_PAIR);
  });

  it("creates a missing pair under its canonical slug when asked (the form's two pickers)", () => {
    const claim = createClaim(db, editor, claimInput({ pair: "tom-cruise--david-beckham" }), { createPairIfMissing: true });
    expect(claim.pair.slug).toBe("david-beckham--tom-cruise");
    expect(db.select().from(pairs).where(eq(pairs.slug, "tom-cruise--david-beckham")).get()).toBeUndefined();
    // And a second claim finds that pair rather than making a twin.
    const again = createClaim(db, editor, claimInput({ pair: "david-beckham--tom-cruise" }), { createPairIfMissing: true });
    expect(again.pair.id).toBe(claim.pair.id);
  });

  it("does not create a pair with an unknown person", () => {
    const before = rowCounts(db);
    const error = failure(() => createClaim(db, editor, claimInput({ pair: "nobody--tom-cruise" }), { createPairIfMissing: true }));
    expect(error.fields).toHaveProperty("pair");
    expect(rowCounts(db)).toEqual(before);
  });

  it("stores HTML as inert text, verbatim", () => {
    const headline = `<script>alert("x")</script><b>bold</b>`;
    expect(draft({ headline }).headline).toBe(headline);
  });
});

describe("updateClaim", () => {
  it("applies an edit from the current version, bumps the version and records before/after", () => {
    const claim = draft();
    const updated = updateClaim(db, editor, claim.id, { version: 1, headline: "Seen at a rehearsal studio", reason: "Tighter wording" });
    expect(updated.version).toBe(2);
    expect(updated.headline).toBe("Seen at a rehearsal studio");
    const rev = revisionsFor(claim.id).at(-1)!;
    expect(rev).toMatchObject({ action: "update", version: 2, reason: "Tighter wording", userId: editor.userId });
    expect((rev.before as ClaimJson).headline).toBe("Seen leaving a rehearsal studio together");
    expect((rev.after as ClaimJson).headline).toBe("Seen at a rehearsal studio");
    expect(changedFields(rev.before as ClaimJson, rev.after as ClaimJson)).toEqual(["headline"]);
  });

  it("refuses a stale version with 409 carrying the current claim, and saves nothing", () => {
    const claim = draft();
    updateClaim(db, editor, claim.id, { version: 1, headline: "First editor's headline" });
    const before = rowCounts(db);
    const error = failure(() => updateClaim(db, editor, claim.id, { version: 1, headline: "Second editor's headline" }));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.status).toBe(409);
    expect(error.code).toBe("edit_conflict");
    expect(error.details?.current).toMatchObject({ id: claim.id, version: 2, headline: "First editor's headline" });
    expect(rowCounts(db)).toEqual(before);
  });

  it("does not bump the version or log a revision for an edit that changes nothing", () => {
    const claim = draft();
    const same = updateClaim(db, editor, claim.id, { version: 1, headline: `  ${claim.headline}  `, place: "London" });
    expect(same.version).toBe(1);
    expect(same.updatedAt).toBe(claim.updatedAt);
    expect(revisionsFor(claim.id).map((r) => r.action)).toEqual(["create"]);
  });

  it("keeps mentions and citations an edit leaves out", () => {
    const claim = draft({ mentions: ["david-beckham"] });
    const updated = updateClaim(db, editor, claim.id, { version: 1, confidence: "likely" });
    expect(updated.mentions.map((m) => m.slug)).toEqual(["david-beckham"]);
    expect(updated.citations).toHaveLength(1);
    expect(updated.details).toBeNull();
  });

  it("replaces mentions and citations an edit sends, and clears a speaker set to null", () => {
    const claim = draft({ mentions: ["david-beckham"], speaker: "tom-cruise" });
    const updated = updateClaim(db, editor, claim.id, {
      version: 1,
      mentions: [],
      speaker: null,
      citations: [{ outlet: "deadline" }, { outlet: "usa-today", url: "https://www.usatoday.com/x" }],
    });
    expect(updated.mentions).toEqual([]);
    expect(updated.speaker).toBeNull();
    expect(updated.citations.map((c) => c.outlet.slug)).toEqual(["deadline", "usa-today"]);
  });

  it("checks a new date against the current precision (and vice versa)", () => {
    const claim = draft(); // 2025-07-14, day
    expect(failure(() => updateClaim(db, editor, claim.id, { version: 1, occurredOn: "2025-07" })).fields).toHaveProperty("occurredOn");
    expect(failure(() => updateClaim(db, editor, claim.id, { version: 1, precision: "year" })).fields).toHaveProperty("precision");
    const ok = updateClaim(db, editor, claim.id, { version: 1, occurredOn: "2025-07", precision: "month" });
    expect(ok).toMatchObject({ occurredOn: "2025-07", precision: "month", occurredStart: "2025-07-01", occurredEnd: "2025-07-31" });
  });

  it("refuses unknown people and outlets as field errors", () => {
    const claim = draft();
    const error = failure(() =>
      updateClaim(db, editor, claim.id, { version: 1, speaker: "ghost", mentions: ["phantom"], citations: [{ outlet: "nowhere" }] }),
    );
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(["citations.0.outlet", "mentions.0", "speaker"]);
  });

  it("keeps at least one citation on a published claim", () => {
    const claim = published();
    expect(failure(() => updateClaim(db, editor, claim.id, { version: 1, citations: [] })).fields).toHaveProperty("citations");
  });

  it("refuses to edit a retracted claim", () => {
    const claim = published();
    retractClaim(db, editor, claim.id, { version: 1, correction: "Wrong people." });
    const error = failure(() => updateClaim(db, editor, claim.id, { version: 2, headline: "Quietly rewritten" }));
    expect(error).toMatchObject({ status: 409, code: "invalid_state" });
  });

  it("needs the version it edits and answers 404 for a missing claim", () => {
    const claim = draft();
    expect(failure(() => updateClaim(db, editor, claim.id, { headline: "No version" })).fields).toHaveProperty("version");
    expect(failure(() => updateClaim(db, editor, 999_999, { version: 1, headline: "x" }))).toBeInstanceOf(NotFoundError);
  });
});

describe("publishClaim", () => {
  it("publishes a draft with a citation: version up, publishedAt set, revision recorded", () => {
    const claim = draft();
    const done = publishClaim(db, editor, claim.id, { version: 1 });
    expect(done).toMatchObject({ status: "published", version: 2 });
    expect(done.publishedAt).not.toBeNull();
    const rev = revisionsFor(claim.id).at(-1)!;
    expect(rev).toMatchObject({ action: "publish", version: 2 });
    expect((rev.before as ClaimJson).status).toBe("draft");
    expect((rev.after as ClaimJson).status).toBe("published");
  });

  it("needs at least one citation", () => {
    const claim = draft({ citations: [] });
    const error = failure(() => publishClaim(db, editor, claim.id, { version: 1 }));
    expect(error.status).toBe(400);
    expect(error.fields).toHaveProperty("citations");
    expect(db.select().from(claims).where(eq(claims.id, claim.id)).get()).toMatchObject({ status: "draft", version: 1 });
  });

  it("refuses a stale version and an already published claim", () => {
    const claim = draft();
    updateClaim(db, editor, claim.id, { version: 1, place: "Paris" });
    expect(failure(() => publishClaim(db, editor, claim.id, { version: 1 }))).toMatchObject({ status: 409, code: "edit_conflict" });
    publishClaim(db, editor, claim.id, { version: 2 });
    expect(failure(() => publishClaim(db, editor, claim.id, { version: 3 }))).toMatchObject({ status: 409, code: "invalid_state" });
  });
});

describe("retractClaim", () => {
  it("retracts a published claim with its correction: kept, visible to readers, revision recorded", () => {
    const claim = published();
    const done = retractClaim(db, editor, claim.id, { version: 1, correction: "The photos were from 2019." });
    expect(done).toMatchObject({ status: "retracted", version: 2, correction: "The photos were from 2019." });
    expect(done.retractedAt).not.toBeNull();
    expect(readerClaimById(db, claim.id)?.status).toBe("retracted");
    const rev = revisionsFor(claim.id).at(-1)!;
    expect(rev).toMatchObject({ action: "retract", version: 2, reason: "The photos were from 2019." });
    expect((rev.after as ClaimJson).correction).toMatchObject({ note: "The photos were from 2019." });
  });

  it("needs a correction note", () => {
    const claim = published();
    expect(failure(() => retractClaim(db, editor, claim.id, { version: 1 })).fields).toHaveProperty("correction");
    expect(failure(() => retractClaim(db, editor, claim.id, { version: 1, correction: "  " })).fields).toHaveProperty("correction");
  });

  it("only retracts published claims, once", () => {
    const d = draft();
    expect(failure(() => retractClaim(db, editor, d.id, { version: 1, correction: "x" }))).toMatchObject({
      status: 409,
      code: "invalid_state",
    });
    const p = published();
    retractClaim(db, editor, p.id, { version: 1, correction: "x" });
    expect(failure(() => retractClaim(db, editor, p.id, { version: 2, correction: "again" }))).toMatchObject({
      status: 409,
      code: "invalid_state",
    });
  });

  it("refuses a stale version", () => {
    const p = published();
    updateClaim(db, editor, p.id, { version: 1, place: "Paris" });
    expect(failure(() => retractClaim(db, editor, p.id, { version: 1, correction: "x" }))).toMatchObject({
      status: 409,
      code: "edit_conflict",
    });
  });
});

describe("discardDraft", () => {
  it("deletes a draft (with its citations and mentions) and keeps a discard revision with the last state", () => {
    const claim = draft({ mentions: ["david-beckham"] });
    const before = rowCounts(db);
    discardDraft(db, editor, claim.id, { version: 1 });
    expect(db.select().from(claims).where(eq(claims.id, claim.id)).get()).toBeUndefined();
    const after = rowCounts(db);
    expect(after).toMatchObject({
      claims: before.claims - 1,
      citations: before.citations - 1,
      claimMentions: before.claimMentions - 1,
      revisions: before.revisions + 1,
    });
    const rev = revisionsFor(claim.id).at(-1)!;
    expect(rev).toMatchObject({ action: "discard", version: 1, after: null, userId: editor.userId });
    expect((rev.before as ClaimJson).headline).toBe(claim.headline);
  });

  it("never deletes a published or retracted claim", () => {
    const p = published();
    expect(failure(() => discardDraft(db, editor, p.id, { version: 1 }))).toMatchObject({ status: 409, code: "invalid_state" });
    retractClaim(db, editor, p.id, { version: 1, correction: "x" });
    expect(failure(() => discardDraft(db, editor, p.id, { version: 2 }))).toMatchObject({ status: 409, code: "invalid_state" });
    expect(readerClaimById(db, p.id)).not.toBeNull();
  });

  it("refuses a stale version and a missing claim", () => {
    const claim = draft();
    updateClaim(db, editor, claim.id, { version: 1, place: "Rome" });
    expect(failure(() => discardDraft(db, editor, claim.id, { version: 1 }))).toMatchObject({ status: 409 });
    expect(failure(() => discardDraft(db, editor, 999_999, { version: 1 }))).toBeInstanceOf(NotFoundError);
  });
});

describe("revision log", () => {
  it("records create, update, publish and retract in order, one version each", () => {
    const claim = draft();
    updateClaim(db, editor, claim.id, { version: 1, confidence: "likely" });
    publishClaim(db, editor, claim.id, { version: 2 });
    retractClaim(db, editor, claim.id, { version: 3, correction: "Mistaken identity." });
    const log = revisionsFor(claim.id);
    expect(log.map((r) => [r.action, r.version])).toEqual([
      ["create", 1],
      ["update", 2],
      ["publish", 3],
      ["retract", 4],
    ]);
    // Each revision's "before" is the previous one's "after": the history has no gaps.
    for (let i = 1; i < log.length; i++) expect(log[i].before).toEqual(log[i - 1].after);
  });
});
