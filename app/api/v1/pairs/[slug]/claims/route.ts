import { getDb } from "@/db/client";
import { pairClaimsResponse } from "@/lib/api/pairs";
import { cachedApiRoute } from "@/lib/http/api";

type Context = { params: Promise<{ slug: string }> };

/** GET /api/v1/pairs/{slug}/claims?kind=&confidence=&outlet=&from=&to=&status=&limit=&cursor= */
export const GET = cachedApiRoute(async (request: Request, { params }: Context) =>
  pairClaimsResponse(getDb(), request, (await params).slug),
);
