import { defineConfig } from "@playwright/test";
import { chromiumProject } from "./e2e/chromium";

/**
 * `npm run test:hardening`: reliability and security checks against the
 * production build (`next build` first; scripts/test-hardening.sh does it) on a
 * temporary database with the demo data. The global setup starts the server
 * itself (not webServer) so the specs know its pid, to sample its memory.
 * One worker: the fuzzing measures the database between requests and the load
 * test needs the machine to itself.
 */

export default defineConfig({
  testDir: "e2e/hardening",
  testMatch: "*.spec.ts",
  globalSetup: "./e2e/hardening/global-setup.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: "list",
  timeout: 120_000,
  expect: { timeout: 10_000 },
  outputDir: "test-results/hardening",
  use: {
    baseURL: process.env.HARDENING_BASE_URL,
    trace: "off",
    screenshot: "only-on-failure",
  },
  projects: [chromiumProject],
});
