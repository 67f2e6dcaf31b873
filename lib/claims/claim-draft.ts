/**
 * The claim form's working copy of a claim, and the pure rules that turn it
 * into the JSON lib/claims/write.ts expects. No I/O, no server imports: the
 * client form uses it, and so do its unit tests. Its fields are the contract's
 * (contract.ts); the three-way merge after a conflict is in claim-merge.ts.
 */
import {
  CHOICE_FIELDS,
  EDITABLE_FIELDS,
  PLAIN_FIELDS,
  REQUIRED_TEXT_FIELDS,
  type ChoiceField,
  type ClaimJson,
  type CreateClaimPayload,
  type EditableField,
  type FieldPayload,
  type UpdateClaimPayload,
} from "./contract";

export interface CitationDraft {
  /** Stable React key for a row; never sent. */
  key: string;
  outlet: string;
  url: string;
  title: string;
  publishedOn: string;
  quote: string;
}

/** A field as the form holds it: text inputs hold "", never null; choices may be "" until chosen. */
type DraftValue<F extends EditableField> = F extends ChoiceField
  ? ClaimJson[F] | ""
  : F extends "mentions"
    ? string[]
    : F extends "citations"
      ? CitationDraft[]
      : string;

/** Every field as the form holds it, plus the two people the pair is made of. */
export type ClaimDraft = { people: [string, string] } & { [F in EditableField]: DraftValue<F> };

/** The fields an editor can change on an existing claim, in form order. The pair is fixed once created. */
export const DRAFT_FIELDS = EDITABLE_FIELDS;
export type DraftField = EditableField;

/** The form's text inputs (plain fields that are not choices): "" when empty. */
type TextInputs = Omit<{ [F in EditableField]: DraftValue<F> }, ChoiceField | "speaker" | "mentions" | "citations">;
const isChoice = (f: string): f is ChoiceField => (CHOICE_FIELDS as string[]).includes(f);
const TEXT_INPUTS = PLAIN_FIELDS.filter((f) => !isChoice(f)) as (keyof TextInputs)[];

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
  const texts = Object.fromEntries(TEXT_INPUTS.map((f) => [f, ""])) as TextInputs;
  return {
    people,
    ...texts,
    kind: "sighting",
    speaker: "",
    precision: "day",
    stance: "supports",
    confidence: "",
    mentions: [],
    citations: [emptyCitation()],
  };
}

/** The form's copy of a saved claim. */
export function draftFromClaim(claim: ClaimJson): ClaimDraft {
  const [a, b] = claim.pair.split("--");
  const texts = Object.fromEntries(TEXT_INPUTS.map((f) => [f, claim[f] ?? ""])) as TextInputs;
  return {
    people: [a ?? "", b ?? ""],
    ...texts,
    kind: claim.kind,
    speaker: claim.speaker ?? "",
    precision: claim.precision,
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

const REQUIRED: ReadonlySet<string> = new Set(REQUIRED_TEXT_FIELDS);

/** One field of a draft in the JSON shape the write API takes (trimmed; blanks become null). */
function payloadOf(draft: ClaimDraft, field: DraftField): FieldPayload[DraftField] {
  const text = (s: string) => (s.trim() === "" ? null : s.trim());
  if (field === "mentions") return draft.mentions.filter((m) => m.trim() !== "");
  if (field === "citations")
    // A row left completely blank (the form offers one) is no citation at all, not an error.
    return draft.citations
      .filter(isFilled)
      .map((c) => ({ outlet: c.outlet, url: text(c.url), title: text(c.title), publishedOn: text(c.publishedOn), quote: text(c.quote) }));
  // An unchosen choice is sent as missing, so the API's "X must be one of…" message names the field.
  if (isChoice(field)) return draft[field] === "" ? undefined : draft[field];
  const value = draft[field];
  return REQUIRED.has(field) ? value.trim() : text(value);
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

function payloadFor(draft: ClaimDraft, fields: readonly DraftField[]): FieldPayload {
  return Object.fromEntries(fields.map((f) => [f, payloadOf(draft, f)])) as FieldPayload;
}

/** The body for `createClaim` (without `pair`, which the server derives from the two people). */
export function createPayload(draft: ClaimDraft, status: "draft" | "published"): CreateClaimPayload {
  return { status, ...payloadFor(draft, DRAFT_FIELDS) };
}

/** True when a field would be sent the same from both drafts. */
export function sameField(a: ClaimDraft, b: ClaimDraft, field: DraftField): boolean {
  return JSON.stringify(payloadOf(a, field)) === JSON.stringify(payloadOf(b, field));
}

/** The fields whose values differ between two drafts, as the server would see them (whitespace and row keys ignored). */
export function changedDraftFields(base: ClaimDraft, draft: ClaimDraft): DraftField[] {
  return DRAFT_FIELDS.filter((f) => !sameField(base, draft, f));
}

/** A PATCH body: the version edited plus only the fields changed since it was loaded. */
export function updatePayload(base: ClaimDraft, draft: ClaimDraft, version: number, reason: string): UpdateClaimPayload {
  const body: UpdateClaimPayload = { version, ...payloadFor(draft, changedDraftFields(base, draft)) };
  if (reason.trim() !== "") body.reason = reason.trim();
  return body;
}
