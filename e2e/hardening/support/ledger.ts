import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

/** Opens a ledger file the server (or a script) also uses; WAL lets us read while it writes. */
export function openLedger(file: string, options: { readonly?: boolean } = {}): Database.Database {
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  return db;
}

/**
 * SHA-256 of a `VACUUM INTO` copy of the database: a consistent snapshot of
 * every committed page, written the same way each time, so two snapshots of
 * unchanged content are byte-for-byte identical whatever the WAL holds.
 */
export function snapshotSha256(db: Database.Database): string {
  const file = path.join(os.tmpdir(), `rumor-ledger-snapshot-${process.pid}-${randomBytes(6).toString("hex")}.db`);
  try {
    db.prepare("VACUUM INTO ?").run(file);
    return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/**
 * SHA-256 of every row of every table (sorted), leaving out the tables named in
 * `exclude` — for the one case where a refused request is meant to write
 * (a failed sign-in is counted for throttling).
 */
export function contentSha256(db: Database.Database, exclude: readonly string[] = []): string {
  const hash = createHash("sha256");
  const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
    name: string;
    sql: string;
  }[];
  for (const { name, sql } of tables) {
    hash.update(`\u0000table ${name}\u0000${sql}\u0000`);
    if (exclude.includes(name) || /^CREATE VIRTUAL TABLE/i.test(sql)) continue;
    let raw = db
      .prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`)
      .raw(true)
      .all() as unknown[][];
    // An excluded AUTOINCREMENT table's counter lives in sqlite_sequence: leave it out too.
    if (name === "sqlite_sequence") raw = raw.filter((r) => !exclude.includes(String(r[0])));
    const rows = raw.map((r) => JSON.stringify(r, (_k, v) => (typeof v === "bigint" ? v.toString() : v)));
    rows.sort();
    for (const row of rows) hash.update(row).update("\n");
  }
  return hash.digest("hex");
}

/** Changes whenever another connection commits to the file (SQLite's PRAGMA data_version). */
export function dataVersion(db: Database.Database): number {
  return db.pragma("data_version", { simple: true }) as number;
}

export function claimCount(db: Database.Database): number {
  return (db.prepare("SELECT count(*) AS n FROM claims").get() as { n: number }).n;
}

export function integrityCheck(db: Database.Database): string {
  return (db.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check).join("; ");
}

/** A fresh folder under the suite's temporary directory. */
export function scratchDir(name: string): string {
  const root = process.env.HARDENING_TMP ?? os.tmpdir();
  return fs.mkdtempSync(path.join(root, `${name}-`));
}
