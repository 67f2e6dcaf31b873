import { describe, expect, it } from "vitest";
import { analyseArticle } from "./article";
import { findDates } from "./dates";
import { extractClaims } from "./extract";
import { findPairs } from "./pairs";

/**
 * Rules written for styles the first corpus lacked (wire copy with datelines, sports pages, timelines
 * with dated heads, fashion round-ups, K-pop agency statements, newsletters): each case is a
 * made-up text in that style, not a corpus article.
 */
const EMPTY = { people: [], outlets: [] };
const pairsOf = (text: string, published = "2026-05-07") => findPairs(analyseArticle({ text, published }, EMPTY));
const peopleOf = (text: string) => analyseArticle({ text, published: "2026-05-07" }, EMPTY).people.map((p) => p.name);
const on = (sentence: string, published: string) => findDates(sentence, published).map((d) => [d.occurredOn, d.precision]);
const claimsOf = (text: string, published: string, outlet: string | null) =>
  extractClaims({ text, published, outlet }).map((c) => ({ ...c, pair: [...c.pair].sort() }));

describe("people and pairs written loosely", () => {
  it("keeps an unknown name after a preposition when the text goes on to treat its surname as a person", () => {
    const text = "Opera has grown interested in Torvald Brack and Noor Lind. Brack, 52, said nothing.";
    expect(peopleOf(text)).toContain("Torvald Brack");
    expect(pairsOf(text)).toEqual([["Noor Lind", "Torvald Brack"]]);
  });

  it("reads a woman's name the lexicon lacks by 'her' after it, and keeps 'she' on her over a passing name", () => {
    const text = [
      "Clementine Ward and Mateo Sandro were seen in Paris. Ward, 29, is releasing her third album.",
      "Ward has a busy month, and Ward knows it. Hush caught up with Ward at the launch of her friend Anaïs Morel's collection, and she was giving nothing away.",
    ].join("\n\n");
    const article = analyseArticle({ text, published: "2026-06-08" }, EMPTY);
    expect(article.people.find((p) => p.name === "Clementine Ward")?.gender).toBe("female");
    const she = article.refs.find((r) => article.text.slice(r.start, r.end) === "she");
    expect(she?.value.person).toBe("Clementine Ward");
  });

  it("links across descriptors, dashes and an appositive aside", () => {
    expect(pairsOf("Soap star Gemma Rourke has found love again - with chart-topper Danny Voss.")).toEqual([
      ["Danny Voss", "Gemma Rourke"],
    ]);
    expect(pairsOf("Argentine tenor Mateo Vidal and Spanish cellist Lucía Robles are a couple.")).toEqual([
      ["Lucía Robles", "Mateo Vidal"],
    ]);
    const aside = "Rafael Duarte, the Portuguese winger who scored twice on Sunday, has been quietly dating sprinter Ilse Kroon.";
    expect(pairsOf(aside)).toEqual([["Ilse Kroon", "Rafael Duarte"]]);
  });

  it("finds a guest's plus-one inside a guest list, and no couple among the rest", () => {
    const text = "Among the guests: the DJ Sunny Okoro, who brought the novelist Liam Fitz as her plus-one. Also there: Marisa Dunne.";
    expect(pairsOf(text)).toEqual([["Liam Fitz", "Sunny Okoro"]]);
  });
});

describe("dates in new places", () => {
  it.each([
    ["BUENOS AIRES, May 7 (Continental Press) - The tenor said in an interview published on Wednesday.", [["2026-05-06", "day"]]],
    ["They left the theatre together late on Sunday.", [["2026-05-03", "day"]]],
    ["Around Easter 2023, they were seen in Tulum.", [["2023-04-09", "circa"]]],
    ["Spring 2024 - Making it official", [["2024-04", "circa"]]],
    ["Haddad told Glint magazine earlier this month that she was happy.", [["2026-05", "circa"]]],
  ] as const)("%s", (sentence, expected) => {
    expect(on(sentence, "2026-05-07")).toEqual(expected);
  });

  it("counts 'within hours' and 'later the same evening' from the last day the article gave", () => {
    expect(findDates("Within hours, both agencies had issued statements.", "2026-02-10", "2026-02-09").map((d) => d.occurredOn)).toEqual([
      "2026-02-09",
    ]);
    expect(findDates("He offered his own rebuttal later the same evening.", "2026-05-14", "2026-05-13").map((d) => d.occurredOn)).toEqual([
      "2026-05-13",
    ]);
  });

  it("dates each section of a timeline by its dated head", () => {
    const text = [
      "Ava Lund and Rory Dent: the timeline",
      "Ava Lund and Rory Dent have been on and off for years.",
      "May 3, 2022 - The first red carpet",
      "The co-stars walk the red carpet side by side at the Paper Moons premiere in Los Angeles.",
      "August 14, 2023 - The split scare",
      'Gossip site The Daily Ripple claims the couple have "quietly gone their separate ways".',
    ].join("\n\n");
    const claims = claimsOf(text, "2026-10-26", "Popline");
    expect(claims).toContainEqual(expect.objectContaining({ kind: "appearance", occurredOn: "2022-05-03", precision: "day" }));
    expect(claims).toContainEqual(
      expect.objectContaining({ kind: "report", occurredOn: "2023-08-14", outlet: "The Daily Ripple", stance: "contradicts" }),
    );
  });
});

describe("kinds and stances", () => {
  it("reads a denied split: no split report, the rep's denial supports the couple", () => {
    const text = [
      "Lena Ortiz and Paul Meyer have not broken up, whatever you read.",
      'The tabloid Daily Spark claimed on Monday that the pair had "quietly split".',
      'On Wednesday, Ortiz\'s spokesperson Joanna Pell moved to shut it down. "There was no split," Pell told Glow.',
      "Meyer was spotted house-hunting alone in London.",
    ].join("\n\n");
    const claims = claimsOf(text, "2026-05-14", "Glossy Weekly");
    expect(claims.filter((c) => c.kind === "report")).toEqual([expect.objectContaining({ outlet: "Daily Spark", stance: "contradicts" })]);
    expect(claims).toContainEqual(
      expect.objectContaining({ kind: "denial", speaker: "Joanna Pell", occurredOn: "2026-05-13", stance: "supports" }),
    );
    expect(claims.filter((c) => c.kind === "sighting")).toEqual([]);
  });

  it("reads the publishing outlet's own scoop, and an agency speaking for its artist", () => {
    const scoop = "Rafael Duarte has been quietly dating sprinter Ilse Kroon, The Touchline understands.";
    expect(claimsOf(scoop, "2026-09-18", "The Touchline")).toEqual([
      expect.objectContaining({ kind: "report", occurredOn: "2026-09-18", precision: "day", outlet: "The Touchline" }),
    ]);
    const agency = [
      "Singer Kim Da-hye and actor Park Ji-won are dating, the outlet StarLens reported on February 9.",
      "Kim's agency, Polaris Entertainment, said: \"It is difficult to confirm the artist's private life.\"",
    ].join("\n\n");
    expect(claimsOf(agency, "2026-02-10", "K-Wave Now")).toContainEqual(expect.objectContaining({ kind: "statement", speaker: null }));
  });

  it("takes one of a couple speaking of the other as about the couple, and a split answered as a denial", () => {
    const partner = 'Rafael Duarte and Ilse Kroon were seen together. "He\'s a good guy," Kroon told Sportkanaal on Tuesday.';
    expect(claimsOf(partner, "2026-09-18", "The Touchline")).toContainEqual(
      expect.objectContaining({ kind: "statement", speaker: "Ilse Kroon", occurredOn: "2026-09-15" }),
    );
    const answered = [
      "The chef Sami Rahal used a podcast appearance to address claims that he and his wife, the model Petra Lund, had split.",
      '"Petra and I are solid," Rahal said.',
    ].join(" ");
    const claims = claimsOf(answered, "2026-07-02", "Earpiece");
    expect(claims.map((c) => [c.kind, c.stance])).toEqual([["denial", "supports"]]);
  });

  it("tells an outing after an event from the event, and reads an acceptance speech and a carpet remark", () => {
    const outing = [
      "Mateo Vidal and Lucía Robles are a couple.",
      "The pair were photographed leaving the stage door together late on Sunday, hours after a gala concert she had attended.",
    ].join("\n\n");
    expect(claimsOf(outing, "2026-05-07", "Continental Press").map((c) => c.kind)).toEqual(["sighting"]);
    const night = [
      "Magnus Orr and Sofia Kell arrived together at Sunday's Golden Lens Awards.",
      'Closing his speech, Orr thanked Kell as "the love of my life".',
      "Dana Whit and Jules Ferro, who ended their marriage in 2023, kept their distance.",
      'Asked whether a reconciliation was on the cards, Whit smiled: "We\'re on good terms."',
    ].join("\n\n");
    const claims = claimsOf(night, "2025-10-30", "Red Carpet Report");
    expect(claims).toContainEqual(expect.objectContaining({ kind: "confirmation", speaker: "Magnus Orr", occurredOn: "2025-10-26" }));
    expect(claims).toContainEqual(expect.objectContaining({ kind: "statement", speaker: "Dana Whit", pair: ["Dana Whit", "Jules Ferro"] }));
  });

  it("reads a photo story and its debunk, and keeps 'the two' on the couple in focus", () => {
    const text = [
      "On Monday, the tabloid Daily Spill ran an exclusive photograph of the actress Vera Lind kissing the skier Otto Brand on a beach in Ibiza.",
      "The fact-checking site Verify Desk established on Tuesday that the man in the photo is Lind's younger brother.",
    ].join(" ");
    const claims = claimsOf(text, "2026-04-23", "The Grapevine");
    expect(claims.map((c) => [c.kind, c.outlet, c.occurredOn, c.stance])).toEqual([
      ["report", "Daily Spill", "2026-04-20", "supports"],
      ["report", "Verify Desk", "2026-04-21", "contradicts"],
    ]);
    const focus = [
      "Tom Rowe and his dance partner Katya Orr were paired in September.",
      "Rowe announced his separation from his wife, the presenter Lucy Hart, in July.",
      '"There\'s no romance," Orr insisted, while Rowe nodded.',
      "The two were photographed on Thursday night sharing a late dinner in Borehamwood, and left together in his car.",
    ].join("\n\n");
    expect(claimsOf(focus, "2026-11-08", "The Couch Report")).toContainEqual(
      expect.objectContaining({ kind: "sighting", pair: ["Katya Orr", "Tom Rowe"], occurredOn: "2026-11-05" }),
    );
  });

  it("hears a speaker who opens a second clause (', and Haddad told Glint…')", () => {
    const text =
      'Noor Hale and Beck Stroud were photographed holding hands in Santa Monica late last month, and Hale told Glint magazine earlier this month that Stroud was "my favorite person to argue with".';
    expect(claimsOf(text, "2026-03-24", "The Callsheet")).toContainEqual(
      expect.objectContaining({ kind: "statement", speaker: "Noor Hale", outlet: "Glint", occurredOn: "2026-03" }),
    );
  });

  it("takes 'Filming began in Rome in March' in a story about co-stars as their work together, and nothing in a solo story", () => {
    const costars = [
      "The co-stars Ambrose Kell and Delia Santo were photographed together in Malibu over the weekend.",
      "Filming began in Rome in March and wrapped in May.",
    ].join("\n\n");
    expect(claimsOf(costars, "2026-07-09", "Screen Ledger")).toContainEqual(
      expect.objectContaining({ kind: "professional", occurredOn: "2026-03", pair: ["Ambrose Kell", "Delia Santo"] }),
    );
    const solo = "Delia Santo has a new film. Filming began in Rome in March and wrapped in May.";
    expect(claimsOf(solo, "2026-07-09", "Screen Ledger")).toEqual([]);
  });

  it("counts being the guests of honour at a dinner party as an appearance", () => {
    const text = "Harriet Ose and Lorcan Demp are engaged. On Saturday, they were the guests of honour at a dinner party in Notting Hill.";
    expect(claimsOf(text, "2025-04-22", "Marquee Daily")).toContainEqual(
      expect.objectContaining({ kind: "appearance", occurredOn: "2025-04-19" }),
    );
  });

  it("reads an account's post to its followers as a report, and a fact-checker tracing the photo as its debunk", () => {
    const text = [
      "Tara Brook and Nico Varr are not engaged.",
      'The rumour began on July 15, when the gossip account The Velvet Post told its 2.3 million followers that the influencer and the racing driver were "secretly engaged".',
      "On Monday, the fact-checking newsletter The Sift traced the picture to a 2022 advertising campaign.",
    ].join("\n\n");
    const claims = claimsOf(text, "2025-07-23", "Hollywood Lantern");
    const reports = claims.filter((c) => c.kind === "report").map((c) => [c.outlet?.replace(/^The /, ""), c.occurredOn, c.stance]);
    expect(reports).toEqual([
      ["Velvet Post", "2025-07-15", "supports"],
      ["Sift", "2025-07-21", "contradicts"],
    ]);
  });
});
