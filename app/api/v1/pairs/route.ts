import { getDb } from "@/db/client";
import { listPairsResponse } from "@/lib/api/pairs";
import { requireEditor } from "@/lib/auth/request";
import { apiRoute, cachedApiRoute, readJson, writeResponse } from "@/lib/http/api";
import { pairJson } from "@/lib/http/resources";
import { findPair } from "@/lib/pairs/queries";
import { createPair } from "@/lib/pairs/write";

/** POST /api/v1/pairs `{people: [slug, slug], status?}` → 201 pair with its heat. */
export const POST = apiRoute(async (request: Request) => {
  const db = getDb();
  const actor = requireEditor(db, request);
  const { slug } = createPair(db, actor, await readJson(request));
  const lookup = findPair(db, slug, undefined, "editors");
  if (!lookup || !("found" in lookup)) throw new Error(`Pair ${slug} vanished after it was created`);
  return writeResponse(pairJson(lookup.found), 201);
});

/** GET /api/v1/pairs — every pair with its heat, hottest first. */
export const GET = cachedApiRoute((request: Request) => listPairsResponse(getDb(), request));
