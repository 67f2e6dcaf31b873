import { describe, expect, it } from "vitest";
import { kindOfEvent } from "./classify";
import { findPairs, isMentionOnly } from "./pairs";
import { brief, read } from "./testing";

/** Made-up sentences for the rules written after the development articles 1120–1199 were scored on first sight (ADR 19, sixteenth pass). */

const names = (text: string) => read(text).people.map((p) => p.name);

describe("names", () => {
  it("takes whom a marriage or an engagement was with for a person, even with an appositive after the name", () => {
    const text = "Jonas Reuter was there. Reuter's marriage to Wiebke Sandor, a Kiel architect, ended in divorce in 2019.";
    expect(names(text)).toContain("Wiebke Sandor");
  });

  it("takes a two-word nationality before a name for no part of it", () => {
    const text = "The New Zealander Tane Parata and Harriet Fennimore were seen on the terrace on Tuesday.";
    expect(names(text)).toEqual(["Tane Parata", "Harriet Fennimore"]);
  });

  it("takes a name after 'to' for a person when the text goes on to give the surname an engagement or an atelier", () => {
    const text = "Saturday's closing slot went to Zarmeen Qadri. By midnight Qadri's atelier was the talk of the room.";
    expect(names(text)).toContain("Zarmeen Qadri");
  });

  it("takes a listed given name that is also a word, before a Chinese name, for a person", () => {
    const text = "We begin with Arvind Selvan and Jasmine Tan Hui Min. Jasmine rested her head on his shoulder.";
    expect(names(text)).toEqual(["Arvind Selvan", "Jasmine Tan Hui Min"]);
  });
});

describe("couples", () => {
  it("gives a background split to the ex the sentence names, not to the article's couple", () => {
    const text =
      "Designer Ndeshi Amutenya and businessman Jonas Reuter arrived together at the gala on Saturday. " +
      "For readers keeping score, Reuter's marriage to Wiebke Sandor, a Kiel architect, ended in divorce in 2019.";
    expect(brief({ text, published: "2022-11-19", outlet: "The Courier" })).toContain("report 2022-11-19 day Jonas Reuter & Wiebke Sandor");
  });

  it("takes the couple whose marriage the article reports for hosts, not for its couple", () => {
    const text =
      "None drew as many looks as the marriage of Selma Haufiku and Petrus Nghifitikeko last Saturday at Acacia Estate. " +
      "Designer Ndeshi Amutenya and businessman Jonas Reuter arrived together and danced together.";
    const pairs = findPairs(read(text, "2022-11-19"));
    expect(pairs[0]).toEqual(["Jonas Reuter", "Ndeshi Amutenya"]);
    expect(pairs.some((p) => p.includes("Selma Haufiku"))).toBe(false);
  });

  it("takes a hostess named with a title after her role for a mention", () => {
    const article = read("Our hostess, Lady Honoria Pennington, was delighted.");
    const ref = article.refs.find((r) => r.value.person === "Honoria Pennington");
    expect(ref && isMentionOnly(article, ref)).toBe(true);
  });
});

describe("kinds", () => {
  it("takes a pair at a puja pandal for an appearance", () => {
    expect(kindOfEvent("Actress Mira Sen and singer Ishaan Roy arrived together at the Ballygunge pandal on Sunday.")).toBe("appearance");
  });
});
