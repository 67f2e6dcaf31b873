import { describe, expect, it } from "vitest";
import { analyseArticle } from "./article";
import { findOutletNames } from "./outlets";
import { findPairs } from "./pairs";

/** People, pairs, speakers, outlets and dates as articles written blind put them (issue 12, sixth pass). */
describe("an outlet introduced by what it is", () => {
  it("is the name after 'the Portuguese magazine', not the adjective before the noun", () => {
    const text = 'A rep told the Portuguese magazine Olhar Novo that she "keeps her life private."';
    expect(findOutletNames(text, [], new Set())).toEqual(["Olhar Novo"]);
  });

  it("is still the name before the noun when none follows ('told Glimmer magazine')", () => {
    expect(findOutletNames("He told Glimmer magazine that they are friends.", [], new Set())).toEqual(["Glimmer"]);
  });
});

const EMPTY = { people: [], outlets: [] };
const read = (text: string) => analyseArticle({ text, published: "2026-05-14", outlet: "Night Owl" }, EMPTY);

describe("a person introduced by a role noun", () => {
  it("is a person after 'the restaurateur', even when the first name is also a word", () => {
    const text = "Dana Orwell and Tobi Fenn were seen in Bath. Orwell split from her husband, the restaurateur Miles Penhallow, in 2020.";
    expect(read(text).people.map((p) => p.name)).toContain("Miles Penhallow");
  });
});

describe("a past marriage told after an age and a relative clause", () => {
  it("links the two, so that 'the pair' in the next sentence can mean them", () => {
    const text =
      "Cora Lindqvist and Emil Haas were seen kissing in Oslo. Lindqvist, 41, who grew up in Bergen, was once married to the painter Ivo Brandt. The pair divorced in 2019.";
    expect(findPairs(read(text))).toContainEqual(["Cora Lindqvist", "Ivo Brandt"]);
  });
});
