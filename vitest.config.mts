import path from "node:path";
import { defineConfig } from "vitest/config";

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
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts"],
    pool: "forks",
    // A hang guard, not a speed limit: on a loaded 2-core machine a healthy test can take seconds,
    // and no test may fail for being slow (speed is measured by \`npm run bench\`, never asserted).
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
