import { getDb } from "@/db/client";
import { requireEditor, requireSessionEditor } from "@/lib/auth/request";
import { createApiToken, listApiTokens } from "@/lib/auth/api-tokens";
import { apiRoute, readJson, writeResponse } from "@/lib/http/api";
import { tokenJson } from "@/lib/http/resources";

/** GET /api/v1/tokens → the caller's own tokens (never their secrets). */
export const GET = apiRoute(async (request: Request) => {
  const db = getDb();
  const actor = requireEditor(db, request);
  return writeResponse({ data: listApiTokens(db, actor).map(tokenJson) });
});

/**
 * POST /api/v1/tokens `{name}` → 201 with the secret, shown this once. Only a
 * signed-in session may mint tokens, so a leaked token cannot outlive its revocation.
 */
export const POST = apiRoute(async (request: Request) => {
  const db = getDb();
  const actor = requireSessionEditor(db, request);
  const { token, record } = createApiToken(db, actor, await readJson(request));
  return writeResponse({ ...tokenJson(record), token }, 201);
});
