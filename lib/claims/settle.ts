import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { claims, settlementCitations } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { ConflictError, ValidationError, type FieldErrors } from "@/lib/errors";
import { nowIso, parseInput, writeTransaction, type Tx } from "@/lib/write";
import type { CitationInput } from "./contract";
import { settleClaimSchema, unsettleClaimSchema } from "./input";
import { claimToJson, type ClaimView } from "./types";
import { currentForWrite, outletIds, recordRevision, viewOf } from "./write";

/** Claims that are on the record: published, or published and later retracted (a retraction does not erase a call). */
const SETTLEABLE = new Set(["published", "retracted"]);

function writeSettlementCitations(tx: Tx, claimId: number, list: CitationInput[], ids: Map<string, number>) {
  tx.delete(settlementCitations).where(eq(settlementCitations.claimId, claimId)).run();
  list.forEach((c, position) => {
    tx.insert(settlementCitations)
      .values({ claimId, outletId: ids.get(c.outlet)!, url: c.url, title: c.title, publishedOn: c.publishedOn, quote: c.quote, position })
      .run();
  });
}

/**
 * Settles a claim on the record as borne out or shown false, with the day the
 * record answered it, a reason and at least one citation for the settling
 * evidence. A revision like any other change (409 on a stale version). Drafts
 * and already settled claims are refused (unsettle first to change an outcome).
 */
export function settleClaim(db: Db, actor: Actor | null, id: number, input: unknown): ClaimView {
  const data = parseInput(settleClaimSchema, input, "The settlement needs fixing.");
  return writeTransaction(db, (tx) => {
    const current = currentForWrite(tx, id, data.version);
    if (!SETTLEABLE.has(current.status))
      throw new ConflictError("Only published claims are settled; publish this draft first.", claimToJson(current), "invalid_state");
    if (current.settlement)
      throw new ConflictError(
        `Claim ${id} is already settled; reopen it (unsettle) to change how it turned out.`,
        claimToJson(current),
        "invalid_state",
      );
    const errors: FieldErrors = {};
    const outletsBySlug = outletIds(tx, data.citations, errors);
    if (Object.keys(errors).length > 0) throw new ValidationError("The settlement needs fixing.", errors);
    const result = tx
      .update(claims)
      .set({
        settlement: data.outcome,
        settledOn: data.settledOn,
        settlementReason: data.reason,
        version: current.version + 1,
        updatedAt: nowIso(),
      })
      .where(and(eq(claims.id, id), eq(claims.version, data.version)))
      .run();
    if (result.changes !== 1) throw new ConflictError(`Claim ${id} changed while saving. Nothing was saved.`, claimToJson(current));
    writeSettlementCitations(tx, id, data.citations, outletsBySlug);
    const updated = viewOf(tx, id);
    recordRevision(tx, id, actor, "settle", updated.version, claimToJson(current), claimToJson(updated), data.reason);
    return updated;
  });
}

/** Reopens a settled claim (the settlement was wrong or premature); the revision log keeps the old settlement. */
export function unsettleClaim(db: Db, actor: Actor | null, id: number, input: unknown): ClaimView {
  const data = parseInput(unsettleClaimSchema, input);
  return writeTransaction(db, (tx) => {
    const current = currentForWrite(tx, id, data.version);
    if (!current.settlement) throw new ConflictError(`Claim ${id} is not settled.`, claimToJson(current), "invalid_state");
    tx.update(claims)
      .set({ settlement: null, settledOn: null, settlementReason: null, version: current.version + 1, updatedAt: nowIso() })
      .where(and(eq(claims.id, id), eq(claims.version, data.version)))
      .run();
    tx.delete(settlementCitations).where(eq(settlementCitations.claimId, id)).run();
    const updated = viewOf(tx, id);
    recordRevision(tx, id, actor, "unsettle", updated.version, claimToJson(current), claimToJson(updated), data.reason);
    return updated;
  });
}
