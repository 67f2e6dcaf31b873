import { describe, expect, it } from "vitest";
import { findOutletNames } from "./outlets";

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
