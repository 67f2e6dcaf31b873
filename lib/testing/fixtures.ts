import type { Statement } from "better-sqlite3";
import { getTableName } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/client";
import {
  apiTokens,
  citations,
  claimMentions,
  claims,
  loginAttempts,
  outlets,
  pairs,
  people,
  revisions,
  sessions,
  settlementCitations,
  settlementRejections,
  users,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { DUMMY_HASH } from "@/lib/auth/password";
import { hashSecret, newSecret } from "@/lib/auth/tokens";
import { createTempDb } from "./temp-db";

/** The demo pair every claim test can hang claims on. */
export const DEMO_PAIR = "ana-de-armas--tom-cruise";

/**
 * Inserts an account without hashing a password (scrypt is deliberately slow).
 * Such an account can hold sessions and tokens but never sign in with a password.
 */
export function insertUser(db: Db, role: Actor["role"], email = `${role}-${newSecret().slice(0, 8).toLowerCase()}@test.example`): Actor {
  const row = db
    .insert(users)
    .values({ email, name: `Test ${role}`, role, passwordHash: DUMMY_HASH })
    .returning({ id: users.id })
    .get();
  return { userId: row.id, role };
}

/** Opens a session for a user directly (what a successful sign-in stores); returns the raw cookie token. */
export function insertSession(db: Db, userId: number, expiresAt = new Date(Date.now() + 86_400_000).toISOString()): string {
  const token = newSecret();
  db.insert(sessions)
    .values({ tokenHash: hashSecret(token), userId, expiresAt })
    .run();
  return token;
}

/** A fresh temp database with the demo dataset, an editor and an admin. */
export function seededDb() {
  const temp = createTempDb({ seeded: true });
  return { ...temp, editor: insertUser(temp.db, "editor"), admin: insertUser(temp.db, "admin") };
}

const COUNTED = {
  people,
  pairs,
  outlets,
  claims,
  citations,
  claimMentions,
  revisions,
  users,
  sessions,
  apiTokens,
  loginAttempts,
  settlementCitations,
  settlementRejections,
} as const;

/**
 * One statement per connection and query, prepared once: the fingerprints below run around every refused
 * write in the API suites, and building and preparing each query anew cost more than running it.
 */
const statements = new WeakMap<object, Map<string, Statement>>();
function rows(db: Db, query: string): unknown[] {
  let cache = statements.get(db.$client);
  if (!cache) statements.set(db.$client, (cache = new Map()));
  let statement = cache.get(query);
  if (!statement) cache.set(query, (statement = db.$client.prepare(query)));
  return statement.all();
}

/** Row counts of every table, to assert that a refused write changed nothing. */
export function rowCounts(db: Db): Record<keyof typeof COUNTED, number> {
  return Object.fromEntries(
    Object.entries(COUNTED).map(([name, table]) => [
      name,
      (rows(db, `SELECT count(*) AS n FROM "${getTableName(table)}"`)[0] as { n: number }).n,
    ]),
  ) as Record<keyof typeof COUNTED, number>;
}

/**
 * Everything a write could change, row by row (claims with their versions and
 * statuses, outlets, pairs, people, token revocations), plus every table's
 * count. Token `lastUsedAt` is left out: merely presenting a token touches it.
 * Compare with toEqual so a failure shows only what changed.
 */
export function dbFingerprint(db: Db): Record<string, unknown> {
  const all = (table: SQLiteTable, columns = "*", order = "id") =>
    rows(db, `SELECT ${columns} FROM "${getTableName(table)}" ORDER BY ${order}`);
  return {
    counts: rowCounts(db),
    claims: all(claims),
    citations: all(citations),
    outlets: all(outlets),
    pairs: all(pairs),
    people: all(people),
    users: all(users, "id, role, disabled_at"),
    tokens: all(apiTokens, "id, revoked_at"),
    sessions: all(sessions, "token_hash", "token_hash"),
  };
}

/** A valid claim body for the demo pair; override any field. */
export function claimInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    pair: DEMO_PAIR,
    kind: "sighting",
    headline: "Seen leaving a rehearsal studio together",
    occurredOn: "2025-07-14",
    precision: "day",
    place: "London",
    stance: "supports",
    confidence: "plausible",
    citations: [{ outlet: "variety", url: "https://variety.com/example", title: "An example report", publishedOn: "2025-07-15" }],
    ...overrides,
  };
}
