import { getDb } from "@/db/client";
import { personResponse } from "@/lib/api/people";
import { cachedApiRoute } from "@/lib/http/api";

type Context = { params: Promise<{ slug: string }> };

/** GET /api/v1/people/{slug} — a person and their pairs. */
export const GET = cachedApiRoute(async (request: Request, { params }: Context) => personResponse(getDb(), request, (await params).slug));
