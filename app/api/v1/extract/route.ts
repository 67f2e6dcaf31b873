import { getDb } from "@/db/client";
import { requireEditor } from "@/lib/auth/request";
import { suggestClaimsFromArticle } from "@/lib/extract/suggest";
import { apiRoute, readJson, writeResponse } from "@/lib/http/api";

/** POST /api/v1/extract: `{text, published, url?, outlet?}` → 200 `{claims}` suggested from the article; saves nothing. */
export const POST = apiRoute(async (request: Request) => {
  const db = getDb();
  requireEditor(db, request);
  return writeResponse({ claims: suggestClaimsFromArticle(db, await readJson(request)) }, 200);
});
