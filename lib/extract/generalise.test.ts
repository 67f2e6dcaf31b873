import { describe, expect, it } from "vitest";
import { analyseArticle } from "./article";
import { findDates } from "./dates";
import { extractClaims } from "./extract";
import { findPairs } from "./pairs";

/** Rules that carry beyond the tuning articles: date phrases, names with titles, pairs named loosely, reps that go on. */
const EMPTY = { people: [], outlets: [] };
const on = (sentence: string, published = "2026-03-12", anchor: string | null = null) =>
  findDates(sentence, published, anchor).map((d) => [d.occurredOn, d.precision]);
const claimsOf = (text: string, published = "2026-03-12", outlet: string | null = "Meridian Wire") =>
  extractClaims({ text, published, outlet }).map((c) => ({ ...c, pair: [...c.pair].sort() }));

describe("date phrases (published Thursday 2026-03-12)", () => {
  it.each([
    ["He spoke again the following day.", "2026-03-09", [["2026-03-10", "day"]]],
    ["They made their debut ten days earlier, at the premiere.", "2026-02-14", [["2026-02-04", "day"]]],
    ["They met again a week later.", "2026-02-14", [["2026-02-21", "day"]]],
  ] as const)("%s (after %s)", (sentence, anchor, expected) => {
    expect(on(sentence, "2026-03-12", anchor)).toEqual(expected);
  });

  it.each([
    ["The deal closed earlier this week.", [["2026-03-09", "circa"]]],
    ["They were seen a fortnight ago.", [["2026-02-26", "circa"]]],
    ["They met in the spring of 2021, when she filmed there.", [["2021-04", "circa"]]],
    ["Last summer, the pair were photographed in Venice.", [["2025-07", "circa"]]],
    ["The couple spent Valentine's Day at the lodge.", [["2026-02-14", "day"]]],
    ["After nine years, they are calling it a day.", []],
    ["I cried for an hour.", []],
    ["He called her the next day.", []],
  ] as const)("%s", (sentence, expected) => {
    expect(on(sentence)).toEqual(expected);
  });
});

describe("people and pairs", () => {
  it("drops a role written before a name and does not take a work's title for a person", () => {
    const text = "Actress Corinne Vale and chef Anders Lindqvist were seen together. Lindqvist wrote her 2019 single Paper Moon.";
    const names = analyseArticle({ text, published: "2026-03-12" }, EMPTY).people.map((p) => p.name);
    expect(names).toEqual(["Corinne Vale", "Anders Lindqvist"]);
  });

  it('links two people by ", with whom" and by being the only two a sentence about the couple names', () => {
    const whom = "She has long dodged questions about Bastien Morrow, with whom Odile Fontaine has been linked since May.";
    expect(findPairs(analyseArticle({ text: whom, published: "2025-09-26" }, EMPTY))).toEqual([["Bastien Morrow", "Odile Fontaine"]]);
    const couple = "Last month, the couple attended a wedding in Provence, where Odile Fontaine sang and Bastien Morrow gave a toast.";
    expect(findPairs(analyseArticle({ text: couple, published: "2025-09-26" }, EMPTY))).toEqual([["Bastien Morrow", "Odile Fontaine"]]);
  });

  it("reads a role noun before a name as an introduction, not as a pointer to someone named earlier", () => {
    const text = "Desmond Kaye met Paul Okoro in May. Kaye was previously engaged to the singer Rosa Lyle.";
    const pairs = findPairs(analyseArticle({ text, published: "2026-02-27" }, EMPTY));
    expect(pairs).toContainEqual(["Desmond Kaye", "Rosa Lyle"]);
    expect(pairs).not.toContainEqual(["Desmond Kaye", "Paul Okoro"]);
  });
});

describe("claims that lean on the sentence before", () => {
  it("gives a rep's quote to the rep named just before, with the rep's date", () => {
    const text =
      'Margot Ellery and Desmond Kaye are dating.\n\nKaye\'s spokesperson confirmed the relationship on Tuesday. "Desmond is very happy," she said.';
    const claims = claimsOf(text, "2026-02-27", "Hearsay");
    const confirmation = claims.find((c) => c.kind === "confirmation");
    expect(confirmation).toMatchObject({ occurredOn: "2026-02-24", precision: "day", speaker: null, quote: "Desmond is very happy" });
    expect(claims.filter((c) => c.quote === "Desmond is very happy")).toHaveLength(1);
  });

  it("folds a lede's summary into the quote it summarises, and keeps the outing told beside it", () => {
    const text = [
      "Callum Hart has denied that he is dating Ines Moreau, weeks after the pair were photographed at the Ardent fashion show in Paris earlier this month.",
      "\"I'm not seeing anyone. I'm just seeing my guitar,\" Hart said in an interview with Vantage magazine published on Sunday.",
    ].join("\n\n");
    const claims = claimsOf(text, "2025-10-21", "Pulse Daily");
    expect(claims.filter((c) => c.kind === "denial")).toEqual([
      expect.objectContaining({ occurredOn: "2025-10-19", speaker: "Callum Hart", outlet: "Vantage", stance: "contradicts" }),
    ]);
    expect(claims).toContainEqual(expect.objectContaining({ kind: "appearance", occurredOn: "2025-10", place: "Paris" }));
  });

  it('reads a listicle: a heading names the couple, "the actor and the skier" are them, a caption\'s ISO date dates them', () => {
    const text = [
      "Couples of the month",
      "1. Gemma Ortiz and Luca Bellini: engaged",
      "Ortiz told listeners they are getting married.",
      "2. Theo Marsh and Ingrid Solberg: courtside cuties",
      "[Photo caption: Theo Marsh and Ingrid Solberg at the Queen's Club, London, 2026-06-27]",
      "The actor and the Norwegian skier were spotted courtside at the Queen's Club in London.",
    ].join("\n\n");
    const claims = claimsOf(text, "2026-06-30", "Starlet Weekly");
    expect(claims).toContainEqual(
      expect.objectContaining({ kind: "sighting", pair: ["Ingrid Solberg", "Theo Marsh"], occurredOn: "2026-06-27", precision: "day" }),
    );
  });
});

describe("profiles and work together", () => {
  it("dates a profile's present-tense quote to when the writer met the subject", () => {
    const text = [
      'Odile Fontaine orders wine. "It has been a year," she says, when we meet at a bistro in Montreal in late August.',
      "Fontaine has been linked to the director Bastien Morrow since the two walked the red carpet together in Cannes in May 2024.",
      '"Yes, we\'re together," Fontaine tells Loom.',
    ].join("\n\n");
    const claims = claimsOf(text, "2025-09-26", "Loom");
    expect(claims).toContainEqual(expect.objectContaining({ kind: "confirmation", occurredOn: "2025-08", speaker: "Odile Fontaine" }));
    expect(claims).toContainEqual(expect.objectContaining({ kind: "appearance", occurredOn: "2024-05" }));
  });

  it('counts playing siblings as work together, and "A\'s duet with B" as a link', () => {
    const played = "Nolan Achebe and Sabine Kroll previously played estranged siblings in the 2022 miniseries The Long Quiet.";
    expect(claimsOf(played, "2026-01-09", "Screen Ledger")).toContainEqual(
      expect.objectContaining({ kind: "professional", occurredOn: "2022", pair: ["Nolan Achebe", "Sabine Kroll"] }),
    );
    const segment = "Corinne Vale and Anders Lindqvist met in the spring of 2021, when Vale filmed a cooking segment at his restaurant.";
    expect(claimsOf(segment, "2026-03-12").map((c) => [c.kind, c.occurredOn, c.precision])).toEqual([["professional", "2021-04", "circa"]]);
    const duet = "Mila Frey's duet with Omar Haddad was recorded in Nashville last year.";
    expect(findPairs(analyseArticle({ text: duet, published: "2026-01-09" }, EMPTY))).toEqual([["Mila Frey", "Omar Haddad"]]);
  });
});

describe("words that only look like a split or a remark", () => {
  it('keeps a denial a denial when a moderator "moved on", and ignores a band announcing a tour', () => {
    const denial =
      "Greta Holm and Yusuf Adeyemi star in Northbound. Asked about a romance, Holm said: \"We're not together. We're friends,\" before the moderator moved on.";
    expect(claimsOf(denial, "2026-03-05", "The Cutting Room").map((c) => c.kind)).toContain("denial");
    expect(claimsOf(denial, "2026-03-05", "The Cutting Room").map((c) => c.kind)).not.toContain("confirmation");
    const tour =
      "Marisol Quintero and Ezra Blackwood split last year. Quintero is filming in Vancouver, while Blackwood's band has just announced a tour.";
    expect(claimsOf(tour, "2026-03-05", null).filter((c) => c.kind === "statement")).toEqual([]);
  });
});
