import AxeBuilder from "@axe-core/playwright";
import type Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { idBySlug, insertClaim, insertPair, insertPerson, openLedger, uniqueToken } from "./ledger-db";
import { flightText, SVG_MARKUP } from "./page-weight";

/**
 * Keeping score, used as an editor and a reader would: a confirmation on the
 * record suggests settling an earlier claim; the editor settles it from the
 * dashboard; the outlet's track record and the desk's calibration change.
 * Every test makes its own pair, outlet and claims.
 */

const EDITOR = { email: "editor@demo.test", password: "demo-editor-password" };

async function signIn(page: Page) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(EDITOR.email);
  await page.getByLabel("Password").fill(EDITOR.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/editor$/);
}

/** The revision that records a claim's first publication, at the confidence it was published with (what scoring reads). */
function recordPublication(db: Database.Database, claimId: number) {
  const row = db.prepare("SELECT status, confidence, published_at FROM claims WHERE id = ?").get(claimId) as {
    status: string;
    confidence: string;
    published_at: string;
  };
  db.prepare("INSERT INTO revisions (claim_id, action, version, reason, after, created_at) VALUES (?, 'import', 1, 'e2e', ?, ?)").run(
    claimId,
    JSON.stringify({ id: claimId, status: row.status, confidence: row.confidence, version: 1 }),
    row.published_at,
  );
}

/** A fresh pair with its own outlet: a rumor and a doubt citing that outlet, then an on-record confirmation. */
function answeredPair() {
  const t = uniqueToken();
  const db = openLedger();
  try {
    const a = { slug: `score-a-${t}`, id: insertPerson(db, `score-a-${t}`, `Score Left ${t}`) };
    const b = { slug: `score-b-${t}`, id: insertPerson(db, `score-b-${t}`, `Score Right ${t}`) };
    const pair = insertPair(db, a, b);
    const outlet = `score-outlet-${t}`;
    db.prepare("INSERT INTO outlets (slug, name, grade) VALUES (?, ?, 'C')").run(outlet, `Score Outlet ${t}`);
    const rumor = insertClaim(db, {
      pairId: pair.id,
      headline: `Rumored romance ${t}`,
      status: "published",
      occurredOn: "2024-01-10",
      confidence: "likely",
      outletSlug: outlet,
    });
    const doubt = insertClaim(db, {
      pairId: pair.id,
      headline: `Friends only, says a source ${t}`,
      status: "published",
      occurredOn: "2024-01-20",
      stance: "contradicts",
      confidence: "speculative",
      outletSlug: outlet,
    });
    const answer = insertClaim(db, {
      pairId: pair.id,
      headline: `They confirm it ${t}`,
      kind: "confirmation",
      status: "published",
      occurredOn: "2024-03-01",
      confidence: "confirmed",
    });
    for (const id of [rumor, doubt, answer]) recordPublication(db, id);
    idBySlug(db, "outlets", outlet);
    return { t, outlet, rumor, doubt };
  } finally {
    db.close();
  }
}

/** The desk's settled count, from the sentence on /how-we-grade. */
async function deskSettled(page: Page): Promise<number> {
  await page.goto("/how-we-grade");
  const text = (await page.getByTestId("desk-calibration").textContent()) ?? "";
  return Number(/^(\d+) settled claims/.exec(text.trim())?.[1]);
}

test("an editor settles a claim from a dashboard suggestion; the outlet's record and the desk's calibration change", async ({
  page,
  browser,
}) => {
  const { t, outlet, rumor, doubt } = answeredPair();
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/outlets/${outlet}`);
  await expect(reader.getByText(/there is no record to score/)).toBeVisible();
  const before = await deskSettled(reader);

  await signIn(page);
  const suggestion = page.getByTestId(`suggestion-${rumor}`);
  await expect(suggestion).toContainText(`Rumored romance ${t}`);
  await expect(suggestion.getByLabel("Outcome")).toHaveValue("borne-out");
  await expect(suggestion.getByLabel("Settled on")).toHaveValue("2024-03-01");
  await expect(suggestion.getByLabel("Source outlet (slug)")).toHaveValue("variety");
  await suggestion.getByRole("button", { name: "Settle" }).click();
  await expect(page.getByTestId(`suggestion-${rumor}`)).toHaveCount(0);

  // The other suggestion is rejected, and stays gone.
  const other = page.getByTestId(`suggestion-${doubt}`);
  await expect(other.getByLabel("Outcome")).toHaveValue("shown-false");
  await other.getByRole("button", { name: "Reject" }).click();
  await expect(page.getByTestId(`suggestion-${doubt}`)).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId(`suggestion-${doubt}`)).toHaveCount(0);

  await reader.goto(`/outlets/${outlet}`);
  const record = reader.getByRole("region", { name: /Track record/ });
  await expect(record).toContainText("1 settled claim cites");
  await expect(record).toContainText("100% borne out");
  await expect(record.getByTestId("suggested-grade")).toContainText("too few settled claims");
  await expect(record.getByRole("img", { name: /^Reliability: claims citing / })).toBeVisible();
  // The diagram is an image of its own route: its SVG is not repeated in the page's flight data (ADR 21).
  const flight = flightText(await (await reader.request.get(`/outlets/${outlet}`)).text());
  for (const markup of SVG_MARKUP) expect(flight, `flight data carries "${markup}"`).not.toContain(markup);
  expect(await deskSettled(reader)).toBe(before + 1);

  await reader.goto(`/claims/${rumor}`);
  await expect(reader.getByTestId("settlement")).toContainText("Settled: borne out");
  const api = await (await reader.request.get(`/api/v1/claims/${rumor}`)).json();
  expect(api.settlement).toMatchObject({ outcome: "borne-out", settledOn: "2024-03-01", citations: [{ outlet: "variety" }] });
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });
  test("the calibration embed is complete: chart, summary and data table", async ({ page }) => {
    await page.goto("/embed/calibration");
    const chart = page.locator("svg[role=img]");
    await expect(chart).toBeVisible();
    await expect(page.locator("#rl-calibration-t")).toHaveText("How often our confidence levels come true");
    await expect(page.locator(".rl-sum")).toContainText("settled claim");
    await expect(page.locator("table.rl-table tbody tr")).toHaveCount(7);
  });
});

test.describe("accessibility (axe)", () => {
  for (const scheme of ["light", "dark"] as const) {
    for (const path of ["/how-we-grade", "/outlets/daily-glimmer", "/embed/calibration"]) {
      test(`${path} has no violations (${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path === "/embed/calibration" ? `${path}?theme=${scheme}` : path);
        await expect(page.locator(path === "/embed/calibration" ? "svg[role=img]" : "img.chart-img").first()).toBeVisible();
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
      });
    }
  }
});
