import { getDb } from "@/db/client";
import { claimResponse } from "@/lib/api/claims";
import { requireEditor } from "@/lib/auth/request";
import { claimToJson } from "@/lib/claims/types";
import { updateClaim } from "@/lib/claims/write";
import { apiRoute, cachedApiRoute, readJson, requireIdParam, writeResponse } from "@/lib/http/api";

type Context = { params: Promise<{ id: string }> };

/** PATCH /api/v1/claims/{id} `{version, …changed fields}` → 200 claim, or 409 `{error, current}` for a stale version. */
export const PATCH = apiRoute(async (request: Request, { params }: Context) => {
  const db = getDb();
  const actor = requireEditor(db, request);
  const id = requireIdParam((await params).id, "That claim");
  return writeResponse(claimToJson(updateClaim(db, actor, id, await readJson(request))));
});

/** GET /api/v1/claims/{id} — one claim with its citations. */
export const GET = cachedApiRoute(async (request: Request, { params }: Context) => claimResponse(getDb(), request, (await params).id));
