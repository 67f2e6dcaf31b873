import "server-only";
import type { Db } from "@/db/client";
import { heatChartData, heatSummary } from "@/lib/charts/heat-chart";
import { findPair } from "@/lib/pairs/queries";
import { embedClaims } from "./load";
import { pngRendering, svgToPng } from "./png";
import { SHARE_CARD_SIZE, shareCardSvg } from "./share-card";

/**
 * The pair's Open Graph card as PNG bytes, or null for an unknown slug (a
 * reversed slug gets the canonical pair's card). Rendered off the main thread;
 * throws OverloadedError (503) when the rendering queue is full.
 */
export async function shareCardPng(db: Db, slug: string): Promise<Buffer | null> {
  let lookup = findPair(db, slug);
  if (lookup && "redirectTo" in lookup) lookup = findPair(db, lookup.redirectTo);
  if (!lookup || !("found" in lookup)) return null;
  const pair = lookup.found;
  pngRendering.assertRoom(); // refuse before building the card for nothing
  const heatData = heatChartData(embedClaims(db, pair.id));
  const svg = shareCardSvg({
    names: [pair.people[0].name, pair.people[1].name],
    status: pair.status,
    heat: pair.heat,
    publishedClaims: pair.publishedClaims,
    heatData,
    summary: heatSummary(heatData),
  });
  return (await svgToPng(svg, SHARE_CARD_SIZE.width)).png;
}
