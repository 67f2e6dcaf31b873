/** `npm run db:restore -- FILE`: replaces DATABASE_PATH with the backup FILE (stop the server first). */
import { databasePath } from "../db/client";
import { restoreDatabase } from "../lib/backup";

async function main() {
  const source = process.argv[2];
  if (!source) {
    console.error("Usage: npm run db:restore -- FILE   (stop the server first)");
    process.exit(2);
  }
  const { previous } = await restoreDatabase(source, databasePath());
  console.log(`Restored ${databasePath()} from ${source}.${previous ? ` The previous database was kept as ${previous}.` : ""}`);
}

main().catch((error) => {
  console.error(`Restore failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
