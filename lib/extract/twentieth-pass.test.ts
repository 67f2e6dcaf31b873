import { describe, expect, it } from "vitest";
import { findPairs } from "./pairs";
import { brief, read } from "./testing";

/** Made-up sentences for the name rules of the twentieth pass (ADR 19): honorifics, a work's title, "star-crossed", given names read as words. */

const names = (text: string) => read(text).people.map((p) => p.name);

describe("honorifics before a name", () => {
  it("leaves the Gulf's, Malaysia's and West Africa's honorifics out of the name", () => {
    expect(names("Sheikh Faisal Al Rawahi and Layla Haddad were spotted together at the marina on Friday.")).toEqual([
      "Faisal Al Rawahi",
      "Layla Haddad",
    ]);
    expect(names("Dato' Arvind Pillay and Datin Sharifah Aini arrived together at the gala on Friday.")).toEqual([
      "Arvind Pillay",
      "Sharifah Aini",
    ]);
    expect(names("Alhaji Musa Danjuma and Chief Ngozi Okafor were spotted together on Friday.")).toEqual(["Musa Danjuma", "Ngozi Okafor"]);
  });

  it("reads a Malaysian honorific of two words as one, without losing the surname Tan or the given name Sri", () => {
    expect(names("Tan Sri Lim Boon Kiat and Puan Sri Ng Siew Ling were spotted together on Friday.")).toEqual([
      "Lim Boon Kiat",
      "Ng Siew Ling",
    ]);
    expect(names("Datuk Seri Hafiz Rahman and Tan Mei Ling were spotted together on Friday.")).toEqual(["Hafiz Rahman", "Tan Mei Ling"]);
    expect(names("Tan Mei Ling and Sri Mulyani Hartono were spotted together on Friday.")).toEqual(["Tan Mei Ling", "Sri Mulyani Hartono"]);
  });

  it("keeps a surname that is also an honorific when it comes after the given name", () => {
    expect(names("Sanam Iftikhar and Adeel Sheikh were spotted together on Friday.")).toEqual(["Sanam Iftikhar", "Adeel Sheikh"]);
  });

  it("gives the claim to the couple named without the honorific", () => {
    const text = "Sheikh Faisal Al Rawahi and Layla Haddad were spotted together at the marina in Muscat on Friday.";
    expect(brief({ text, published: "2025-06-10", outlet: null })).toEqual(["sighting 2025-06-06 day Faisal Al Rawahi & Layla Haddad"]);
  });
});

describe("a work's title", () => {
  const text = [
    "Arvind Selvan and Jasmine Tan Hui Min arrived together at the awards on Thursday.",
    "The evening's host, veteran presenter Datuk Rosli Harun, noticed too.",
    "The two play star-crossed neighbours in the drama Lorong Kasih, which began filming in Ipoh.",
    "Lorong Kasih returns for a second season in July.",
  ].join("\n\n");

  it("is no person where the text elsewhere calls it a drama, a film or a single", () => {
    expect(names(text)).not.toContain("Lorong Kasih");
    expect(names("Her new single Paper Orchard is out now.\n\nPaper Orchard climbed to number three on Friday.")).toEqual([]);
  });

  it("is still a person's name when it starts with a given name", () => {
    expect(names("The documentary Maya Lindqvist follows the singer.\n\nMaya Lindqvist was spotted with Jonas Berg on Friday.")).toContain(
      "Maya Lindqvist",
    );
  });

  it("does not read 'star-crossed' as a star who is one of a couple", () => {
    const pairs = findPairs(read(text));
    expect(pairs).toEqual([["Arvind Selvan", "Jasmine Tan Hui Min"]]);
  });
});

describe("a given name the lexicon reads as a word (Maya, Holly, Miles)", () => {
  it("is a person's after a role that opens the sentence, capitalised", () => {
    expect(names("Together again\n\nSinger Maya Stone and chef Leo Brandt were spotted together at the Harbour Grill on Friday.")).toEqual([
      "Maya Stone",
      "Leo Brandt",
    ]);
    expect(names("Together again\n\nActress Holly Barnes and footballer Miles Carver were seen leaving a Soho club on Friday.")).toEqual([
      "Holly Barnes",
      "Miles Carver",
    ]);
  });

  it.each([
    "Stone's representatives declined to comment.",
    "Stone's lawyers said the photos were private.",
    "Stone's friends say she is smitten.",
  ])("is a person's when the text gives the surname people of its own: %s", (after) => {
    expect(names(`Together again\n\nMaya Stone and Leo Brandt were seen at dinner on Friday.\n\n${after}`)).toContain("Maya Stone");
  });

  it("but a word shaped like a role that names none makes no person ('After Summer Paris…')", () => {
    expect(names("Together again\n\nAfter Summer Paris, the two flew home on Friday.")).not.toContain("Summer Paris");
  });
});

describe("a given name read as a word, told as a person by the words around it", () => {
  it("is a person's with a role in apposition ('Maya Stone, the reality winner,')", () => {
    expect(
      names("Together again\n\nMaya Stone, the Love Lagoon winner, and Leo Brandt, a Chelsea footballer, were spotted together on Friday."),
    ).toEqual(["Maya Stone", "Leo Brandt"]);
  });

  it("is a person's whose surname has a new man ('Stone's new man')", () => {
    expect(names("Together again\n\nMaya Stone's new man is Leo Brandt, the Chelsea footballer, sources say.")).toEqual([
      "Maya Stone",
      "Leo Brandt",
    ]);
  });

  it.each([
    "Holly Barnes was spotted with Dean Okafor at the Harbour Grill on Friday.",
    "Sources say Holly Barnes is dating Dean Okafor.",
    "Holly Barnes has split from Dean Okafor, friends say.",
  ])("is a person's after words only a person follows: %s", (sentence) => {
    expect(names(`Together again\n\n${sentence}`)).toContain("Dean Okafor");
  });

  it("but a place there is a place ('her relationship with Gold Coast surfer Brodie Kallis')", () => {
    expect(names("Together again\n\nHer relationship with Gold Coast surfer Brodie Kallis ended in March.")).toEqual(["Brodie Kallis"]);
  });
});
