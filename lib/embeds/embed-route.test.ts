import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim, retractClaim } from "@/lib/claims/write";
import { createTempDb } from "@/lib/testing/temp-db";
import type { Db } from "@/db/client";
import { oembed } from "./oembed";
import { PNG_WIDTHS, pngRendering, pngRequestRefusal } from "./png";
import { shareCardPng } from "./share";

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(Buffer.from(bytes.slice(12, 16)).toString("ascii")).toBe("IHDR");
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const SLUG = "ana-de-armas--tom-cruise";
const BASE = "http://embed.test";
let temp: ReturnType<typeof createTempDb>;
let db: Db;
let GET: (request: Request, context: { params: Promise<{ slug: string; view: string }> }) => Promise<Response>;

async function get(slug: string, view: string, query = "", headers: Record<string, string> = {}) {
  return GET(new Request(`${BASE}/embed/pairs/${slug}/${view}${query}`, { headers }), { params: Promise.resolve({ slug, view }) });
}

beforeAll(async () => {
  temp = createTempDb({ seeded: true });
  db = temp.db;
  // The route handler opens the app's client: point it at this file before it is first used.
  process.env.DATABASE_PATH = temp.file;
  process.env.PUBLIC_BASE_URL = BASE;
  delete (globalThis as { rumorLedgerDb?: unknown }).rumorLedgerDb;
  ({ GET } = await import("@/app/embed/pairs/[slug]/[view]/route"));
});

afterAll(() => {
  (globalThis as { rumorLedgerDb?: Db }).rumorLedgerDb?.$client.close();
  delete (globalThis as { rumorLedgerDb?: unknown }).rumorLedgerDb;
  delete process.env.PUBLIC_BASE_URL;
  temp.cleanup();
});

describe("GET /embed/pairs/[slug]/[view]", () => {
  it.each(["timeline", "heat", "activity", "confidence"])("serves %s as finished HTML, complete without JavaScript", async (view) => {
    const res = await get(SLUG, view, "?theme=dark");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors *");
    expect(res.headers.get("cache-control")).toMatch(/s-maxage=\d+.*stale-while-revalidate=\d+/);
    expect(res.headers.get("etag")).toMatch(/^W\/".+"$/);
    const html = await res.text();
    expect(html).toContain('<html lang="en" data-theme="dark">');
    expect(html).toMatch(/<svg [^>]*role="img"[^>]*><title id="[^"]+">[^<]+<\/title><desc id="[^"]+">[^<]+<\/desc>/);
    expect(html).toMatch(/<p class="rl-sum">[^<]{20,}<\/p>/);
    expect(html).toMatch(
      /<details><summary>Show the data<\/summary><div class="rl-scroll" tabindex="0" role="region" aria-label="Data table"><table class="rl-table"><caption>/,
    );
    expect(html).toContain(`<link rel="alternate" type="application/json+oembed" href="${BASE}/api/oembed?url=`);
    expect(html).toContain(`href="${BASE}/pairs/${SLUG}"`);
    expect(html).toContain(`href="${BASE}/api/v1/pairs/${SLUG}/claims.csv"`);
    expect(html).toMatch(/Updated \d+ \w+ \d{4}/);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet/);
  });

  it("answers 304 when the reader's copy is current", async () => {
    const first = await get(SLUG, "heat");
    const again = await get(SLUG, "heat", "", { "If-None-Match": first.headers.get("etag")! });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(first.headers.get("etag"));
  });

  it("shows a newly published claim on the next request, and drops it when retracted", async () => {
    const before = await get(SLUG, "timeline");
    const etag = before.headers.get("etag")!;
    const headline = "Seen together at a Lisbon premiere (integration test)";
    const draft = createClaim(db, null, {
      pair: SLUG,
      kind: "sighting",
      headline: `${headline} draft`,
      occurredOn: "2025-06-20",
      precision: "day",
      stance: "supports",
      confidence: "plausible",
      status: "draft",
      citations: [{ outlet: "variety" }],
    });
    expect(draft.status).toBe("draft");
    const withDraft = await get(SLUG, "timeline", "", { "If-None-Match": etag });
    expect(withDraft.status).toBe(304);

    const published = createClaim(db, null, {
      pair: SLUG,
      kind: "sighting",
      headline,
      occurredOn: "2025-06-20",
      precision: "day",
      stance: "supports",
      confidence: "plausible",
      status: "published",
      citations: [{ outlet: "variety" }],
    });
    const after = await get(SLUG, "timeline", "", { "If-None-Match": etag });
    expect(after.status).toBe(200);
    const html = await after.text();
    expect(html).toContain(headline);
    expect(html).toContain(`${BASE}/claims/${published.id}`);
    expect(html).not.toContain(`${headline} draft`);

    retractClaim(db, null, published.id, { version: published.version, correction: "Misidentified: it was someone else." });
    const retracted = await get(SLUG, "timeline", "", { "If-None-Match": after.headers.get("etag")! });
    expect(retracted.status).toBe(200);
    expect(await retracted.text()).not.toContain(headline);
  });

  it("404s an unknown pair or view, 308s a reversed slug to the canonical one, 400s bad parameters", async () => {
    expect((await get("nobody--somebody", "heat")).status).toBe(404);
    expect((await get(SLUG, "pie")).status).toBe(404);
    expect((await get(SLUG, "heat.gif")).status).toBe(404);
    const reversed = await get("tom-cruise--ana-de-armas", "heat.png", "?theme=dark");
    expect(reversed.status).toBe(308);
    expect(reversed.headers.get("location")).toBe(`/embed/pairs/${SLUG}/heat.png?theme=dark`);
    expect((await get(SLUG, "heat", "?theme=neon")).status).toBe(400);
    expect((await get(SLUG, "heat", "?from=2025-13")).status).toBe(400);
    expect((await get(SLUG, "heat", "?from=2025-06&to=2025-01")).status).toBe(400);
  });

  it("honours a date range", async () => {
    const html = await (await get(SLUG, "timeline", "?from=2025-05&to=2025-05")).text();
    expect(html).toContain("Attended David Beckham");
    expect(html).not.toContain("Seen walking the streets of London together");
  });

  it("serves real PNG images of the stated size, light and dark", async () => {
    for (const theme of ["light", "dark"]) {
      const res = await get(SLUG, "heat.png", `?theme=${theme}&width=800`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/png");
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect(pngSize(bytes).width).toBe(800);
    }
    const standard = pngSize(new Uint8Array(await (await get(SLUG, "confidence.png")).arrayBuffer()));
    expect(standard.width).toBe(1280);
    const announced = oembed(db, new URLSearchParams({ url: `${BASE}/embed/pairs/${SLUG}/confidence` }), BASE);
    expect(announced.status).toBe(200);
    const body = announced.body as Record<string, number | string>;
    const thumb = await get(SLUG, "confidence.png", `?width=${body.thumbnail_width}`);
    expect(pngSize(new Uint8Array(await thumb.arrayBuffer()))).toEqual({ width: body.thumbnail_width, height: body.thumbnail_height });
  });

  it.each([
    [320, 320],
    [479, 320],
    [900, 800],
    [1281, 1280],
    [2101, 1920],
    [2400, 2400],
  ])("snaps a PNG's width=%i down to %i pixels", async (asked, drawn) => {
    const res = await get(SLUG, "activity.png", `?width=${asked}&from=2000&to=2030`);
    expect(res.status).toBe(200);
    expect(pngSize(new Uint8Array(await res.arrayBuffer())).width).toBe(drawn);
    expect(PNG_WIDTHS).toContain(drawn);
  });

  it("answers 503 with Retry-After, and keeps nothing, while the PNG queue is full; SVG and HTML are unaffected", async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const { concurrency, maxWaiting } = pngRendering.options;
    const blockers = Array.from({ length: concurrency + maxWaiting }, () => pngRendering.run(() => gate));
    try {
      // The HTTP front refuses such requests before Next routes them; cached images go out before this check.
      expect(pngRequestRefusal("GET", `/embed/pairs/${SLUG}/timeline.png?width=960`)).toBeGreaterThan(0);
      expect(pngRequestRefusal("GET", `/pairs/${SLUG}/opengraph-image`)).toBeGreaterThan(0);
      expect(pngRequestRefusal("GET", `/embed/pairs/${SLUG}/timeline.svg`)).toBeNull();
      expect(pngRequestRefusal("GET", "/api/v1/pairs")).toBeNull();
      expect(pngRequestRefusal("HEAD", `/embed/pairs/${SLUG}/timeline.png`)).toBeNull();
      const busy = await get(SLUG, "timeline.png", "?width=960&from=2001");
      expect(busy.status).toBe(503);
      expect(Number(busy.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(busy.headers.get("cache-control")).toBe("no-store");
      expect((await get(SLUG, "timeline.svg", "?from=2001")).status).toBe(200);
      expect((await get(SLUG, "timeline", "?from=2001")).status).toBe(200);
    } finally {
      open();
      await Promise.all(blockers);
    }
    expect(pngRequestRefusal("GET", `/embed/pairs/${SLUG}/timeline.png?width=960`)).toBeNull();
    // The 503 was not cached: the same URL renders once the queue has room.
    expect((await get(SLUG, "timeline.png", "?width=960&from=2001")).status).toBe(200);
  });

  it("serves SVG images with their size, title and description", async () => {
    const res = await get(SLUG, "activity.svg", "?width=700");
    expect(res.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    const svg = await res.text();
    expect(svg).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="700" height="\d+" viewBox="0 0 700 \d+" role="img"/,
    );
    expect(svg).toContain('<title id="i-t">Claims per month: Ana de Armas &amp; Tom Cruise</title>');
  });
});

describe("oEmbed", () => {
  const ask = (params: Record<string, string>) => oembed(db, new URLSearchParams(params), BASE);

  it("answers a pair page URL with a rich embed of its heat chart", () => {
    const res = ask({ url: `${BASE}/pairs/${SLUG}` });
    expect(res.status).toBe(200);
    const body = res.body as Record<string, unknown>;
    expect(body).toMatchObject({
      type: "rich",
      version: "1.0",
      provider_name: "Rumor Ledger",
      provider_url: `${BASE}/`,
      width: 640,
      cache_age: 86400,
    });
    expect(body.html).toMatch(
      new RegExp(
        `^<iframe src="${BASE}/embed/pairs/${SLUG}/heat" title="Heat over time: Ana de Armas &amp; Tom Cruise \\(Rumor Ledger\\)" width="640" height="${body.height}"`,
      ),
    );
    expect(typeof body.thumbnail_url).toBe("string");
    expect(typeof body.thumbnail_width).toBe("number");
    expect(typeof body.thumbnail_height).toBe("number");
  });

  it("gives a rich answer's width and height as whole pixels, in the JSON and in the snippet", () => {
    const sizes: Record<string, string>[] = [{}, { maxwidth: "333.7" }, { maxwidth: "500", maxheight: "217" }];
    for (const params of sizes) {
      for (const url of [`${BASE}/pairs/${SLUG}`, `${BASE}/embed/pairs/${SLUG}/timeline`]) {
        const body = ask({ url, ...params }).body as Record<string, unknown>;
        expect(Number.isInteger(body.width), `${url} ${JSON.stringify(params)}`).toBe(true);
        expect(Number.isInteger(body.height), `${url} ${JSON.stringify(params)}`).toBe(true);
        const iframe = /<iframe [^>]*\bwidth="([^"]*)" height="([^"]*)"/.exec(String(body.html));
        expect(iframe?.slice(1)).toEqual([String(body.width), String(body.height)]);
      }
    }
  });

  it("accepts URLs on any origin this server answers to, and no other", () => {
    process.env.PORT = "4311";
    try {
      for (const origin of [BASE, "http://localhost:4311", "http://127.0.0.1:4311", "http://[::1]:4311"]) {
        const res = ask({ url: `${origin}/pairs/${SLUG}` });
        expect(res.status, origin).toBe(200);
        // The answer is written on the origin it was asked on (here the configured base), never the URL's.
        expect((res.body as { html: string }).html).toContain(`src="${BASE}/embed/pairs/${SLUG}/heat"`);
      }
      for (const origin of [
        "http://0.0.0.0:4311",
        "http://localhost:3000",
        "http://localhost:4312",
        "https://localhost:4311",
        "http://evil.example",
      ]) {
        expect(ask({ url: `${origin}/pairs/${SLUG}` }).status, origin).toBe(404);
      }
    } finally {
      delete process.env.PORT;
    }
  });

  it("honours maxwidth and maxheight", () => {
    const body = ask({ url: `${BASE}/embed/pairs/${SLUG}/timeline?theme=dark`, maxwidth: "400", maxheight: "300" }).body as Record<
      string,
      unknown
    >;
    expect(body.width).toBe(400);
    expect(body.height).toBeLessThanOrEqual(300);
    expect(body.html).toContain(`/embed/pairs/${SLUG}/timeline?theme=dark`);
    if (body.thumbnail_url) expect(body.thumbnail_width).toBeLessThanOrEqual(400);
  });

  it("404s URLs that are not ours or not embeddable, 501s other formats", () => {
    expect(ask({ url: "https://elsewhere.example/pairs/a--b" }).status).toBe(404);
    expect(ask({ url: `${BASE}/pairs/nobody--somebody` }).status).toBe(404);
    expect(ask({ url: `${BASE}/how-we-grade` }).status).toBe(404);
    expect(ask({ url: `${BASE}/pairs/${SLUG}`, format: "xml" }).status).toBe(501);
    expect(ask({}).status).toBe(400);
  });
});

it("draws a 1200×630 share card", async () => {
  const png = await shareCardPng(db, "tom-cruise--ana-de-armas");
  expect(png).not.toBeNull();
  expect(pngSize(new Uint8Array(png!))).toEqual({ width: 1200, height: 630 });
  expect(await shareCardPng(db, "nobody--somebody")).toBeNull();
});
