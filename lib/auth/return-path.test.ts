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
    // Each of these resolves (dot segments, decoding) to a path another host could be read from.
    "//x",
    "/\\x",
    "/%2F%2Fx",
    "/%2f%5cx",
    "/./%2e/..//x",
    "/.//evil.example",
    "/./..//evil.example/path",
    "/a/..//evil.example",
    "/%2e%2e//evil.example",
    "http://same-site.invalid//evil.example",
    "https:evil.example",
  ])("refuses %j and falls back to /editor", (input) => {
    const out = safeReturnPath(input);
    if (input === "/%0a/evil") {
      // Percent-encoded characters stay encoded: still a same-site path.
      expect(out).toBe("/%0a/evil");
    } else {
      expect(out).toBe("/editor");
    }
  });

  it.each(["//x", "/\\x", "/%2F%2Fx", "/./%2e/..//x", "/.//evil.example", "/a/b/../..//evil.example", "https://evil.example/"])(
    "never returns a path that resolves off the site: %s",
    (input) => {
      const out = safeReturnPath(input);
      expect(new URL(out, "https://ledger.example/login").origin).toBe("https://ledger.example");
      expect(out).not.toMatch(/^\/[/\\]/);
    },
  );

  it("resolves harmless dot segments to the path they name", () => {
    expect(safeReturnPath("/editor/./claims/../people")).toBe("/editor/people");
  });

  it("uses the given fallback", () => {
    expect(safeReturnPath("https://x.example", "/")).toBe("/");
  });
});
