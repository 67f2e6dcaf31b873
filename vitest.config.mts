import path from "node:path";
import { defineConfig } from "vitest/config";

/** Pure rules: no database, no server; run in a few seconds (`npx vitest run --project unit`). */
const UNIT = [
  "lib/{confidence,dates,heat,slugs}.test.ts",
  "lib/auth/{password,return-path}.test.ts",
  "lib/charts/**/*.test.ts",
  "lib/claims/{claim-draft,diff,filters}.test.ts",
  "lib/extract/**/*.test.ts",
  "lib/http/**/*.test.ts",
  "lib/search/query.test.ts",
];
const ALL = ["lib/**/*.test.ts", "db/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts"];

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname, "."),
      // The marker package throws unless bundled for React Server Components; tests run lib/ directly.
      "server-only": path.resolve(import.meta.dirname, "lib/testing/server-only-stub.ts"),
    },
  },
  test: {
    environment: "node",
    pool: "forks",
    // A hang guard, not a speed limit: on a loaded 2-core machine a healthy test can take seconds,
    // and no test may fail for being slow (speed is measured by `npm run bench`, never asserted).
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "unit", include: UNIT } },
      // Integration: each worker migrates and seeds one template database, copied per test (lib/testing/temp-db.ts).
      { extends: true, test: { name: "integration", include: ALL, exclude: [...UNIT, "node_modules/**"] } },
    ],
  },
});
