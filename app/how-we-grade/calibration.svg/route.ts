import { getDb } from "@/db/client";
import { deskReliabilityImageResponse } from "@/lib/charts/reliability-images";
import { cachedApiRoute } from "@/lib/http/api";

/** GET /how-we-grade/calibration.svg — the page's reliability diagram as an image (`?theme=light|dark`). */
export const GET = cachedApiRoute(async (request: Request) => deskReliabilityImageResponse(getDb(), request));
