import { IMPORT_COLUMNS } from "@/lib/claims/import";
import { SETTLEMENT_IMPORT_COLUMNS } from "@/lib/claims/import-settlement";
import { stringify } from "csv-stringify/sync";
import { SCALAR_FIELDS } from "@/lib/claims/contract";
import { claimToJson, type ClaimView } from "@/lib/claims/types";
import { guardFormula } from "@/lib/claims/csv-formula";
import { claimPath } from "@/lib/urls";

/**
 * The download's columns. The first ones are the bulk import's (same names,
 * mentions joined with ";"), so a downloaded file can be read back in; the
 * rest say where the claim stands now.
 */
export const CSV_COLUMNS = [
  "id",
  // The import columns, in the same order, so a download can be edited and imported back.
  ...IMPORT_COLUMNS,
  "citations",
  "correction",
  "correctedAt",
  // How the claim turned out (ADR 0020): borne-out, shown-false, or empty while open; the import's
  // settlement columns, so a settled claim downloaded and imported back comes back settled.
  ...SETTLEMENT_IMPORT_COLUMNS,
  "version",
  "createdAt",
  "updatedAt",
  "url",
] as const;

/**
 * Claims as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line
 * break quoted, quotes doubled), one row per claim with its first citation.
 * Values are written as recorded, except that a cell a spreadsheet would run
 * as a formula gets a leading `'` (see lib/claims/csv-formula.ts), which the
 * bulk import removes again.
 */
export function claimsCsv(claims: ClaimView[], siteRoot: string): string {
  const root = siteRoot.replace(/\/+$/, "");
  const rows = claims.map((c) => {
    const json = claimToJson(c);
    const first = c.citations[0];
    return [
      c.id,
      // The contract's one-value fields as the JSON has them (pair and speaker as slugs), then the status.
      ...SCALAR_FIELDS.map((field) => json[field]),
      c.status,
      json.mentions.join(";"),
      first?.outlet.slug ?? null,
      first?.url ?? null,
      first?.title ?? null,
      first?.publishedOn ?? null,
      first?.quote ?? null,
      c.citations.length,
      c.correction,
      c.retractedAt,
      c.settlement?.outcome ?? null,
      c.settlement?.settledOn ?? null,
      c.settlement?.reason ?? null,
      c.settlement?.citations[0]?.outlet.slug ?? null,
      c.settlement?.citations[0]?.url ?? null,
      c.settlement?.citations[0]?.title ?? null,
      c.version,
      c.createdAt,
      c.updatedAt,
      `${root}${claimPath(c.id)}`,
    ].map((v) => (v === null || v === undefined ? "" : guardFormula(String(v))));
  });
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], record_delimiter: "windows", quoted_match: /^\s|\s$/ });
}
