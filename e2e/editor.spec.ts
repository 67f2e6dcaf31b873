import { expect, test, type Browser, type Page } from "@playwright/test";

/**
 * The editors' side, used the way an editor would. Every test makes its own
 * claim (or account) under a unique name and never relies on another test's
 * leftovers; the demo data is only read.
 */

const PAIR = "ana-de-armas--tom-cruise";
const EDITOR = { email: "editor@demo.test", password: "demo-editor-password" };
const ADMIN = { email: "admin@demo.test", password: "demo-admin-password" };

/** A label no other test (or earlier run) uses. */
function unique(label: string): string {
  return `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

async function signIn(page: Page, account = EDITOR) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/editor$/);
}

/** Fills the new-claim form with a sighting of the demo pair and one Variety citation. */
async function fillSighting(page: Page, headline: string) {
  await page.goto("/editor/claims/new");
  await page.getByLabel("First person").fill("Ana de Armas");
  await page.getByLabel("Second person").fill("Tom Cruise");
  await expect(page.locator("#claim-people-1-status")).toContainText("Tom Cruise");
  await page.getByLabel("Kind of claim").selectOption("sighting");
  await page.getByLabel("Headline").fill(headline);
  await page.getByLabel("Date it happened").fill("2025-06");
  await expect(page.getByLabel("Precision")).toHaveValue("month");
  await page.getByLabel("Place").fill("London");
  await page.getByRole("radio", { name: /Supports the rumor/ }).check();
  await page.getByRole("radio", { name: /^Plausible/ }).check();
  const source = page.getByRole("group", { name: "Source 1" });
  await source.getByLabel("Outlet", { exact: true }).selectOption("variety");
  await source.getByLabel("Link").fill("https://example.com/e2e-sighting");
  await source.getByLabel("Title").fill("Spotted in London");
}

/** Logs and publishes a sighting; returns the claim's edit URL. */
async function publishSighting(page: Page, headline: string): Promise<string> {
  await fillSighting(page, headline);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page).toHaveURL(/\/editor\/claims\/\d+\?done=published$/);
  await expect(page.getByTestId("claim-status")).toHaveText("Published");
  return new URL(page.url()).pathname;
}

async function asReader<T>(browser: Browser, fn: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

test("an editor logs a sighting with a citation, publishes it, and readers see it on the pair page", async ({ page, browser }) => {
  const headline = unique("E2E sighting: seen at a London bookshop");
  await signIn(page);
  await publishSighting(page, headline);
  await expect(page.getByRole("status")).toContainText("Published");

  await page.goto(`/pairs/${PAIR}`);
  await expect(page.getByRole("heading", { name: headline })).toBeVisible();

  await asReader(browser, async (reader) => {
    await reader.goto(`/pairs/${PAIR}`);
    const card = reader.getByTestId("claim").filter({ hasText: headline });
    await expect(card).toBeVisible();
    await expect(card).toContainText("Spotted in London");
    await expect(card).toContainText("June 2025");
    // Readers get the plain header: no way into the editors' side.
    await expect(reader.getByRole("button", { name: "Sign out" })).toHaveCount(0);
  });
});

test("two editors save the same claim: the second sees the conflict and keeps both texts", async ({ page, context }) => {
  const headline = unique("E2E conflict: dinner in Soho");
  await signIn(page);
  const editUrl = await publishSighting(page, headline);

  const first = page;
  const second = await context.newPage();
  await first.goto(editUrl);
  await second.goto(editUrl);

  const firstText = "Editor one: the restaurant confirmed the booking.";
  const secondText = "Editor two: a diner posted a photo at 9pm.";
  await first.getByLabel(/^Details/).fill(firstText);
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first.getByRole("status")).toContainText("Saved");

  await second.getByLabel(/^Details/).fill(secondText);
  await second.getByLabel("Place").fill("Soho, London");
  await second.getByRole("button", { name: "Save changes" }).click();

  const conflict = second.getByTestId("conflict");
  await expect(conflict.getByRole("heading", { name: /Someone else saved this claim/ })).toBeVisible();
  await expect(conflict.getByTestId("theirs-details")).toHaveText(firstText);
  await expect(conflict.getByTestId("mine-details")).toHaveText(secondText);
  // Nothing typed is lost while deciding: the form below still holds the second editor's text.
  await expect(second.getByLabel(/^Details/)).toHaveValue(secondText);
  // Both changed the details, so the merge box starts with both texts; the place only this editor changed.
  const merged = conflict.getByLabel("Merged details");
  await expect(merged).toHaveValue(`${firstText}\n\n${secondText}`);
  await expect(conflict.getByTestId("mine-place")).toHaveText("Soho, London");
  await conflict.getByRole("button", { name: "Save with these choices" }).click();

  await expect(second).toHaveURL(/done=saved/);
  await expect(second.getByRole("status")).toContainText("Saved");
  await expect(second.getByLabel(/^Details/)).toHaveValue(`${firstText}\n\n${secondText}`);
  await expect(second.getByLabel("Place")).toHaveValue("Soho, London");

  await second.goto(`${editUrl}/history`);
  const revisions = second.getByTestId("revision");
  await expect(revisions).toHaveCount(3);
  await expect(revisions.first()).toContainText("Edited");
  await expect(revisions.first().locator("ins").first()).toContainText("Editor two");
});

test("a retracted claim is struck through with its correction for readers", async ({ page, browser }) => {
  const headline = unique("E2E retraction: seen boarding a yacht");
  const correction = unique("The photographed couple were lookalikes; the agency withdrew the pictures.");
  await signIn(page);
  const editUrl = await publishSighting(page, headline);

  await page.getByRole("button", { name: "Retract claim" }).click();
  await expect(page.getByLabel("Correction note")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#retract-correction-error")).toContainText("Correction note is required");
  await page.getByLabel("Correction note").fill(correction);
  await page.getByRole("button", { name: "Retract claim" }).click();
  await expect(page).toHaveURL(/done=retracted/);
  await expect(page.getByTestId("claim-status")).toHaveText("Retracted");

  const claimId = editUrl.split("/").pop();
  await asReader(browser, async (reader) => {
    await reader.goto(`/pairs/${PAIR}`);
    const card = reader.getByTestId("claim").filter({ hasText: headline });
    await expect(card.locator("s")).toHaveText(headline);
    await expect(card.getByRole("note")).toContainText(correction);
    await reader.goto(`/claims/${claimId}`);
    await expect(reader.getByRole("note")).toContainText(correction);
  });
});

test("publishing with missing fields shows inline errors and keeps what was typed", async ({ page }) => {
  const headline = unique("E2E validation");
  await signIn(page);
  await fillSighting(page, headline);
  await page.getByLabel("Headline").fill("");
  await page.getByRole("button", { name: "Remove source 1" }).click();
  await page.getByRole("button", { name: "Publish", exact: true }).click();

  const summary = page.getByRole("alert").filter({ hasText: "need fixing" });
  await expect(summary).toBeVisible();
  const headlineInput = page.getByLabel("Headline");
  await expect(headlineInput).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(`#${await headlineInput.getAttribute("aria-describedby").then((ids) => ids!.split(" ").pop())}`)).toContainText(
    "Headline is required",
  );
  await expect(page.locator("#claim-citations-error")).toContainText("at least one citation");
  // Everything else is as typed.
  await expect(page.getByLabel("Place")).toHaveValue("London");
  await expect(page.getByLabel("Date it happened")).toHaveValue("2025-06");
  await expect(page).toHaveURL(/\/editor\/claims\/new$/);
});

test("a draft for a new pair, with a person and an outlet created inline, is published later and its history kept", async ({
  page,
  browser,
}) => {
  const person = unique("E2E Person");
  const outlet = unique("E2E Gazette");
  const headline = unique("E2E draft: spotted at a gallery opening");
  await signIn(page);
  await page.goto("/editor/claims/new");
  await page.getByLabel("First person").fill("Ana de Armas");
  await page.getByLabel("Second person").fill(person);
  await page.getByRole("button", { name: `+ Create “${person}” as a new person` }).click();
  const newPerson = page.getByRole("group", { name: "New person" });
  await expect(newPerson.getByLabel("Name")).toHaveValue(person);
  await newPerson.getByLabel("One-line description").fill("Made up by an end-to-end test.");
  await newPerson.getByRole("button", { name: "Create person" }).click();
  await expect(page.locator("#claim-people-1-status")).toContainText(person);

  await page.getByLabel("Kind of claim").selectOption("appearance");
  await page.getByLabel("Headline").fill(headline);
  await page.getByLabel("Date it happened").fill("2024");
  await page.getByLabel("Precision").selectOption("circa");
  await page.getByRole("radio", { name: /^Speculative/ }).check();
  const source = page.getByRole("group", { name: "Source 1" });
  await source.getByRole("button", { name: "+ New outlet" }).click();
  const newOutlet = source.getByRole("group", { name: "New outlet" });
  await newOutlet.getByLabel("Outlet name").fill(outlet);
  // Editors add outlets but never grade them: an admin does, later.
  await expect(newOutlet.getByLabel("Reliability grade")).toHaveCount(0);
  await newOutlet.getByRole("button", { name: "Create outlet" }).click();
  await expect(source.getByLabel("Outlet", { exact: true })).toHaveValue(/^e2e-gazette-/);
  await page.getByRole("button", { name: "Save draft" }).click();

  await expect(page).toHaveURL(/done=created/);
  await expect(page.getByTestId("claim-status")).toHaveText("Draft");
  const editUrl = new URL(page.url()).pathname;
  await asReader(browser, async (reader) => {
    // A draft never reaches readers.
    const response = await reader.goto(`/claims/${editUrl.split("/").pop()}`);
    expect(response?.status()).toBe(404);
  });

  await page.getByRole("button", { name: "Save and publish" }).click();
  await expect(page).toHaveURL(/done=published/);
  await expect(page.getByTestId("claim-status")).toHaveText("Published");
  await expect(page.locator("#claim-occurredOn-hint")).toContainText("Readers will see: c. 2024");

  await page.goto(`${editUrl}/history`);
  await expect(page.getByTestId("revision")).toHaveCount(2);
  await expect(page.getByTestId("revision").first()).toContainText("Published");
  await expect(page.getByTestId("revision").last()).toContainText("Created");
});

test("an admin creates an account; a wrong password for it shows an inline error", async ({ page }) => {
  const email = `${unique("e2e").replace(/\W+/g, "-")}@demo.test`;
  const password = "correct horse battery staple";
  await signIn(page, ADMIN);
  await page.goto("/editor/admin/users");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Name").fill("E2E Editor");
  await page.getByLabel("Initial password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status")).toContainText(`Account created for ${email}`);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);

  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  const passwordInput = page.getByLabel("Password");
  await expect(passwordInput).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#login-password-error")).toHaveText(/Email or password is incorrect/);
  await expect(passwordInput).toHaveAttribute("aria-describedby", "login-password-error");
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page).toHaveURL(/\/login/);

  await passwordInput.fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/editor$/);
  await expect(page.getByRole("heading", { name: "Hello, E2E Editor" })).toBeVisible();
});

test("editors get a clear 403 on admin pages and go back to where they were after signing in", async ({ page }) => {
  await page.goto("/editor/account");
  await expect(page).toHaveURL(/\/login\?next=%2Feditor%2Faccount$/);
  await page.getByLabel("Email").fill(EDITOR.email);
  await page.getByLabel("Password").fill(EDITOR.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/editor\/account$/);

  const response = await page.goto("/editor/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "This page is for admins" })).toBeVisible();

  // A ?next= that leaves the site is ignored.
  await page.goto("/login?next=https://evil.example/");
  await expect(page).toHaveURL(/\/editor$/);
});
