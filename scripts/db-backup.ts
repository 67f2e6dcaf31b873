/** `npm run db:backup -- FILE`: online backup of DATABASE_PATH to FILE, safe while the app runs. */
import { databasePath } from "../db/client";
import { backupDatabase } from "../lib/backup";

async function main() {
  const target = process.argv[2];
  if (!target) {
    console.error("Usage: npm run db:backup -- FILE");
    process.exit(2);
  }
  const { pages } = await backupDatabase(databasePath(), target);
  console.log(`Backed up ${databasePath()} to ${target} (${pages} pages, integrity ok).`);
}

main().catch((error) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
