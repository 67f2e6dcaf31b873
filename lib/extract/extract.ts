import type { ExtractInput, LedgerNames, SuggestedClaim } from "./types";

/** Suggests the claims an article contains (see types.ts). Being built: it refuses until it exists. */
export function extractClaims(input: ExtractInput, ledger: LedgerNames = { people: [], outlets: [] }): SuggestedClaim[] {
  void input;
  void ledger;
  throw new Error("extractClaims is not built yet");
}
