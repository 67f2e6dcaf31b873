import { getDb } from "@/db/client";
import { claimResponse } from "@/lib/api/claims";
import { apiRoute } from "@/lib/http/api";

type Context = { params: Promise<{ id: string }> };

/** GET /api/v1/claims/{id} — one claim with its citations. */
export const GET = apiRoute(async (request: Request, { params }: Context) => claimResponse(getDb(), request, (await params).id));
