import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";
import { registerSqlFunctions } from "./sql-functions";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const DEFAULT_DATABASE_PATH = "data/rumor-ledger.db";
export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/** The database file this process uses: `DATABASE_PATH`, or `data/rumor-ledger.db`. */
export function databasePath(): string {
  return process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH;
}

/**
 * True when `DATABASE_READONLY=1`: the process opens the file read-only (for a
 * replica, a maintenance window, or a disk that must not be written). Reads
 * work; every write answers 503 and changes nothing.
 */
export function isReadOnlyDatabase(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.DATABASE_READONLY === "1";
}

/**
 * Opens (creating if needed) a SQLite file with the pragmas the app relies on —
 * WAL so readers never wait for a writer, foreign keys enforced, a busy timeout
 * so concurrent writers queue instead of failing — and applies every committed
 * migration. Throws loudly if a migration fails: the app must not run on a
 * half-migrated schema. Read-only (`DATABASE_READONLY=1` by default) opens an
 * existing file as it is: no journal-mode change, no migrations.
 */
export function openDatabase(file: string, options: { migrate?: boolean; readonly?: boolean } = {}): Db {
  const readonly = options.readonly ?? isReadOnlyDatabase();
  if (readonly) {
    const sqlite = new Database(file, { readonly: true, fileMustExist: true });
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("busy_timeout = 5000");
    return drizzle(sqlite, { schema }) as Db;
  }
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  registerSqlFunctions(sqlite);
  const db = drizzle(sqlite, { schema }) as Db;
  if (options.migrate !== false) migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return db;
}

// One connection per server process; cached on globalThis so dev hot reload
// does not open a new one on every edit.
const globalForDb = globalThis as unknown as { rumorLedgerDb?: Db };

/** The app's shared database client, opened and migrated on first use. */
export function getDb(): Db {
  globalForDb.rumorLedgerDb ??= openDatabase(databasePath());
  return globalForDb.rumorLedgerDb;
}
