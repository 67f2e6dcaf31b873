import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { claims } from "@/db/schema";
import { loadClaimViews } from "@/lib/claims/load";
import { readerClaimById } from "@/lib/claims/queries";
import { claimToJson } from "@/lib/claims/types";
import { NotFoundError } from "@/lib/errors";
import { apiJson, parsePathParam, parseQuery, readScope } from "./read";
import { claimIdParam, noQuerySchema } from "./schemas";

/** GET /api/v1/claims/{id} — one claim with its citations. A draft is a 404 unless an editor asks. */
export function claimResponse(db: Db, request: Request, rawId: string): Response {
  const scope = readScope(db, request);
  parseQuery(request, noQuerySchema);
  const id = Number(parsePathParam(claimIdParam, rawId, "claim"));
  const claim = scope.editor ? (loadClaimViews(db, { where: eq(claims.id, id) })[0] ?? null) : readerClaimById(db, id);
  if (!claim) throw new NotFoundError(`No claim ${id}.`);
  return apiJson(request, claimToJson(claim), scope);
}
