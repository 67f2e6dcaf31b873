import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";

/**
 * Readers find and follow stories: the header search, a claim's structured
 * data, feed and data discovery. Runs against the demo ledger; the one test
 * that needs its own claim inserts it with a unique word.
 */

const BECKHAM_PARTY = "Attended David Beckham's 50th birthday party together";

test("a reader types in the header search and reaches a claim", async ({ page }) => {
  await page.goto("/");
  const search = page.getByRole("banner").getByRole("searchbox", { name: "Search people, pairs and claims" });
  await search.fill("beckham party");
  await search.press("Enter");

  await expect(page).toHaveURL(/\/search\?q=beckham\+party$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “beckham party”");
  const claims = page.getByRole("region", { name: "Claims" });
  const result = claims.getByRole("link", { name: BECKHAM_PARTY });
  await expect(result).toBeVisible();
  await expect(result.locator("mark").first()).toHaveText(/Beckham|party/i);

  await result.click();
  await expect(page).toHaveURL(/\/claims\/\d+$/);
  await expect(page.getByRole("heading", { name: BECKHAM_PARTY })).toBeVisible();
});

test("the start of a name, even misspelt, finds the person", async ({ page }) => {
  await page.goto("/search?q=ana+de+arm");
  const people = page.getByRole("region", { name: "People" });
  await expect(people.getByRole("link", { name: "Ana de Armas" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Pairs" }).getByRole("link", { name: "Ana de Armas & Tom Cruise" })).toBeVisible();

  await page.goto("/search?q=tom+crusie");
  await expect(page.getByRole("status")).toContainText("“crusie” → “cruise”");
  await page.getByRole("region", { name: "People" }).getByRole("link", { name: "Tom Cruise" }).click();
  await expect(page).toHaveURL(/\/people\/tom-cruise$/);
});

test("search shows markup in a headline as text, with only the match marked", async ({ page }) => {
  const token = `zq${Date.now().toString(36)}`;
  const headline = `<img src=x onerror="window.__pwned=1"> ${token} sighting`;
  const db = new Database(process.env.E2E_DATABASE_PATH!);
  try {
    db.pragma("busy_timeout = 5000");
    const pairId = (db.prepare("SELECT id FROM pairs WHERE slug = 'ana-de-armas--tom-cruise'").get() as { id: number }).id;
    const outletId = (db.prepare("SELECT id FROM outlets WHERE slug = 'variety'").get() as { id: number }).id;
    const now = new Date().toISOString();
    db.transaction(() => {
      const id = db
        .prepare(
          `INSERT INTO claims (pair_id, kind, headline, occurred_on, precision, occurred_start, occurred_end, stance, confidence, status, published_at, created_at, updated_at)
           VALUES (?, 'sighting', ?, '2025-08-01', 'day', '2025-08-01', '2025-08-01', 'supports', 'plausible', 'published', ?, ?, ?)`,
        )
        .run(pairId, headline, now, now, now).lastInsertRowid;
      db.prepare("INSERT INTO citations (claim_id, outlet_id, position) VALUES (?, ?, 0)").run(id, outletId);
    })();
  } finally {
    db.close();
  }

  await page.goto(`/search?q=${token}`);
  const link = page.getByRole("region", { name: "Claims" }).getByRole("link", { name: headline });
  await expect(link).toBeVisible();
  await expect(link.locator("img")).toHaveCount(0);
  await expect(link.locator("mark")).toHaveText([token]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test("a claim page carries ClaimReview JSON-LD that parses, and a canonical link", async ({ page }) => {
  await page.goto("/search?q=beckham+party");
  await page.getByRole("region", { name: "Claims" }).getByRole("link", { name: BECKHAM_PARTY }).click();
  await expect(page).toHaveURL(/\/claims\/\d+$/);

  const scripts = page.locator('script[type="application/ld+json"]');
  await expect(scripts).toHaveCount(1);
  const data = JSON.parse((await scripts.textContent()) ?? "");
  expect(data["@context"]).toBe("https://schema.org");
  expect(data["@type"]).toBe("ClaimReview");
  expect(data.claimReviewed).toBe(BECKHAM_PARTY);
  expect(data.url).toBe(page.url());
  expect(data.reviewRating).toMatchObject({ "@type": "Rating", bestRating: 6, worstRating: 1 });
  expect(data.reviewRating.ratingValue).toBeGreaterThanOrEqual(1);
  expect(data.reviewRating.ratingValue).toBeLessThanOrEqual(6);
  expect(data.itemReviewed["@type"]).toBe("Claim");
  expect(data.itemReviewed.appearance["@type"]).toBe("CreativeWork");

  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", page.url());
});

test("feeds and data are discoverable from the pages and answer", async ({ page, request }) => {
  await page.goto("/pairs/ana-de-armas--tom-cruise");
  const feeds = page.locator('link[rel="alternate"][type="application/atom+xml"]');
  const hrefs = await feeds.evaluateAll((links) => links.map((l) => l.getAttribute("href")));
  expect(hrefs).toEqual(
    expect.arrayContaining([expect.stringMatching(/\/pairs\/ana-de-armas--tom-cruise\/feed\.xml$/), expect.stringMatching(/\/feed\.xml$/)]),
  );
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/pairs\/ana-de-armas--tom-cruise$/);

  const data = page.getByRole("region", { name: "Get the data" });
  const csvHref = await data.getByRole("link", { name: /as CSV/ }).getAttribute("href");
  const csv = await request.get(csvHref!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect((await csv.text()).split("\r\n")[0]).toMatch(/^id,pair,kind,headline,/);

  for (const href of hrefs) {
    const feed = await request.get(href!);
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const etag = feed.headers()["etag"];
    expect((await request.get(href!, { headers: { "If-None-Match": etag } })).status()).toBe(304);
  }

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Disallow: \/editor/);
  expect(robots).toMatch(/Disallow: \/api/);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/pairs/ana-de-armas--tom-cruise</loc>");
  expect((await request.get("/api/v1/openapi.json")).status()).toBe(200);
});

test("an outlet page shows its grade, its record and its claims", async ({ page }) => {
  await page.goto("/pairs/mara-vance--theo-lindqvist");
  await page.getByRole("region", { name: "Sources" }).getByRole("link", { name: "StarWatch social account (fictional)" }).click();
  await expect(page).toHaveURL(/\/outlets\/starwatch-social$/);
  await expect(page.getByText("Reliability E: Unreliable")).toBeVisible();
  const record = page.getByRole("region", { name: "Its record" });
  await expect(record.getByRole("row", { name: /Retracted later/ })).toContainText("1");
  await expect(page.getByRole("region", { name: /Claims citing/ }).getByTestId("claim")).not.toHaveCount(0);
});
