/**
 * Readable before/after diffs of two claim snapshots (the revision log's JSON).
 * Pure: the history page renders what this returns.
 */
import { CONFIDENCE_LEVELS, confidenceRangeLabel } from "@/lib/confidence";
import { formatPartialDate, naturalPrecision } from "@/lib/dates";
import { CLAIM_STATUS_LABELS, KIND_LABELS, STANCE_LABELS } from "@/lib/vocabulary";
import { FIELD_LABELS } from "./field-labels";
import { EDITABLE_FIELDS } from "./contract";
import type { ClaimJson } from "./types";

export type WordPart = { kind: "same" | "removed" | "added"; text: string };

export interface FieldChange {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
  /** Word-level diff for prose fields (absent when one side is empty or the text is huge). */
  words?: WordPart[];
}

const PROSE = new Set(["headline", "details", "quote", "place", "correction"]);

type Citation = ClaimJson["citations"][number];

function citationLine(c: Citation): string {
  const date = c.publishedOn ? ` (${formatPartialDate(c.publishedOn, naturalPrecision(c.publishedOn) ?? "day")})` : "";
  return [c.outlet, c.title ? `“${c.title}”` : null, c.url, c.quote ? `quote: “${c.quote}”` : null].filter(Boolean).join(" — ") + date;
}

/** One field of a snapshot as a reader-friendly string, or null when empty. */
export function displayValue(claim: ClaimJson | null, field: string): string | null {
  if (!claim) return null;
  const raw = (claim as unknown as Record<string, unknown>)[field];
  if (raw === undefined || raw === null) return null;
  switch (field) {
    case "kind":
      return KIND_LABELS[claim.kind] ?? claim.kind;
    case "stance":
      return STANCE_LABELS[claim.stance] ?? claim.stance;
    case "confidence":
      return CONFIDENCE_LEVELS.includes(claim.confidence) ? confidenceRangeLabel(claim.confidence) : String(claim.confidence);
    case "status":
      return CLAIM_STATUS_LABELS[claim.status] ?? claim.status;
    case "occurredOn":
      return `${claim.occurredOn} (${formatPartialDate(String(claim.occurredOn), claim.precision)})`;
    case "reportedOn":
      return claim.reportedOn
        ? `${claim.reportedOn} (${formatPartialDate(claim.reportedOn, naturalPrecision(claim.reportedOn) ?? "day")})`
        : null;
    case "mentions":
      return claim.mentions.length ? claim.mentions.join(", ") : null;
    case "citations":
      return claim.citations.length ? claim.citations.map((c, i) => `${i + 1}. ${citationLine(c)}`).join("\n") : null;
    case "correction":
      return claim.correction?.note ?? null;
    case "settlement": {
      const s = claim.settlement;
      if (!s) return null;
      const sources = (s.citations ?? []).map((c, i) => `\n${i + 1}. ${citationLine(c)}`).join("");
      return `${s.outcome === "borne-out" ? "Borne out" : "Shown false"} on ${s.settledOn}: ${s.reason}${sources}`;
    }
    default:
      return raw === "" ? null : String(raw);
  }
}

const MAX_DIFF_TOKENS = 1500;

/** A word-level diff (longest common subsequence over words and the spaces between them). */
export function wordDiff(before: string, after: string): WordPart[] | undefined {
  const a = before.split(/(\s+)/).filter((t) => t !== "");
  const b = after.split(/(\s+)/).filter((t) => t !== "");
  if (a.length * b.length > (MAX_DIFF_TOKENS * MAX_DIFF_TOKENS) / 4) return undefined;
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const parts: WordPart[] = [];
  const push = (kind: WordPart["kind"], text: string) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push("same", a[i]);
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) push("removed", a[i++]);
    else push("added", b[j++]);
  }
  while (i < a.length) push("removed", a[i++]);
  while (j < b.length) push("added", b[j++]);
  return parts;
}

/**
 * A stored snapshot as a ClaimJson. Revision JSON is history: rows written by
 * older code (or by hand) may lack fields, so missing lists become empty and
 * a non-object becomes null rather than crashing the history page.
 */
export function asSnapshot(value: unknown): ClaimJson | null {
  if (typeof value === "string") {
    try {
      return asSnapshot(JSON.parse(value));
    } catch {
      return null;
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const v = value as Partial<ClaimJson> & Record<string, unknown>;
  return {
    ...(v as ClaimJson),
    mentions: Array.isArray(v.mentions) ? v.mentions : [],
    citations: Array.isArray(v.citations) ? v.citations : [],
    correction:
      v.correction && typeof v.correction === "object"
        ? v.correction
        : typeof v.correction === "string"
          ? { note: v.correction, date: null }
          : null,
    settlement: v.settlement && typeof v.settlement === "object" ? v.settlement : null,
  };
}

/** The fields that differ between two snapshots, with display values; create and discard show every non-empty field. */
export function claimChanges(before: ClaimJson | null, after: ClaimJson | null): FieldChange[] {
  const fields = ["pair", ...EDITABLE_FIELDS, "status", "correction", "settlement"];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const b = displayValue(before, field);
    const a = displayValue(after, field);
    if (b === a) continue;
    const change: FieldChange = { field, label: FIELD_LABELS[field] ?? field, before: b, after: a };
    if (PROSE.has(field) && b !== null && a !== null) change.words = wordDiff(b, a);
    changes.push(change);
  }
  return changes;
}
