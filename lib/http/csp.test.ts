import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isEmbedPath, isPagePath, newNonce } from "./csp";

const directives = (policy: string) => Object.fromEntries(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("contentSecurityPolicy", () => {
  it("lets scripts run only from this origin with the request's nonce: no inline script, no eval", () => {
    const csp = directives(contentSecurityPolicy({ nonce: "abc123==", frameable: false }));
    expect(csp["script-src"]).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(csp["script-src"]).not.toContain("'unsafe-inline'");
    expect(csp["default-src"]).toEqual(["'self'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["base-uri"]).toEqual(["'self'"]);
  });

  it("forbids framing except for embeds", () => {
    expect(directives(contentSecurityPolicy({ nonce: "n", frameable: false }))["frame-ancestors"]).toEqual(["'none'"]);
    expect(directives(contentSecurityPolicy({ nonce: "n", frameable: true }))["frame-ancestors"]).toEqual(["*"]);
  });

  it("allows eval only in development", () => {
    expect(contentSecurityPolicy({ nonce: "n", frameable: false, development: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: "n", frameable: false })).not.toContain("unsafe-eval");
  });
});

describe("isEmbedPath", () => {
  it.each([
    ["/embed/pairs/a--b/heat", true],
    ["/embed/pairs/a--b/heat.svg", true],
    ["/embed", true],
    ["/embedded", false],
    ["/pairs/a--b", false],
    ["/", false],
  ])("%s → %s", (path, expected) => {
    expect(isEmbedPath(path)).toBe(expected);
  });
});

describe("isPagePath", () => {
  it.each([
    ["/", true],
    ["/pairs/ana-de-armas--tom-cruise", true],
    ["/claims/12", true],
    ["/search", true],
    ["/editor/claims/3/history", true],
    ["/api/v1/claims/1", false],
    ["/embed/pairs/a--b/heat", false],
    ["/pairs/a--b/feed.xml", false],
    ["/feed.xml", false],
    ["/api/v1/pairs/a--b/claims.csv", false],
    ["/embed/pairs/a--b/heat.svg", false],
    ["/robots.txt", false],
  ])("%s → %s", (path, expected) => {
    expect(isPagePath(path)).toBe(expected);
  });
});

describe("newNonce", () => {
  it("is 16 random bytes in base64, new every time", () => {
    const seen = new Set(Array.from({ length: 100 }, () => newNonce()));
    expect(seen.size).toBe(100);
    for (const n of seen) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });
});

describe("contentSecurityPolicy with hashes (a page shared by many readers)", () => {
  it("lists the hashes after 'self', with no nonce, 'strict-dynamic' or inline allowance", () => {
    const csp = directives(contentSecurityPolicy({ hashes: ["'sha256-abc='", "'sha256-def='"], frameable: false }));
    expect(csp["script-src"]).toEqual(["'self'", "'sha256-abc='", "'sha256-def='"]);
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
  });
});
