import { getDb } from "@/db/client";
import { requireEditor } from "@/lib/auth/request";
import { discardDraft } from "@/lib/claims/write";
import { apiRoute, noContent, readJson, requireIdParam } from "@/lib/http/api";

type Context = { params: Promise<{ id: string }> };

/** POST /api/v1/claims/{id}/discard `{version}` → 204. Drafts only; published claims are retracted, never deleted. */
export const POST = apiRoute(async (request: Request, { params }: Context) => {
  const db = getDb();
  const actor = requireEditor(db, request);
  const id = requireIdParam((await params).id, "That claim");
  discardDraft(db, actor, id, await readJson(request));
  return noContent();
});
