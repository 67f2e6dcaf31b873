import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

/**
 * The charts and embeds e2e suite on its own port (3400), so it can run beside
 * the main suite: the production build (`next build` first) against a fresh
 * temporary SQLite file with the demo data, in Debian's Chromium.
 * Run: npx playwright test -c playwright.embeds.config.ts
 */
const PORT = Number(process.env.EMBEDS_E2E_PORT ?? 3400);
const BASE_URL = `http://127.0.0.1:${PORT}`;

if (!process.env.E2E_DATABASE_PATH) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rumor-ledger-e2e-"));
  process.env.E2E_DATABASE_PATH = path.join(dir, "e2e.db");
}

export default defineConfig({
  testDir: "e2e",
  testMatch: "embeds.spec.ts",
  globalTeardown: "./e2e/embeds-teardown.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: "list",
  timeout: 45_000,
  expect: { timeout: 10_000 },
  outputDir: "test-results/embeds",
  use: { baseURL: BASE_URL, trace: "retain-on-failure", screenshot: "only-on-failure" },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
          args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        },
      },
    },
  ],
  webServer: {
    command: `npx next start -p ${PORT} -H 127.0.0.1`,
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: { DATABASE_PATH: process.env.E2E_DATABASE_PATH, RUMOR_LEDGER_DEMO: "1", NEXT_TELEMETRY_DISABLED: "1", PUBLIC_BASE_URL: BASE_URL },
  },
});
