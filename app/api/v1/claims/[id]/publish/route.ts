import { getDb } from "@/db/client";
import { requireEditor } from "@/lib/auth/request";
import { claimToJson } from "@/lib/claims/types";
import { publishClaim } from "@/lib/claims/write";
import { apiRoute, readJson, requireIdParam, writeResponse } from "@/lib/http/api";

type Context = { params: Promise<{ id: string }> };

/** POST /api/v1/claims/{id}/publish `{version, reason?}` → 200 claim. */
export const POST = apiRoute(async (request: Request, { params }: Context) => {
  const db = getDb();
  const actor = requireEditor(db, request);
  const id = requireIdParam((await params).id, "That claim");
  return writeResponse(claimToJson(publishClaim(db, actor, id, await readJson(request))));
});
