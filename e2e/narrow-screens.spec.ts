import { expect, test } from "@playwright/test";
import { insertClaim, openLedger, ownPair, token } from "./embeds-db";

/* Reader pages on a 375 px phone: nothing wider than the screen. */

test.use({ viewport: { width: 375, height: 812 } });

test("/how-we-grade fits a phone: the confidence scale stacks, each value named by its column, no sideways scroll", async ({ page }) => {
  await page.goto("/how-we-grade");
  const table = page.getByRole("table", { name: "The confidence scale" });
  await expect(table).toBeVisible();
  const overflow = await table.evaluate((el) => {
    const wrap = el.closest(".table-wrap")!;
    return {
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      table: wrap.scrollWidth - wrap.clientWidth,
    };
  });
  expect(overflow.page).toBeLessThanOrEqual(0);
  expect(overflow.table).toBeLessThanOrEqual(0);
  // Stacked: a row's cells sit one under another, each labelled with its column's name.
  const row = table.locator("tbody tr").first();
  const [range, evidence] = await Promise.all([row.locator("td").nth(0).boundingBox(), row.locator("td").nth(2).boundingBox()]);
  expect(evidence!.y).toBeGreaterThan(range!.y + range!.height - 1);
  expect(
    await row
      .locator("td")
      .nth(0)
      .evaluate((td) => getComputedStyle(td, "::before").content),
  ).toBe('"Range: "');
});

test("/how-we-grade keeps its confidence table as a table on a wide screen", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/how-we-grade");
  const row = page.getByRole("table", { name: "The confidence scale" }).locator("tbody tr").first();
  const [range, evidence] = await Promise.all([row.locator("td").nth(0).boundingBox(), row.locator("td").nth(2).boundingBox()]);
  expect(Math.abs(evidence!.y - range!.y)).toBeLessThan(2);
  expect(
    await row
      .locator("td")
      .nth(0)
      .evaluate((td) => getComputedStyle(td, "::before").content),
  ).toBe("none");
});

for (const path of [
  "/",
  "/pairs/ana-de-armas--tom-cruise",
  "/claims/1",
  "/how-we-grade",
  "/outlets/daily-glimmer",
  "/people/ana-de-armas",
]) {
  test(`${path} is no wider than a 375 px phone`, async ({ page }) => {
    await page.goto(path);
    const wider = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      // Tables in their own scrolling box may be wider; the page itself may not.
      return {
        page: document.documentElement.scrollWidth - width,
        culprits: [...document.querySelectorAll("body *")]
          .filter((el) => el.getBoundingClientRect().right > width + 1 && !el.closest(".table-wrap, .data-table, details:not([open])"))
          .slice(0, 3)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
      };
    });
    expect(wider.page, wider.culprits.join(", ")).toBeLessThanOrEqual(0);
  });
}

test("a claim whose headline is one very long word still fits a phone", async ({ page }) => {
  const db = openLedger();
  const pair = ownPair(db, token());
  try {
    insertClaim(db, pair.id, `Seen-at-${"x".repeat(120)}`, new Date().toISOString().slice(0, 10));
    await page.goto(`/pairs/${pair.slug}`);
    await expect(page.locator("article.claim").first()).toBeVisible();
    const wider = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const culprits = [...document.querySelectorAll("body *")].filter((el) => el.getBoundingClientRect().right > width + 1);
      return {
        page: document.documentElement.scrollWidth - width,
        culprits: culprits.slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
      };
    });
    expect(wider.page, wider.culprits.join(", ")).toBeLessThanOrEqual(0);
  } finally {
    db.prepare("DELETE FROM citations WHERE claim_id IN (SELECT id FROM claims WHERE pair_id = ?)").run(pair.id);
    db.prepare("DELETE FROM revisions WHERE claim_id IN (SELECT id FROM claims WHERE pair_id = ?)").run(pair.id);
    db.prepare("DELETE FROM claims WHERE pair_id = ?").run(pair.id);
    db.prepare("DELETE FROM pairs WHERE id = ?").run(pair.id);
    db.close();
  }
});
