import { getDb } from "@/db/client";
import { pairResponse } from "@/lib/api/pairs";
import { cachedApiRoute } from "@/lib/http/api";

type Context = { params: Promise<{ slug: string }> };

/** GET /api/v1/pairs/{slug} — one pair. */
export const GET = cachedApiRoute(async (request: Request, { params }: Context) => pairResponse(getDb(), request, (await params).slug));
