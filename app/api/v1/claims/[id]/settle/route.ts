import { getDb } from "@/db/client";
import { requireEditor } from "@/lib/auth/request";
import { settleClaim } from "@/lib/claims/settle";
import { claimToJson } from "@/lib/claims/types";
import { apiRoute, readJson, requireIdParam, writeResponse } from "@/lib/http/api";

type Context = { params: Promise<{ id: string }> };

/** POST /api/v1/claims/{id}/settle `{version, outcome, settledOn, reason, citations}` → 200 claim, settled as borne out or shown false. Editors only. */
export const POST = apiRoute(async (request: Request, { params }: Context) => {
  const db = getDb();
  const actor = requireEditor(db, request);
  const id = requireIdParam((await params).id, "That claim");
  return writeResponse(claimToJson(settleClaim(db, actor, id, await readJson(request))));
});
