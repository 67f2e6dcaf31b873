import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { chromiumProject } from "./e2e/chromium";

/**
 * End-to-end tests run the already-built production app (`next build` first;
 * `npm test` does it) in Debian's Chromium against a fresh temporary SQLite
 * file, never the demo database.
 *
 * Playwright loads this file in the runner and again in every worker. The
 * runner picks a new database path and records it in E2E_DATABASE_PATH;
 * workers inherit that variable, so all of them (and the specs, which open the
 * file with better-sqlite3 to insert their own rows) share the server's file.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;

if (!process.env.E2E_DATABASE_PATH) {
  // A new folder name each run (the server creates it and migrates the file on start);
  // anything left at that path is removed first, so the server always starts on an empty ledger.
  const dir = path.join(os.tmpdir(), `rumor-ledger-e2e-${process.pid}-${randomBytes(4).toString("hex")}`);
  fs.rmSync(dir, { recursive: true, force: true });
  process.env.E2E_DATABASE_PATH = path.join(dir, "e2e.db");
}
const DATABASE_PATH = process.env.E2E_DATABASE_PATH;

export default defineConfig({
  testDir: "e2e",
  // The hardening suite has its own config and server (playwright.hardening.config.ts).
  testIgnore: "hardening/**",
  globalTeardown: "./e2e/global-teardown.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: "list",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  outputDir: "test-results",
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [chromiumProject],
  webServer: {
    command: `node server.mjs --port ${PORT} --hostname 127.0.0.1`,
    url: BASE_URL,
    // Never test against a server left over from something else: it would use another database.
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATABASE_PATH,
      RUMOR_LEDGER_DEMO: "1",
      NEXT_TELEMETRY_DISABLED: "1",
      PUBLIC_BASE_URL: BASE_URL,
    },
  },
});
