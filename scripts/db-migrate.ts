/** `npm run db:migrate`: applies every committed migration to DATABASE_PATH (default data/rumor-ledger.db). */
import { databasePath, openDatabase } from "../db/client";

const file = databasePath();
try {
  const db = openDatabase(file);
  db.$client.close();
  console.log(`Migrated ${file}`);
} catch (error) {
  console.error(`Migration of ${file} failed:`, error);
  process.exit(1);
}
