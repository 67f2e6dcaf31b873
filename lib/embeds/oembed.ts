import "server-only";
import type { Db } from "@/db/client";
import { chartData, chartTitle } from "@/lib/charts/chart-data";
import type { ChartView } from "@/lib/charts/types";
import { todayIso } from "@/lib/dates";
import type { ErrorCode } from "@/lib/errors";
import { embedHeight } from "./layout";
import { embedClaims, embedPair } from "./load";
import { parseEmbedQuery, parseViewSegment } from "./params";
import { snapPngWidth } from "./png";
import { pngSize } from "./respond";
import { snippetHtml } from "./snippet";
import { isKnownOrigin, pairPath } from "@/lib/urls";
import { embedPath, imagePath } from "./urls";

/** The view a bare pair-page URL embeds. */
export const DEFAULT_OEMBED_VIEW: ChartView = "heat";
const DEFAULT_WIDTH = 640;

export type OEmbedResult =
  { status: 200; body: Record<string, unknown> } | { status: 400 | 404 | 501; body: { error: { code: ErrorCode; message: string } } };

const fail = (status: 400 | 404 | 501, code: ErrorCode, message: string): OEmbedResult => ({ status, body: { error: { code, message } } });

function positive(value: string | null): number | undefined {
  if (value === null || value === "") return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : undefined;
}

/**
 * oEmbed 1.0 for pair pages and embed URLs of this site: a `rich` answer whose
 * html is the iframe snippet, sized to fit maxwidth/maxheight. 501 for a
 * format other than JSON; 404 for a URL that is not one of ours. `baseUrl` is
 * the origin to answer with (lib/urls' requestOrigin); the URL asked about may
 * be on it or on any other origin this server answers to.
 */
export function oembed(db: Db, search: URLSearchParams, baseUrl: string, today: string = todayIso()): OEmbedResult {
  const format = search.get("format");
  if (format && format !== "json") return fail(501, "unsupported_format", "Only format=json is supported.");
  const raw = search.get("url");
  if (!raw) return fail(400, "missing_url", "Give the URL of a pair page or an embed in ?url=.");
  let target: URL;
  try {
    target = new URL(raw);
  } catch {
    return fail(404, "unknown_url", "That is not a URL we can embed.");
  }
  if (target.origin !== new URL(baseUrl).origin && !isKnownOrigin(target.origin))
    return fail(404, "unknown_url", "That URL is not on this site.");

  const pairMatch = /^\/pairs\/([^/]+)\/?$/.exec(target.pathname);
  const embedMatch = /^\/embed\/pairs\/([^/]+)\/([^/]+)$/.exec(target.pathname);
  let slug: string;
  let view: ChartView;
  if (pairMatch) {
    slug = decodeURIComponent(pairMatch[1]);
    view = DEFAULT_OEMBED_VIEW;
  } else if (embedMatch) {
    const segment = parseViewSegment(embedMatch[2]);
    if (!segment || segment.format !== "html") return fail(404, "unknown_url", "Only chart pages can be embedded this way.");
    slug = decodeURIComponent(embedMatch[1]);
    view = segment.view;
  } else return fail(404, "unknown_url", "Only pair pages and chart embeds can be embedded.");

  let lookup = embedPair(db, slug, today);
  if (lookup && "redirectTo" in lookup) lookup = embedPair(db, lookup.redirectTo, today);
  if (!lookup || !("found" in lookup)) return fail(404, "unknown_url", "No such pair.");
  const pair = lookup.found;
  const query = parseEmbedQuery(embedMatch ? target.searchParams : new URLSearchParams());
  if (!query.ok) return fail(404, "unknown_url", `The embed URL has bad parameters (${query.problem}).`);

  const maxwidth = positive(search.get("maxwidth"));
  const maxheight = positive(search.get("maxheight"));
  const width = Math.min(DEFAULT_WIDTH, maxwidth ?? DEFAULT_WIDTH);
  const data = chartData(view, embedClaims(db, pair.id), { from: query.query.from, to: query.query.to }, today);
  // oEmbed sizes are whole pixels, in the JSON and in the snippet alike.
  let height = Math.ceil(embedHeight(data, width));
  if (maxheight && height > maxheight) height = maxheight;
  const params = { theme: query.query.theme, from: query.query.from, to: query.query.to };
  const src = new URL(embedPath(pair.slug, view, params), baseUrl).toString();
  const title = chartTitle(view, pair.name);

  const body: Record<string, unknown> = {
    type: "rich",
    version: "1.0",
    title,
    author_name: "Rumor Ledger",
    author_url: new URL(pairPath(pair.slug), baseUrl).toString(),
    provider_name: "Rumor Ledger",
    provider_url: `${baseUrl}/`,
    cache_age: 86400,
    html: snippetHtml(src, `${title} (Rumor Ledger)`, height, { width }),
    width,
    height,
  };
  // A thumbnail only when one fits the consumer's box (the PNG is at least 320 wide).
  const thumbWidth = snapPngWidth(Math.min(DEFAULT_WIDTH, maxwidth ?? DEFAULT_WIDTH));
  if (thumbWidth <= (maxwidth ?? DEFAULT_WIDTH)) {
    const size = pngSize(data, pair, thumbWidth, baseUrl);
    if (!maxheight || size.height <= maxheight) {
      body.thumbnail_url = new URL(
        imagePath(pair.slug, view, "png", { ...params, theme: params.theme === "dark" ? "dark" : undefined, width: thumbWidth }),
        baseUrl,
      ).toString();
      body.thumbnail_width = size.width;
      body.thumbnail_height = size.height;
    }
  }
  return { status: 200, body };
}
