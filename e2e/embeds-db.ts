import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";

/** The e2e server's SQLite file, for specs that make their own rows (WAL: a committed write shows on the next request). */
export function openLedger(): Database.Database {
  const file = process.env.E2E_DATABASE_PATH;
  if (!file) throw new Error("E2E_DATABASE_PATH is not set: run through playwright.config.ts");
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  return db;
}

export const token = () => randomUUID().slice(0, 8);

/** Two new people and their pair; returns the pair's id and slug. */
export function ownPair(db: Database.Database, t: string): { id: number; slug: string } {
  const add = (slug: string, name: string) =>
    Number(db.prepare("INSERT INTO people (slug, name) VALUES (?, ?)").run(slug, name).lastInsertRowid);
  const a = add(`e2e-${t}-avery`, `Avery ${t}`);
  const b = add(`e2e-${t}-blake`, `Blake ${t}`);
  const slug = `e2e-${t}-avery--e2e-${t}-blake`;
  const id = Number(
    db.prepare("INSERT INTO pairs (slug, person_a_id, person_b_id, status) VALUES (?, ?, ?, 'rumored')").run(slug, a, b).lastInsertRowid,
  );
  return { id, slug };
}

/** A day-precise claim with one Variety citation, as the write path stores it. */
export function insertClaim(
  db: Database.Database,
  pairId: number,
  headline: string,
  day: string,
  status: "published" | "draft" = "published",
): number {
  const now = new Date().toISOString();
  const outlet = (db.prepare("SELECT id FROM outlets WHERE slug = 'variety'").get() as { id: number }).id;
  return db.transaction(() => {
    const id = Number(
      db
        .prepare(
          `INSERT INTO claims (pair_id, kind, headline, occurred_on, precision, occurred_start, occurred_end, stance, confidence, status, published_at, created_at, updated_at)
           VALUES (?, 'sighting', ?, ?, 'day', ?, ?, 'supports', 'likely', ?, ?, ?, ?)`,
        )
        .run(pairId, headline, day, day, day, status, status === "published" ? now : null, now, now).lastInsertRowid,
    );
    db.prepare(
      "INSERT INTO citations (claim_id, outlet_id, url, title, position) VALUES (?, ?, 'https://example.com/e2e', 'e2e source', 0)",
    ).run(id, outlet);
    return id;
  })();
}

/** Retracts a claim the way the write path does: status, correction, timestamps. */
export function retract(db: Database.Database, id: number): void {
  const now = new Date().toISOString();
  db.prepare(
    "UPDATE claims SET status = 'retracted', correction = 'Wrong people (e2e).', retracted_at = ?, updated_at = ?, version = version + 1 WHERE id = ?",
  ).run(now, now, id);
}
