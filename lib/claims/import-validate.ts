import type { Db } from "@/db/client";
import { outlets, pairs, people } from "@/db/schema";
import { fieldErrorsFromZod } from "@/lib/errors";
import { checkImportSettlement, type ImportSettlement } from "./import-settlement";
import type { ImportRow } from "./import-read";
import { createClaimSchema, type CreateClaim } from "./input";

/** Validating an import: every row against the claim rules, the people, pairs and outlets, and duplicates. */

export interface RowProblem {
  line: number;
  field: string;
  message: string;
}

export interface ImportProgress {
  phase: "validate" | "insert";
  done: number;
  total: number;
}

/** Progress is reported every STEP rows. */
export const STEP = 1000;

/** Identity of a claim for duplicate detection: same pair, date, kind and headline (case and spacing ignored). */
export function duplicateKey(pair: string, occurredOn: string, kind: string, headline: string): string {
  return [pair, occurredOn, kind, headline.toLowerCase().replace(/\s+/g, " ").trim()].join("\u0000");
}

export interface PreparedRow {
  line: number;
  data: CreateClaim;
  settlement?: ImportSettlement;
}

export interface Lookups {
  pairIds: Map<string, number>;
  personIds: Map<string, number>;
  outletIds: Map<string, number>;
  existing: Set<string>;
}

export function loadLookups(db: Db): Lookups {
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

/** Validates every row against the claim rules and the database, yielding progress; fills `good` and `problems`. */
export function* validateRows(rows: ImportRow[], lookups: Lookups, good: PreparedRow[], problems: RowProblem[]): Generator<ImportProgress> {
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
