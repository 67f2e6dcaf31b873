import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { ValidationError } from "@/lib/errors";
import { seededDb } from "@/lib/testing/fixtures";
import { saveSuggestedDrafts } from "./save";
import { reviewArticle } from "./suggest";

let db: Db;
let editor: Actor;
let cleanup: () => void;
beforeEach(() => {
  ({ db, editor, cleanup } = seededDb());
});
afterEach(() => cleanup());

const text = [
  "Mara Vance and Theo Lindqvist were spotted at Nobu in Malibu last Tuesday, holding hands over dinner.",
  "The pair share a love of vintage cars, friends say.",
].join("\n");

describe("reviewArticle (the editors' review page)", () => {
  it("answers the suggestions with the ledger's slugs and one draft per sentence for a claim it missed", () => {
    const review = reviewArticle(db, { text, published: "2026-11-20" });
    expect(review.claims.map((c) => [c.kind, c.occurredOn, c.slugs.pair, c.duplicateOf])).toEqual([
      ["sighting", "2026-11-17", ["mara-vance", "theo-lindqvist"], null],
    ]);
    expect(review.sentences).toHaveLength(2);
    expect(review.sentences[1]).toMatchObject({
      sentence: "The pair share a love of vintage cars, friends say.",
      pair: ["Mara Vance", "Theo Lindqvist"],
      slugs: ["mara-vance", "theo-lindqvist"],
      occurredOn: "2026-11-20",
    });
  });

  it("flags a suggestion the ledger already holds, once it is saved", () => {
    const [sighting] = reviewArticle(db, { text, published: "2026-11-20" }).claims;
    const { saved } = saveSuggestedDrafts(db, editor, {
      article: { outlet: "variety", url: "https://variety.example/nobu", published: "2026-11-20" },
      claims: [{ ...sighting, people: sighting.slugs.pair }],
    });
    expect(reviewArticle(db, { text, published: "2026-11-20" }).claims[0].duplicateOf).toBe(saved[0].id);
  });

  it("refuses an empty text or a bad date, as the API does", () => {
    expect(() => reviewArticle(db, { text: " ", published: "2026-11-20" })).toThrow(ValidationError);
    expect(() => reviewArticle(db, { text, published: "20 November" })).toThrow(ValidationError);
  });
});
