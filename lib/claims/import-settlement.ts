import type BetterSqlite3 from "better-sqlite3";
import { fieldErrorsFromZod } from "@/lib/errors";
import { settleClaimSchema } from "./input";
import { insertRevision, type WriteStamp } from "./insert";
import type { ClaimJson } from "./types";

/** An imported claim's settlement: the settle body without a version (the import writes version 1, then the settlement as version 2). */
export const importSettlementSchema = settleClaimSchema.omit({ version: true });
export type ImportSettlement = ReturnType<typeof importSettlementSchema.parse>;

/** The CSV columns that settle an imported claim (all optional; `settlement` empty means open). */
export const SETTLEMENT_IMPORT_COLUMNS = [
  "settlement",
  "settledOn",
  "settlementReason",
  "settlement_outlet",
  "settlement_url",
  "settlement_title",
] as const;

const blank = (v: string | undefined) => (v === undefined || v.trim() === "" ? undefined : v);

/** A CSV record's settlement columns as the JSON shape (`settlement: {outcome, settledOn, reason, citations}`), or undefined when open. */
export function csvSettlement(record: Record<string, string>): Record<string, unknown> | undefined {
  if (!blank(record.settlement)) return undefined;
  const outlet = blank(record.settlement_outlet);
  const url = blank(record.settlement_url);
  const title = blank(record.settlement_title);
  return {
    outcome: record.settlement.trim(),
    settledOn: blank(record.settledOn),
    reason: blank(record.settlementReason),
    citations: outlet || url || title ? [{ outlet: outlet ?? "", url, title }] : [],
  };
}

/**
 * Splits a row's `settlement` off and checks it: field problems keyed
 * `settlement.…`. Only a published claim can be imported settled.
 */
export function checkImportSettlement(
  raw: Record<string, unknown>,
  outletIds: Map<string, number>,
): { rest: Record<string, unknown>; settlement?: ImportSettlement; problems: [string, string][] } {
  if (!("settlement" in raw) || raw.settlement === null || raw.settlement === undefined) {
    const { settlement: _drop, ...rest } = raw;
    return { rest, problems: [] };
  }
  const { settlement, ...rest } = raw;
  const parsed = importSettlementSchema.safeParse(settlement);
  if (!parsed.success)
    return { rest, problems: Object.entries(fieldErrorsFromZod(parsed.error.issues)).map(([f, m]) => [`settlement.${f}`, m]) };
  const problems: [string, string][] = [];
  if (rest.status !== "published") problems.push(["settlement", "Only a published claim can be imported settled"]);
  parsed.data.citations.forEach((c, j) => {
    if (!outletIds.has(c.outlet)) problems.push([`settlement.citations.${j}.outlet`, `No outlet "${c.outlet}"`]);
  });
  return { rest, settlement: parsed.data, problems };
}

/** Writes an imported claim's settlement as an editor's would be: the columns, the evidence, and a "settle" revision (version 2). */
export function insertImportSettlement(
  sqlite: BetterSqlite3.Database,
  claimId: number,
  s: ImportSettlement,
  outletIds: Map<string, number>,
  before: ClaimJson,
  stamp: WriteStamp,
): void {
  sqlite
    .prepare("UPDATE claims SET settlement = ?, settled_on = ?, settlement_reason = ?, version = 2 WHERE id = ?")
    .run(s.outcome, s.settledOn, s.reason, claimId);
  const cite = sqlite.prepare(
    "INSERT INTO settlement_citations (claim_id, outlet_id, url, title, published_on, quote, position) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  s.citations.forEach((c, i) => cite.run(claimId, outletIds.get(c.outlet)!, c.url, c.title, c.publishedOn, c.quote, i));
  const after: ClaimJson = {
    ...before,
    version: 2,
    settlement: { outcome: s.outcome, settledOn: s.settledOn, reason: s.reason, citations: s.citations },
  };
  insertRevision(sqlite, { claimId, action: "settle", version: 2, before, after, reason: s.reason }, stamp);
}
