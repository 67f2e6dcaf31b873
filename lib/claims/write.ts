import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { citations, claimMentions, claims, outlets, pairs, people, revisions } from "@/db/schema";
import type { RevisionAction } from "@/db/enums";
import type { Actor } from "@/lib/auth/actor";
import { dateInterval, dateProblem } from "@/lib/dates";
import { ConflictError, NotFoundError, ValidationError, type FieldErrors } from "@/lib/errors";
import { canonicalPairSlug, splitPairSlug } from "@/lib/slugs";
import { nowIso, parseInput, writeTransaction, type Tx } from "@/lib/write";
import { EDITABLE_FIELDS, PLAIN_FIELDS, type CitationInput } from "./contract";
import { createClaimSchema, discardClaimSchema, publishClaimSchema, retractClaimSchema, updateClaimSchema } from "./input";
import { insertClaim, insertRevision } from "./insert";
import { loadClaimViews } from "./load";
import { claimToJson, type ClaimJson, type ClaimView } from "./types";

export function viewOf(tx: Tx, id: number): ClaimView {
  const view = loadClaimViews(tx, { where: eq(claims.id, id) })[0];
  if (!view) throw new NotFoundError(`Claim ${id} does not exist.`);
  return view;
}

/** Ids for person slugs; unknown ones become field errors under `field` (or `field.i`). */
function personIds(tx: Tx, slugs: string[], field: string, errors: FieldErrors, indexed: boolean): Map<string, number> {
  const found = new Map<string, number>();
  if (slugs.length === 0) return found;
  for (const row of tx.select({ id: people.id, slug: people.slug }).from(people).where(inArray(people.slug, slugs)).all())
    found.set(row.slug, row.id);
  slugs.forEach((slug, i) => {
    if (!found.has(slug)) errors[indexed ? `${field}.${i}` : field] ??= `No person with the slug "${slug}"`;
  });
  return found;
}

export function outletIds(tx: Tx, list: CitationInput[], errors: FieldErrors): Map<string, number> {
  const slugs = [...new Set(list.map((c) => c.outlet))];
  const found = new Map<string, number>();
  if (slugs.length === 0) return found;
  for (const row of tx.select({ id: outlets.id, slug: outlets.slug }).from(outlets).where(inArray(outlets.slug, slugs)).all())
    found.set(row.slug, row.id);
  list.forEach((c, i) => {
    if (!found.has(c.outlet)) errors[`citations.${i}.outlet`] ??= `No outlet with the slug "${c.outlet}"`;
  });
  return found;
}

function writeCitations(tx: Tx, claimId: number, list: CitationInput[], ids: Map<string, number>) {
  tx.delete(citations).where(eq(citations.claimId, claimId)).run();
  list.forEach((c, position) => {
    tx.insert(citations)
      .values({ claimId, outletId: ids.get(c.outlet)!, url: c.url, title: c.title, publishedOn: c.publishedOn, quote: c.quote, position })
      .run();
  });
}

function writeMentions(tx: Tx, claimId: number, ids: Iterable<number>) {
  tx.delete(claimMentions).where(eq(claimMentions.claimId, claimId)).run();
  for (const personId of ids) tx.insert(claimMentions).values({ claimId, personId }).run();
}

export function recordRevision(
  tx: Tx,
  claimId: number,
  actor: Actor | null,
  action: RevisionAction,
  version: number,
  before: ClaimJson | null,
  after: ClaimJson | null,
  reason: string | null,
) {
  tx.insert(revisions)
    .values({ claimId, userId: actor?.userId ?? null, action, version, before, after, reason, createdAt: nowIso() })
    .run();
}

/** Loads a claim for a state change, refusing a missing one (404) or a stale version (409 with the current claim). */
export function currentForWrite(tx: Tx, id: number, version: number): ClaimView {
  const current = viewOf(tx, id);
  if (current.version !== version) {
    throw new ConflictError(
      `Claim ${id} was changed by someone else (you edited version ${version}; it is now version ${current.version}). Nothing was saved.`,
      claimToJson(current),
    );
  }
  return current;
}

export interface CreateClaimOptions {
  /** The form picks two people; create their pair if it does not exist yet. */
  createPairIfMissing?: boolean;
}

/**
 * Creates a claim (draft or published) with its mentions and citations, and
 * its first revision, in one transaction. Unknown pair, people or outlets are
 * field errors; publishing needs at least one citation.
 */
export function createClaim(db: Db, actor: Actor | null, input: unknown, options: CreateClaimOptions = {}): ClaimView {
  const data = parseInput(createClaimSchema, input);
  return writeTransaction(db, (tx) => {
    const errors: FieldErrors = {};
    // A pair is unordered: "tom-cruise--ana-de-armas" means the canonical "ana-de-armas--tom-cruise".
    const pairPeople = splitPairSlug(data.pair);
    const pairSlug = pairPeople ? canonicalPairSlug(...pairPeople) : data.pair;
    let pair = pairPeople ? tx.select({ id: pairs.id }).from(pairs).where(eq(pairs.slug, pairSlug)).get() : undefined;
    if (!pairPeople) {
      errors.pair = "A pair needs two different people";
    } else if (!pair && options.createPairIfMissing) {
      const [a, b] = pairSlug.split("--");
      const ids = personIds(tx, [a, b], "pair", errors, false);
      if (ids.size === 2)
        pair = tx
          .insert(pairs)
          .values({ slug: pairSlug, personAId: ids.get(a)!, personBId: ids.get(b)! })
          .returning({ id: pairs.id })
          .get();
    } else if (!pair) {
      errors.pair = `No pair with the slug "${data.pair}"`;
    }
    const speaker = data.speaker ? personIds(tx, [data.speaker], "speaker", errors, false) : new Map<string, number>();
    const mentioned = personIds(tx, data.mentions, "mentions", errors, true);
    const outletsBySlug = outletIds(tx, data.citations, errors);
    if (Object.keys(errors).length > 0 || !pair) throw new ValidationError("Some fields need fixing.", errors);

    const stamp = { userId: actor?.userId ?? null, now: nowIso() };
    const claim = { ...data, pair: pairSlug };
    const id = insertClaim(
      db.$client,
      {
        data: claim,
        pairId: pair.id,
        speakerId: data.speaker ? speaker.get(data.speaker)! : null,
        mentionIds: mentioned.values(),
        outletIds: outletsBySlug,
      },
      stamp,
    );
    // The first revision records the claim exactly as read back (mentions in the order every later
    // read gives them), so revision 1's `after` equals revision 2's `before` and the create answer.
    const created = viewOf(tx, id);
    insertRevision(
      db.$client,
      { claimId: id, action: "create", version: 1, before: null, after: claimToJson(created), reason: data.reason },
      stamp,
    );
    return created;
  });
}

/**
 * Applies an edit made from `version`. A stale version is refused with 409
 * and the current claim, so no edit is silently lost. Retracted claims are
 * final. Every accepted edit bumps the version and is a revision; an edit
 * that changes nothing returns the claim untouched (same version).
 */
export function updateClaim(db: Db, actor: Actor | null, id: number, input: unknown): ClaimView {
  try {
    return applyUpdate(db, actor, id, input);
  } catch (error) {
    if (error instanceof NoChange) return error.claim;
    throw error;
  }
}

function applyUpdate(db: Db, actor: Actor | null, id: number, input: unknown): ClaimView {
  const data = parseInput(updateClaimSchema, input);
  return writeTransaction(db, (tx) => {
    const current = currentForWrite(tx, id, data.version);
    if (current.status === "retracted")
      throw new ConflictError("A retracted claim cannot be edited; its correction stands.", claimToJson(current), "invalid_state");

    const errors: FieldErrors = {};
    const occurredOn = data.occurredOn ?? current.occurredOn;
    const precision = data.precision ?? current.precision;
    const problem = dateProblem(occurredOn, precision);
    if (problem) errors[data.occurredOn !== undefined ? "occurredOn" : "precision"] = problem.charAt(0).toUpperCase() + problem.slice(1);
    if (data.citations && data.citations.length === 0 && current.status === "published")
      errors.citations = "A published claim needs at least one citation";
    const speaker = data.speaker ? personIds(tx, [data.speaker], "speaker", errors, false) : new Map<string, number>();
    const mentioned = data.mentions ? personIds(tx, data.mentions, "mentions", errors, true) : null;
    const outletsBySlug = data.citations ? outletIds(tx, data.citations, errors) : null;
    if (Object.keys(errors).length > 0) throw new ValidationError("Some fields need fixing.", errors);

    const before = claimToJson(current);
    const { start, end } = dateInterval(occurredOn);
    const set: Partial<typeof claims.$inferInsert> = {
      occurredOn,
      precision,
      occurredStart: start,
      occurredEnd: end,
      version: current.version + 1,
      updatedAt: nowIso(),
    };
    for (const key of PLAIN_FIELDS) {
      if (data[key] !== undefined) (set as Record<string, unknown>)[key] = data[key];
    }
    if (data.speaker !== undefined) set.speakerId = data.speaker ? speaker.get(data.speaker)! : null;
    const result = tx
      .update(claims)
      .set(set)
      .where(and(eq(claims.id, id), eq(claims.version, data.version)))
      .run();
    if (result.changes !== 1) throw new ConflictError(`Claim ${id} changed while saving. Nothing was saved.`, before);
    if (mentioned) writeMentions(tx, id, mentioned.values());
    if (outletsBySlug && data.citations) writeCitations(tx, id, data.citations, outletsBySlug);

    const updated = viewOf(tx, id);
    const after = claimToJson(updated);
    if (changedFields(before, after).length === 0) {
      // Nothing really changed: roll back the version bump rather than log an empty revision.
      throw new NoChange(current);
    }
    recordRevision(tx, id, actor, "update", updated.version, before, after, data.reason);
    return updated;
  });
}

class NoChange extends Error {
  constructor(readonly claim: ClaimView) {
    super("no change");
  }
}

/** Publishes a draft (it must have a citation). Publishing an already published claim is a conflict. */
export function publishClaim(db: Db, actor: Actor | null, id: number, input: unknown): ClaimView {
  const data = parseInput(publishClaimSchema, input);
  return writeTransaction(db, (tx) => {
    const current = currentForWrite(tx, id, data.version);
    if (current.status !== "draft")
      throw new ConflictError(`Claim ${id} is already ${current.status}.`, claimToJson(current), "invalid_state");
    if (current.citations.length === 0)
      throw new ValidationError("Add at least one citation before publishing.", {
        citations: "Add at least one citation before publishing",
      });
    const now = nowIso();
    tx.update(claims)
      .set({ status: "published", publishedAt: now, updatedAt: now, version: current.version + 1 })
      .where(and(eq(claims.id, id), eq(claims.version, data.version)))
      .run();
    const updated = viewOf(tx, id);
    recordRevision(tx, id, actor, "publish", updated.version, claimToJson(current), claimToJson(updated), data.reason);
    return updated;
  });
}

/** Retracts a published claim with a correction note: it stays visible to readers, struck through. Never deleted. */
export function retractClaim(db: Db, actor: Actor | null, id: number, input: unknown): ClaimView {
  const data = parseInput(retractClaimSchema, input);
  return writeTransaction(db, (tx) => {
    const current = currentForWrite(tx, id, data.version);
    if (current.status !== "published") {
      throw new ConflictError(
        current.status === "draft" ? "Only published claims are retracted; discard a draft instead." : `Claim ${id} is already retracted.`,
        claimToJson(current),
        "invalid_state",
      );
    }
    const now = nowIso();
    tx.update(claims)
      .set({ status: "retracted", correction: data.correction, retractedAt: now, updatedAt: now, version: current.version + 1 })
      .where(and(eq(claims.id, id), eq(claims.version, data.version)))
      .run();
    const updated = viewOf(tx, id);
    recordRevision(tx, id, actor, "retract", updated.version, claimToJson(current), claimToJson(updated), data.correction);
    return updated;
  });
}

/** Discards a draft that was never published. The revision log keeps a record of it. */
export function discardDraft(db: Db, actor: Actor | null, id: number, input: unknown): void {
  const data = parseInput(discardClaimSchema, input);
  writeTransaction(db, (tx) => {
    const current = currentForWrite(tx, id, data.version);
    if (current.status !== "draft")
      throw new ConflictError("Only drafts can be discarded; retract a published claim instead.", claimToJson(current), "invalid_state");
    recordRevision(tx, id, actor, "discard", current.version, claimToJson(current), null, null);
    tx.delete(claims).where(eq(claims.id, id)).run();
  });
}

/** The editable fields whose values differ between two snapshots of a claim. */
export function changedFields(before: ClaimJson | null, after: ClaimJson | null): string[] {
  const keys: string[] = [...EDITABLE_FIELDS, "status", "correction", "settlement"];
  return keys.filter(
    (k) =>
      JSON.stringify((before as Record<string, unknown> | null)?.[k] ?? null) !==
      JSON.stringify((after as Record<string, unknown> | null)?.[k] ?? null),
  );
}
