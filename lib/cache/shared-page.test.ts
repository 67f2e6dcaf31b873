import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { policyNonce, sharePage } from "./shared-page";

const NONCE = "bm9uY2Utb2YtdGhlLXJlbmRlcg==";
const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const scriptSrc = (policy: string) =>
  policy
    .split("; ")
    .find((d) => d.startsWith("script-src "))!
    .split(" ")
    .slice(1);

const PAGE = [
  `<!DOCTYPE html><html><head><link rel="preload" as="script" nonce="${NONCE}" href="/_next/static/chunks/a.js"/>`,
  `<script src="/_next/static/chunks/a.js" async="" nonce="${NONCE}"></script></head><body>`,
  `<p>&lt;script nonce=&quot;guess&quot;&gt;alert(1)&lt;/script&gt;</p>`,
  `<script nonce="${NONCE}">self.__next_f=self.__next_f||[];</script>`,
  `<script nonce="${NONCE}">self.__next_f.push([1,"héllo \\u003c/script"])</script>`,
  `<script type="application/ld+json">{"@type":"ClaimReview"}</script>`,
  `<script nonce="someone-elses-nonce-000">alert("injected")</script>`,
  `</body></html>`,
].join("");

describe("sharePage", () => {
  it("allows exactly the render's own inline scripts by hash, with no nonce left anywhere", () => {
    const { html, policy } = sharePage(PAGE, NONCE);
    expect(html).not.toContain(NONCE);
    expect(policyNonce(policy)).toBeNull();
    expect(scriptSrc(policy)).toEqual([
      "'self'",
      sha("self.__next_f=self.__next_f||[];"),
      sha('self.__next_f.push([1,"héllo \\u003c/script"])'),
    ]);
    expect(policy).not.toContain("'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it("gives a script that does not carry the render's nonce no hash (it will not run), and leaves escaped text alone", () => {
    const { html, policy } = sharePage(PAGE, NONCE);
    expect(policy).not.toContain(sha('alert("injected")'));
    expect(html).toContain(`<script nonce="someone-elses-nonce-000">alert("injected")</script>`);
    expect(html).toContain("&lt;script nonce=&quot;guess&quot;&gt;");
    expect(html).toContain(`<script src="/_next/static/chunks/a.js" async=""></script>`);
    expect(html).toContain(`<link rel="preload" as="script" href="/_next/static/chunks/a.js"/>`);
  });

  it("refuses a nonce that is not a render's (an empty or short one would match text)", () => {
    expect(() => sharePage(PAGE, "")).toThrow();
    expect(() => sharePage(PAGE, "abc")).toThrow();
  });

  it("reads the nonce of a per-request policy", () => {
    expect(policyNonce(`default-src 'self'; script-src 'self' 'nonce-${NONCE}' 'strict-dynamic'`)).toBe(NONCE);
    expect(policyNonce("default-src 'none'")).toBeNull();
  });
});
