import type { ClaimStatus, OutletGrade, PairStatus, SettlementOutcome } from "@/db/enums";
import { plainValues, SCALAR_FIELDS, type CitationJson, type ClaimJson, type PlainValues, type ScalarField } from "./contract";

export type { ClaimJson } from "./contract";

export interface PersonRef {
  id: number;
  slug: string;
  name: string;
}

export interface OutletRef {
  id: number;
  slug: string;
  name: string;
  url: string | null;
  /** null: not yet graded by an admin. */
  grade: OutletGrade | null;
}

export interface CitationView {
  outlet: OutletRef;
  url: string | null;
  title: string | null;
  publishedOn: string | null;
  quote: string | null;
}

/** How a claim turned out, once the record answered it (ADR 0020). */
export interface SettlementView {
  outcome: SettlementOutcome;
  /** `YYYY-MM-DD`: the day the record answered the claim. */
  settledOn: string;
  reason: string;
  /** The settling evidence (not the claim's own sources). */
  citations: CitationView[];
}

/**
 * A claim with everything a page needs to show it: people and outlets resolved.
 * Its plain fields (text, dates, choices) are the contract's, as they are stored.
 */
export interface ClaimView extends PlainValues {
  id: number;
  pair: { id: number; slug: string; status: PairStatus; people: [PersonRef, PersonRef] };
  speaker: PersonRef | null;
  occurredStart: string;
  occurredEnd: string;
  status: ClaimStatus;
  correction: string | null;
  retractedAt: string | null;
  publishedAt: string | null;
  mentions: PersonRef[];
  citations: CitationView[];
  /** Null while the claim is open. */
  settlement: SettlementView | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

function citationToJson(c: CitationView): CitationJson {
  return { outlet: c.outlet.slug, url: c.url, title: c.title, publishedOn: c.publishedOn, quote: c.quote };
}

/** The JSON value of each one-value field: plain fields as stored, the pair and speaker as slugs. */
function scalarJson(claim: ClaimView): Pick<ClaimJson, ScalarField> {
  const plain = plainValues(claim);
  const values: Record<string, unknown> = {};
  // In the contract's order, so the JSON's keys keep the order of the fields.
  for (const field of SCALAR_FIELDS)
    values[field] = field === "pair" ? claim.pair.slug : field === "speaker" ? (claim.speaker?.slug ?? null) : plain[field];
  return values as Pick<ClaimJson, ScalarField>;
}

/** Maps a claim to the JSON contract: people, pair and outlets become slugs. */
export function claimToJson(claim: ClaimView): ClaimJson {
  return {
    id: claim.id,
    ...scalarJson(claim),
    status: claim.status,
    mentions: claim.mentions.map((m) => m.slug),
    citations: claim.citations.map(citationToJson),
    correction: claim.correction ? { note: claim.correction, date: claim.retractedAt } : null,
    settlement: claim.settlement
      ? {
          outcome: claim.settlement.outcome,
          settledOn: claim.settlement.settledOn,
          reason: claim.settlement.reason,
          citations: claim.settlement.citations.map(citationToJson),
        }
      : null,
    version: claim.version,
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
  };
}
