import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { openDatabase } from "@/db/client";
import { createClaim, retractClaim } from "@/lib/claims/write";
import { createTempDb } from "@/lib/testing/temp-db";
import { cachedPublicResponse, clearResponseCache, ledgerVersion } from "./ledger-cache";

let db: Db;
let file: string;
let cleanup: () => void;
let computed: number;

beforeEach(() => {
  ({ db, file, cleanup } = createTempDb({ seeded: true }));
  clearResponseCache();
  computed = 0;
});
afterEach(() => cleanup());

const TODAY = "2026-11-25";
const URL_ = "http://ledger.test/embed/pairs/ana-de-armas--tom-cruise/heat";

/** A stand-in for a route: counts how often it really runs and answers with the number of published claims. */
function route(req: Request): Response {
  computed++;
  const n = (db.$client.prepare("SELECT count(*) AS n FROM claims WHERE status = 'published'").get() as { n: number }).n;
  const etag = `"v${n}"`;
  if (req.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers: { ETag: etag } });
  return new Response(`published=${n}`, { headers: { ETag: etag, "Content-Type": "text/plain" } });
}

const get = (headers: Record<string, string> = {}) => cachedPublicResponse(db, new Request(URL_, { headers }), TODAY, route);

describe("cachedPublicResponse", () => {
  it("answers repeat anonymous requests from memory with the same bytes and headers", async () => {
    const first = await get();
    const second = await get();
    expect(await second.text()).toBe(await first.text());
    expect(second.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(computed).toBe(1);
  });

  it("recomputes after any write: a published or retracted claim shows on the next request", async () => {
    const before = await (await get()).text();
    const claim = createClaim(db, null, {
      pair: "ana-de-armas--tom-cruise",
      kind: "sighting",
      headline: "Cache test sighting",
      occurredOn: "2026-11",
      precision: "month",
      stance: "supports",
      confidence: "plausible",
      status: "published",
      citations: [{ outlet: "variety" }],
    });
    const afterPublish = await (await get()).text();
    expect(afterPublish).not.toBe(before);
    retractClaim(db, null, claim.id, { version: claim.version, correction: "Wrong pair." });
    expect(await (await get()).text()).toBe(before);
    expect(computed).toBe(3);
  });

  it("sees writes made by another connection (the import command, another process)", async () => {
    await get();
    const other = openDatabase(file, { migrate: false });
    other.$client
      .prepare("UPDATE claims SET status = 'published' WHERE id = (SELECT min(id) FROM claims WHERE status = 'retracted')")
      .run();
    other.$client.close();
    await get();
    expect(computed).toBe(2);
  });

  it("answers a matching If-None-Match with 304 and no body, from the cache", async () => {
    const etag = (await get()).headers.get("etag")!;
    const res = await get({ "if-none-match": etag });
    expect(res.status).toBe(304);
    expect(await res.text()).toBe("");
    expect(computed).toBe(1);
  });

  it("never shares answers with credentialed callers (they may see drafts)", async () => {
    await get();
    await get({ authorization: "Bearer rl_x" });
    await get({ cookie: "theme=dark; rl_session=abc" });
    expect(computed).toBe(3);
  });

  it.each(["rl_session =abc", "theme=dark; rl_session\t=abc", "RL_Session=abc", "rl_session=%"])(
    "neither stores nor serves the answer of a request with the cookie %j",
    async (cookie) => {
      await get({ cookie }); // computed for the caller, not kept
      await get(); // the anonymous reader gets a fresh answer
      await get({ cookie }); // and the credentialed caller never gets the shared one
      expect(computed).toBe(3);
    },
  );

  it("marks an answer to a credentialed caller private, no-store even when the route made it public", async () => {
    const publicRoute = () => new Response("x", { headers: { "Cache-Control": "public, max-age=0, s-maxage=30" } });
    const answer = (headers: Record<string, string>) => cachedPublicResponse(db, new Request(URL_, { headers }), TODAY, publicRoute);
    expect((await answer({ cookie: "rl_session=abc" })).headers.get("cache-control")).toBe("private, no-store");
    expect((await answer({ authorization: "Bearer rl_x" })).headers.get("cache-control")).toBe("private, no-store");
    expect((await answer({})).headers.get("cache-control")).toBe("public, max-age=0, s-maxage=30");
  });

  it("gives each connection its own versions", () => {
    const other = openDatabase(file, { migrate: false });
    expect(ledgerVersion(other)).not.toBe(ledgerVersion(db));
    other.$client.close();
  });
});
