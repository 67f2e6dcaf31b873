import { pageChartsResponse } from "@/lib/charts/page-charts";
import { getDb } from "@/db/client";
import { cachedApiRoute } from "@/lib/http/api";

type Context = { params: Promise<{ slug: string }> };

/** GET /pairs/[slug]/charts.json — the pair page's chart data, fetched by its lazy chart layer. */
export const GET = cachedApiRoute(async (request: Request, { params }: Context) =>
  pageChartsResponse(getDb(), request, (await params).slug),
);
