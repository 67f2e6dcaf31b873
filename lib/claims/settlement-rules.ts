import type { ClaimKind, ClaimStatus, ConfidenceLevel, SettlementOutcome, Stance } from "@/db/enums";

/** What the suggestion rule needs of a claim. */
export interface SuggestionCandidate {
  id: number;
  pairId: number;
  kind: ClaimKind;
  stance: Stance;
  confidence: ConfidenceLevel;
  status: ClaimStatus;
  settled: boolean;
  /** First day the claim's date can mean (`YYYY-MM-DD`). */
  occurredStart: string;
}

/** A claim the record has answered, waiting for an editor: the claim, the answer that decides it, the outcome it implies. */
export interface SettlementSuggestion {
  claimId: number;
  answerId: number;
  outcome: SettlementOutcome;
  why: "confirmation" | "denial" | "retraction";
}

/** An answer on the record: a published confirmation or denial at confirmed confidence. */
export function isAnswer(c: SuggestionCandidate): boolean {
  return c.status === "published" && c.confidence === "confirmed" && (c.kind === "confirmation" || c.kind === "denial");
}

const before = (a: SuggestionCandidate, b: SuggestionCandidate) =>
  a.occurredStart < b.occurredStart || (a.occurredStart === b.occurredStart && a.id < b.id);

/**
 * Which claims the record has answered (ADR 0020). Pure. For each open,
 * published, non-neutral claim, the first answer of its pair dated after it
 * decides it: a confirmation bears out supporting claims and shows
 * contradicting ones false; a denial the reverse. A retracted, unsettled claim
 * is suggested as shown false by its own retraction. Rejected pairs of (claim,
 * answer) are never suggested again.
 */
export function settlementSuggestions(
  claims: readonly SuggestionCandidate[],
  rejected: ReadonlySet<string> = new Set(),
): SettlementSuggestion[] {
  const answersByPair = new Map<number, SuggestionCandidate[]>();
  for (const c of claims) if (isAnswer(c)) answersByPair.set(c.pairId, [...(answersByPair.get(c.pairId) ?? []), c]);
  for (const list of answersByPair.values()) list.sort((a, b) => (before(a, b) ? -1 : 1));
  const out: SettlementSuggestion[] = [];
  for (const c of claims) {
    if (c.settled) continue;
    if (c.status === "retracted") {
      if (!rejected.has(`${c.id}:${c.id}`)) out.push({ claimId: c.id, answerId: c.id, outcome: "shown-false", why: "retraction" });
      continue;
    }
    if (c.status !== "published" || c.stance === "neutral") continue;
    const answer = answersByPair.get(c.pairId)?.find((a) => a.id !== c.id && before(c, a));
    if (!answer || rejected.has(`${c.id}:${answer.id}`)) continue;
    const confirms = answer.kind === "confirmation";
    out.push({
      claimId: c.id,
      answerId: answer.id,
      outcome: confirms === (c.stance === "supports") ? "borne-out" : "shown-false",
      why: answer.kind as "confirmation" | "denial",
    });
  }
  return out.sort((a, b) => b.answerId - a.answerId || a.claimId - b.claimId);
}
