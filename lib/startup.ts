import { databasePath, getDb, isReadOnlyDatabase, type Db } from "@/db/client";
import { seedDemo } from "@/lib/seed/demo";
import { ensureDemoAccounts, DEMO_ACCOUNTS } from "@/lib/seed/demo-accounts";

/** True when this process should load (and announce) the demo data and demo accounts. */
export function isDemoInstall(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.RUMOR_LEDGER_DEMO === "1") return true;
  if (env.RUMOR_LEDGER_DEMO === "0") return false;
  return env.NODE_ENV !== "production";
}

/** Opens and migrates the database; on a demo install, seeds an empty ledger and makes sure the demo accounts exist. */
export async function startServer(db: Db = getDb()): Promise<void> {
  if (isReadOnlyDatabase()) {
    // Nothing can be seeded or migrated; say so once rather than failing the first write mysteriously.
    console.log(`[rumor-ledger] ${databasePath()} is open read-only (DATABASE_READONLY=1): reads work, every write answers 503.`);
    return;
  }
  if (!isDemoInstall()) return;
  const result = seedDemo(db);
  if (result.seeded)
    console.log(`[rumor-ledger] Loaded the demo dataset into ${databasePath()} (${result.pairs} pairs, ${result.claims} claims).`);
  await ensureDemoAccounts(db);
  console.log("[rumor-ledger] Demo accounts (sign in at /login):");
  for (const a of DEMO_ACCOUNTS) console.log(`[rumor-ledger]   ${a.role.padEnd(6)} ${a.email} / ${a.password}`);
}
