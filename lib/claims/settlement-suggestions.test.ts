import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { claimInput, dbFingerprint, seededDb } from "@/lib/testing/fixtures";
import { settleClaim } from "./settle";
import { rejectSuggestion, suggestionsForDashboard } from "./settlement-suggestions";
import { createClaim } from "./write";

let db: Db;
let editor: Actor;
let cleanup: () => void;
beforeEach(() => ({ db, editor, cleanup } = seededDb()));
afterEach(() => cleanup());

describe("settlement suggestions on the dashboard", () => {
  it("suggests what a new on-record confirmation answers; settling or rejecting takes it off the list for good", () => {
    const rumor = createClaim(
      db,
      editor,
      claimInput({ status: "published", occurredOn: "2030-01-02", headline: "Rumored to be house-hunting" }),
    );
    const doubt = createClaim(
      db,
      editor,
      claimInput({ status: "published", occurredOn: "2030-01-03", stance: "contradicts", headline: "Friends say it is work only" }),
    );
    expect(suggestionsForDashboard(db, 500).items.some((s) => s.claimId === rumor.id)).toBe(false);
    const answer = createClaim(
      db,
      editor,
      claimInput({
        status: "published",
        kind: "confirmation",
        confidence: "confirmed",
        occurredOn: "2030-02-01",
        headline: "They confirm it",
      }),
    );

    const items = suggestionsForDashboard(db, 500).items.filter((s) => s.answerId === answer.id);
    expect(items.map((s) => [s.claimId, s.outcome])).toEqual(
      expect.arrayContaining([
        [rumor.id, "borne-out"],
        [doubt.id, "shown-false"],
      ]),
    );
    expect(items[0].answer.citations[0].outlet.slug).toBe("variety");

    settleClaim(db, editor, rumor.id, {
      version: 1,
      outcome: "borne-out",
      settledOn: "2030-02-01",
      reason: "Confirmed",
      citations: [{ outlet: "variety" }],
    });
    rejectSuggestion(db, editor, { claimId: doubt.id, answerId: answer.id });
    const after = suggestionsForDashboard(db, 500).items.map((s) => s.claimId);
    expect(after).not.toContain(rumor.id);
    expect(after).not.toContain(doubt.id);

    // Rejecting it again (or a suggestion that never existed) is refused and changes nothing.
    const before = dbFingerprint(db);
    expect(() => rejectSuggestion(db, editor, { claimId: doubt.id, answerId: answer.id })).toThrow(AppError);
    expect(() => rejectSuggestion(db, editor, { claimId: "x", answerId: answer.id })).toThrow(AppError);
    expect(dbFingerprint(db)).toEqual(before);
  });
});
