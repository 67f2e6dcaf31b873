import { expect, test, type Page } from "@playwright/test";
import { openLedger } from "./ledger-db";

/**
 * Bulk import as an editor uses it: a dry run names the bad row and writes
 * nothing; a clean file imports all-or-nothing with a progress bar, and its
 * claims reach readers. Each test makes its own file with unique headlines.
 */

const EDITOR = { email: "editor@demo.test", password: "demo-editor-password" };
const HEADER = "pair,kind,headline,occurredOn,precision,place,stance,confidence,status,citation_outlet,citation_url,citation_title";

function unique(label: string): string {
  return `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

async function signIn(page: Page) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(EDITOR.email);
  await page.getByLabel("Password").fill(EDITOR.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/editor$/);
}

function countClaimsWithHeadlinePrefix(prefix: string): number {
  const db = openLedger();
  try {
    return (db.prepare("SELECT count(*) AS n FROM claims WHERE headline LIKE ? || '%'").get(prefix) as { n: number }).n;
  } finally {
    db.close();
  }
}

async function chooseFile(page: Page, name: string, text: string) {
  await page.getByLabel("File (CSV or JSON)").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });
}

test("a dry run reports the bad row with its line and reason and imports nothing", async ({ page }) => {
  const batch = unique("Import dry run");
  const csv = [
    HEADER,
    `ana-de-armas--tom-cruise,sighting,${batch} good,2025-03,month,London,supports,likely,published,variety,https://example.com/a,Good row`,
    `ana-de-armas--tom-cruise,gossip,${batch} bad,2025-02-30,day,London,supports,likely,published,variety,,Bad row`,
  ].join("\n");
  await signIn(page);
  await page.goto("/editor/import");
  await chooseFile(page, "batch.csv", csv);
  await page.getByRole("button", { name: "Check (dry run)" }).click();

  const problems = page.getByTestId("import-problem");
  await expect(page.getByText("1 of 2 rows have problems. Dry run: nothing was written.")).toBeVisible();
  await expect(problems.first()).toContainText("3");
  await expect(problems.filter({ hasText: "kind" })).toContainText("Kind must be one of");
  await expect(problems.filter({ hasText: "occurredOn" })).toContainText("not a real date");
  expect(await problems.allTextContents()).not.toContainEqual(expect.stringMatching(/^2/));
  expect(countClaimsWithHeadlinePrefix(batch)).toBe(0);

  // The real run refuses the whole file too: all or nothing.
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText("1 of 2 rows have problems. Nothing was imported.")).toBeVisible();
  expect(countClaimsWithHeadlinePrefix(batch)).toBe(0);
});

test("a clean file imports every row, a second import is refused as duplicates, and the claims reach readers", async ({
  page,
  browser,
}) => {
  const batch = unique("Import run");
  const rows = Array.from(
    { length: 3 },
    (_, i) =>
      `ana-de-armas--tom-cruise,report,${batch} row ${i + 1},2025-0${i + 1},month,,supports,plausible,published,deadline,https://example.com/${i},Report ${i + 1}`,
  );
  await signIn(page);
  await page.goto("/editor/import");
  await chooseFile(page, "clean.csv", [HEADER, ...rows].join("\n"));
  await page.getByRole("button", { name: "Check (dry run)" }).click();
  await expect(page.getByText("All 3 rows are valid. Nothing was written")).toBeVisible();
  expect(countClaimsWithHeadlinePrefix(batch)).toBe(0);

  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText("Imported 3 claims.")).toBeVisible();
  expect(countClaimsWithHeadlinePrefix(batch)).toBe(3);

  // Importing the same file again is refused as duplicates.
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText("3 of 3 rows have problems. Nothing was imported.")).toBeVisible();
  await expect(page.getByTestId("import-problem").first()).toContainText("Duplicate of a claim already in the ledger");
  expect(countClaimsWithHeadlinePrefix(batch)).toBe(3);

  const reader = await browser.newPage();
  await reader.goto("/pairs/ana-de-armas--tom-cruise?kind=report");
  await expect(reader.getByRole("heading", { name: `${batch} row 2` })).toBeVisible();
  await reader.close();
});

test("the import page is for editors only", async ({ page }) => {
  await page.goto("/editor/import");
  await expect(page).toHaveURL(/\/login\?next=%2Feditor%2Fimport/);
});
