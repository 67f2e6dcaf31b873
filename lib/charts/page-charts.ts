import "server-only";
import type { Db } from "@/db/client";
import { parsePathParam, parseQuery, redirectResponse } from "@/lib/api/read";
import { noQuerySchema, pairSlugParam } from "@/lib/api/schemas";
import { NotFoundError } from "@/lib/errors";
import { conditionalResponse } from "@/lib/http/cache";
import { cachedPairLookup, pairOverview } from "@/lib/pairs/page-data";
import type { AnyChartData } from "./chart-data";
import { chartTableHtml } from "./svg/table";
import type { ChartView } from "./types";
import { pairChartsPath } from "@/lib/urls";

/** What the pair page's lazy chart layer fetches: each view's data (for recharts) and its data table. */
export interface PageChartsJson {
  charts: { view: ChartView; data: AnyChartData; tableHtml: string }[];
}

/**
 * GET /pairs/{slug}/charts.json — the data behind the pair page's four charts,
 * published claims only, the same objects the server SVG was drawn from. The
 * page ships none of it: the browser asks for it when a reader reaches or
 * touches a chart or opens a data table (ADR 17).
 */
export function pageChartsResponse(db: Db, request: Request, rawSlug: string): Response {
  parseQuery(request, noQuerySchema);
  const slug = parsePathParam(pairSlugParam, rawSlug, "pair");
  const lookup = cachedPairLookup(db, slug);
  if (!lookup) throw new NotFoundError(`No pair "${slug}".`);
  if ("redirectTo" in lookup) return redirectResponse(request, pairChartsPath(lookup.redirectTo));
  const body: PageChartsJson = {
    charts: pairOverview(db, lookup.found.id).charts.map(({ view, data }) => ({ view, data, tableHtml: chartTableHtml(data) })),
  };
  return conditionalResponse(request, JSON.stringify(body), { contentType: "application/json; charset=utf-8" });
}
