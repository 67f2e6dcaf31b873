import { describe, expect, it } from "vitest";
import { MAX_TITLE_LENGTH, pageTitle, TITLE_SUFFIX } from "./site";

describe("pageTitle", () => {
  it("keeps a title that fits, whole", () => {
    expect(pageTitle("Seen walking and dining out together in London")).toBe("Seen walking and dining out together in London");
  });

  it("cuts a long headline at a word, with an ellipsis, so the whole <title> stays within 70 characters", () => {
    const headline = "Spotted together at David Beckham's 50th birthday party in London, dancing until late with friends";
    const title = pageTitle(headline);
    expect(`${title}${TITLE_SUFFIX}`.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title).toBe("Spotted together at David Beckham's 50th birthday…");
    expect(headline.startsWith(title.slice(0, -1))).toBe(true);
  });

  it("cuts one endless word mid-word rather than leaving nothing", () => {
    const title = pageTitle("x".repeat(200));
    expect(title).toBe(`${"x".repeat(MAX_TITLE_LENGTH - TITLE_SUFFIX.length - 1)}…`);
    expect(`${title}${TITLE_SUFFIX}`.length).toBe(MAX_TITLE_LENGTH);
  });
});
