import { getDb } from "@/db/client";
import { outletReliabilityImageResponse } from "@/lib/charts/reliability-images";
import { cachedApiRoute } from "@/lib/http/api";

type Context = { params: Promise<{ slug: string }> };

/** GET /outlets/[slug]/reliability.svg — the outlet page's reliability diagram as an image (`?theme=light|dark`). */
export const GET = cachedApiRoute(async (request: Request, { params }: Context) =>
  outletReliabilityImageResponse(getDb(), request, (await params).slug),
);
