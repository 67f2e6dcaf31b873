import { parse as parseCsv } from "csv-parse/sync";
import { getTableName } from "drizzle-orm";
import type { Db } from "@/db/client";
import { claimMentions, citations, claims, outlets, pairs, people, revisions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { dateInterval } from "@/lib/dates";
import { fieldErrorsFromZod, ValidationError } from "@/lib/errors";
import { nowIso, writeTransaction } from "@/lib/write";
import { unguardFormula } from "./csv-formula";
import { checkImportSettlement, csvSettlement, insertImportSettlement, type ImportSettlement } from "./import-settlement";
import { createClaimSchema, type CreateClaim } from "./input";
import type { ClaimJson } from "./types";

/** The CSV columns, in the order of the example file. Citation columns repeat with a number: citation2_outlet, … */
export const IMPORT_COLUMNS = [
  "pair",
  "kind",
  "headline",
  "details",
  "quote",
  "speaker",
  "occurredOn",
  "precision",
  "reportedOn",
  "place",
  "stance",
  "confidence",
  "status",
  "mentions",
  "citation_outlet",
  "citation_url",
  "citation_title",
  "citation_publishedOn",
  "citation_quote",
] as const;

const MAX_CITATIONS_PER_ROW = 5;
export const MAX_IMPORT_ROWS = 500_000;

export interface ImportRow {
  /** Where the row starts: the CSV line number, or the JSON item number (1-based). */
  line: number;
  raw: Record<string, unknown>;
}

export interface RowProblem {
  line: number;
  field: string;
  message: string;
}

export interface ImportReport {
  dryRun: boolean;
  total: number;
  valid: number;
  inserted: number;
  problems: RowProblem[];
}

export type ImportFormat = "csv" | "json";

export function detectFormat(fileName: string, text: string): ImportFormat {
  if (/\.json$/i.test(fileName)) return "json";
  if (/\.csv$/i.test(fileName)) return "csv";
  return /^\s*[[{]/.test(text) ? "json" : "csv";
}

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/**
 * Turns one flat CSV record into the claim shape the write API takes. Cells
 * lose the `'` our CSV download puts before formula characters.
 */
export function csvRecordToClaim(raw: Record<string, string>): Record<string, unknown> {
  const record = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, typeof v === "string" ? unguardFormula(v) : v]));
  const claim: Record<string, unknown> = {};
  for (const key of [
    "pair",
    "kind",
    "headline",
    "details",
    "quote",
    "speaker",
    "occurredOn",
    "precision",
    "reportedOn",
    "place",
    "stance",
    "confidence",
    "status",
  ]) {
    const value = blankToUndefined(record[key]);
    if (value !== undefined) claim[key] = value;
  }
  const mentions = (record.mentions ?? "")
    .split(/[;|]/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (mentions.length) claim.mentions = mentions;
  const cites: Record<string, unknown>[] = [];
  for (let n = 1; n <= MAX_CITATIONS_PER_ROW; n++) {
    const prefix = n === 1 ? "citation_" : `citation${n}_`;
    const outlet = blankToUndefined(record[`${prefix}outlet`]);
    const rest = ["url", "title", "publishedOn", "quote"].map((k) => blankToUndefined(record[`${prefix}${k}`]));
    if (outlet === undefined && rest.every((v) => v === undefined)) continue;
    cites.push({ outlet: outlet ?? "", url: rest[0], title: rest[1], publishedOn: rest[2], quote: rest[3] });
  }
  claim.citations = cites;
  const settlement = csvSettlement(record);
  if (settlement) claim.settlement = settlement;
  return claim;
}

/**
 * Reads an import file into rows with their line numbers. A file that cannot be
 * read at all (broken CSV quoting, invalid JSON, wrong top-level shape) is a
 * ValidationError naming where it broke.
 */
export function readImportFile(text: string, format: ImportFormat): ImportRow[] {
  const body = text.replace(/^\uFEFF/, "");
  if (format === "json") {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (error) {
      throw new ValidationError(`The file is not valid JSON: ${(error as Error).message}`, { file: "Not valid JSON" });
    }
    const list = Array.isArray(value) ? value : (value as { claims?: unknown })?.claims;
    if (!Array.isArray(list))
      throw new ValidationError('A JSON import is an array of claims, or an object with a "claims" array.', {
        file: "Expected an array of claims",
      });
    if (list.length > MAX_IMPORT_ROWS)
      throw new ValidationError(`At most ${MAX_IMPORT_ROWS} claims per import.`, { file: "Too many rows" });
    return list.map((raw, i) => ({
      line: i + 1,
      raw: typeof raw === "object" && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : { __notAnObject: raw },
    }));
  }
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parseCsv(body, {
      columns: (header: string[]) => header.map((h) => h.trim()),
      skip_empty_lines: true,
      info: true,
      relax_column_count_less: true,
      trim: false,
      bom: true,
    });
  } catch (error) {
    throw new ValidationError(`The CSV could not be read: ${(error as Error).message}`, { file: "Malformed CSV" });
  }
  if (records.length > MAX_IMPORT_ROWS)
    throw new ValidationError(`At most ${MAX_IMPORT_ROWS} claims per import.`, { file: "Too many rows" });
  // info.lines is the line the record ends on; a record that spans lines starts earlier. Report where it starts.
  let previousEnd = 1;
  return records.map(({ record, info }) => {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    return { line, raw: csvRecordToClaim(record) };
  });
}

/** Identity of a claim for duplicate detection: same pair, date, kind and headline (case and spacing ignored). */
export function duplicateKey(pair: string, occurredOn: string, kind: string, headline: string): string {
  return [pair, occurredOn, kind, headline.toLowerCase().replace(/\s+/g, " ").trim()].join("\u0000");
}

interface PreparedRow {
  line: number;
  data: CreateClaim;
  settlement?: ImportSettlement;
}

interface Lookups {
  pairIds: Map<string, number>;
  personIds: Map<string, number>;
  outletIds: Map<string, number>;
  existing: Set<string>;
}

function loadLookups(db: Db): Lookups {
  const pairIds = new Map(
    db
      .select({ slug: pairs.slug, id: pairs.id })
      .from(pairs)
      .all()
      .map((r) => [r.slug, r.id]),
  );
  const personIds = new Map(
    db
      .select({ slug: people.slug, id: people.id })
      .from(people)
      .all()
      .map((r) => [r.slug, r.id]),
  );
  const outletIds = new Map(
    db
      .select({ slug: outlets.slug, id: outlets.id })
      .from(outlets)
      .all()
      .map((r) => [r.slug, r.id]),
  );
  const existing = new Set<string>();
  const slugById = new Map([...pairIds].map(([slug, id]) => [id, slug]));
  const stmt = db.$client.prepare("SELECT pair_id, occurred_on, kind, headline FROM claims").raw(true);
  for (const [pairId, occurredOn, kind, headline] of stmt.iterate() as Iterable<[number, string, string, string]>) {
    existing.add(duplicateKey(slugById.get(pairId) ?? "", occurredOn, kind, headline));
  }
  return { pairIds, personIds, outletIds, existing };
}

const STEP = 1000;

/** Validates every row against the claim rules and the database, yielding progress; fills `good` and `problems`. */
function* validateRows(rows: ImportRow[], lookups: Lookups, good: PreparedRow[], problems: RowProblem[]): Generator<ImportProgress> {
  const seen = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    if (i % STEP === 0) yield { phase: "validate", done: i, total: rows.length };
    const row = rows[i];
    if ("__notAnObject" in row.raw) {
      problems.push({ line: row.line, field: "_", message: "Each claim must be a JSON object" });
      continue;
    }
    const settling = checkImportSettlement(row.raw, lookups.outletIds);
    const parsed = createClaimSchema.safeParse(settling.rest);
    if (!parsed.success) {
      for (const [field, message] of Object.entries(fieldErrorsFromZod(parsed.error.issues)))
        problems.push({ line: row.line, field, message });
      continue;
    }
    const data = parsed.data;
    const rowProblems: RowProblem[] = settling.problems.map(([field, message]) => ({ line: row.line, field, message }));
    const [a, b] = data.pair.split("--");
    if (!lookups.pairIds.has(data.pair) && !(lookups.personIds.has(a) && lookups.personIds.has(b) && a < b)) {
      rowProblems.push({ line: row.line, field: "pair", message: `No pair "${data.pair}" and its two people are not both known` });
    }
    if (data.speaker && !lookups.personIds.has(data.speaker))
      rowProblems.push({ line: row.line, field: "speaker", message: `No person "${data.speaker}"` });
    data.mentions.forEach((m, j) => {
      if (!lookups.personIds.has(m)) rowProblems.push({ line: row.line, field: `mentions.${j}`, message: `No person "${m}"` });
    });
    data.citations.forEach((c, j) => {
      if (!lookups.outletIds.has(c.outlet))
        rowProblems.push({ line: row.line, field: `citations.${j}.outlet`, message: `No outlet "${c.outlet}"` });
    });
    const key = duplicateKey(data.pair, data.occurredOn, data.kind, data.headline);
    if (lookups.existing.has(key))
      rowProblems.push({
        line: row.line,
        field: "headline",
        message: "Duplicate of a claim already in the ledger (same pair, date, kind and headline)",
      });
    else if (seen.has(key))
      rowProblems.push({ line: row.line, field: "headline", message: `Duplicate of line ${seen.get(key)} in this file` });
    seen.set(key, row.line);
    if (rowProblems.length) problems.push(...rowProblems);
    else good.push({ line: row.line, data, settlement: settling.settlement });
  }
  yield { phase: "validate", done: rows.length, total: rows.length };
}

export interface ImportProgress {
  phase: "validate" | "insert";
  done: number;
  total: number;
}

/**
 * The import as steps: validate every row (a dry run stops there), refuse the
 * whole file if any row is bad, else insert every row. Yields progress between
 * steps; the caller runs it inside one transaction so it is all or nothing.
 */
function* importSteps(db: Db, actor: Actor | null, rows: ImportRow[], dryRun: boolean, report: ImportReport): Generator<ImportProgress> {
  const lookups = loadLookups(db);
  const good: PreparedRow[] = [];
  yield* validateRows(rows, lookups, good, report.problems);
  report.valid = good.length;
  if (dryRun || report.problems.length > 0) return;
  yield* insertRows(db, actor, good, lookups);
  report.inserted = good.length;
}

function emptyReport(rows: ImportRow[], dryRun: boolean): ImportReport {
  return { dryRun, total: rows.length, valid: 0, inserted: 0, problems: [] };
}

/**
 * Imports claims synchronously (the command line). A dry run reports every bad
 * row with its line and reason and writes nothing. A real run refuses the whole
 * file if any row is bad, and otherwise inserts every row in ONE transaction
 * with prepared statements — all or nothing — with an `import` revision per claim.
 */
export function importClaims(
  db: Db,
  actor: Actor | null,
  rows: ImportRow[],
  options: { dryRun: boolean; onProgress?: (p: ImportProgress) => void },
): ImportReport {
  const report = emptyReport(rows, options.dryRun);
  const run = () => {
    for (const progress of importSteps(db, actor, rows, options.dryRun, report)) options.onProgress?.(progress);
    return report;
  };
  // Validation and inserts share the transaction, so nothing can slip in between.
  return options.dryRun ? run() : writeTransaction(db, run);
}

/**
 * The same import for the web UI: runs on its own connection so it can yield to
 * the event loop between steps (streaming progress to the browser) while its
 * transaction stays open; other writers wait for it or get a 503.
 */
export async function importClaimsStreaming(
  openConnection: () => Db,
  actor: Actor | null,
  rows: ImportRow[],
  options: { dryRun: boolean; onProgress: (p: ImportProgress) => void },
): Promise<ImportReport> {
  const db = openConnection();
  const report = emptyReport(rows, options.dryRun);
  try {
    if (!options.dryRun) db.$client.exec("BEGIN IMMEDIATE");
    for (const progress of importSteps(db, actor, rows, options.dryRun, report)) {
      options.onProgress(progress);
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (!options.dryRun) db.$client.exec("COMMIT");
    return report;
  } catch (error) {
    if (db.$client.inTransaction) db.$client.exec("ROLLBACK");
    throw error;
  } finally {
    db.$client.close();
  }
}

function* insertRows(db: Db, actor: Actor | null, rows: PreparedRow[], lookups: Lookups): Generator<ImportProgress> {
  const sqlite = db.$client;
  const now = nowIso();
  const insertPair = sqlite.prepare(
    `INSERT INTO ${getTableName(pairs)} (slug, person_a_id, person_b_id, status, created_at, updated_at) VALUES (?, ?, ?, 'rumored', ?, ?)`,
  );
  const insertClaim = sqlite.prepare(
    `INSERT INTO ${getTableName(claims)} (pair_id, kind, headline, details, quote, speaker_id, occurred_on, precision, occurred_start, occurred_end, reported_on, place, stance, confidence, status, published_at, version, created_by_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
  );
  const insertMention = sqlite.prepare(`INSERT OR IGNORE INTO ${getTableName(claimMentions)} (claim_id, person_id) VALUES (?, ?)`);
  const insertCitation = sqlite.prepare(
    `INSERT INTO ${getTableName(citations)} (claim_id, outlet_id, url, title, published_on, quote, position) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertRevision = sqlite.prepare(
    `INSERT INTO ${getTableName(revisions)} (claim_id, user_id, action, version, reason, before, after, created_at) VALUES (?, ?, 'import', 1, 'Bulk import', NULL, ?, ?)`,
  );
  const userId = actor?.userId ?? null;

  for (let i = 0; i < rows.length; i++) {
    if (i % STEP === 0) yield { phase: "insert", done: i, total: rows.length };
    const { data, settlement } = rows[i];
    let pairId = lookups.pairIds.get(data.pair);
    if (pairId === undefined) {
      const [a, b] = data.pair.split("--");
      pairId = Number(insertPair.run(data.pair, lookups.personIds.get(a)!, lookups.personIds.get(b)!, now, now).lastInsertRowid);
      lookups.pairIds.set(data.pair, pairId);
    }
    const { start, end } = dateInterval(data.occurredOn);
    const claimId = Number(
      insertClaim.run(
        pairId,
        data.kind,
        data.headline,
        data.details,
        data.quote,
        data.speaker ? lookups.personIds.get(data.speaker)! : null,
        data.occurredOn,
        data.precision,
        start,
        end,
        data.reportedOn,
        data.place,
        data.stance,
        data.confidence,
        data.status,
        data.status === "published" ? now : null,
        userId,
        now,
        now,
      ).lastInsertRowid,
    );
    for (const m of data.mentions) insertMention.run(claimId, lookups.personIds.get(m)!);
    data.citations.forEach((c, position) =>
      insertCitation.run(claimId, lookups.outletIds.get(c.outlet)!, c.url, c.title, c.publishedOn, c.quote, position),
    );
    const after: ClaimJson = {
      id: claimId,
      pair: data.pair,
      kind: data.kind,
      headline: data.headline,
      details: data.details,
      quote: data.quote,
      speaker: data.speaker,
      occurredOn: data.occurredOn,
      precision: data.precision,
      reportedOn: data.reportedOn,
      place: data.place,
      stance: data.stance,
      confidence: data.confidence,
      status: data.status,
      mentions: data.mentions,
      citations: data.citations,
      correction: null,
      settlement: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    insertRevision.run(claimId, userId, JSON.stringify(after), now);
    if (settlement) insertImportSettlement(sqlite, claimId, settlement, lookups.outletIds, after, userId, now);
  }
  yield { phase: "insert", done: rows.length, total: rows.length };
}
