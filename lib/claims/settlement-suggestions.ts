import "server-only";
import { inArray } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { claims, settlementRejections } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { memoForLedger } from "@/lib/cache/ledger-cache";
import { todayIso } from "@/lib/dates";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { parseInput, writeTransaction } from "@/lib/write";
import { loadClaimViews } from "./load";
import { settlementSuggestions, type SettlementSuggestion, type SuggestionCandidate } from "./settlement-rules";
import type { ClaimView } from "./types";

/**
 * Every open suggestion in the ledger, once per ledger version. Reads only the
 * pairs that have an answer or an unsettled retraction, and only the columns
 * the rule needs.
 */
function allSuggestions(db: Db): SettlementSuggestion[] {
  return memoForLedger(db, "settlement:suggestions", todayIso(), () => {
    const sqlite = db.$client;
    const columns =
      "id, pair_id AS pairId, kind, stance, confidence, status, settlement IS NOT NULL AS settled, occurred_start AS occurredStart";
    const rows = sqlite
      .prepare(
        `SELECT ${columns} FROM claims WHERE status IN ('published', 'retracted') AND pair_id IN (
           SELECT pair_id FROM claims WHERE status = 'published' AND confidence = 'confirmed' AND kind IN ('confirmation', 'denial')
           UNION SELECT pair_id FROM claims WHERE status = 'retracted' AND settlement IS NULL)`,
      )
      .all() as (Omit<SuggestionCandidate, "settled"> & { settled: number })[];
    const rejected = new Set(
      sqlite.prepare("SELECT claim_id || ':' || answer_id AS key FROM settlement_rejections").pluck().all() as string[],
    );
    return settlementSuggestions(
      rows.map((r) => ({ ...r, settled: r.settled === 1 })),
      rejected,
    );
  });
}

/** A suggestion with both claims loaded for the dashboard. */
export interface SuggestionView extends SettlementSuggestion {
  claim: ClaimView;
  answer: ClaimView;
}

/** The newest suggestions for the editors' dashboard (newest answers first), and how many there are in all. */
export function suggestionsForDashboard(db: Db, limit = 20): { total: number; items: SuggestionView[] } {
  const all = allSuggestions(db);
  const shown = all.slice(0, limit);
  const ids = [...new Set(shown.flatMap((s) => [s.claimId, s.answerId]))];
  const views = new Map(ids.length ? loadClaimViews(db, { where: inArray(claims.id, ids) }).map((v) => [v.id, v]) : []);
  return {
    total: all.length,
    items: shown.flatMap((s) =>
      views.has(s.claimId) && views.has(s.answerId) ? [{ ...s, claim: views.get(s.claimId)!, answer: views.get(s.answerId)! }] : [],
    ),
  };
}

const rejectSchema = z.object({ claimId: z.coerce.number().int().positive(), answerId: z.coerce.number().int().positive() }).strict();

/** Turns a suggestion down: remembered, never shown again. Only a suggestion that exists now can be rejected. */
export function rejectSuggestion(db: Db, actor: Actor, input: unknown): void {
  const data = parseInput(rejectSchema, input);
  const exists = allSuggestions(db).some((s) => s.claimId === data.claimId && s.answerId === data.answerId);
  if (!exists) throw new NotFoundError("That suggestion is no longer open.");
  writeTransaction(db, (tx) => {
    const result = tx
      .insert(settlementRejections)
      .values({ claimId: data.claimId, answerId: data.answerId, userId: actor.userId })
      .onConflictDoNothing()
      .run();
    if (result.changes !== 1) throw new ConflictError("That suggestion was already rejected.");
  });
}
