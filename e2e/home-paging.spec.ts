import { expect, test } from "@playwright/test";
import { insertClaim, openLedger, ownPair, token } from "./embeds-db";

/*
 * The home page lists trending pairs 50 to a page (`/?page=N`), so its HTML
 * stays bounded on a ledger of thousands of pairs; each page is its own
 * cacheable URL.
 */

const EXTRA = 60;

test("the home page lists 50 pairs a page, with links through every page, each cacheable", async ({ page }) => {
  const db = openLedger();
  const t = token();
  const mine: { id: number; slug: string }[] = [];
  try {
    db.transaction(() => {
      for (let i = 0; i < EXTRA; i++) {
        const pair = ownPair(db, `${t}${String(i).padStart(2, "0")}`);
        insertClaim(db, pair.id, `Home paging test claim ${t} ${i}`, new Date().toISOString().slice(0, 10));
        mine.push(pair);
      }
    })();

    const seen: string[] = [];
    const first = await page.goto("/");
    expect(first!.headers()["cache-control"]).toMatch(/^public/);
    const cards = page.locator("ol.pair-list > li");
    await expect(cards).toHaveCount(50);
    const pager = page.getByRole("navigation", { name: "Trending pairs pages" });
    await expect(pager.getByText(/^Page 1 of \d+$/)).toBeVisible();
    await expect(pager.getByRole("link", { name: "‹ Previous" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Latest claims" })).toBeVisible();
    const pageCount = Number((await pager.locator("[aria-current=page]").textContent())!.match(/of (\d+)/)![1]);
    expect(pageCount).toBeGreaterThanOrEqual(2);

    for (let n = 1; n <= pageCount; n++) {
      if (n > 1) {
        await pager.getByRole("link", { name: "Next ›" }).click();
        await expect(page).toHaveURL(new RegExp(`/\\?page=${n}$`));
        await expect(pager.locator("[aria-current=page]")).toHaveText(`Page ${n} of ${pageCount}`);
        await expect(pager.getByRole("link", { name: "‹ Previous" })).toHaveAttribute("href", n === 2 ? "/" : `/?page=${n - 1}`);
        await expect(page.locator("ol.pair-list")).toHaveAttribute("start", String((n - 1) * 50 + 1));
      }
      const count = await cards.count();
      expect(count).toBeLessThanOrEqual(50);
      if (n < pageCount) expect(count).toBe(50);
      for (const href of await cards.locator("h3 a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!))) seen.push(href);
    }
    await expect(pager.getByRole("link", { name: "Next ›" })).toHaveCount(0);
    // Every pair once, across the pages: none skipped, none repeated.
    expect(new Set(seen).size).toBe(seen.length);
    for (const p of mine) expect(seen).toContain(`/pairs/${p.slug}`);

    const later = await page.request.get("/?page=2");
    expect(later.headers()["cache-control"]).toMatch(/^public/);
    expect(later.headers()["etag"]).toBeTruthy();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/\\?page=${pageCount}$`));
    // One URL per page: other spellings of a page, and pages past the end, redirect to it.
    for (const [asked, canonical] of [
      ["/?page=1", "/"],
      ["/?page=0", "/"],
      ["/?page=abc", "/"],
      ["/?page=02", "/?page=2"],
      [`/?page=${pageCount + 5}`, `/?page=${pageCount}`],
    ]) {
      const answer = await page.request.get(asked, { maxRedirects: 0 });
      expect(answer.status(), asked).toBe(308);
      expect(new URL(answer.headers()["location"], "http://x").pathname + new URL(answer.headers()["location"], "http://x").search).toBe(
        canonical,
      );
    }
  } finally {
    const ids = mine.map((p) => p.id).join(",") || "0";
    db.exec(`DELETE FROM citations WHERE claim_id IN (SELECT id FROM claims WHERE pair_id IN (${ids}));
      DELETE FROM claim_mentions WHERE claim_id IN (SELECT id FROM claims WHERE pair_id IN (${ids}));
      DELETE FROM claims WHERE pair_id IN (${ids});
      DELETE FROM pairs WHERE id IN (${ids});
      DELETE FROM people WHERE slug LIKE 'e2e-${t}%';`);
    db.close();
  }
});
