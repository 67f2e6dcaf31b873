import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { createClaim } from "@/lib/claims/write";
import { contentSecurityPolicy, newNonce } from "@/lib/http/csp";
import { copyTemplate } from "@/lib/testing/temp-db";
import { clearResponseCache } from "./ledger-cache";
import { frontKey, RENDER_HEADER, serveFromFront } from "./front";

/**
 * server.mjs's front against a stand-in for Next that counts its renders: a
 * page render carries a fresh nonce and its own inline script, as proxy.ts and
 * Next make them, and shows whether the caller was signed in.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rumor-ledger-front-"));
let server: http.Server;
let base = "";
let renders: string[] = [];

function fakeNext(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = new URL(req.url!, "http://x");
  renders.push(url.pathname);
  const signedIn = /rl_session=/.test(req.headers.cookie ?? "");
  const published = (getDb().$client.prepare("SELECT count(*) AS n FROM claims WHERE status = 'published'").get() as { n: number }).n;
  if (url.pathname.startsWith("/api/v1/")) {
    const isPublic = url.pathname !== "/api/v1/private";
    res.writeHead(200, {
      "content-type": "application/json",
      "cache-control": isPublic ? "public, max-age=0, s-maxage=30" : "private, no-store",
    });
    return res.end(JSON.stringify({ published }));
  }
  if (url.pathname === "/pairs/nobody--no-one") {
    res.writeHead(404, { "content-type": "text/html" });
    return res.end("missing");
  }
  const nonce = newNonce();
  res.writeHead(200, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
    "content-security-policy": contentSecurityPolicy({ nonce, frameable: false }),
  });
  res.end(
    `<html><body><p>${signedIn ? "editor view with drafts" : "reader view"}: ${published} published ${"x".repeat(2000)}</p><script nonce="${nonce}">self.boot=1</script></body></html>`,
  );
}

async function get(p: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${p}`, { headers: { "accept-encoding": "identity", ...headers } });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

beforeAll(async () => {
  process.env.DATABASE_PATH = path.join(dir, "front.db");
  copyTemplate(process.env.DATABASE_PATH, { seeded: true });
  server = http.createServer((req, res) =>
    serveFromFront(req, res, server.address() as { address: string; port: number }, () => fakeNext(req, res)),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => {
  server.close();
  getDb().$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  clearResponseCache();
  renders = [];
});

describe("the page front", () => {
  it("renders a reader page once for any number of simultaneous readers, then answers from memory", async () => {
    const first = await Promise.all(Array.from({ length: 20 }, () => get("/pairs/ana-de-armas--tom-cruise")));
    const later = await get("/pairs/ana-de-armas--tom-cruise");
    expect(renders).toEqual(["/pairs/ana-de-armas--tom-cruise"]);
    for (const r of [...first, later]) expect(r.text).toBe(first[0].text);
    expect(later.headers.get("x-rumor-ledger-front")).toBe("hit");
  });

  it("makes the kept page public with a strong ETag and a hash policy in place of the render's nonce", async () => {
    const r = await get("/pairs/ana-de-armas--tom-cruise");
    expect(r.headers.get("cache-control")).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
    expect(r.headers.get("etag")).toMatch(/^"[\w-]+"$/);
    expect(r.headers.get("content-security-policy")).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+';/);
    expect(r.headers.get("content-security-policy")).not.toContain("nonce");
    expect(r.text).not.toContain("nonce");
    expect(r.headers.get("vary")).toMatch(/Accept-Encoding/);
    const again = await get("/pairs/ana-de-armas--tom-cruise", { "if-none-match": r.headers.get("etag")! });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
  });

  it("renders again after any write, so readers see it at once", async () => {
    const before = await get("/");
    createClaim(getDb(), null, {
      pair: "ana-de-armas--tom-cruise",
      kind: "sighting",
      headline: "Front test sighting",
      occurredOn: "2026-11",
      precision: "month",
      stance: "supports",
      confidence: "plausible",
      status: "published",
      citations: [{ outlet: "variety" }],
    });
    const after = await get("/");
    expect(renders).toEqual(["/", "/"]);
    expect(after.text).not.toBe(before.text);
  });

  it("passes every credentialed request to Next and never lets its answer reach a reader", async () => {
    const editor = await get("/pairs/ana-de-armas--tom-cruise", { cookie: "theme=dark; rl_session=abc" });
    const token = await get("/api/v1/pairs", { authorization: "Bearer rl_x" });
    const reader = await get("/pairs/ana-de-armas--tom-cruise");
    expect(editor.text).toContain("editor view with drafts");
    expect(editor.headers.get("x-rumor-ledger-front")).toBeNull();
    expect(token.headers.get("x-rumor-ledger-front")).toBeNull();
    expect(reader.text).toContain("reader view");
    expect(renders).toHaveLength(3);
  });

  it.each(["rl_session =abc", "theme=dark; RL_Session=abc", "rl_session=%"])(
    "never answers from the front a request whose cookie is %j",
    async (cookie) => {
      const editor = await get("/pairs/ana-de-armas--tom-cruise", { cookie });
      expect(editor.headers.get("x-rumor-ledger-front")).toBeNull();
      expect(renders).toEqual(["/pairs/ana-de-armas--tom-cruise"]); // handed straight to Next as the caller's own request
    },
  );

  it("keeps neither a 404 nor an API answer its route made private", async () => {
    for (let i = 0; i < 2; i++) {
      expect((await get("/pairs/nobody--no-one")).status).toBe(404);
      expect((await get("/api/v1/private")).headers.get("cache-control")).toBe("private, no-store");
    }
    expect(renders).toEqual(["/pairs/nobody--no-one", "/api/v1/private", "/pairs/nobody--no-one", "/api/v1/private"]);
  });

  it("keeps a public API answer and gzips for clients that accept it", async () => {
    const plain = await get("/api/v1/pairs");
    const res = await new Promise<http.IncomingMessage & { body: Buffer }>((resolve) =>
      http.get(`${base}/api/v1/pairs`, { headers: { "accept-encoding": "gzip" } }, (r) => {
        const chunks: Buffer[] = [];
        r.on("data", (c: Buffer) => chunks.push(c));
        r.on("end", () => resolve(Object.assign(r, { body: Buffer.concat(chunks) })));
      }),
    );
    expect(renders).toEqual(["/api/v1/pairs"]);
    expect(res.headers["content-encoding"]).toBe(plain.text.length > 1024 ? "gzip" : undefined);
    expect((res.headers["content-encoding"] ? gunzipSync(res.body) : res.body).toString()).toBe(plain.text);
  });
});

describe("frontKey", () => {
  const req = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ method, url, headers });
  it.each([
    ["/", true],
    ["/pairs/a--b?kind=sighting", true],
    ["/people/a", true],
    ["/claims/12", true],
    ["/outlets", true],
    ["/outlets/variety", true],
    ["/how-we-grade", true],
    ["/search?q=london", true],
    ["/feed.xml", true],
    ["/pairs/a--b/feed.xml", true],
    ["/api/v1/pairs/a--b/claims?limit=200", true],
    ["/pairs/a--b/charts.json", true],
    ["/pairs/a--b/charts/heat.svg?theme=dark", true],
    ["/outlets/variety/reliability.svg", true],
    ["/how-we-grade/calibration.svg?theme=light", true],
    ["/pairs/a--b/charts/heat.svg/x", false],
    ["/login", false],
    ["/editor", false],
    ["/editor/claims/1", false],
    ["/embed/pairs/a--b/heat", false],
    ["/pairs/a--b?_rsc=1x2y", false],
  ])("%s is the front's: %s", (url, expected) => {
    expect(frontKey(req(url)) !== null).toBe(expected);
  });

  it.each([
    ["a session cookie", { cookie: "rl_session=abc" }],
    ["a token", { authorization: "Bearer rl_x" }],
    ["a client navigation", { rsc: "1" }],
    ["a server action", { "next-action": "abc" }],
    ["the front's own render", { [RENDER_HEADER]: "1" }],
  ])("leaves a request with %s to Next", (_what, headers) => {
    expect(frontKey(req("/pairs/a--b", headers))).toBeNull();
  });

  it("leaves other methods to Next, and keys by forwarded host and scheme", () => {
    expect(frontKey(req("/", {}, "HEAD"))).toBeNull();
    expect(frontKey(req("/", {}, "POST"))).toBeNull();
    expect(frontKey(req("/", { host: "a.test" }))).not.toBe(frontKey(req("/", { host: "b.test" })));
    expect(frontKey(req("/", { "x-forwarded-proto": "https" }))).not.toBe(frontKey(req("/", { "x-forwarded-proto": "http" })));
  });
});
