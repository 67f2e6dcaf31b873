import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims/write";
import { createTempDb } from "@/lib/testing/temp-db";
import type { Db } from "@/db/client";
import type { PageChartsJson } from "./page-charts";

const SLUG = "ana-de-armas--tom-cruise";
let temp: ReturnType<typeof createTempDb>;
let db: Db;
let GET: (request: Request, context: { params: Promise<{ slug: string }> }) => Promise<Response>;

async function get(slug: string, query = "", headers: Record<string, string> = {}) {
  return GET(new Request(`http://charts.test/pairs/${slug}/charts.json${query}`, { headers }), { params: Promise.resolve({ slug }) });
}

beforeAll(async () => {
  temp = createTempDb({ seeded: true });
  db = temp.db;
  // The route handler opens the app's client: point it at this file before it is first used.
  process.env.DATABASE_PATH = temp.file;
  delete (globalThis as { rumorLedgerDb?: unknown }).rumorLedgerDb;
  ({ GET } = await import("@/app/pairs/[slug]/charts.json/route"));
});

afterAll(() => {
  (globalThis as { rumorLedgerDb?: Db }).rumorLedgerDb?.$client.close();
  delete (globalThis as { rumorLedgerDb?: unknown }).rumorLedgerDb;
  temp.cleanup();
});

describe("GET /pairs/[slug]/charts.json (the pair page's lazy chart data)", () => {
  it("answers the four views' data and tables, cacheable, with a 304 for a matching ETag", async () => {
    const res = await get(SLUG);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("cache-control")).toMatch(/^public/);
    const body = (await res.json()) as PageChartsJson;
    expect(body.charts.map((c) => c.view)).toEqual(["timeline", "heat", "activity", "confidence"]);
    for (const c of body.charts) {
      expect(c.data.view).toBe(c.view);
      expect(c.tableHtml).toMatch(/^<table class="rl-table"><caption>/);
    }
    const again = await get(SLUG, "", { "If-None-Match": res.headers.get("etag")! });
    expect(again.status).toBe(304);
  });

  it("carries published claims only: a draft never reaches it, a published claim does", async () => {
    const headline = "Charts-json test sighting in Lisbon";
    createClaim(db, null, {
      pair: SLUG,
      kind: "sighting",
      headline: `${headline} (draft)`,
      occurredOn: "2025-06-21",
      precision: "day",
      stance: "supports",
      confidence: "plausible",
      status: "draft",
      citations: [{ outlet: "variety" }],
    });
    const withDraft = await (await get(SLUG)).text();
    expect(withDraft).not.toContain(headline);
    createClaim(db, null, {
      pair: SLUG,
      kind: "sighting",
      headline,
      occurredOn: "2025-06-21",
      precision: "day",
      stance: "supports",
      confidence: "plausible",
      status: "published",
      citations: [{ outlet: "variety" }],
    });
    const withPublished = await (await get(SLUG)).text();
    expect(withPublished).toContain(headline);
    expect(withPublished).not.toContain(`${headline} (draft)`);
  });

  it.each([
    ["an unknown pair", "nobody--no-one", "", 404, "not_found"],
    ["a slug that cannot exist", "NOT A SLUG", "", 404, "not_found"],
    ["a query parameter it does not take", SLUG, "?theme=dark", 400, "invalid_input"],
  ])("answers %s with the JSON error shape", async (_what, slug, query, status, code) => {
    const res = await get(slug, query);
    expect(res.status).toBe(status);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe(code);
    expect(body.error.message).toEqual(expect.any(String));
  });

  it("redirects the reversed slug to the canonical one", async () => {
    const res = await get("tom-cruise--ana-de-armas");
    expect(res.status).toBe(308);
    expect(res.headers.get("location")).toBe(`/pairs/${SLUG}/charts.json`);
  });
});
