import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it.each([
    ["/editor", "/editor"],
    ["/editor/claims/12?saved=3", "/editor/claims/12?saved=3"],
    ["/pairs/ana-de-armas--tom-cruise#timeline", "/pairs/ana-de-armas--tom-cruise#timeline"],
  ])("keeps the same-site path %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each([
    undefined,
    null,
    42,
    "",
    "editor",
    "https://evil.example/",
    "//evil.example/path",
    "/\\evil.example",
    "/\t/evil.example",
    "/%0a/evil",
    "javascript:alert(1)",
    "/login",
    "/login?next=/editor",
    "/" + "a".repeat(2100),
  ])("refuses %j and falls back to /editor", (input) => {
    const out = safeReturnPath(input);
    if (input === "/%0a/evil") {
      // Percent-encoded characters stay encoded: still a same-site path.
      expect(out).toBe("/%0a/evil");
    } else {
      expect(out).toBe("/editor");
    }
  });

  it("uses the given fallback", () => {
    expect(safeReturnPath("https://x.example", "/")).toBe("/");
  });
});
