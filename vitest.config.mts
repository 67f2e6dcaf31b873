import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

/** Pure rules: no database, no server; run in a few seconds (`npx vitest run --project unit`). */
const UNIT = [
  "lib/{confidence,counts,dates,heat,slugs}.test.ts",
  "lib/auth/{password,return-path}.test.ts",
  "lib/charts/{activity-chart,confidence-chart,heat-chart,palette,reliability-chart,timeline-chart}.test.ts",
  "lib/charts/svg/**/*.test.ts",
  "lib/claims/{claim-draft,diff,filters}.test.ts",
  "lib/extract/{background,claim-dates,corpus,dates-phrases,defaults,evaluate,explain,extract,generalise,kinds,learned,modules,refs,regex,score,unseen}.test.ts",
  "lib/http/**/*.test.ts",
  "lib/search/query.test.ts",
];
/**
 * Files that replace a module with `vi.mock` (next/headers for server actions): a mocked module must not
 * stay in a module cache that later files share, so each of these runs in a fresh process of its own.
 */
const OWN_PROCESS = ["lib/auth/action-wrappers.test.ts", "app/editor/_tests/action-auth.test.ts"];
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
    // vitest's default is one worker fewer than the cores: one worker on a 2-core machine. Tests wait on
    // SQLite and the file system as well as the CPU, and on a shared machine each worker gets its own share.
    maxWorkers: Math.max(2, os.availableParallelism()),
    // Files share their worker's module cache: next, drizzle, recharts, resvg and the extractor load once per
    // worker, not once per file. lib/testing/file-isolation.ts gives every file back the process it found.
    isolate: false,
    setupFiles: ["lib/testing/file-isolation.ts"],
    // Once per run: the template databases, and one temporary folder (in memory where there is one) for every file.
    globalSetup: ["lib/testing/global-setup.ts"],
    // A hang guard, not a speed limit: on a loaded 2-core machine a healthy test can take seconds,
    // and no test may fail for being slow (speed is measured by `npm run bench`, never asserted).
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "unit", include: UNIT } },
      { extends: true, test: { name: "integration", include: ALL, exclude: [...UNIT, ...OWN_PROCESS, "node_modules/**"] } },
      { extends: true, test: { name: "own-process", include: OWN_PROCESS, isolate: true } },
    ],
  },
});
