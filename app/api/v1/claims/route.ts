import { getDb } from "@/db/client";
import { requireEditor } from "@/lib/auth/request";
import { claimToJson } from "@/lib/claims/types";
import { createClaim } from "@/lib/claims/write";
import { apiRoute, readJson, writeResponse } from "@/lib/http/api";
import { apiClaimPath } from "@/lib/urls";

/** POST /api/v1/claims: claim fields, `status` draft (default) or published → 201 claim. */
export const POST = apiRoute(async (request: Request) => {
  const db = getDb();
  const actor = requireEditor(db, request);
  const claim = createClaim(db, actor, await readJson(request));
  return writeResponse(claimToJson(claim), 201, { Location: apiClaimPath(claim.id) });
});
