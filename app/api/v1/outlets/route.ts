import { getDb } from "@/db/client";
import { listOutletsResponse } from "@/lib/api/outlets";
import { requireEditor } from "@/lib/auth/request";
import { apiRoute, cachedApiRoute, readJson, writeResponse } from "@/lib/http/api";
import { outletJson } from "@/lib/http/resources";
import { createOutlet } from "@/lib/outlets/write";

/** POST /api/v1/outlets `{name, url?, grade}` → 201 outlet. Editors may add outlets; only admins regrade them. */
export const POST = apiRoute(async (request: Request) => {
  const db = getDb();
  const actor = requireEditor(db, request);
  return writeResponse(outletJson(createOutlet(db, actor, await readJson(request))), 201);
});

/** GET /api/v1/outlets — every outlet with its reliability grade. */
export const GET = cachedApiRoute((request: Request) => listOutletsResponse(getDb(), request));
