import http from "node:http";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { insertClaim, openLedger, ownPair, retract, token } from "./embeds-db";

const SLUG = "ana-de-armas--tom-cruise";
const VIEWS = ["timeline", "heat", "activity", "confidence"] as const;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function expectNoAxeViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  for (const view of VIEWS) {
    test(`the ${view} embed shows its chart, summary and data table`, async ({ page }) => {
      await page.goto(`/embed/pairs/${SLUG}/${view}`);
      const chart = page.locator("svg[role=img]");
      await expect(chart).toBeVisible();
      await expect(chart.locator("title").first()).not.toBeEmpty();
      expect(Number(await chart.evaluate((el) => el.getBoundingClientRect().height))).toBeGreaterThan(100);
      await expect(page.locator(".rl-sum")).toHaveText(/\w.{20,}\./);
      await expect(page.getByRole("list", { name: "Legend" })).toBeVisible();
      const table = page.getByRole("table");
      await expect(table).toBeHidden();
      await page.getByText("Show the data").click();
      await expect(table).toBeVisible();
      expect(await table.locator("tbody tr").count()).toBeGreaterThan(0);
      await expect(page.getByRole("link", { name: "The full rumor file" })).toHaveAttribute("href", new RegExp(`/pairs/${SLUG}$`));
      await expect(page.getByRole("link", { name: "Get the data (CSV)" })).toHaveAttribute(
        "href",
        new RegExp(`/api/v1/pairs/${SLUG}/claims.csv$`),
      );
      await expect(page.getByText(/^Updated \d+ \w+ \d{4}$/)).toBeVisible();
    });
  }

  test("the pair page shows every chart as a server-drawn SVG image, named", async ({ page }) => {
    await page.goto(`/pairs/${SLUG}`);
    const charts = page.getByRole("region", { name: "How the story developed" });
    await expect(charts.locator(".chart-static img.chart-img")).toHaveCount(4);
    await expect(charts.getByRole("img", { name: /^Heat over time: Ana de Armas & Tom Cruise\. / })).toBeVisible();
    await expect(charts.getByRole("heading", { name: "Heat over time" })).toBeVisible();
  });

  test("the pair page's data tables and embed code are one link away: the chart's embed", async ({ page }) => {
    await page.goto(`/pairs/${SLUG}`);
    const heat = page.locator("article.chart-heat");
    await heat.locator("summary", { hasText: "Data table" }).click();
    await expect(heat.getByRole("link", { name: "Open this chart with its data table" })).toHaveAttribute(
      "href",
      `/embed/pairs/${SLUG}/heat`,
    );
    await heat.locator("summary", { hasText: "Embed this chart" }).click();
    await expect(heat.getByRole("link", { name: "Open the embed" })).toHaveAttribute("href", `/embed/pairs/${SLUG}/heat`);
    await page.goto(`/embed/pairs/${SLUG}/heat`);
    await page.getByText("Show the data").click();
    await expect(page.getByRole("table")).toBeVisible();
  });
});

test("an article on another origin embeds the snippet: the chart appears and the iframe fits its content", async ({
  page,
  request,
  baseURL,
}) => {
  const oembed = await (await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/embed/pairs/${SLUG}/timeline`)}`)).json();
  const article = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title></head><body style="margin:0;font-family:sans-serif">
    <main style="max-width:680px;margin:0 auto;padding:16px"><h1>What we know</h1><p>The story so far, with receipts.</p>${oembed.html}<p id="after">The end.</p></main></body></html>`;
  const server = http.createServer((_req, res) => res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(article));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const articleUrl = `http://localhost:${(server.address() as AddressInfo).port}/article`;
  try {
    await page.goto(articleUrl);
    const iframe = page.locator("iframe[data-rumor-ledger]");
    await expect(iframe).toHaveAttribute("title", /Timeline of claims: Ana de Armas & Tom Cruise/);
    const frame = page.frameLocator("iframe[data-rumor-ledger]");
    await expect(frame.locator("svg[role=img]")).toBeVisible();
    const heights = async () => ({
      iframe: await iframe.evaluate((el) => el.getBoundingClientRect().height),
      content: await frame.locator("html").evaluate((el) => Math.ceil(el.getBoundingClientRect().height)),
    });
    await expect
      .poll(async () => {
        const h = await heights();
        return Math.abs(h.iframe - h.content);
      })
      .toBeLessThanOrEqual(1);
    // Opening the data table makes the embed taller; the listener follows.
    const closed = (await heights()).iframe;
    await frame.getByText("Show the data").click();
    await expect.poll(async () => (await heights()).iframe).toBeGreaterThan(closed + 50);
    await expect
      .poll(async () => {
        const h = await heights();
        return Math.abs(h.iframe - h.content);
      })
      .toBeLessThanOrEqual(1);
  } finally {
    server.close();
  }
});

test("oEmbed: discovery links, required fields, maxwidth, 404 and 501", async ({ request, baseURL }) => {
  for (const path of [`/pairs/${SLUG}`, `/embed/pairs/${SLUG}/activity`]) {
    const html = await (await request.get(path)).text();
    const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html);
    expect(link, path).not.toBeNull();
    const res = await request.get(link![1].replace(/&amp;/g, "&"));
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ type: "rich", version: "1.0", provider_name: "Rumor Ledger" });
    for (const field of [
      "html",
      "width",
      "height",
      "title",
      "provider_url",
      "cache_age",
      "thumbnail_url",
      "thumbnail_width",
      "thumbnail_height",
    ])
      expect(body, field).toHaveProperty(field);
    expect(body.html).toMatch(/^<iframe src="[^"]+\/embed\/pairs\//);
  }
  const narrow = await (await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/pairs/${SLUG}`)}&maxwidth=360`)).json();
  expect(narrow.width).toBe(360);
  expect(narrow.thumbnail_width).toBeLessThanOrEqual(360);
  expect((await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/pairs/nobody--somebody`)}`)).status()).toBe(404);
  expect((await request.get(`/api/oembed?url=${encodeURIComponent("https://example.com/pairs/a--b")}`)).status()).toBe(404);
  expect((await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/pairs/${SLUG}`)}&format=xml`)).status()).toBe(501);
});

test("PNG and SVG images are real images of the stated size; the pair has a share card", async ({ page, request }) => {
  for (const theme of ["light", "dark"]) {
    const png = await request.get(`/embed/pairs/${SLUG}/heat.png?theme=${theme}&width=960`);
    expect(png.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await png.body()).width).toBe(960);
  }
  const svg = await request.get(`/embed/pairs/${SLUG}/timeline.svg?theme=dark&width=720`);
  expect(svg.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
  const text = await svg.text();
  const declared = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(text)!;
  expect(declared[1]).toBe("720");
  // The browser agrees: it decodes both as images of those sizes.
  await page.goto(`/embed/pairs/${SLUG}/heat`);
  const natural = await page.evaluate(async (slug) => {
    const load = (src: string) =>
      new Promise<[number, number]>((resolve, reject) => {
        const img = new Image();
        img.onload = () => resolve([img.naturalWidth, img.naturalHeight]);
        img.onerror = reject;
        img.src = src;
      });
    return {
      svg: await load(`/embed/pairs/${slug}/timeline.svg?width=720`),
      png: await load(`/embed/pairs/${slug}/activity.png?width=640`),
    };
  }, SLUG);
  expect(natural.svg[0]).toBe(720);
  expect(natural.svg[1]).toBe(Number(declared[2]));
  expect(natural.png[0]).toBe(640);

  await page.goto(`/pairs/${SLUG}`);
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(ogImage).toBeTruthy();
  const card = await request.get(ogImage!);
  expect(card.status()).toBe(200);
  expect(pngSize(await card.body())).toEqual({ width: 1200, height: 630 });
});

test("embeds may be framed by anyone; other pages refuse framing; caches revalidate with ETags", async ({ request }) => {
  const embed = await request.get(`/embed/pairs/${SLUG}/heat`);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  expect(embed.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  expect(embed.headers()["cache-control"]).toMatch(/stale-while-revalidate=\d+/);
  const again = await request.get(`/embed/pairs/${SLUG}/heat`, { headers: { "If-None-Match": embed.headers()["etag"] } });
  expect(again.status()).toBe(304);
  const page = await request.get(`/pairs/${SLUG}`);
  expect(page.headers()["x-frame-options"]).toBe("DENY");
  expect(page.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  const reversed = await request.get(`/embed/pairs/tom-cruise--ana-de-armas/heat?theme=dark`, { maxRedirects: 0 });
  expect(reversed.status()).toBe(308);
  expect(reversed.headers()["location"]).toBe(`/embed/pairs/${SLUG}/heat?theme=dark`);
  expect((await request.get(`/embed/pairs/${SLUG}/pie`)).status()).toBe(404);
  expect((await request.get(`/embed/pairs/nobody--somebody/heat`)).status()).toBe(404);
});

test("a newly published claim shows in the embed on reload; a retracted one leaves", async ({ page }) => {
  const db = openLedger();
  const t = token();
  try {
    const pair = ownPair(db, t);
    insertClaim(db, pair.id, `First sighting ${t}`, "2026-01-10");
    await page.goto(`/embed/pairs/${pair.slug}/timeline`);
    await expect(page.locator(".rl-sum")).toContainText(`First sighting ${t}`);
    insertClaim(db, pair.id, `Draft ${t}`, "2026-02-01", "draft");
    const id = insertClaim(db, pair.id, `Second sighting ${t}`, "2026-02-14");
    await page.reload();
    await expect(page.locator(".rl-sum")).toContainText(`2 published claims`);
    await expect(page.getByRole("link", { name: new RegExp(`Second sighting ${t}`) }).first()).toHaveAttribute(
      "href",
      new RegExp(`/claims/${id}$`),
    );
    await expect(page.getByText(`Draft ${t}`)).toHaveCount(0);
    retract(db, id);
    await page.reload();
    await expect(page.locator(".rl-sum")).toContainText(`First sighting ${t}`);
    await expect(page.getByRole("link", { name: new RegExp(`Second sighting ${t}`) })).toHaveCount(0);
  } finally {
    db.close();
  }
});

test("the pair page: recharts takes over, and the embed control previews and copies the snippet", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`/pairs/${SLUG}`);
  const heat = page.locator("article.chart-heat");
  // The interactive layer waits for the reader (ADR 17): pointing at the chart brings it.
  await expect(heat.locator(".chart-static")).toHaveCount(1);
  await heat.hover();
  await expect(heat.locator(".chart-interactive svg")).toBeVisible();
  await expect(heat.locator(".chart-static")).toHaveCount(0);
  await heat.getByText("Embed this chart").click();
  await heat.getByLabel("Dark").check();
  const preview = heat.locator("iframe.embed-preview");
  await expect(preview).toHaveAttribute("src", new RegExp(`/embed/pairs/${SLUG}/heat\\?theme=dark$`));
  await expect(page.frameLocator("article.chart-heat iframe.embed-preview").locator("svg[role=img]")).toBeVisible();
  await heat.getByRole("button", { name: "Copy embed code" }).click();
  await expect(heat.getByRole("button", { name: "Copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(
    new RegExp(
      `^<iframe src="[^"]+/embed/pairs/${SLUG}/heat\\?theme=dark" title="Heat over time: Ana de Armas &amp; Tom Cruise \\(Rumor Ledger\\)"`,
    ),
  );
  expect(copied).toContain('addEventListener("message"');
});

test.describe("accessibility (axe)", () => {
  for (const scheme of ["light", "dark"] as const) {
    test(`the pair page has no violations (${scheme})`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/pairs/${SLUG}`);
      await expectNoAxeViolations(page);
      // And with the lazy parts in: every chart interactive, a data table open.
      await page.mouse.wheel(0, 300);
      for (const card of await page.locator("article.chart-card").all()) await card.hover();
      await expect(page.locator(".chart-interactive svg")).toHaveCount(4);
      const heat = page.locator("article.chart-heat");
      await heat.locator("summary", { hasText: "Data table" }).click();
      await expect(heat.getByRole("table")).toBeVisible();
      await expectNoAxeViolations(page, "#charts");
    });
    for (const view of VIEWS) {
      test(`the ${view} embed has no violations (${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`/embed/pairs/${SLUG}/${view}?theme=${scheme}`);
        await page.getByText("Show the data").click();
        await expectNoAxeViolations(page);
        await page.goto(`/embed/pairs/${SLUG}/${view}`);
        await expectNoAxeViolations(page);
      });
    }
  }
});
