import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fork } from "node:child_process";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { createTempDb } from "@/lib/testing/temp-db";
import { backupDatabase, integrityCheck, restoreDatabase } from "./backup";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rl-backup-"));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe("online backup and restore", () => {
  it("backs up while writes run: the copy is healthy and holds every claim committed before it started", async () => {
    const { db, file, cleanup } = createTempDb({ seeded: true });
    cleanups.push(cleanup);
    // Enough data that the backup takes a while, with writes landing meanwhile. Drafts: the search index
    // skips them, so writing 20,000 costs a fraction of what published ones would; the backup copies them the same.
    const insert = db.$client.prepare(
      "INSERT INTO claims (pair_id, kind, headline, occurred_on, precision, occurred_start, occurred_end, stance, confidence, status) VALUES (1, 'report', ?, '2025', 'year', '2025-01-01', '2025-12-31', 'neutral', 'plausible', 'draft')",
    );
    db.$client.transaction(() => {
      for (let i = 0; i < 20000; i++) insert.run(`Before backup ${i} ${"x".repeat(200)}`);
    })();
    const before = (db.$client.prepare("SELECT count(*) AS n FROM claims").get() as { n: number }).n;

    // A second process writes continuously while the backup runs.
    const writerScript = `
      const D = require("better-sqlite3"); const db = new D(${JSON.stringify(file)}); db.pragma("busy_timeout = 5000");
      const s = db.prepare("INSERT INTO claims (pair_id, kind, headline, occurred_on, precision, occurred_start, occurred_end, stance, confidence, status) VALUES (1, 'report', ?, '2025', 'year', '2025-01-01', '2025-12-31', 'neutral', 'plausible', 'published')");
      let i = 0; process.send("ready"); setInterval(() => s.run("During backup " + i++), 1);`;
    const writer = fork("-e", [writerScript], { execArgv: [], stdio: ["ignore", "ignore", "inherit", "ipc"] } as never);
    await new Promise((resolve) => writer.once("message", resolve));
    const target = path.join(tempDir(), "backup.db");
    try {
      await backupDatabase(file, target);
    } finally {
      writer.kill("SIGKILL");
    }
    expect(integrityCheck(target)).toBe("ok");
    const copy = new Database(target, { readonly: true });
    const n = (copy.prepare("SELECT count(*) AS n FROM claims").get() as { n: number }).n;
    const missing = copy.prepare("SELECT count(*) AS n FROM claims WHERE headline LIKE 'Before backup %'").get() as { n: number };
    copy.close();
    expect(missing.n).toBe(20000);
    expect(n).toBeGreaterThanOrEqual(before);
  });

  it("restores a backup over the database, keeping the old file aside", async () => {
    const { db, file, cleanup } = createTempDb({ seeded: true });
    cleanups.push(cleanup);
    const seeded = (db.$client.prepare("SELECT count(*) AS n FROM claims").get() as { n: number }).n;
    expect(seeded).toBeGreaterThan(0);
    const target = path.join(tempDir(), "b.db");
    await backupDatabase(file, target);
    const restoredPath = path.join(tempDir(), "restored.db");
    fs.writeFileSync(restoredPath, ""); // an existing (empty) file to be replaced
    const { previous } = await restoreDatabase(target, restoredPath);
    expect(previous && fs.existsSync(previous)).toBe(true);
    const restored = new Database(restoredPath, { readonly: true });
    expect((restored.prepare("SELECT count(*) AS n FROM claims").get() as { n: number }).n).toBe(seeded);
    restored.close();
  });

  it("refuses to restore a file that is not a healthy database", async () => {
    const bogus = path.join(tempDir(), "bogus.db");
    fs.writeFileSync(bogus, "not a database at all, just text that is long enough to have a header".repeat(10));
    await expect(restoreDatabase(bogus, path.join(tempDir(), "x.db"))).rejects.toThrow();
  });
});
