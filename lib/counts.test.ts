import { describe, expect, it } from "vitest";
import { countLabel } from "./counts";

describe("countLabel", () => {
  it.each([
    [0, "0 published claims"],
    [1, "1 published claim"],
    [11, "11 published claims"],
    [48852, "48,852 published claims"],
    [1000000, "1,000,000 published claims"],
  ])("writes %i as %s", (count, expected) => {
    expect(countLabel(count, "published claim", "published claims")).toBe(expected);
  });
});
