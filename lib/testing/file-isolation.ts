import { afterAll, vi } from "vitest";
import type { Db } from "@/db/client";

/**
 * Runs before every test file (vitest `setupFiles`). Test files share their worker's process and module
 * cache (`isolate: false`), so whatever a file changes in the process it must not hand to the next one:
 * when the file is done, its environment variables, stubs, spies and fake timers are undone, and the app's
 * shared database client (getDb, which route handlers use) is forgotten, so the next file opens its own.
 * Caches keyed by the ledger's version need nothing: versions carry the connection's id (lib/cache).
 */
const env = { ...process.env };

afterAll(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  vi.useRealTimers();
  for (const name of Object.keys(process.env)) if (!(name in env)) delete process.env[name];
  Object.assign(process.env, env);
  const shared = globalThis as { rumorLedgerDb?: Db };
  if (shared.rumorLedgerDb?.$client.open) shared.rumorLedgerDb.$client.close();
  delete shared.rumorLedgerDb;
});
