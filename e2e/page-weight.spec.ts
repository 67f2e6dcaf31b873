import type Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { CLAIM_KINDS, CONFIDENCE_LEVELS, STANCES } from "../db/enums";
import { demoPairs } from "../db/seed/demo";
import { ownPair, openLedger, token } from "./embeds-db";
import { flightText, inlineScripts, measurePage, SVG_MARKUP, watchScripts } from "./page-weight";

/*
 * The pair page's load budgets (sizes, which are deterministic; its timings
 * are measured by hand and reported in the README): what a reader's browser
 * pays before touching anything, and the recharts layer arriving only when a
 * reader reaches or touches a chart (ADR 17).
 */

const PAIR = "/pairs/ana-de-armas--tom-cruise";
const KB = 1024;
const BUDGET = { jsGzip: 150 * KB, domElements: 900, largePairHtmlGzip: 150 * KB };
// Keys only the chart data objects carry (charts.json): none may ride along in the page's inline flight data.
const CHART_DATA_KEYS = ["startDay", "endDay", "binning", "midpoint", "rl-table"];

/**
 * A pair of this test's own holding a copy of the demo pair as seeded (its
 * first claims, with their citations and mentions): other specs add claims to
 * the demo pair, and the budgets are about the demo data.
 */
function copyOfDemoPair(db: Database.Database): string {
  const seeded = demoPairs.find((p) => p.people.includes("ana-de-armas") && p.people.includes("tom-cruise"))!;
  const source = db.prepare("SELECT id, status FROM pairs WHERE slug = ?").get(PAIR.split("/").pop()) as { id: number; status: string };
  const pair = ownPair(db, token());
  const columns = (table: string, except: string[]) =>
    (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[])
      .map((c) => c.name)
      .filter((c) => !except.includes(c));
  const claimCols = columns("claims", ["id", "pair_id"]).join(", ");
  const citationCols = columns("citations", ["id", "claim_id"]).join(", ");
  db.transaction(() => {
    db.prepare("UPDATE pairs SET status = ? WHERE id = ?").run(source.status, pair.id);
    const ids = db.prepare("SELECT id FROM claims WHERE pair_id = ? ORDER BY id LIMIT ?").all(source.id, seeded.claims.length) as {
      id: number;
    }[];
    for (const { id } of ids) {
      const copy = Number(
        db.prepare(`INSERT INTO claims (pair_id, ${claimCols}) SELECT ?, ${claimCols} FROM claims WHERE id = ?`).run(pair.id, id)
          .lastInsertRowid,
      );
      db.prepare(`INSERT INTO citations (claim_id, ${citationCols}) SELECT ?, ${citationCols} FROM citations WHERE claim_id = ?`).run(
        copy,
        id,
      );
      db.prepare("INSERT INTO claim_mentions (claim_id, person_id) SELECT ?, person_id FROM claim_mentions WHERE claim_id = ?").run(
        copy,
        id,
      );
    }
  })();
  return `/pairs/${pair.slug}`;
}

async function idle(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1500);
}

test("the demo pair page loads within its budgets: JavaScript, DOM, and no chart data inline", async ({ page }) => {
  const db = openLedger();
  let path: string;
  try {
    path = copyOfDemoPair(db);
  } finally {
    db.close();
  }
  const w = await measurePage(page, path);
  expect(w.scripts.filter((s) => s.recharts)).toEqual([]);
  expect(w.jsGzip, `JavaScript on load (gzip): ${w.scripts.map((s) => `${s.url} ${s.gzip}`).join(", ")}`).toBeLessThanOrEqual(
    BUDGET.jsGzip,
  );
  expect(w.domElements).toBeLessThanOrEqual(BUDGET.domElements);
  const html = await (await page.request.get(path)).text();
  const inline = inlineScripts(html).join("\n");
  for (const key of CHART_DATA_KEYS) expect(inline, `inline scripts carry "${key}"`).not.toContain(key);
  // Nor the charts' drawings: their SVG is an image of its own, not markup that hydration data repeats.
  const flight = flightText(html);
  expect(flight.length).toBeGreaterThan(1000);
  for (const markup of SVG_MARKUP) expect(flight, `flight data carries "${markup}"`).not.toContain(markup);
  // The server charts are all there, before any JavaScript of ours, each named and drawn.
  const pictures = page.locator(".chart-static img.chart-img");
  await expect(pictures).toHaveCount(4);
  for (const img of await pictures.all()) {
    await expect(img).toHaveAttribute("alt", /: .+ & .+\. /);
    // Full width at the chart's own height, as the inline SVG was.
    const size = await img.evaluate((el: HTMLImageElement) => ({
      h: el.getBoundingClientRect().height,
      w: el.getBoundingClientRect().width,
      attr: el.height,
    }));
    expect(size.h).toBeCloseTo(size.attr, 0);
    expect(size.w).toBeGreaterThan(300);
  }
  await expect(page.locator(".chart-interactive")).toHaveCount(0);
});

test("the chart pictures follow the reader's colour scheme, one fetched per chart", async ({ browser }) => {
  for (const colorScheme of ["light", "dark"] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on("response", (r) => {
      if (!/\/charts\/[a-z]+\.svg/.test(r.url())) return;
      expect(r.status()).toBe(200);
      expect(r.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
      fetched.push(r.url());
    });
    await page.goto(PAIR);
    await idle(page);
    // Distinct images: Chromium sometimes asks for the same picture again a few hundred ms later
    // (a revalidation answered with headers only, seen in full suite runs); what matters is that only
    // the reader's theme is ever asked for, one image per chart.
    const distinct = [...new Set(fetched)];
    expect(distinct).toHaveLength(4);
    expect(distinct.map((url) => new URL(url).searchParams.get("theme"))).toEqual([colorScheme, colorScheme, colorScheme, colorScheme]);
    const shown = await page.locator("article.chart-heat img.chart-img").evaluate((el: HTMLImageElement) => el.currentSrc);
    expect(new URL(shown).searchParams.get("theme")).toBe(colorScheme);
    await context.close();
  }
});

for (const path of ["/", "/how-we-grade"]) {
  test(`${path} loads no JavaScript of the app's own: server components only`, async ({ page }) => {
    const w = await measurePage(page, path);
    // Next's own floor is ~135 KB gzip (React DOM, the router); a client component of ours would add to it.
    expect(w.jsGzip, w.scripts.map((s) => `${s.url} ${s.gzip}`).join(", ")).toBeLessThanOrEqual(140 * KB);
    expect(w.scripts.some((s) => s.recharts)).toBe(false);
    // Any chart on it (the calibration diagram) is an image: no SVG markup in the hydration data.
    const flight = flightText(await (await page.request.get(path)).text());
    for (const markup of SVG_MARKUP) expect(flight, `flight data carries "${markup}"`).not.toContain(markup);
  });
}

test("recharts is not fetched before a reader reaches a chart, and is once they scroll to one", async ({ page }) => {
  const watch = watchScripts(page);
  await page.goto(PAIR);
  await idle(page);
  await watch.settled();
  expect(watch.scripts.some((s) => s.recharts)).toBe(false);
  const confidence = page.locator("article.chart-confidence");
  await confidence.scrollIntoViewIfNeeded();
  await expect(confidence.locator(".chart-interactive svg.recharts-surface")).toBeVisible();
  await expect(confidence.locator(".chart-static")).toHaveCount(0);
  await watch.settled();
  expect(watch.scripts.some((s) => s.recharts)).toBe(true);
});

test("focusing a chart's controls brings its interactive version, and only its own", async ({ page }) => {
  const watch = watchScripts(page);
  await page.goto(PAIR);
  await idle(page);
  // A keyboard reader reaching the heat chart's "Data table" (focus without scrolling, as Tab would on screen).
  await page
    .locator("article.chart-heat summary", { hasText: "Data table" })
    .evaluate((el: HTMLElement) => el.focus({ preventScroll: true }));
  const heat = page.locator("article.chart-heat");
  await expect(heat.locator(".chart-interactive svg.recharts-surface")).toBeVisible();
  await watch.settled();
  expect(watch.scripts.some((s) => s.recharts)).toBe(true);
  await expect(page.locator("article.chart-confidence .chart-static")).toHaveCount(1);
});

test("pointing at a chart brings its interactive version", async ({ page }) => {
  await page.goto(PAIR);
  await idle(page);
  const first = page.locator("article.chart-card").first();
  const box = (await first.boundingBox())!;
  expect(box.y + box.height / 2).toBeLessThan(page.viewportSize()!.height);
  await expect(first.locator(".chart-static")).toHaveCount(1);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(first.locator(".chart-interactive svg.recharts-surface")).toBeVisible();
});

test("a data table loads when opened, with the same rows as the chart's data", async ({ page }) => {
  await page.goto(PAIR);
  const heat = page.locator("article.chart-heat");
  await expect(heat.getByRole("table")).toHaveCount(0);
  await heat.locator("summary", { hasText: "Data table" }).click();
  const table = heat.getByRole("region", { name: "Data: Heat over time" }).getByRole("table");
  await expect(table).toBeVisible();
  expect(await table.locator("tbody tr").count()).toBeGreaterThan(6);
  await expect(table.locator("caption")).toContainText("Heat by month");
});

test("charts.json answers the pair's chart data, and the JSON error shape for a pair that does not exist", async ({ request }) => {
  const res = await request.get(`${PAIR}/charts.json`);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/json");
  const body = (await res.json()) as { charts: { view: string; tableHtml: string }[] };
  expect(body.charts.map((c) => c.view).sort()).toEqual(["activity", "confidence", "heat", "timeline"]);
  expect(body.charts.every((c) => c.tableHtml.startsWith('<table class="rl-table">'))).toBe(true);
  const missing = await request.get("/pairs/nobody--no-one/charts.json");
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.code).toBe("not_found");
  const reversed = await request.get("/pairs/tom-cruise--ana-de-armas/charts.json", { maxRedirects: 0 });
  expect(reversed.status()).toBe(308);
  expect(reversed.headers().location).toBe(`${PAIR}/charts.json`);
});

test("a pair with 50,000 published claims keeps its page HTML within 150 KB gzip", async ({ page }) => {
  test.setTimeout(120_000);
  const db = openLedger();
  const t = token();
  const pair = ownPair(db, t);
  const n = 50_000;
  try {
    // One statement: dates spread over ten years, every kind, stance and confidence level.
    db.prepare(
      `WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i < @last)
       INSERT INTO claims (pair_id, kind, headline, occurred_on, precision, occurred_start, occurred_end, reported_on, place,
         stance, confidence, status, published_at, created_at, updated_at)
       SELECT @pairId, json_extract(@kinds, '$[' || (i % ${CLAIM_KINDS.length}) || ']'), 'Synthetic claim ' || i || ' ${t}',
         date('2015-01-01', '+' || (i % 3650) || ' days'), 'day',
         date('2015-01-01', '+' || (i % 3650) || ' days'), date('2015-01-01', '+' || (i % 3650) || ' days'), NULL, NULL,
         json_extract(@stances, '$[' || (i % 3) || ']'), json_extract(@levels, '$[' || (i % ${CONFIDENCE_LEVELS.length}) || ']'),
         'published', @now, @now, @now
       FROM seq`,
    ).run({
      last: n - 1,
      pairId: pair.id,
      kinds: JSON.stringify(CLAIM_KINDS),
      stances: JSON.stringify(STANCES),
      levels: JSON.stringify(CONFIDENCE_LEVELS),
      now: new Date().toISOString(),
    });
    const w = await measurePage(page, `/pairs/${pair.slug}`);
    await expect(page.locator(".pair-facts")).toContainText(`${n.toLocaleString("en-GB")} published claims`);
    test.info().annotations.push({ type: "html", description: `${w.htmlGzip} bytes gzip, ${w.domElements} elements` });
    expect(w.htmlGzip).toBeLessThanOrEqual(BUDGET.largePairHtmlGzip);
    expect(w.scripts.some((s) => s.recharts)).toBe(false);
    // The heat series alone is a point a day for ten years: none of it may ride in the page.
    const inline = inlineScripts(await (await page.request.get(`/pairs/${pair.slug}`)).text()).join("\n");
    for (const key of CHART_DATA_KEYS) expect(inline, `inline scripts carry "${key}"`).not.toContain(key);
  } finally {
    db.prepare("DELETE FROM claims WHERE pair_id = ?").run(pair.id);
    db.close();
  }
});
