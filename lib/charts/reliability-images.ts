import "server-only";
import type { Db } from "@/db/client";
import { parsePathParam, parseQuery } from "@/lib/api/read";
import { slugParam } from "@/lib/api/schemas";
import { NotFoundError } from "@/lib/errors";
import { conditionalResponse } from "@/lib/http/cache";
import { outletBySlug } from "@/lib/outlets/queries";
import { outletReliabilityImagePath } from "@/lib/urls";
import { deskCalibration, outletTrackRecord } from "@/lib/scoring/queries";
import { chartImageQuerySchema } from "./page-chart-images";
import { reliabilityChartData, reliabilityDescription, type ReliabilityChartData } from "./reliability-chart";
import { reliabilitySvg } from "./svg/reliability-svg";
import { CHART_IMAGE_HEADERS, standaloneChartSvg } from "./svg/standalone";

/** The desk's reliability diagram on /how-we-grade: its title, image path and the id of its SVG title. */
export const DESK_RELIABILITY = {
  title: "How often each confidence level came true",
  path: "/how-we-grade/calibration.svg",
  id: "desk-reliability",
};

/** An outlet's reliability diagram on its page. */
export function outletReliability(slug: string, name: string) {
  return { title: `Reliability: claims citing ${name}`, path: outletReliabilityImagePath(slug), id: "outlet-reliability" };
}

/** Either diagram as an SVG image, cached per ledger version by its route (ADR 21). */
function reliabilityImage(request: Request, data: ReliabilityChartData, figure: { title: string; id: string }): Response {
  const { theme } = parseQuery(request, chartImageQuerySchema);
  const svg = reliabilitySvg(data, {
    mode: "fluid",
    width: 640,
    theme,
    idPrefix: figure.id,
    title: figure.title,
    desc: reliabilityDescription(data),
  });
  return conditionalResponse(request, standaloneChartSvg(svg), {
    contentType: "image/svg+xml; charset=utf-8",
    headers: CHART_IMAGE_HEADERS,
  });
}

/** GET /how-we-grade/calibration.svg?theme=light|dark — the desk's reliability diagram as the page shows it. */
export function deskReliabilityImageResponse(db: Db, request: Request): Response {
  return reliabilityImage(request, reliabilityChartData(deskCalibration(db).overall), DESK_RELIABILITY);
}

/** GET /outlets/{slug}/reliability.svg?theme=light|dark — an outlet's reliability diagram as its page shows it; 404 for no such outlet. */
export function outletReliabilityImageResponse(db: Db, request: Request, rawSlug: string): Response {
  const slug = parsePathParam(slugParam, rawSlug, "outlet");
  const outlet = outletBySlug(db, slug);
  if (!outlet) throw new NotFoundError(`No outlet "${slug}".`);
  return reliabilityImage(
    request,
    reliabilityChartData(outletTrackRecord(db, outlet.id).calibration),
    outletReliability(outlet.slug, outlet.name),
  );
}
