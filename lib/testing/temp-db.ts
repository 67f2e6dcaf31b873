import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type Db } from "@/db/client";
import { seedDemo } from "@/lib/seed/demo";

/**
 * Migrating (and seeding) a database costs far more than copying one, and every
 * integration test wants a fresh file. So a template is built once — migrated,
 * or migrated and seeded with the demo data — and every test gets its own copy
 * of it. Copies are independent files: tests never share rows.
 *
 * Under `vitest run` the templates are built once for the whole run
 * (lib/testing/global-setup.ts names their folder in this variable); anywhere
 * else, a process builds them on first use.
 */
export const TEMPLATE_DIR_ENV = "RUMOR_LEDGER_TEST_TEMPLATES";

/** Writes a template: a migrated database, with the demo data when `seeded`, all in one file (no WAL beside it). */
export function buildTemplate(file: string, options: { seeded: boolean }): void {
  const db = openDatabase(file);
  if (options.seeded) seedDemo(db);
  // Fold the WAL into the main file so that copying one file copies everything.
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.close();
}

const templates = new Map<string, string>();
let templateDir: string | undefined;

function template(kind: "empty" | "demo"): string {
  let file = templates.get(kind);
  if (file) return file;
  const shared = process.env[TEMPLATE_DIR_ENV] && path.join(process.env[TEMPLATE_DIR_ENV], `${kind}.db`);
  if (shared && fs.existsSync(shared)) {
    file = shared;
  } else {
    templateDir ??= fs.mkdtempSync(path.join(os.tmpdir(), "rumor-ledger-template-"));
    file = path.join(templateDir, `${kind}.db`);
    buildTemplate(file, { seeded: kind === "demo" });
  }
  templates.set(kind, file);
  return file;
}

process.once("exit", () => {
  if (templateDir) fs.rmSync(templateDir, { recursive: true, force: true });
});

/**
 * Writes a copy of the template (with the demo dataset when `seeded`) at `file`, for a test
 * that opens the file itself — e.g. through the app's own client, `getDb()`.
 */
export function copyTemplate(file: string, options: { seeded?: boolean } = {}): void {
  fs.copyFileSync(template(options.seeded ? "demo" : "empty"), file);
}

/**
 * A fresh, migrated SQLite file in the OS temp folder — never the demo file —
 * copied from the template (with the demo dataset when `seeded`).
 * Call `cleanup()` when done (e.g. in afterEach/afterAll).
 */
export function createTempDb(options: { seeded?: boolean } = {}): { db: Db; file: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rumor-ledger-test-"));
  const file = path.join(dir, "test.db");
  copyTemplate(file, options);
  // The template is migrated already: no need to read and hash every migration again for each test.
  const db = openDatabase(file, { migrate: false });
  return {
    db,
    file,
    cleanup: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
