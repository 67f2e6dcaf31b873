import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { ValidationError } from "@/lib/errors";
import { dbFingerprint, seededDb } from "@/lib/testing/fixtures";
import { ledgerDuplicate, saveSuggestedDrafts, storableDate } from "./save";

let db: Db;
let editor: Actor;
let cleanup: () => void;
beforeEach(() => {
  ({ db, editor, cleanup } = seededDb());
});
afterEach(() => cleanup());

const article = { outlet: "variety", url: "https://variety.example/mara-theo", title: "Mara and Theo in Malibu", published: "2026-11-20" };
const suggestion = (overrides: Record<string, unknown> = {}) => ({
  people: ["mara-vance", "theo-lindqvist"],
  kind: "sighting",
  headline: "Seen at Nobu in Malibu",
  occurredOn: "2026-11-18",
  precision: "day",
  place: "Nobu, Malibu",
  speaker: null,
  quote: null,
  mentions: [],
  stance: "supports",
  confidence: "likely",
  ...overrides,
});

describe("saveSuggestedDrafts", () => {
  it("saves every kept suggestion as a draft citing the article, in one go", () => {
    const { saved, duplicates } = saveSuggestedDrafts(db, editor, {
      article,
      claims: [
        suggestion(),
        suggestion({
          kind: "statement",
          headline: "Mara: “We are happy”",
          quote: "We are happy",
          speaker: "mara-vance",
          stance: "neutral",
          confidence: "confirmed",
          place: null,
        }),
      ],
    });
    expect(duplicates).toEqual([]);
    expect(saved).toHaveLength(2);
    for (const claim of saved) {
      expect(claim.status).toBe("draft");
      expect(claim.citations).toEqual([
        expect.objectContaining({ outlet: expect.objectContaining({ slug: "variety" }), url: article.url, publishedOn: "2026-11-20" }),
      ]);
    }
    expect(saved[1].citations[0].quote).toBe("We are happy");
  });

  it("skips a suggestion the ledger already holds (same pair, kind and date) and saves the rest", () => {
    // The demo data has Mara and Theo's Stockholm sighting on 2026-10-03.
    expect(ledgerDuplicate(db, ["theo-lindqvist", "mara-vance"], "sighting", "2026-10-03")).not.toBeNull();
    const { saved, duplicates } = saveSuggestedDrafts(db, editor, {
      article,
      claims: [suggestion({ occurredOn: "2026-10-03", place: "Stockholm" }), suggestion()],
    });
    expect(duplicates).toEqual([0]);
    expect(saved.map((c) => c.occurredOn)).toEqual(["2026-11-18"]);
  });

  it("refuses the whole batch when one suggestion is invalid, and saves nothing", () => {
    const before = dbFingerprint(db);
    let error: unknown;
    try {
      saveSuggestedDrafts(db, editor, { article, claims: [suggestion(), suggestion({ occurredOn: "2026-13-40" })] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fields ?? {})).toEqual(["claims.1.occurredOn"]);
    expect(dbFingerprint(db)).toEqual(before);
  });

  it("refuses a batch with no outlet for the article", () => {
    expect(() => saveSuggestedDrafts(db, editor, { article: { ...article, outlet: "" }, claims: [suggestion()] })).toThrow(ValidationError);
  });

  it('stores a circa day ("over the weekend") as its month, circa', () => {
    expect(storableDate("2026-11-14", "circa")).toBe("2026-11");
    expect(storableDate("2026-11-14", "day")).toBe("2026-11-14");
    const { saved } = saveSuggestedDrafts(db, editor, { article, claims: [suggestion({ occurredOn: "2026-11-14", precision: "circa" })] });
    expect(saved[0]).toMatchObject({ occurredOn: "2026-11", precision: "circa" });
  });
});
