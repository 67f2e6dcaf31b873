import "server-only";
import type { Db } from "@/db/client";
import { NotFoundError } from "@/lib/errors";
import { allOutlets, outletBySlug, outletRecord, type OutletView } from "@/lib/outlets/queries";
import { calibrationJson } from "@/lib/scoring/json";
import { outletTrackRecord } from "@/lib/scoring/queries";
import { apiJson, parsePathParam, parseQuery, readScope } from "./read";
import { noQuerySchema, slugParam } from "./schemas";

function outletToJson(o: OutletView) {
  return { slug: o.slug, name: o.name, url: o.url, grade: o.grade };
}

/** GET /api/v1/outlets — every outlet with its reliability grade. */
export function listOutletsResponse(db: Db, request: Request): Response {
  const scope = readScope(db, request);
  parseQuery(request, noQuerySchema);
  return apiJson(request, { data: allOutlets(db).map(outletToJson) }, scope);
}

/** GET /api/v1/outlets/{slug} — an outlet with its record. */
export function outletResponse(db: Db, request: Request, rawSlug: string): Response {
  const scope = readScope(db, request);
  parseQuery(request, noQuerySchema);
  const slug = parsePathParam(slugParam, rawSlug, "outlet");
  const outlet = outletBySlug(db, slug);
  if (!outlet) throw new NotFoundError(`No outlet "${slug}".`);
  const track = outletTrackRecord(db, outlet.id);
  const suggestionNote = track.suggested.grade
    ? `The record suggests ${track.suggested.grade}: the low end of its borne-out interval is ${Math.round(track.suggested.low * 100)}%.`
    : `Too few settled claims to suggest a grade (${track.suggested.settled} of the ${track.suggested.needed} needed).`;
  const trackRecord = { ...calibrationJson(track.calibration), suggestedGrade: track.suggested.grade, suggestionNote };
  return apiJson(request, { ...outletToJson(outlet), record: outletRecord(db, outlet.id), trackRecord }, scope);
}
