/**
 * The three-way merge after a 409: which fields need a decision, what the form
 * suggests, and the draft the editor saves once every field is decided. Pure.
 */
import { MULTILINE_TEXT_FIELDS, TEXT_FIELDS } from "./contract";
import { DRAFT_FIELDS, sameField as same, type ClaimDraft, type DraftField } from "./claim-draft";

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
export const MERGEABLE_FIELDS: ReadonlySet<DraftField> = new Set(TEXT_FIELDS);

/** Fields edited in a multi-line box; the others are one line. */
export const MULTILINE_FIELDS: ReadonlySet<DraftField> = new Set(MULTILINE_TEXT_FIELDS);

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
