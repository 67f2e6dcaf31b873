import type {
  ClaimKind,
  ClaimStatus,
  ConfidenceLevel,
  DatePrecision,
  OutletGrade,
  PairStatus,
  SettlementOutcome,
  Stance,
} from "@/db/enums";

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

/** A claim with everything a page needs to show it: people and outlets resolved. */
export interface ClaimView {
  id: number;
  pair: { id: number; slug: string; status: PairStatus; people: [PersonRef, PersonRef] };
  kind: ClaimKind;
  headline: string;
  details: string | null;
  quote: string | null;
  speaker: PersonRef | null;
  occurredOn: string;
  precision: DatePrecision;
  occurredStart: string;
  occurredEnd: string;
  reportedOn: string | null;
  place: string | null;
  stance: Stance;
  confidence: ConfidenceLevel;
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

export type CitationJson = { outlet: string; url: string | null; title: string | null; publishedOn: string | null; quote: string | null };

/** The public JSON shape of a claim: the API contract scripts and other newsrooms rely on. */
export interface ClaimJson {
  id: number;
  pair: string;
  kind: ClaimKind;
  headline: string;
  details: string | null;
  quote: string | null;
  speaker: string | null;
  occurredOn: string;
  precision: DatePrecision;
  reportedOn: string | null;
  place: string | null;
  stance: Stance;
  confidence: ConfidenceLevel;
  status: ClaimStatus;
  mentions: string[];
  citations: CitationJson[];
  correction: { note: string; date: string | null } | null;
  settlement: { outcome: SettlementOutcome; settledOn: string; reason: string; citations: CitationJson[] } | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

function citationToJson(c: CitationView): CitationJson {
  return { outlet: c.outlet.slug, url: c.url, title: c.title, publishedOn: c.publishedOn, quote: c.quote };
}

/** Maps a claim to the JSON contract: people, pair and outlets become slugs. */
export function claimToJson(claim: ClaimView): ClaimJson {
  return {
    id: claim.id,
    pair: claim.pair.slug,
    kind: claim.kind,
    headline: claim.headline,
    details: claim.details,
    quote: claim.quote,
    speaker: claim.speaker?.slug ?? null,
    occurredOn: claim.occurredOn,
    precision: claim.precision,
    reportedOn: claim.reportedOn,
    place: claim.place,
    stance: claim.stance,
    confidence: claim.confidence,
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
