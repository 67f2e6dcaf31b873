import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { writeTransaction } from "@/lib/write";
import { insertRows } from "./import-insert";
import type { ImportRow } from "./import-read";
import { loadLookups, validateRows, type ImportProgress, type PreparedRow, type RowProblem } from "./import-validate";

/**
 * The bulk import: read (import-read.ts), validate (import-validate.ts), insert
 * (import-insert.ts), all or nothing.
 */
export { csvRecordToClaim, detectFormat, IMPORT_COLUMNS, readImportFile } from "./import-read";
export type { ImportProgress } from "./import-validate";

export interface ImportReport {
  dryRun: boolean;
  total: number;
  valid: number;
  inserted: number;
  problems: RowProblem[];
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
