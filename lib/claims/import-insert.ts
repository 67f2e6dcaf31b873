import { getTableName } from "drizzle-orm";
import type { Db } from "@/db/client";
import { pairs } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { nowIso } from "@/lib/write";
import { insertImportSettlement } from "./import-settlement";
import type { ImportProgress, Lookups, PreparedRow } from "./import-validate";
import { STEP } from "./import-validate";
import { insertClaim, insertRevision, newClaimJson } from "./insert";

/**
 * Inserts validated rows through the same prepared statements and revision
 * builder as createClaim (insert.ts); a pair whose two people are known is
 * created on first use. Yields progress; the caller holds the transaction.
 */
export function* insertRows(db: Db, actor: Actor | null, rows: PreparedRow[], lookups: Lookups): Generator<ImportProgress> {
  const sqlite = db.$client;
  const stamp = { userId: actor?.userId ?? null, now: nowIso() };
  const insertPair = sqlite.prepare(
    `INSERT INTO ${getTableName(pairs)} (slug, person_a_id, person_b_id, status, created_at, updated_at) VALUES (?, ?, ?, 'rumored', ?, ?)`,
  );
  const person = (slug: string) => lookups.personIds.get(slug)!;

  for (let i = 0; i < rows.length; i++) {
    if (i % STEP === 0) yield { phase: "insert", done: i, total: rows.length };
    const { data, settlement } = rows[i];
    let pairId = lookups.pairIds.get(data.pair);
    if (pairId === undefined) {
      const [a, b] = data.pair.split("--");
      pairId = Number(insertPair.run(data.pair, person(a), person(b), stamp.now, stamp.now).lastInsertRowid);
      lookups.pairIds.set(data.pair, pairId);
    }
    const claimId = insertClaim(
      sqlite,
      {
        data,
        pairId,
        speakerId: data.speaker ? person(data.speaker) : null,
        mentionIds: data.mentions.map(person),
        outletIds: lookups.outletIds,
      },
      stamp,
    );
    const after = newClaimJson(claimId, data, stamp.now);
    insertRevision(sqlite, { claimId, action: "import", version: 1, before: null, after, reason: "Bulk import" }, stamp);
    if (settlement) insertImportSettlement(sqlite, claimId, settlement, lookups.outletIds, after, stamp);
  }
  yield { phase: "insert", done: rows.length, total: rows.length };
}
