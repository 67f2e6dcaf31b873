import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** `PRAGMA integrity_check` on a database file: "ok" or the problems SQLite lists. */
export function integrityCheck(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check).join("; ");
  } finally {
    db.close();
  }
}

/**
 * Online backup with `VACUUM INTO`: one read transaction, so with WAL the app
 * keeps reading and writing meanwhile, and the copy is a consistent snapshot
 * holding every transaction committed before it started. (SQLite's page-by-page
 * backup API restarts whenever another connection writes, so under steady
 * writes it may never finish.) Written to a temporary name, checked, then
 * renamed, so a half-written backup never has the final name.
 */
export async function backupDatabase(sourceFile: string, targetFile: string): Promise<{ pages: number }> {
  const target = path.resolve(targetFile);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial-${process.pid}`;
  const source = new Database(sourceFile, { fileMustExist: true });
  try {
    source.pragma("busy_timeout = 5000");
    fs.rmSync(partial, { force: true });
    source.prepare("VACUUM INTO ?").run(partial);
    const check = integrityCheck(partial);
    if (check !== "ok") throw new Error(`The backup failed its integrity check: ${check}`);
    fs.renameSync(partial, target);
    const copy = new Database(target, { readonly: true });
    const pages = copy.pragma("page_count", { simple: true }) as number;
    copy.close();
    return { pages };
  } finally {
    source.close();
    fs.rmSync(partial, { force: true });
  }
}

/**
 * Restores a backup over the database file. Stop the server first: restoring
 * under a running server would pull its data out from under it. The backup is
 * checked before anything is touched; the old file is kept beside it.
 */
export async function restoreDatabase(backupFile: string, targetFile: string): Promise<{ previous: string | null }> {
  const check = integrityCheck(backupFile);
  if (check !== "ok") throw new Error(`${backupFile} is not a healthy SQLite database: ${check}`);
  let previous: string | null = null;
  if (fs.existsSync(targetFile)) {
    // Fold the WAL into the old file so the kept copy is complete, then move it aside.
    const old = new Database(targetFile);
    old.pragma("wal_checkpoint(TRUNCATE)");
    old.close();
    previous = `${targetFile}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    fs.renameSync(targetFile, previous);
    for (const suffix of ["-wal", "-shm"]) fs.rmSync(targetFile + suffix, { force: true });
  }
  const source = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(targetFile);
  } finally {
    source.close();
  }
  return { previous };
}
