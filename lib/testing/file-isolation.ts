import { afterAll, vi } from "vitest";
import type { Db } from "@/db/client";
import { registerServerHooks, serverHooks } from "@/lib/server-hooks";

/**
 * Runs before every test file (vitest `setupFiles`). Test files share their worker's process and module
 * cache (`isolate: false`), so whatever a file changes in the process it must not hand to the next one:
 * when the file is done, its environment variables, stubs, spies and fake timers are undone, and the app's
 * shared database client (getDb, which route handlers use) is forgotten, so the next file opens its own.
 * Caches keyed by the ledger's version need nothing: versions carry the connection's id (lib/cache).
 */
const env = { ...process.env };
// Which header carries the socket's address is a trust decision: a file that sets it must not hand it on.
// (Hooks that modules register as they load stay: with a shared module cache they load once per worker.)
const socketAddressHeader = serverHooks().socketAddressHeader;

afterAll(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  vi.useRealTimers();
  for (const name of Object.keys(process.env)) if (!(name in env)) delete process.env[name];
  Object.assign(process.env, env);
  registerServerHooks({ socketAddressHeader });
  const shared = globalThis as { rumorLedgerDb?: Db };
  if (shared.rumorLedgerDb?.$client.open) shared.rumorLedgerDb.$client.close();
  delete shared.rumorLedgerDb;
});
