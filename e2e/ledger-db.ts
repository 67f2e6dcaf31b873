import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";

/**
 * Direct access to the e2e server's SQLite file, so a spec can insert its own
 * rows (drafts, retractions, whole pairs) without depending on another test.
 * The server reads the same file in WAL mode, so a committed insert is visible
 * to the next request.
 */
export function openLedger(): Database.Database {
  const file = process.env.E2E_DATABASE_PATH;
  if (!file) throw new Error("E2E_DATABASE_PATH is not set: run the specs through playwright.config.ts");
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  return db;
}

/** A short unique token for headlines and slugs, so reruns and parallel tests never collide. */
export function uniqueToken(): string {
  return randomUUID().slice(0, 8);
}

export function idBySlug(db: Database.Database, table: "people" | "pairs" | "outlets", slug: string): number {
  const row = db.prepare(`SELECT id FROM ${table} WHERE slug = ?`).get(slug) as { id: number } | undefined;
  if (!row) throw new Error(`No ${table} row with slug ${slug}`);
  return row.id;
}

export function insertPerson(db: Database.Database, slug: string, name: string): number {
  return Number(db.prepare("INSERT INTO people (slug, name) VALUES (?, ?)").run(slug, name).lastInsertRowid);
}

/** A pair of two people; the slug is the two person slugs in alphabetical order. */
export function insertPair(
  db: Database.Database,
  personA: { id: number; slug: string },
  personB: { id: number; slug: string },
): { id: number; slug: string } {
  const [a, b] = [personA, personB].sort((x, y) => x.slug.localeCompare(y.slug));
  const slug = `${a.slug}--${b.slug}`;
  const id = Number(
    db.prepare("INSERT INTO pairs (slug, person_a_id, person_b_id, status) VALUES (?, ?, ?, 'rumored')").run(slug, a.id, b.id)
      .lastInsertRowid,
  );
  return { id, slug };
}

export interface ClaimRow {
  pairId: number;
  headline: string;
  status: "draft" | "published" | "retracted";
  kind?: string;
  /** A day (`YYYY-MM-DD`); the claim gets day precision. */
  occurredOn?: string;
  stance?: "supports" | "neutral" | "contradicts";
  confidence?: string;
  correction?: string;
  outletSlug?: string;
  mentionPersonId?: number;
}

/** Inserts one claim with one citation (and optionally a mention), in a transaction. Returns its id. */
export function insertClaim(db: Database.Database, c: ClaimRow): number {
  const day = c.occurredOn ?? new Date().toISOString().slice(0, 10);
  const now = new Date().toISOString();
  const outletId = idBySlug(db, "outlets", c.outletSlug ?? "variety");
  return db.transaction(() => {
    const claimId = Number(
      db
        .prepare(
          `INSERT INTO claims (pair_id, kind, headline, occurred_on, precision, occurred_start, occurred_end, reported_on, place,
             stance, confidence, status, correction, retracted_at, published_at, created_at, updated_at)
           VALUES (@pairId, @kind, @headline, @day, 'day', @day, @day, @day, 'Testville',
             @stance, @confidence, @status, @correction, @retractedAt, @publishedAt, @now, @now)`,
        )
        .run({
          pairId: c.pairId,
          kind: c.kind ?? "sighting",
          headline: c.headline,
          day,
          stance: c.stance ?? "supports",
          confidence: c.confidence ?? "plausible",
          status: c.status,
          correction: c.correction ?? null,
          retractedAt: c.status === "retracted" ? now : null,
          publishedAt: c.status === "draft" ? null : now,
          now,
        }).lastInsertRowid,
    );
    db.prepare("INSERT INTO citations (claim_id, outlet_id, url, title, published_on, position) VALUES (?, ?, ?, ?, ?, 0)").run(
      claimId,
      outletId,
      "https://example.com/e2e",
      `Source for ${c.headline}`,
      day,
    );
    if (c.mentionPersonId !== undefined)
      db.prepare("INSERT INTO claim_mentions (claim_id, person_id) VALUES (?, ?)").run(claimId, c.mentionPersonId);
    return claimId;
  })();
}
