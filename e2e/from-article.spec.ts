import { expect, test, type Page } from "@playwright/test";
import { openLedger, uniqueToken } from "./ledger-db";

/**
 * Claims from an article, as an editor uses it: paste, review the suggestions beside their
 * evidence, edit one, drop one, save the rest as drafts in one go, and find them with the
 * article cited. Nothing is written before the save.
 */

const EDITOR = { email: "editor@demo.test", password: "demo-editor-password" };

async function signIn(page: Page) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(EDITOR.email);
  await page.getByLabel("Password").fill(EDITOR.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/editor$/);
}

/** The opening the missed-claim tests paste: a heading, and the sighting the extractor suggests from it. */
const NOBU_OPENING = [
  "Mara Vance and Theo Lindqvist spotted at Nobu",
  "",
  "Mara Vance and Theo Lindqvist were spotted at Nobu in Malibu last Tuesday, holding hands over dinner.",
];

/** Signs in, pastes an article on the review page and asks for its suggestions; with a link, cites it as Variety's. */
async function suggestFrom(page: Page, article: string, published: string, url?: string) {
  await signIn(page);
  await page.goto("/editor/claims/from-article");
  await page.getByLabel("Article text (headline and body)").fill(article);
  await page.getByLabel("Publication date").fill(published);
  if (url) {
    await page.getByLabel("Article link (optional)").fill(url);
    await page.getByLabel("Outlet that published it").selectOption({ label: "Variety" });
  }
  await page.getByRole("button", { name: "Suggest claims" }).click();
}

function claimCount(): number {
  const db = openLedger();
  try {
    return (db.prepare("SELECT count(*) AS n FROM claims").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

test("paste an article, edit one suggestion, drop one, save the rest as drafts citing the article", async ({ page }, testInfo) => {
  // Many steps on a shared, busy machine: more room than the default 30 s (a limit, not a timing assertion).
  test.setTimeout(120_000);
  const token = uniqueToken();
  const url = `https://variety.example/mara-theo-${token}`;
  const article = [
    "Mara Vance and Theo Lindqvist spotted at Nobu",
    "",
    "Mara Vance and Theo Lindqvist were spotted at Nobu in Malibu last Tuesday, holding hands over dinner.",
    '"They couldn\'t keep their eyes off each other," an onlooker told Variety.',
    '"They are good friends, nothing more," Vance\'s rep said on Wednesday.',
  ].join("\n");

  await signIn(page);
  await page.getByRole("link", { name: "Claims from an article" }).click();
  await expect(page).toHaveURL(/\/editor\/claims\/from-article$/);
  await page.getByLabel("Article text (headline and body)").fill(article);
  await page.getByLabel("Publication date").fill("2026-11-27");
  await page.getByLabel("Article link (optional)").fill(url);
  await page.getByLabel("Outlet that published it").selectOption({ label: "Variety" });
  const before = claimCount();
  await page.getByRole("button", { name: "Suggest claims" }).click();

  const cards = page.getByTestId("suggestion");
  await expect(cards).toHaveCount(3);
  await expect(cards.nth(0)).toContainText("Mara Vance and Theo Lindqvist were spotted at Nobu in Malibu last Tuesday");
  await expect(cards.nth(0).getByLabel("Date")).toHaveValue("2026-11-24");
  await expect(cards.nth(0).getByLabel("Place")).toHaveValue("Nobu, Malibu");
  await expect(cards.nth(2).getByLabel("Kind")).toHaveValue("denial");
  // The evidence is highlighted beside each card.
  await expect(cards.nth(2).locator("mark")).toHaveText("They are good friends, nothing more");
  // Kept with the run's output (test-results/) for a look at the page.
  await page.screenshot({ path: testInfo.outputPath("from-article.png"), fullPage: true });
  expect(claimCount()).toBe(before);

  // Edit the sighting's headline; drop the onlooker's speculation.
  const headline = `Mara and Theo hold hands at Nobu ${token}`;
  await cards.nth(0).getByLabel("Headline").fill(headline);
  await page.getByRole("button", { name: "Drop suggestion 2" }).click();
  await expect(cards).toHaveCount(2);
  await page.getByRole("button", { name: "Save selected as drafts (2)" }).click();

  const saved = page.getByTestId("saved");
  await expect(saved).toContainText("Saved 2 drafts");
  expect(claimCount()).toBe(before + 2);

  const db = openLedger();
  try {
    const rows = db
      .prepare(
        `SELECT c.headline, c.kind, c.status, c.occurred_on AS occurredOn, ci.url, ci.published_on AS publishedOn, o.slug AS outlet
         FROM claims c JOIN citations ci ON ci.claim_id = c.id JOIN outlets o ON o.id = ci.outlet_id
         WHERE ci.url = ? ORDER BY c.id`,
      )
      .all(url) as {
      headline: string;
      kind: string;
      status: string;
      occurredOn: string;
      url: string;
      publishedOn: string;
      outlet: string;
    }[];
    expect(rows.map((r) => r.kind)).toEqual(["sighting", "denial"]);
    expect(rows[0]).toMatchObject({ headline, status: "draft", occurredOn: "2026-11-24", publishedOn: "2026-11-27", outlet: "variety" });
    expect(rows[1]).toMatchObject({ status: "draft", publishedOn: "2026-11-27", outlet: "variety" });
  } finally {
    db.close();
  }

  // The draft opens in the editor with its citation.
  await saved.getByRole("link", { name: headline }).click();
  await expect(page.getByLabel("Headline")).toHaveValue(headline);
  await expect(page.getByLabel("Link")).toHaveValue(url);
});

test("a sentence that reads like a claim no suggestion covers is offered first, worth a second look", async ({ page }) => {
  test.setTimeout(120_000);
  const flagged = "Lindqvist was photographed leaving the family home with a suitcase on Friday.";
  await suggestFrom(page, [...NOBU_OPENING, "The pair share a love of vintage cars, friends say.", flagged].join("\n"), "2026-11-20");
  await expect(page.getByTestId("suggestion")).toHaveCount(1);

  // One person seen alone is no pair's claim, so nothing was suggested from it; the editor is pointed to it.
  const missedSection = page.getByRole("region", { name: "Add a claim it missed" });
  await expect(missedSection).toContainText("One sentence looks like it holds a claim no suggestion covers");
  await expect(missedSection.locator('optgroup[label="Worth a second look"] option')).toHaveText([flagged]);
  await expect(missedSection.locator('optgroup[label="Every other sentence"] option')).toHaveCount(2);
  // It is the one picked already: one click drafts a card from it.
  await missedSection.getByRole("button", { name: "Add a claim from this sentence" }).click();
  const added = page.getByTestId("suggestion").nth(1);
  await expect(added.getByLabel(/Evidence/)).toHaveText(flagged);
  await expect(added.getByLabel("Kind")).toHaveValue("sighting");
});

test("add a claim the extractor missed from its sentence, and save it with the suggestions", async ({ page }) => {
  test.setTimeout(120_000);
  const token = uniqueToken();
  const url = `https://variety.example/mara-theo-cars-${token}`;
  const missed = "The pair share a love of vintage cars, friends say.";
  await suggestFrom(page, [...NOBU_OPENING, missed].join("\n"), "2026-11-20", url);

  const cards = page.getByTestId("suggestion");
  await expect(cards).toHaveCount(1);
  const before = claimCount();

  // The sentence it drew nothing from becomes a card, its people taken from the sentence before ("the pair").
  const missedSection = page.getByRole("region", { name: "Add a claim it missed" });
  await missedSection.getByLabel("Sentence").selectOption({ label: missed });
  await missedSection.getByRole("button", { name: "Add a claim from this sentence" }).click();
  await expect(cards).toHaveCount(2);
  const added = cards.nth(1);
  await expect(added).toContainText("added by you");
  await expect(added.getByLabel(/Evidence/)).toHaveText(missed);
  await expect(added.getByLabel("First person")).toHaveValue("Mara Vance");
  await expect(added.getByLabel("Second person")).toHaveValue("Theo Lindqvist");
  await expect(added.getByLabel("Date")).toHaveValue("2026-11-20");
  expect(claimCount()).toBe(before);

  const headline = `Friends say Mara and Theo share a love of vintage cars ${token}`;
  await added.getByLabel("Kind").selectOption("speculation");
  await added.getByLabel("Headline").fill(headline);
  await page.getByRole("button", { name: "Save selected as drafts (2)" }).click();
  await expect(page.getByTestId("saved")).toContainText("Saved 2 drafts");
  expect(claimCount()).toBe(before + 2);

  const db = openLedger();
  try {
    const row = db
      .prepare(
        `SELECT c.kind, c.status, c.occurred_on AS occurredOn, p.slug AS pair, ci.url, o.slug AS outlet
         FROM claims c JOIN pairs p ON p.id = c.pair_id JOIN citations ci ON ci.claim_id = c.id JOIN outlets o ON o.id = ci.outlet_id
         WHERE c.headline = ?`,
      )
      .get(headline);
    expect(row).toEqual({
      kind: "speculation",
      status: "draft",
      occurredOn: "2026-11-20",
      pair: "mara-vance--theo-lindqvist",
      url,
      outlet: "variety",
    });
  } finally {
    db.close();
  }
});
