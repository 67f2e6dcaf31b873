import { databasePath, getDb, type Db } from "@/db/client";
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
  if (!isDemoInstall()) return;
  const result = seedDemo(db);
  if (result.seeded) console.log(`[rumor-ledger] Loaded the demo dataset into ${databasePath()} (${result.pairs} pairs, ${result.claims} claims).`);
  await ensureDemoAccounts(db);
  console.log("[rumor-ledger] Demo accounts (sign in at /login):");
  for (const a of DEMO_ACCOUNTS) console.log(`[rumor-ledger]   ${a.role.padEnd(6)} ${a.email} / ${a.password}`);
}
