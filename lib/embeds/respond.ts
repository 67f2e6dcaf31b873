import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "@/db/client";
import { OverloadedError } from "@/lib/errors";
import { chartData, type AnyChartData } from "@/lib/charts/chart-data";
import type { ChartView } from "@/lib/charts/types";
import { todayIso } from "@/lib/dates";
import { chartImageSvg } from "./image";
import { embedClaims, embedPair, pairDataVersion, type EmbedPair } from "./load";
import { EMBED_CSP, EMBED_CSS, EMBED_SCRIPT, embedHtml } from "./page";
import { parseEmbedQuery, parseViewSegment, type EmbedQuery } from "./params";
import { pngRendering, snapPngWidth, svgToPng } from "./png";
import { requestOrigin } from "@/lib/urls";
import { pairPath } from "@/lib/urls";

/** Bumped with any change to how embeds look, so caches never keep an old rendering under a new ETag. */
const RENDER_VERSION = createHash("sha1").update(`3|${EMBED_CSS}|${EMBED_SCRIPT}`).digest("hex").slice(0, 8);

/**
 * CDN-friendly freshness: browsers revalidate every time (a cheap 304 on an
 * unchanged ETag); a CDN may serve a copy for 30 s and a stale one for 30 s
 * more while it refetches — so a published or retracted claim shows within a
 * minute, and the ETag itself changes the moment the data does.
 */
export const EMBED_CACHE_CONTROL = "public, max-age=0, s-maxage=30, stale-while-revalidate=30";

const TEXT = {
  "Content-Type": "text/plain; charset=utf-8",
  "Cache-Control": "no-store",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors *",
};
const notFound = (what: string) => new Response(`${what}\n`, { status: 404, headers: TEXT });

/** Default widths: HTML lays out at the iframe's width; an SVG at 640; a PNG 1280 pixels wide (640 at 2×). PNG widths snap to PNG_WIDTHS. */
export const IMAGE_LAYOUT_WIDTH = 640;
export const DEFAULT_PNG_WIDTH = 1280;

/** The pixel size of a view's PNG at a width: what oEmbed announces for its thumbnail. */
export function pngSize(data: AnyChartData, pair: EmbedPair, pixelWidth: number, baseUrl: string): { width: number; height: number } {
  const { height } = chartImageSvg({
    data,
    pairName: pair.name,
    width: IMAGE_LAYOUT_WIDTH,
    theme: "light",
    pageUrl: baseUrl,
    lastUpdated: null,
  });
  return { width: pixelWidth, height: Math.round((height * pixelWidth) / IMAGE_LAYOUT_WIDTH) };
}

function etagFor(parts: string[]): string {
  return `W/"${createHash("sha1").update(parts.join("|")).digest("base64url").slice(0, 22)}"`;
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((t) => t.trim() === "*" || t.trim().replace(/^W\//, "") === etag.replace(/^W\//, ""));
}

/**
 * Answers GET /embed/pairs/[slug]/[view] for `view`, `view.svg` and
 * `view.png`: 404 for an unknown pair or view, 308 to the canonical slug,
 * 400 for a bad query, 304 when the reader's copy is current, else the
 * finished HTML or image — or 503 + Retry-After when PNG rendering is full.
 * A PNG's `width` snaps to one of PNG_WIDTHS.
 */
export async function embedResponse(
  db: Db,
  request: Request,
  slug: string,
  segment: string,
  today: string = todayIso(),
): Promise<Response> {
  const parsed = parseViewSegment(segment);
  if (!parsed)
    return notFound(`No chart called "${segment}". Charts: timeline, heat, activity, confidence (add .svg or .png for an image).`);
  const lookup = embedPair(db, slug, today);
  if (!lookup) return notFound("No such pair.");
  const url = new URL(request.url);
  if ("redirectTo" in lookup) {
    return new Response(null, {
      status: 308,
      headers: { Location: `/embed/pairs/${lookup.redirectTo}/${segment}${url.search}`, "Cache-Control": EMBED_CACHE_CONTROL },
    });
  }
  const query = parseEmbedQuery(url.searchParams);
  if (!query.ok) return new Response(`Bad embed parameters — ${query.problem}\n`, { status: 400, headers: TEXT });

  const pair = lookup.found;
  const baseUrl = requestOrigin(request);
  const version = pairDataVersion(db, pair.id);
  const width = parsed.format === "png" ? snapPngWidth(query.query.width ?? DEFAULT_PNG_WIDTH) : query.query.width;
  const etag = etagFor([
    RENDER_VERSION,
    version.tag,
    today,
    segment,
    query.query.theme,
    query.query.from ?? "",
    query.query.to ?? "",
    String(width ?? ""),
    baseUrl,
  ]);
  const headers: Record<string, string> = {
    ETag: etag,
    "Cache-Control": EMBED_CACHE_CONTROL,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
  };
  if (matches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });

  try {
    // A full PNG queue answers at once, before the chart data and SVG are built for nothing.
    if (parsed.format === "png") pngRendering.assertRoom();
    const data = chartData(parsed.view, embedClaims(db, pair.id), { from: query.query.from, to: query.query.to }, today);
    return await render(parsed.view, parsed.format, data, pair, { ...query.query, width }, baseUrl, version.lastUpdated, url, headers);
  } catch (error) {
    if (!(error instanceof OverloadedError)) throw error;
    return new Response(`${error.message}\n`, { status: 503, headers: { ...TEXT, "Retry-After": String(error.retryAfterSeconds) } });
  }
}

async function render(
  view: ChartView,
  format: "html" | "svg" | "png",
  data: AnyChartData,
  pair: EmbedPair,
  query: EmbedQuery,
  baseUrl: string,
  lastUpdated: string | null,
  url: URL,
  headers: Record<string, string>,
): Promise<Response> {
  if (format === "html") {
    const selfUrl = new URL(`${url.pathname}${url.search}`, baseUrl).toString();
    const html = embedHtml({ view, data, pair: { slug: pair.slug, name: pair.name }, theme: query.theme, baseUrl, selfUrl, lastUpdated });
    return new Response(html, {
      headers: { ...headers, "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": EMBED_CSP },
    });
  }
  const theme = query.theme === "dark" ? "dark" : "light";
  const pageUrl = new URL(pairPath(pair.slug), baseUrl).toString();
  const imageHeaders = {
    ...headers,
    "Access-Control-Allow-Origin": "*",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *",
  };
  if (format === "svg") {
    const image = chartImageSvg({ data, pairName: pair.name, width: query.width ?? IMAGE_LAYOUT_WIDTH, theme, pageUrl, lastUpdated });
    return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${image.svg}`, {
      headers: { ...imageHeaders, "Content-Type": "image/svg+xml; charset=utf-8" },
    });
  }
  const image = chartImageSvg({ data, pairName: pair.name, width: IMAGE_LAYOUT_WIDTH, theme, pageUrl, lastUpdated });
  const png = await svgToPng(image.svg, query.width ?? DEFAULT_PNG_WIDTH);
  return new Response(new Uint8Array(png.png), {
    headers: { ...imageHeaders, "Content-Type": "image/png", "Content-Length": String(png.png.length) },
  });
}
