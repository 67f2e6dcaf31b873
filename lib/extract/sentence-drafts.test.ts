import { describe, expect, it } from "vitest";
import { SENTENCE_CLASSES, type SentenceModel } from "./learned";
import { sentenceDrafts } from "./sentence-drafts";
import { noLedger } from "./testing";

/** Drafts for a claim the extractor missed: one per prose sentence, each a starting point for the editor. */

const article = [
  "Mara and Theo: the latest",
  "",
  "Mara Vance and Theo Lindqvist were seen leaving a Soho members' club last Tuesday.",
  'She later told friends he was "just a mate".',
  "Vance is said to be filming in Prague next month.",
  "Nobody else was there.",
].join("\n");
const input = { text: article, published: "2026-11-27", outlet: "The Daily Glimmer" };

/** A one-feature model: the word "filming" makes a sentence professional, anything else a statement. */
const tinyModel: SentenceModel = {
  classes: [...SENTENCE_CLASSES],
  weights: { "u:filming": SENTENCE_CLASSES.map((c) => (c === "professional" ? 5 : 0)) },
  bias: SENTENCE_CLASSES.map((c) => (c === "none" ? 3 : c === "statement" ? 1 : 0)),
  threshold: 0.7,
  besideThreshold: 0.9,
};

describe("sentenceDrafts", () => {
  it("gives one draft per prose sentence, in order, and none for a heading", () => {
    const drafts = sentenceDrafts(input, noLedger, tinyModel);
    expect(drafts.map((d) => d.sentence)).toEqual([
      "Mara Vance and Theo Lindqvist were seen leaving a Soho members' club last Tuesday.",
      'She later told friends he was "just a mate".',
      "Vance is said to be filming in Prague next month.",
      "Nobody else was there.",
    ]);
  });

  it("takes the people a sentence names or means, pronouns and surnames resolved, with the ledger's slugs", () => {
    const ledger = { people: [{ slug: "theo-lindqvist", name: "Theo Lindqvist", aliases: [] }], outlets: [] };
    const [first, second] = sentenceDrafts(input, ledger, tinyModel);
    expect(first).toMatchObject({ pair: ["Mara Vance", "Theo Lindqvist"], slugs: [null, "theo-lindqvist"] });
    expect(second.pair).toEqual(["Mara Vance", "Theo Lindqvist"]);
  });

  it("fills a sentence that names fewer than two from the last one that named two", () => {
    const [, , third, fourth] = sentenceDrafts(input, noLedger, tinyModel);
    expect(third.pair).toEqual(["Mara Vance", "Theo Lindqvist"]);
    expect(fourth.pair).toEqual(["Mara Vance", "Theo Lindqvist"]);
    const alone = sentenceDrafts({ text: "Mara Vance is filming in Prague. Nobody else was there.", published: "2026-11-27" }, noLedger);
    expect(alone.map((d) => d.pair)).toEqual([
      ["Mara Vance", ""],
      ["", ""],
    ]);
    expect(alone.map((d) => d.headline)).toEqual(["", ""]);
  });

  it("dates a draft by the sentence's own date when it has happened, else by the publication day", () => {
    const [first, second, third] = sentenceDrafts(input, noLedger, tinyModel);
    expect(first).toMatchObject({ occurredOn: "2026-11-24", precision: "day" });
    expect(second).toMatchObject({ occurredOn: "2026-11-27", precision: "day" });
    // "next month" is after publication: a plan, not the claim's date.
    expect(third).toMatchObject({ occurredOn: "2026-11-27", precision: "day" });
  });

  it("takes the likeliest kind the model gives, never none, with the rules' stance, confidence and headline", () => {
    const [first, , third] = sentenceDrafts(input, noLedger, tinyModel);
    expect(first).toMatchObject({ kind: "statement", stance: "neutral", confidence: "likely" });
    expect(first.headline).toBe("A representative comments on Mara and Theo");
    expect(third.kind).toBe("professional");
  });

  it("drafts a report without a model, and nothing for an empty text", () => {
    const [first] = sentenceDrafts(input, noLedger, null);
    expect(first).toMatchObject({ kind: "report", confidence: "plausible" });
    expect(first.headline).toBe("The Daily Glimmer: Mara and Theo reported together");
    expect(sentenceDrafts({ text: "  ", published: "2026-11-27" }, noLedger, tinyModel)).toEqual([]);
  });

  it("flags to check first a sentence no suggestion came from that the classifier rates as likely holding a claim", () => {
    const text = [
      "Mara Vance and Theo Lindqvist were spotted at Nobu in Malibu last Tuesday, holding hands over dinner.",
      "The pair share a love of vintage cars, friends say.",
      "Lindqvist was photographed leaving the family home with a suitcase on Friday.",
    ].join("\n");
    // The first sentence is the sighting suggested; the second holds no claim; the third reads as a sighting
    // the extractor cannot suggest (one person named): the editor should look at it.
    const drafts = sentenceDrafts({ text, published: "2026-11-20" }, noLedger);
    expect(drafts.map((d) => d.toCheck)).toEqual([false, false, true]);
    expect(drafts[2].kind).toBe("sighting");
    // Without a model there is no likelihood to go by, so nothing is flagged.
    expect(sentenceDrafts({ text, published: "2026-11-20" }, noLedger, null).some((d) => d.toCheck)).toBe(false);
  });

  it("never flags a sentence a suggestion came from, however likely its claim", () => {
    const sure: SentenceModel = {
      ...tinyModel,
      weights: { ...tinyModel.weights, "u:seen": SENTENCE_CLASSES.map((c) => (c === "sighting" ? 5 : 0)) },
    };
    // "seen" and "filming" both rate above half the threshold (0.35); only the sighting was suggested.
    const drafts = sentenceDrafts(input, noLedger, sure);
    expect(drafts.map((d) => [d.kind, d.toCheck])).toEqual([
      ["sighting", false],
      ["statement", false],
      ["professional", true],
      ["statement", false],
    ]);
  });
});
