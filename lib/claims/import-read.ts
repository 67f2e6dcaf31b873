import { parse as parseCsv } from "csv-parse/sync";
import { ValidationError } from "@/lib/errors";
import { SCALAR_FIELDS } from "./contract";
import { unguardFormula } from "./csv-formula";
import { csvSettlement } from "./import-settlement";

/** Reading an import file: CSV or JSON text into rows of the claim shape the write API takes, with their line numbers. */

const CITATION_COLUMNS = ["citation_outlet", "citation_url", "citation_title", "citation_publishedOn", "citation_quote"] as const;

/**
 * The CSV columns, in the order of the example file: the contract's one-value fields, the status, the
 * mentions (joined with ";") and the first citation. Citation columns repeat with a number: citation2_outlet, …
 */
export const IMPORT_COLUMNS = [...SCALAR_FIELDS, "status", "mentions", ...CITATION_COLUMNS] as const;

const MAX_CITATIONS_PER_ROW = 5;
export const MAX_IMPORT_ROWS = 500_000;

export interface ImportRow {
  /** Where the row starts: the CSV line number, or the JSON item number (1-based). */
  line: number;
  raw: Record<string, unknown>;
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
  for (const key of [...SCALAR_FIELDS, "status"]) {
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
