/**
 * The claim form's working copy of a claim, and the pure rules that turn it
 * into the JSON lib/claims/write.ts expects. No I/O, no server imports: the
 * client form uses it, and so do its unit tests.
 */
import type { ClaimKind, ConfidenceLevel, DatePrecision, Stance } from "@/db/enums";
import { EDITABLE_FIELDS } from "./input";
import type { ClaimJson } from "./types";

export interface CitationDraft {
  /** Stable React key for a row; never sent. */
  key: string;
  outlet: string;
  url: string;
  title: string;
  publishedOn: string;
  quote: string;
}

/** Every field as the form holds it: text inputs hold "", never null; enums may be "" until chosen. */
export interface ClaimDraft {
  people: [string, string];
  kind: ClaimKind | "";
  headline: string;
  details: string;
  quote: string;
  speaker: string;
  occurredOn: string;
  precision: DatePrecision | "";
  reportedOn: string;
  place: string;
  stance: Stance | "";
  confidence: ConfidenceLevel | "";
  mentions: string[];
  citations: CitationDraft[];
}

/** The fields an editor can change on an existing claim, in form order. The pair is fixed once created. */
export const DRAFT_FIELDS = EDITABLE_FIELDS;
export type DraftField = (typeof DRAFT_FIELDS)[number];

let keyCounter = 0;
/** A fresh row key (unique within this page). */
export function newRowKey(): string {
  keyCounter += 1;
  return `row-${keyCounter}`;
}

export function emptyCitation(): CitationDraft {
  return { key: newRowKey(), outlet: "", url: "", title: "", publishedOn: "", quote: "" };
}

/** A blank form for a new claim: the common choices preset, confidence left for the editor to judge. */
export function emptyDraft(people: [string, string] = ["", ""]): ClaimDraft {
  return {
    people,
    kind: "sighting",
    headline: "",
    details: "",
    quote: "",
    speaker: "",
    occurredOn: "",
    precision: "day",
    reportedOn: "",
    place: "",
    stance: "supports",
    confidence: "",
    mentions: [],
    citations: [emptyCitation()],
  };
}

/** The form's copy of a saved claim. */
export function draftFromClaim(claim: ClaimJson): ClaimDraft {
  const [a, b] = claim.pair.split("--");
  return {
    people: [a ?? "", b ?? ""],
    kind: claim.kind,
    headline: claim.headline,
    details: claim.details ?? "",
    quote: claim.quote ?? "",
    speaker: claim.speaker ?? "",
    occurredOn: claim.occurredOn,
    precision: claim.precision,
    reportedOn: claim.reportedOn ?? "",
    place: claim.place ?? "",
    stance: claim.stance,
    confidence: claim.confidence,
    mentions: [...claim.mentions],
    citations: claim.citations.map((c) => ({
      key: newRowKey(),
      outlet: c.outlet,
      url: c.url ?? "",
      title: c.title ?? "",
      publishedOn: c.publishedOn ?? "",
      quote: c.quote ?? "",
    })),
  };
}

/** One field of a draft in the JSON shape the write API takes (trimmed; blanks become null). */
export function fieldPayload(draft: ClaimDraft, field: DraftField): unknown {
  const text = (s: string) => (s.trim() === "" ? null : s.trim());
  switch (field) {
    case "mentions":
      return draft.mentions.filter((m) => m.trim() !== "");
    case "citations":
      // A row left completely blank (the form offers one) is no citation at all, not an error.
      return draft.citations
        .filter(isFilled)
        .map((c) => ({ outlet: c.outlet, url: text(c.url), title: text(c.title), publishedOn: text(c.publishedOn), quote: text(c.quote) }));
    case "speaker":
      return text(draft.speaker);
    case "headline":
    case "occurredOn":
      return draft[field].trim();
    case "kind":
    case "precision":
    case "stance":
    case "confidence":
      // An unchosen enum is sent as missing, so the API's "X must be one of…" message names the field.
      return draft[field] === "" ? undefined : draft[field];
    default:
      return text(draft[field]);
  }
}

/** True for a citation row with anything typed in it; blank rows are not sent. */
function isFilled(c: CitationDraft): boolean {
  return [c.outlet, c.url, c.title, c.publishedOn, c.quote].some((v) => v.trim() !== "");
}

/**
 * Server errors name citations by their index in what was sent
 * ("citations.1.url"); blank rows were left out, so map those keys back to the
 * form's own rows.
 */
export function remapCitationErrors(draft: ClaimDraft, fields: Record<string, string>): Record<string, string> {
  const rows = draft.citations.flatMap((c, i) => (isFilled(c) ? [i] : []));
  return Object.fromEntries(
    Object.entries(fields).map(([key, message]) => {
      const m = /^citations\.(\d+)(\..*)?$/.exec(key);
      const row = m ? rows[Number(m[1])] : undefined;
      return [m && row !== undefined ? `citations.${row}${m[2] ?? ""}` : key, message];
    }),
  );
}

/** The body for `createClaim` (without `pair`, which the server derives from the two people). */
export function createPayload(draft: ClaimDraft, status: "draft" | "published"): Record<string, unknown> {
  const body: Record<string, unknown> = { status };
  for (const field of DRAFT_FIELDS) body[field] = fieldPayload(draft, field);
  return body;
}

function same(a: ClaimDraft, b: ClaimDraft, field: DraftField): boolean {
  return JSON.stringify(fieldPayload(a, field)) === JSON.stringify(fieldPayload(b, field));
}

/** The fields whose values differ between two drafts, as the server would see them (whitespace and row keys ignored). */
export function changedDraftFields(base: ClaimDraft, draft: ClaimDraft): DraftField[] {
  return DRAFT_FIELDS.filter((f) => !same(base, draft, f));
}

/** A PATCH body: the version edited plus only the fields changed since it was loaded. */
export function updatePayload(base: ClaimDraft, draft: ClaimDraft, version: number, reason: string): Record<string, unknown> {
  const body: Record<string, unknown> = { version };
  for (const field of changedDraftFields(base, draft)) body[field] = fieldPayload(draft, field);
  if (reason.trim() !== "") body.reason = reason.trim();
  return body;
}

export type ConflictChoice = "mine" | "theirs" | "merge";

export interface ConflictRow {
  field: DraftField;
  /** Who changed it since the version the editor loaded. */
  changedBy: "you" | "them" | "both";
  /**
   * What the form starts with: a text both changed is offered merged (both
   * texts kept); otherwise the editor's own change, else the colleague's.
   */
  suggested: ConflictChoice;
}

/**
 * Three-way comparison after a 409: `base` is what the editor loaded, `mine`
 * what they typed, `theirs` the claim as it is now. Only fields where mine and
 * theirs differ need a decision.
 */
export function conflictRows(base: ClaimDraft, mine: ClaimDraft, theirs: ClaimDraft): ConflictRow[] {
  return DRAFT_FIELDS.filter((f) => !same(mine, theirs, f)).map((field) => {
    const mineChanged = !same(base, mine, field);
    const theirsChanged = !same(base, theirs, field);
    const changedBy = mineChanged && theirsChanged ? "both" : mineChanged ? "you" : "them";
    const suggested: ConflictChoice = changedBy === "both" && MERGEABLE_FIELDS.has(field) ? "merge" : mineChanged ? "mine" : "theirs";
    return { field, changedBy, suggested };
  });
}

/** Text fields can be merged by hand; lists and choices are picked whole. */
export const MERGEABLE_FIELDS: ReadonlySet<DraftField> = new Set(["headline", "details", "quote", "place"]);

/** Fields edited in a multi-line box; the others are one line. */
export const MULTILINE_FIELDS: ReadonlySet<DraftField> = new Set(["details", "quote"]);

/** Both versions of a text, for the editor to merge by hand: theirs first, then the editor's own. */
export function mergeSeed(field: DraftField, theirs: string, mine: string): string {
  if (theirs.trim() === "") return mine;
  if (mine.trim() === "") return theirs;
  return MULTILINE_FIELDS.has(field) ? `${theirs}\n\n${mine}` : `${theirs} / ${mine}`;
}

/** The draft the editor will save after resolving a conflict, field by field. */
export function resolveConflict(
  mine: ClaimDraft,
  theirs: ClaimDraft,
  choices: Partial<Record<DraftField, { choice: ConflictChoice; merged?: string }>>,
): ClaimDraft {
  const next: ClaimDraft = { ...mine, mentions: [...mine.mentions], citations: mine.citations.map((c) => ({ ...c })) };
  for (const field of DRAFT_FIELDS) {
    const decision = choices[field];
    if (!decision || decision.choice === "mine") continue;
    if (decision.choice === "merge" && MERGEABLE_FIELDS.has(field)) {
      (next as unknown as Record<string, unknown>)[field] = decision.merged ?? "";
    } else {
      (next as unknown as Record<string, unknown>)[field] = structuredClone(theirs[field]);
    }
  }
  return next;
}
