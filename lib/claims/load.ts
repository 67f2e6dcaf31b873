import "server-only";
import { asc, desc, eq, inArray, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { OutletGrade } from "@/db/enums";
import { citations, claimMentions, claims, outlets, pairs, people, settlementCitations } from "@/db/schema";
import { plainValues } from "./contract";
import type { CitationView, ClaimView, PersonRef } from "./types";
import { outletGrade } from "@/lib/outlets/grade";
import type { DbOrTx } from "@/lib/write";

const personA = alias(people, "person_a");
const personB = alias(people, "person_b");
const speaker = alias(people, "speaker");

export interface LoadClaimsOptions {
  where?: SQL;
  order?: "occurred-asc" | "occurred-desc" | "published-desc";
  limit?: number;
  offset?: number;
}

type CitationRow = { url: string | null; title: string | null; publishedOn: string | null; quote: string | null };
type OutletRow = { id: number; slug: string; name: string; url: string | null; grade: OutletGrade | null };

function citationView(citation: CitationRow, outlet: OutletRow): CitationView {
  return {
    outlet: { id: outlet.id, slug: outlet.slug, name: outlet.name, url: outlet.url, grade: outlet.grade },
    url: citation.url,
    title: citation.title,
    publishedOn: citation.publishedOn,
    quote: citation.quote,
  };
}

/**
 * Claims with their pair, people, speaker, mentions and citations resolved, in
 * three queries however many claims there are (no N+1).
 */
export function loadClaimViews(db: DbOrTx, { where, order = "occurred-asc", limit, offset }: LoadClaimsOptions = {}): ClaimView[] {
  const orderBy =
    order === "occurred-asc"
      ? [asc(claims.occurredStart), asc(claims.id)]
      : order === "occurred-desc"
        ? [desc(claims.occurredStart), desc(claims.id)]
        : [desc(claims.publishedAt), desc(claims.id)];
  let query = db
    .select({
      claim: claims,
      pair: { id: pairs.id, slug: pairs.slug, status: pairs.status },
      a: { id: personA.id, slug: personA.slug, name: personA.name },
      b: { id: personB.id, slug: personB.slug, name: personB.name },
      speaker: { id: speaker.id, slug: speaker.slug, name: speaker.name },
    })
    .from(claims)
    .innerJoin(pairs, eq(pairs.id, claims.pairId))
    .innerJoin(personA, eq(personA.id, pairs.personAId))
    .innerJoin(personB, eq(personB.id, pairs.personBId))
    .leftJoin(speaker, eq(speaker.id, claims.speakerId))
    .where(where)
    .orderBy(...orderBy)
    .$dynamic();
  if (limit !== undefined) query = query.limit(limit);
  if (offset) query = query.offset(offset);
  const rows = query.all();
  if (rows.length === 0) return [];

  const ids = rows.map((r) => r.claim.id);
  const citationsByClaim = new Map<number, CitationView[]>();
  const mentionsByClaim = new Map<number, PersonRef[]>();
  const settlingByClaim = new Map<number, CitationView[]>();
  const settledIds = rows.filter((r) => r.claim.settlement !== null).map((r) => r.claim.id);
  // SQLite caps bound parameters; chunk so a 50k-claim pair still loads.
  for (let i = 0; i < ids.length; i += 5000) {
    const chunk = ids.slice(i, i + 5000);
    const citationRows = db
      .select({
        claimId: citations.claimId,
        citation: citations,
        outlet: { id: outlets.id, slug: outlets.slug, name: outlets.name, url: outlets.url, grade: outletGrade },
      })
      .from(citations)
      .innerJoin(outlets, eq(outlets.id, citations.outletId))
      .where(inArray(citations.claimId, chunk))
      .orderBy(asc(citations.claimId), asc(citations.position), asc(citations.id))
      .all();
    for (const { claimId, citation, outlet } of citationRows) {
      const list = citationsByClaim.get(claimId) ?? [];
      list.push(citationView(citation, outlet));
      citationsByClaim.set(claimId, list);
    }
    const mentionRows = db
      .select({ claimId: claimMentions.claimId, id: people.id, slug: people.slug, name: people.name })
      .from(claimMentions)
      .innerJoin(people, eq(people.id, claimMentions.personId))
      .where(inArray(claimMentions.claimId, chunk))
      .orderBy(asc(people.name))
      .all();
    for (const { claimId, ...person } of mentionRows) {
      const list = mentionsByClaim.get(claimId) ?? [];
      list.push(person);
      mentionsByClaim.set(claimId, list);
    }
  }
  for (let i = 0; i < settledIds.length; i += 5000) {
    const settlingRows = db
      .select({
        claimId: settlementCitations.claimId,
        citation: settlementCitations,
        outlet: { id: outlets.id, slug: outlets.slug, name: outlets.name, url: outlets.url, grade: outletGrade },
      })
      .from(settlementCitations)
      .innerJoin(outlets, eq(outlets.id, settlementCitations.outletId))
      .where(inArray(settlementCitations.claimId, settledIds.slice(i, i + 5000)))
      .orderBy(asc(settlementCitations.claimId), asc(settlementCitations.position), asc(settlementCitations.id))
      .all();
    for (const { claimId, citation, outlet } of settlingRows) {
      const list = settlingByClaim.get(claimId) ?? [];
      list.push(citationView(citation, outlet));
      settlingByClaim.set(claimId, list);
    }
  }

  return rows.map(({ claim, pair, a, b, speaker: sp }) => ({
    id: claim.id,
    pair: { ...pair, people: [a, b] },
    ...plainValues(claim),
    speaker: sp && sp.id !== null ? (sp as PersonRef) : null,
    occurredStart: claim.occurredStart,
    occurredEnd: claim.occurredEnd,
    status: claim.status,
    correction: claim.correction,
    retractedAt: claim.retractedAt,
    publishedAt: claim.publishedAt,
    mentions: mentionsByClaim.get(claim.id) ?? [],
    citations: citationsByClaim.get(claim.id) ?? [],
    settlement:
      claim.settlement && claim.settledOn && claim.settlementReason
        ? {
            outcome: claim.settlement,
            settledOn: claim.settledOn,
            reason: claim.settlementReason,
            citations: settlingByClaim.get(claim.id) ?? [],
          }
        : null,
    version: claim.version,
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
  }));
}

/** Statuses a reader may see: published, and retracted (shown struck through with its correction). */
export const READER_VISIBLE_STATUSES = ["published", "retracted"] as const;

export function readerVisible() {
  return inArray(claims.status, [...READER_VISIBLE_STATUSES]);
}
