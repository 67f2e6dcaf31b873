import { getDb } from "@/db/client";
import { outletResponse } from "@/lib/api/outlets";
import { requireAdmin } from "@/lib/auth/request";
import { apiRoute, cachedApiRoute, readJson, writeResponse } from "@/lib/http/api";
import { outletJson } from "@/lib/http/resources";
import { updateOutlet } from "@/lib/outlets/write";

type Context = { params: Promise<{ slug: string }> };

/** PATCH /api/v1/outlets/{slug} `{name?, url?, grade?}` → 200 outlet. Admins only. */
export const PATCH = apiRoute(async (request: Request, { params }: Context) => {
  const db = getDb();
  const actor = requireAdmin(db, request);
  const { slug } = await params;
  return writeResponse(outletJson(updateOutlet(db, actor, slug, await readJson(request))));
});

/** GET /api/v1/outlets/{slug} — an outlet and its record. */
export const GET = cachedApiRoute(async (request: Request, { params }: Context) => outletResponse(getDb(), request, (await params).slug));
