import { getDb } from "@/db/client";
import { pageChartImageResponse } from "@/lib/charts/page-chart-images";
import { cachedApiRoute } from "@/lib/http/api";

type Context = { params: Promise<{ slug: string; image: string }> };

/** GET /pairs/[slug]/charts/[view].svg — the pair page's picture of a chart (`?theme=light|dark`). */
export const GET = cachedApiRoute(async (request: Request, { params }: Context) => {
  const { slug, image } = await params;
  return pageChartImageResponse(getDb(), request, slug, image);
});
