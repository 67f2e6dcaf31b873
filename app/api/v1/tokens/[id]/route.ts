import { getDb } from "@/db/client";
import { requireEditor } from "@/lib/auth/request";
import { revokeApiToken } from "@/lib/auth/api-tokens";
import { apiRoute, noContent, requireIdParam } from "@/lib/http/api";

type Context = { params: Promise<{ id: string }> };

/** DELETE /api/v1/tokens/{id} → 204: revokes one of the caller's own tokens (404 for anyone else's). */
export const DELETE = apiRoute(async (request: Request, { params }: Context) => {
  const db = getDb();
  const actor = requireEditor(db, request);
  revokeApiToken(db, actor, requireIdParam((await params).id, "That token"));
  return noContent();
});
