import { getDb } from "@/db/client";
import { pairClaimsCsvResponse } from "@/lib/api/pairs";
import { cachedApiRoute } from "@/lib/http/api";

type Context = { params: Promise<{ slug: string }> };

/** GET /api/v1/pairs/{slug}/claims.csv — the pair's claims as CSV (same filters as /claims, no paging). */
export const GET = cachedApiRoute(async (request: Request, { params }: Context) =>
  pairClaimsCsvResponse(getDb(), request, (await params).slug),
);
