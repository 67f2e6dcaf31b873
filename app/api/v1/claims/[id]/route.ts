import { getDb } from "@/db/client";
import { requireEditor, viewerForRequest } from "@/lib/auth/request";
import { claimForViewer } from "@/lib/claims/editor-queries";
import { claimToJson } from "@/lib/claims/types";
import { updateClaim } from "@/lib/claims/write";
import { NotFoundError } from "@/lib/errors";
import { apiRoute, readJson, requireIdParam, writeResponse } from "@/lib/http/api";

type Context = { params: Promise<{ id: string }> };

/**
 * GET /api/v1/claims/{id}: readers get published and retracted claims (a draft
 * is a 404, indistinguishable from a missing id); signed-in editors and tokens
 * also get drafts, in a response no shared cache may keep.
 */
export const GET = apiRoute(async (request: Request, { params }: Context) => {
  const db = getDb();
  const viewer = viewerForRequest(db, request);
  const id = requireIdParam((await params).id, "That claim");
  const claim = claimForViewer(db, id, viewer);
  if (!claim) throw new NotFoundError(`Claim ${id} does not exist.`);
  return Response.json(claimToJson(claim), {
    headers: { "Cache-Control": viewer ? "private, no-store" : "public, max-age=60", Vary: "Authorization, Cookie" },
  });
});

/** PATCH /api/v1/claims/{id} `{version, …changed fields}` → 200 claim, or 409 `{error, current}` for a stale version. */
export const PATCH = apiRoute(async (request: Request, { params }: Context) => {
  const db = getDb();
  const actor = requireEditor(db, request);
  const id = requireIdParam((await params).id, "That claim");
  return writeResponse(claimToJson(updateClaim(db, actor, id, await readJson(request))));
});
