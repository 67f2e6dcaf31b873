import "server-only";
import type { Db } from "@/db/client";
import { extractClaims } from "./extract";
import { parseExtractInput } from "./input";
import { ledgerNames } from "./ledger";
import type { SuggestedClaim } from "./types";

/** Checks the article input (400 on empty text or a bad date) and suggests its claims, with the ledger's slugs. */
export function suggestClaimsFromArticle(db: Db, body: unknown): SuggestedClaim[] {
  return extractClaims(parseExtractInput(body), ledgerNames(db));
}
