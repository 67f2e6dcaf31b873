import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims/write";
import { seedDemo } from "@/lib/seed/demo";
import { createTempDb } from "@/lib/testing/temp-db";
import type { Db } from "@/db/client";

const SLUG = "ana-de-armas--tom-cruise";
let temp: ReturnType<typeof createTempDb>;
let db: Db;
type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;
let GET: Handler<{ slug: string; image: string }>;
let DESK: (request: Request, context: unknown) => Promise<Response>;

async function get(image: string, query = "", headers: Record<string, string> = {}, slug = SLUG) {
  return GET(new Request(`http://charts.test/pairs/${slug}/charts/${image}${query}`, { headers }), {
    params: Promise.resolve({ slug, image }),
  });
}

const claim = (status: "draft" | "published") =>
  createClaim(db, null, {
    pair: SLUG,
    kind: "sighting",
    headline: `Chart image test sighting (${status})`,
    occurredOn: "2025-06-21",
    precision: "day",
    stance: "supports",
    confidence: "plausible",
    status,
    citations: [{ outlet: "variety" }],
  });

beforeAll(async () => {
  temp = createTempDb();
  db = temp.db;
  seedDemo(db);
  // The route handlers open the app's client: point it at this file before it is first used.
  process.env.DATABASE_PATH = temp.file;
  delete (globalThis as { rumorLedgerDb?: unknown }).rumorLedgerDb;
  ({ GET } = await import("@/app/pairs/[slug]/charts/[image]/route"));
  ({ GET: DESK } = await import("@/app/how-we-grade/calibration.svg/route"));
});

afterAll(() => {
  (globalThis as { rumorLedgerDb?: Db }).rumorLedgerDb?.$client.close();
  delete (globalThis as { rumorLedgerDb?: unknown }).rumorLedgerDb;
  temp.cleanup();
});

describe("GET /pairs/[slug]/charts/[view].svg (the pair page's chart pictures)", () => {
  it.each(["timeline", "heat", "activity", "confidence"])(
    "answers the %s chart as a standalone SVG that can run nothing, cacheable, with a 304",
    async (view) => {
      const res = await get(`${view}.svg`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
      expect(res.headers.get("cache-control")).toMatch(/^public/);
      expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; style-src 'unsafe-inline'");
      expect(res.headers.get("vary")).toMatch(/Authorization, Cookie/);
      const svg = await res.text();
      expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="100%"/);
      expect(svg).toContain(`<title id="chart-${view}-t">`);
      expect(svg).toContain("Ana de Armas &amp; Tom Cruise</title>");
      // An image has no links (the page lists every claim) and no wrapper HTML.
      expect(svg).not.toContain("<a ");
      expect(svg).not.toContain("<div");
      const again = await get(`${view}.svg`, "", { "If-None-Match": res.headers.get("etag")! });
      expect(again.status).toBe(304);
    },
  );

  it("draws the dark theme in the dark palette", async () => {
    const [light, dark] = await Promise.all([get("heat.svg"), get("heat.svg", "?theme=dark")]);
    const fills = (svg: string) => new Set([...svg.matchAll(/fill="(#[0-9a-f]{6})"/gi)].map((m) => m[1].toLowerCase()));
    const l = fills(await light.text());
    const d = fills(await dark.text());
    expect([...d].some((c) => !l.has(c))).toBe(true);
  });

  it("carries published claims only: a draft changes nothing, a published claim changes the picture", async () => {
    const before = await (await get("timeline.svg")).text();
    claim("draft");
    expect(await (await get("timeline.svg")).text()).toBe(before);
    claim("published");
    expect(await (await get("timeline.svg")).text()).not.toBe(before);
  });

  it.each([
    ["an unknown pair", "nobody--no-one", "heat.svg", "", 404, "not_found"],
    ["an unknown view", SLUG, "pie.svg", "", 404, "not_found"],
    ["a view without .svg", SLUG, "heat", "", 404, "not_found"],
    ["a theme it does not draw", SLUG, "heat.svg", "?theme=auto", 400, "invalid_input"],
    ["a query parameter it does not take", SLUG, "heat.svg", "?width=300", 400, "invalid_input"],
  ])("answers %s with the JSON error shape", async (_what, slug, image, query, status, code) => {
    const res = await get(image, query, {}, slug);
    expect(res.status).toBe(status);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe(code);
  });

  it("redirects the reversed slug to the canonical one", async () => {
    const res = await get("heat.svg", "?theme=dark", {}, "tom-cruise--ana-de-armas");
    expect(res.status).toBe(308);
    expect(res.headers.get("location")).toBe(`/pairs/${SLUG}/charts/heat.svg?theme=dark`);
  });
});

describe("GET /how-we-grade/calibration.svg", () => {
  it("answers the desk's reliability diagram as a standalone SVG", async () => {
    const res = await DESK(new Request("http://charts.test/how-we-grade/calibration.svg?theme=dark"), {});
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    const svg = await res.text();
    expect(svg).toContain('<title id="desk-reliability-t">How often each confidence level came true</title>');
  });
});
