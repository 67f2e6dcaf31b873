import { expect, test } from "@playwright/test";

/**
 * In the browser, what an accessibility audit and a no-JavaScript reader would
 * check (issue 9, item 18): the embed's footer links are targets of at least
 * 24×24 CSS pixels, and the sign-in form — now with a real action — still
 * signs an editor in with JavaScript off.
 */

const SLUG = "ana-de-armas--tom-cruise";

for (const width of [320, 640]) {
  test(`every link in an embed's footer is at least 24×24 px at ${width} px wide`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/embed/pairs/${SLUG}/timeline`);
    const links = page.locator("footer a");
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    for (const link of await links.all()) {
      const box = await link.boundingBox();
      const name = await link.textContent();
      expect(box, name ?? "").not.toBeNull();
      expect(box!.width, `${name} width`).toBeGreaterThanOrEqual(24);
      expect(box!.height, `${name} height`).toBeGreaterThanOrEqual(24);
    }
  });
}

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the sign-in form posts to /login and signs the editor in", async ({ page }) => {
    await page.goto("/login?next=/editor");
    await expect(page.locator("form.login-form")).toHaveAttribute("action", "/login");
    await page.getByLabel("Email").fill("editor@demo.test");
    await page.getByLabel("Password").fill("demo-editor-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/editor$/);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  });
});
