import { databasePath, getDb } from "@/db/client";
import { seedDemo } from "@/lib/seed/demo";

/** True when this process should load (and announce) the demo data. */
export function isDemoInstall(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.RUMOR_LEDGER_DEMO === "1") return true;
  if (env.RUMOR_LEDGER_DEMO === "0") return false;
  return env.NODE_ENV !== "production";
}

/** Opens and migrates the database, then seeds the demo on a demo install. */
export function startServer(): void {
  const db = getDb();
  if (!isDemoInstall()) return;
  const result = seedDemo(db);
  if (result.seeded) {
    console.log(`[rumor-ledger] Loaded the demo dataset into ${databasePath()} (${result.pairs} pairs, ${result.claims} claims).`);
  }
}
