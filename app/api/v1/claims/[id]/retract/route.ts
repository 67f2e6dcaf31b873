import { getDb } from "@/db/client";
import { requireEditor } from "@/lib/auth/request";
import { claimToJson } from "@/lib/claims/types";
import { retractClaim } from "@/lib/claims/write";
import { apiRoute, readJson, requireIdParam, writeResponse } from "@/lib/http/api";

type Context = { params: Promise<{ id: string }> };

/** POST /api/v1/claims/{id}/retract `{version, correction}` → 200 claim (kept, struck through for readers). */
export const POST = apiRoute(async (request: Request, { params }: Context) => {
  const db = getDb();
  const actor = requireEditor(db, request);
  const id = requireIdParam((await params).id, "That claim");
  return writeResponse(claimToJson(retractClaim(db, actor, id, await readJson(request))));
});
