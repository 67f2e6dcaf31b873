import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type Db } from "@/db/client";

/**
 * A fresh, migrated SQLite file in the OS temp folder — never the demo file.
 * Call `cleanup()` when done (e.g. in afterEach/afterAll).
 */
export function createTempDb(): { db: Db; file: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rumor-ledger-test-"));
  const file = path.join(dir, "test.db");
  const db = openDatabase(file);
  return {
    db,
    file,
    cleanup: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
