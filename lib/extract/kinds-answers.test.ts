import { describe, expect, it } from "vitest";
import { kindOfRemark, stanceOf } from "./classify";

/**
 * How the couple's own words answer talk about them (ADR 0019, sixth pass): each case is a
 * made-up sentence, not a corpus article.
 */
describe("words that answer a rumour", () => {
  it("reads 'we're fine, stronger than ever' in answer to split stories as a denial that supports the couple", () => {
    const words = "Rosa and I are fine, stronger than ever. I see these stories and I shrug.";
    expect(kindOfRemark(words, "pair")).toBe("denial");
    expect(stanceOf("denial", words)).toBe("supports");
    // With no talk of trouble being answered, all being well is no denial of anything.
    expect(kindOfRemark("The new season is stronger than ever.", "pair")).toBe("statement");
  });

  it("reads 'that's the whole story' as a denial, but 'a dear friend' alone as coy", () => {
    expect(kindOfRemark("Nico is a lovely colleague and a great cook. That's the whole story.", "pair")).toBe("denial");
    expect(kindOfRemark("Nico is a dear friend and a great cook.", "pair")).toBe("statement");
  });
});
