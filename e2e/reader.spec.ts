import { expect, test, type Locator, type Page } from "@playwright/test";
import { idBySlug, insertClaim, insertPair, insertPerson, openLedger, uniqueToken } from "./ledger-db";

const ANA_TOM = "/pairs/ana-de-armas--tom-cruise";
const LONDON_WALK = "Seen walking the streets of London together";
const LONDON_DINNER = "Dined out together in London";
const BECKHAM_PARTY = "Attended David Beckham's 50th birthday party together";
const NOT_FOUND_HEADING = "We have no receipts for that";

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** The claim cards of a pair's timeline, in page order. */
function timeline(page: Page): Locator {
  return page.getByRole("region", { name: "Timeline" }).getByTestId("claim");
}

function claimCard(page: Page, headline: string): Locator {
  return timeline(page).filter({ has: page.getByRole("heading", { name: headline, exact: true }) });
}

/** Creates two people and a pair of them that no other test knows about. */
function ownPair(token: string) {
  const db = openLedger();
  try {
    const a = { slug: `e2e-${token}-avery`, name: `Avery E2E ${token}` };
    const b = { slug: `e2e-${token}-blake`, name: `Blake E2E ${token}` };
    const aId = insertPerson(db, a.slug, a.name);
    const bId = insertPerson(db, b.slug, b.name);
    const pair = insertPair(db, { id: aId, slug: a.slug }, { id: bId, slug: b.slug });
    return { a, b, pair };
  } finally {
    db.close();
  }
}

test("a reader reaches Ana de Armas & Tom Cruise from the home page and reads the evidence in date order", async ({ page }) => {
  await page.goto("/");
  const trending = page.getByRole("region", { name: "Trending pairs" });
  await trending.getByRole("link", { name: "Ana de Armas & Tom Cruise", exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`${ANA_TOM}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ana de Armas & Tom Cruise");

  const cards = timeline(page);
  expect(await cards.count()).toBeGreaterThanOrEqual(8);

  // The whole timeline is in date order, oldest first. Machine dates keep their precision (2023, 2025-06,
  // 2025-06-05), never an invented day; as strings they sort like the days they start on.
  const starts = await cards.locator("time.claim-date").evaluateAll((els) => els.map((el) => el.getAttribute("datetime") ?? ""));
  expect(starts.every((d) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d))).toBe(true);
  expect(starts).toContain("2023");
  expect(starts).toEqual([...starts].sort());

  // The London sightings come before the Beckham party.
  const headlines = (await cards.locator(".claim-headline").allTextContents()).map((h) => h.trim());
  const walk = headlines.indexOf(LONDON_WALK);
  const dinner = headlines.indexOf(LONDON_DINNER);
  const party = headlines.indexOf(BECKHAM_PARTY);
  expect(walk).toBeGreaterThanOrEqual(0);
  expect(dinner).toBeGreaterThanOrEqual(0);
  expect(party).toBeGreaterThan(Math.max(walk, dinner));

  // Each with its date as precisely as known, place, outlet and confidence label.
  const london = claimCard(page, LONDON_WALK);
  await expect(london.locator("time.claim-date")).toHaveText("c. February 2025");
  await expect(london.locator(".claim-place")).toHaveText("London");
  await expect(london.locator(".outlet-name")).toHaveText(["Celebrity news report (5 June 2025)"]);
  await expect(london.locator(".badge.confidence")).toContainText("Likely");
  await expect(london.locator(".badge.confidence")).toContainText("70–95%");

  const beckham = claimCard(page, BECKHAM_PARTY);
  await expect(beckham.locator("time.claim-date")).toHaveText("May 2025");
  await expect(beckham.locator(".outlet-name")).toHaveText(["Celebrity news report (5 June 2025)"]);
  await expect(beckham.locator(".badge.confidence")).toContainText("Likely");
  await expect(beckham.locator(".claim-mentions")).toContainText("David Beckham");

  // The USA Today remark is known only to the year.
  const usaToday = timeline(page).filter({ has: page.locator(".outlet-name", { hasText: "USA Today" }) });
  await expect(usaToday.locator("time.claim-date")).toHaveText("2023");
  await expect(usaToday.locator(".badge.confidence")).toContainText("Confirmed");
});

/** Reader-visible claims of the Ana & Tom pair with one of these kinds, counted in the ledger the server uses. */
function visibleClaimsOfKinds(kinds: string[]): number {
  const db = openLedger();
  try {
    const row = db
      .prepare(
        `SELECT count(*) AS n FROM claims c JOIN pairs p ON p.id = c.pair_id
          WHERE p.slug = 'ana-de-armas--tom-cruise' AND c.status IN ('published', 'retracted') AND c.kind IN (${kinds.map(() => "?").join(",")})`,
      )
      .get(...kinds) as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}

test("filtering the timeline by kind puts the filter in the URL and shrinks the list", async ({ page }) => {
  await page.goto(ANA_TOM);
  const cards = timeline(page);
  const before = await cards.count();
  expect(before).toBeGreaterThanOrEqual(8);

  await page.getByRole("checkbox", { name: "Sighting", exact: true }).check();
  await page.getByRole("button", { name: "Apply filters" }).click();

  // A plain GET form: the filters are the URL (empty fields ride along, and mean "any").
  await expect(page).toHaveURL((url) => url.pathname === ANA_TOM && sameList(url.searchParams.getAll("kind"), ["sighting"]));
  // Other specs may add claims to this pair, so the expected count comes from the ledger itself.
  const sightings = visibleClaimsOfKinds(["sighting"]);
  expect(sightings).toBeGreaterThanOrEqual(2);
  await expect(page.getByText(new RegExp(`^${sightings} matching claims`))).toBeVisible();
  await expect(cards).toHaveCount(sightings);
  expect(new Set(await cards.evaluateAll((els) => els.map((el) => el.getAttribute("data-kind"))))).toEqual(new Set(["sighting"]));
  await expect(claimCard(page, LONDON_WALK)).toHaveCount(1);
  await expect(claimCard(page, BECKHAM_PARTY)).toHaveCount(0);
  // The form remembers the filter, so the reader can refine it.
  await expect(page.getByRole("checkbox", { name: "Sighting", exact: true })).toBeChecked();

  // A second kind widens it again, both kept in the URL.
  await page.getByRole("checkbox", { name: "Appearance together", exact: true }).check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL((url) => url.pathname === ANA_TOM && sameList(url.searchParams.getAll("kind"), ["sighting", "appearance"]));
  await expect(cards).toHaveCount(visibleClaimsOfKinds(["sighting", "appearance"]));
  expect(await cards.count()).toBeLessThan(before);
  await expect(claimCard(page, BECKHAM_PARTY)).toHaveCount(1);
});

test("a bad filter value in the URL is ignored and explained, never an error page", async ({ page }) => {
  const response = await page.goto(`${ANA_TOM}?kind=sighting&from=2025-02-30&to=2026`);
  expect(response?.status()).toBe(200);
  await expect(page.locator("ul.filter-problems[role=alert]")).toContainText("from:");
  await expect(page.locator("ul.filter-problems[role=alert]")).toContainText("(ignored)");
  // The valid filters still apply.
  await expect(timeline(page)).toHaveCount(visibleClaimsOfKinds(["sighting"]));
});

test("a reversed pair slug permanently redirects to the canonical one", async ({ page, request, baseURL }) => {
  const response = await request.get("/pairs/tom-cruise--ana-de-armas?kind=sighting", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(new URL(response.headers()["location"], baseURL).pathname + new URL(response.headers()["location"], baseURL).search).toBe(
    `${ANA_TOM}?kind=sighting`,
  );

  await page.goto("/pairs/tom-cruise--ana-de-armas");
  await expect(page).toHaveURL(`${baseURL}${ANA_TOM}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ana de Armas & Tom Cruise");
});

test("a draft claim never reaches a reader page, while a published one does", async ({ page, request }) => {
  const token = uniqueToken();
  const { a, b, pair } = ownPair(token);
  const draftText = `E2E draft ${token}`;
  const db = openLedger();
  let draftOnDemoPair: number, draftOnOwnPair: number, published: number;
  try {
    draftOnDemoPair = insertClaim(db, {
      pairId: idBySlug(db, "pairs", "ana-de-armas--tom-cruise"),
      headline: `${draftText}: secret weekend in Lisbon`,
      status: "draft",
      kind: "sighting",
      mentionPersonId: idBySlug(db, "people", "david-beckham"),
    });
    draftOnOwnPair = insertClaim(db, { pairId: pair.id, headline: `${draftText}: engagement rumor`, status: "draft", kind: "report" });
    // A published control on the same pair proves the pages read the fresh data.
    published = insertClaim(db, { pairId: pair.id, headline: `E2E published ${token}: seen at a gallery`, status: "published" });
  } finally {
    db.close();
  }

  const readerPages = [
    "/",
    ANA_TOM,
    `${ANA_TOM}?kind=sighting`,
    `/pairs/${pair.slug}`,
    "/people/ana-de-armas",
    "/people/tom-cruise",
    "/people/david-beckham",
    `/people/${a.slug}`,
    `/people/${b.slug}`,
    `/claims/${published}`,
  ];
  for (const path of readerPages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    // The whole document, including the serialized React payload, not just the visible text.
    expect((await page.content()).includes(draftText), `${path} must not contain the draft`).toBe(false);
  }

  // The published control is there: on the home page, its pair page and its own page.
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Latest claims" })).toContainText(`E2E published ${token}`);
  await page.goto(`/pairs/${pair.slug}`);
  await expect(timeline(page)).toHaveCount(1);
  await expect(page.getByText("1 published claim", { exact: true })).toBeVisible();

  for (const id of [draftOnDemoPair, draftOnOwnPair]) {
    const response = await page.goto(`/claims/${id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(NOT_FOUND_HEADING);
    expect((await page.content()).includes(draftText), `/claims/${id} must not contain the draft`).toBe(false);
    expect((await request.get(`/claims/${id}`)).status()).toBe(404);
  }
});

test("a retracted claim stays visible, struck through, with its correction", async ({ page }) => {
  // The demo data's retraction.
  await page.goto("/pairs/mara-vance--theo-lindqvist");
  const demo = claimCard(page, "Retracted: Tabloid claims the two are engaged");
  await expect(demo).toHaveCount(1);
  await expect(demo).toHaveClass(/claim-retracted/);
  const struck = demo.locator(".claim-headline s");
  await expect(struck).toHaveText("Tabloid claims the two are engaged");
  expect(await struck.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain("line-through");
  await expect(demo.locator(".correction")).toContainText("relied on a doctored photo");
  await expect(page.getByRole("region", { name: "Corrections" })).toContainText("relied on a doctored photo");

  // One the test retracts itself, on its own pair.
  const token = uniqueToken();
  const { pair } = ownPair(token);
  const headline = `E2E retracted ${token}: secret wedding`;
  const correction = `E2E correction ${token}: the photo showed a film set.`;
  const db = openLedger();
  let id: number;
  try {
    id = insertClaim(db, { pairId: pair.id, headline, status: "retracted", kind: "report", confidence: "debunked", correction });
  } finally {
    db.close();
  }

  await page.goto(`/pairs/${pair.slug}`);
  const own = claimCard(page, `Retracted: ${headline}`);
  await expect(own.locator(".claim-headline s")).toHaveText(headline);
  await expect(own.locator(".correction")).toContainText(correction);

  const response = await page.goto(`/claims/${id}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator("article.claim-retracted .claim-headline s")).toHaveText(headline);
  await expect(page.locator("article.claim-retracted .correction")).toContainText(correction);
  await expect(page.getByRole("row", { name: /Status/ })).toContainText("Retracted");

  // Retracted claims are not "latest claims" news on the home page.
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Latest claims" })).not.toContainText(headline);
});

test("unknown pairs, people and claims get the real 404 page", async ({ page }) => {
  for (const path of ["/pairs/nobody-here--no-one-else", "/pairs/not-a-pair", "/people/nobody-at-all", "/claims/99999999", "/claims/abc"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(NOT_FOUND_HEADING);
    await expect(page.getByRole("link", { name: "See the trending pairs" })).toHaveAttribute("href", "/");
  }
});
