import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { describe, expect, it } from "vitest";
import { createTempDb } from "@/lib/testing/temp-db";
import { MIGRATIONS_FOLDER, openDatabase, type Db } from "./client";
import * as schema from "./schema";

const TAG = "0003_strip_control_characters";
const BAD = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** A database migrated up to (not including) the migration `tag`, in `dir`. */
function databaseBefore(dir: string, tag: string): string {
  const folder = path.join(dir, "migrations");
  fs.mkdirSync(path.join(folder, "meta"), { recursive: true });
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as {
    entries: { tag: string }[];
  };
  const entries = journal.entries.slice(
    0,
    journal.entries.findIndex((e) => e.tag === tag),
  );
  fs.writeFileSync(path.join(folder, "meta", "_journal.json"), JSON.stringify({ ...journal, entries }));
  for (const e of entries) fs.copyFileSync(path.join(MIGRATIONS_FOLDER, `${e.tag}.sql`), path.join(folder, `${e.tag}.sql`));
  const file = path.join(dir, "old.db");
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  migrate(drizzle(sqlite, { schema }) as Db, { migrationsFolder: folder });
  // The demo data, written by today's code into a current database, copied into the old tables column by
  // column (only the columns they have): later migrations may add columns the seed writes.
  const current = createTempDb({ seeded: true });
  try {
    sqlite.prepare("ATTACH DATABASE ? AS cur").run(current.file);
    sqlite.pragma("foreign_keys = OFF");
    for (const table of ["people", "outlets", "pairs", "claims", "claim_mentions", "citations", "revisions"]) {
      const columns = (sqlite.prepare(`PRAGMA main.table_info(${table})`).all() as { name: string }[]).map((c) => `"${c.name}"`).join(", ");
      // Revisions of kinds the old schema did not know yet (settling) stay behind.
      const where = table === "revisions" ? " WHERE action IN ('create', 'update', 'publish', 'retract', 'discard', 'import')" : "";
      sqlite.exec(`INSERT INTO main.${table} (${columns}) SELECT ${columns} FROM cur.${table}${where}`);
    }
    sqlite.exec("DETACH DATABASE cur");
  } finally {
    current.cleanup();
  }
  // Rows as the old code let them in: NUL, U+0001, U+000B, U+FFFF among ordinary text; tab, LF and CR are kept.
  sqlite
    .prepare("UPDATE claims SET headline = ?, details = ?, quote = ? WHERE id = 1")
    .run("Seen\u0000 together\u0001", "Line one\r\nline\ttwo\u000B", "\u0001\u0002");
  sqlite.prepare("UPDATE claims SET headline = ? WHERE id = 2").run("\u0001\u0002");
  sqlite
    .prepare("UPDATE people SET name = ?, aliases = ? WHERE slug = 'tom-cruise'")
    .run("Tom\u000B Cruise", JSON.stringify(["Tom\u0000my"]));
  sqlite.prepare("UPDATE outlets SET name = ? WHERE slug = 'variety'").run("Vari\uFFFFety");
  sqlite.prepare("UPDATE citations SET title = ? WHERE id = 1").run("Title\u001F");
  sqlite.prepare("UPDATE revisions SET after = ? WHERE id = 1").run(JSON.stringify({ headline: "Seen\u0000 together", n: 1 }));
  sqlite.close();
  return file;
}

describe(`migration ${TAG}`, () => {
  it("strips control characters from every stored text, keeping tabs and line breaks", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rumor-ledger-strip-"));
    try {
      const db = openDatabase(databaseBefore(dir, TAG));
      try {
        const q = (sql: string) => db.$client.prepare(sql).get() as Record<string, unknown>;
        expect(q("SELECT headline, details, quote FROM claims WHERE id = 1")).toEqual({
          headline: "Seen together",
          details: "Line one\r\nline\ttwo",
          quote: null,
        });
        expect(q("SELECT headline FROM claims WHERE id = 2")).toEqual({ headline: "(removed: control characters only)" });
        expect(q("SELECT name, aliases FROM people WHERE slug = 'tom-cruise'")).toEqual({
          name: "Tom Cruise",
          aliases: JSON.stringify(["Tommy"]),
        });
        expect(q("SELECT name FROM outlets WHERE slug = 'variety'")).toEqual({ name: "Variety" });
        expect(q("SELECT title FROM citations WHERE id = 1")).toEqual({ title: "Title" });
        expect(JSON.parse(q("SELECT after FROM revisions WHERE id = 1").after as string)).toEqual({ headline: "Seen together", n: 1 });
        // Nothing anywhere still holds one.
        for (const [table, column] of [
          ["claims", "headline"],
          ["claims", "details"],
          ["people", "name"],
          ["outlets", "name"],
          ["citations", "title"],
          ["citations", "quote"],
        ]) {
          for (const row of db.$client.prepare(`SELECT ${column} AS v FROM ${table}`).all() as { v: string | null }[])
            expect(row.v ?? "").not.toMatch(BAD);
        }
        // Search was kept in step by the triggers: the stripped headline is found.
        expect(
          (db.$client.prepare("SELECT count(*) AS n FROM search_claims WHERE search_claims MATCH 'together'").get() as { n: number }).n,
        ).toBeGreaterThan(0);
      } finally {
        db.$client.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
