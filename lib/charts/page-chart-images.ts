import "server-only";
import { z } from "zod";
import type { Db } from "@/db/client";
import { parsePathParam, parseQuery, redirectResponse } from "@/lib/api/read";
import { pairSlugParam } from "@/lib/api/schemas";
import { NotFoundError } from "@/lib/errors";
import { pairChartImagePath } from "@/lib/urls";
import { conditionalResponse } from "@/lib/http/cache";
import { cachedPairLookup, pairOverview } from "@/lib/pairs/page-data";
import { chartDescription, VIEW_TITLES, type AnyChartData } from "./chart-data";
import type { ChartTheme } from "./palette";
import { chartSvg } from "./svg/render";
import { CHART_IMAGE_HEADERS, standaloneChartSvg } from "./svg/standalone";
import { CHART_VIEWS, type ChartView } from "./types";

/** `?theme=light|dark` of a page chart image (light when absent). */
export const chartImageQuerySchema = z.object({ theme: z.enum(["light", "dark"]).default("light") });

/** Where the pair page's picture of a view lives (append `?theme=dark` for the dark one). */
export function pageChartImagePath(slug: string, view: ChartView): string {
  return pairChartImagePath(slug, view);
}

/** The chart's accessible name and its title inside the SVG. */
export function pageChartTitle(view: ChartView, pairName: string): string {
  return `${VIEW_TITLES[view]}: ${pairName}`;
}

/** The pair page's chart of a view as SVG markup for a theme: the same drawing the page used to inline. */
export function pageChartSvg(data: AnyChartData, pairName: string, theme: ChartTheme): string {
  return chartSvg(data, {
    mode: "fluid",
    width: 640,
    theme,
    idPrefix: `chart-${data.view}`,
    title: pageChartTitle(data.view, pairName),
    desc: chartDescription(data),
  });
}

/**
 * GET /pairs/{slug}/charts/{view}.svg?theme=light|dark — the picture the pair
 * page shows for a view (an `<img>`, so its markup is not carried a second
 * time in the page's hydration data; ADR 21). Published claims only, cached
 * per ledger version like the read API; 404 (JSON error shape) for an unknown
 * pair or view, 308 for a reversed slug, 400 for a bad theme.
 */
export function pageChartImageResponse(db: Db, request: Request, rawSlug: string, segment: string): Response {
  const { theme } = parseQuery(request, chartImageQuerySchema);
  const slug = parsePathParam(pairSlugParam, rawSlug, "pair");
  const view = /^([a-z]+)\.svg$/.exec(segment)?.[1] as ChartView | undefined;
  if (!view || !CHART_VIEWS.includes(view)) throw new NotFoundError(`No chart "${segment}". Charts: ${CHART_VIEWS.join(", ")} (.svg).`);
  const lookup = cachedPairLookup(db, slug);
  if (!lookup) throw new NotFoundError(`No pair "${slug}".`);
  if ("redirectTo" in lookup) return redirectResponse(request, pageChartImagePath(lookup.redirectTo, view));
  const [a, b] = lookup.found.people;
  const chart = pairOverview(db, lookup.found.id).charts.find((c) => c.view === view)!;
  const svg = standaloneChartSvg(pageChartSvg(chart.data, `${a.name} & ${b.name}`, theme));
  return conditionalResponse(request, svg, { contentType: "image/svg+xml; charset=utf-8", headers: CHART_IMAGE_HEADERS });
}
