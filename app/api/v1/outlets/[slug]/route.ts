import { getDb } from "@/db/client";
import { outletResponse } from "@/lib/api/outlets";
import { apiRoute } from "@/lib/http/api";

type Context = { params: Promise<{ slug: string }> };

/** GET /api/v1/outlets/{slug} — an outlet and its record. */
export const GET = apiRoute(async (request: Request, { params }: Context) => outletResponse(getDb(), request, (await params).slug));
