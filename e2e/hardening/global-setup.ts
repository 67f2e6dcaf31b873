import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startServer } from "./support/server";

/**
 * Starts the production build on its own port and a new temporary database
 * with the demo data and accounts, and hands the specs its URL, database file
 * and pid (for memory sampling) through the environment. Returns the teardown.
 */
export default async function globalSetup() {
  const port = Number(process.env.HARDENING_PORT ?? 3500);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rumor-ledger-hardening-"));
  const databasePath = path.join(tmp, "ledger.db");
  // The specs stand in for a reverse proxy: each sets X-Forwarded-For to keep its sign-ins apart from
  // deliberate failures elsewhere, so the server trusts one hop (TRUST_PROXY=1), as it would behind nginx.
  // Shared caches keep anonymous answers 10 s (+10 s stale) instead of 30 + 30, so nginx-cache.spec.ts sees writes quickly.
  const env = { TRUST_PROXY: "1", RUMOR_LEDGER_SHARED_MAX_AGE: "10" };
  const server = await startServer({ port, databasePath, logFile: path.join(tmp, "server.log"), env }).catch((error: unknown) => {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw error;
  });
  process.env.HARDENING_BASE_URL = server.url;
  process.env.HARDENING_DATABASE_PATH = databasePath;
  process.env.HARDENING_SERVER_PID = String(server.pid);
  process.env.HARDENING_TMP = tmp;
  process.env.HARDENING_SERVER_LOG = server.logFile;
  console.log(`[hardening] server ${server.url} (pid ${server.pid}) on ${databasePath}`);
  return async () => {
    await server.stop();
    if (process.env.HARDENING_KEEP_TMP) console.log(`[hardening] kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  };
}
