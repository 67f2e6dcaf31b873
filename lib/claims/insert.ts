/**
 * The ONE way a new claim reaches the database, for the editor's form, the API
 * and the bulk import alike: prepared statements (one set per connection) for
 * the claim row, its mentions, its citations and its first revision, and the
 * revision's JSON built from the parsed input, so a 200,000-row import does not
 * read each claim back. The row's columns come from the claim contract.
 */
import type BetterSqlite3 from "better-sqlite3";
import { getTableColumns, getTableName } from "drizzle-orm";
import type { RevisionAction } from "@/db/enums";
import { citations, claimMentions, claims, revisions } from "@/db/schema";
import { dateInterval } from "@/lib/dates";
import { PLAIN_FIELDS, plainValues, scalarValues, type ClaimJson } from "./contract";
import type { CreateClaim } from "./input";

type ClaimRow = typeof claims.$inferInsert;

/** The claim columns a new claim sets, in statement order. A contract field without a column is a compile error here. */
const INSERT_KEYS = [
  "pairId",
  ...PLAIN_FIELDS,
  "speakerId",
  "occurredStart",
  "occurredEnd",
  "status",
  "publishedAt",
  "version",
  "createdById",
  "createdAt",
  "updatedAt",
] satisfies (keyof ClaimRow)[];

interface Statements {
  claim: BetterSqlite3.Statement;
  mention: BetterSqlite3.Statement;
  citation: BetterSqlite3.Statement;
  revision: BetterSqlite3.Statement;
}

const prepared = new WeakMap<BetterSqlite3.Database, Statements>();

function statements(sqlite: BetterSqlite3.Database): Statements {
  let found = prepared.get(sqlite);
  if (!found) {
    const columns = getTableColumns(claims);
    const names = INSERT_KEYS.map((k) => columns[k].name);
    found = {
      claim: sqlite.prepare(`INSERT INTO ${getTableName(claims)} (${names.join(", ")}) VALUES (${names.map(() => "?").join(", ")})`),
      mention: sqlite.prepare(`INSERT OR IGNORE INTO ${getTableName(claimMentions)} (claim_id, person_id) VALUES (?, ?)`),
      citation: sqlite.prepare(
        `INSERT INTO ${getTableName(citations)} (claim_id, outlet_id, url, title, published_on, quote, position) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      revision: sqlite.prepare(
        `INSERT INTO ${getTableName(revisions)} (claim_id, user_id, action, version, reason, before, after, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
    };
    prepared.set(sqlite, found);
  }
  return found;
}

/** A new claim, parsed (its `pair` the canonical slug) and resolved to ids. */
export interface NewClaim {
  data: CreateClaim;
  pairId: number;
  speakerId: number | null;
  mentionIds: Iterable<number>;
  /** Outlet ids by slug, for every citation's outlet. */
  outletIds: ReadonlyMap<string, number>;
}

/** Who writes and when. */
export interface WriteStamp {
  userId: number | null;
  now: string;
}

/** Inserts a claim (version 1) with its mentions and citations; returns its id. Run it inside the caller's transaction. */
export function insertClaim(sqlite: BetterSqlite3.Database, claim: NewClaim, { userId, now }: WriteStamp): number {
  const s = statements(sqlite);
  const { data } = claim;
  const { start, end } = dateInterval(data.occurredOn);
  const row: ClaimRow = {
    pairId: claim.pairId,
    ...plainValues(data),
    speakerId: claim.speakerId,
    occurredStart: start,
    occurredEnd: end,
    status: data.status,
    publishedAt: data.status === "published" ? now : null,
    version: 1,
    createdById: userId,
    createdAt: now,
    updatedAt: now,
  };
  const id = Number(s.claim.run(INSERT_KEYS.map((k) => row[k] ?? null)).lastInsertRowid);
  for (const personId of claim.mentionIds) s.mention.run(id, personId);
  data.citations.forEach((c, position) =>
    s.citation.run(id, claim.outletIds.get(c.outlet)!, c.url, c.title, c.publishedOn, c.quote, position),
  );
  return id;
}

/** The JSON snapshot of a claim just inserted by `insertClaim`: its first revision's `after`. */
export function newClaimJson(id: number, data: CreateClaim, now: string): ClaimJson {
  return {
    id,
    ...scalarValues(data),
    status: data.status,
    mentions: data.mentions,
    citations: data.citations,
    correction: null,
    settlement: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

export interface NewRevision {
  claimId: number;
  action: RevisionAction;
  version: number;
  before: ClaimJson | null;
  after: ClaimJson | null;
  reason: string | null;
}

/** Appends one entry to a claim's revision log. */
export function insertRevision(sqlite: BetterSqlite3.Database, r: NewRevision, { userId, now }: WriteStamp): void {
  const json = (v: ClaimJson | null) => (v === null ? null : JSON.stringify(v));
  statements(sqlite).revision.run(r.claimId, userId, r.action, r.version, r.reason, json(r.before), json(r.after), now);
}
