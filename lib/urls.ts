/**
 * The one place that decides which origin (scheme, host, port) absolute URLs
 * are written on, and which origins are this server's own.
 *
 * The rule (ADR 0014): `PUBLIC_BASE_URL` when it is set; else the request's
 * `Host` when it is one this server answers to (the configured base, or
 * localhost / 127.0.0.1 / [::1] on its own port); anything else — a bind
 * address such as 0.0.0.0, a forged Host, no request at all — falls back to
 * `http://localhost:PORT`.
 */

const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]"];

/** The port this server listens on: PORT (server.mjs sets it from --port), else 3000. */
export function serverPort(): number {
  const port = Number(process.env.PORT);
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : 3000;
}

/** `PUBLIC_BASE_URL` as an origin with no trailing slash, or null when it is unset, empty or not an http(s) URL. */
export function configuredOrigin(): string | null {
  const raw = process.env.PUBLIC_BASE_URL?.trim();
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    // A base with a path prefix is kept as given (minus trailing slashes): links append to it.
    return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
  } catch {
    return null;
  }
}

/** The origin for when no request says better: `http://localhost:PORT`. */
export function fallbackOrigin(): string {
  return `http://localhost:${serverPort()}`;
}

/** Every origin this server answers to: the configured base, then loopback on its port. */
export function knownOrigins(): string[] {
  const loopback = LOOPBACK_HOSTS.map((host) => `http://${host}:${serverPort()}`);
  const configured = configuredOrigin();
  return configured ? [new URL(configured).origin, ...loopback] : loopback;
}

/** Is this origin (e.g. `new URL(x).origin`) one of this server's own? */
export function isKnownOrigin(origin: string): boolean {
  return knownOrigins().includes(origin);
}

/** The origin to write absolute URLs on for a request that came in with this `Host` header. */
export function originForHost(host: string | null | undefined): string {
  const configured = configuredOrigin();
  if (configured) return configured;
  const wanted = host?.trim().toLowerCase();
  if (wanted) {
    const match = knownOrigins().find((origin) => new URL(origin).host === wanted);
    if (match) return match;
  }
  return fallbackOrigin();
}

/** The origin to write absolute URLs on when answering this request. */
export function requestOrigin(request: Request): string {
  return originForHost(request.headers.get("host"));
}

/**
 * The origin for outputs that must not depend on who asked: feed and entry
 * ids, the sitemap, robots.txt, the CSV's links. `PUBLIC_BASE_URL`, else
 * `http://localhost:PORT`.
 */
export function siteOrigin(): string {
  return configuredOrigin() ?? fallbackOrigin();
}

/** An absolute URL for a site path ("/pairs/x" → "https://…/pairs/x") on an origin (the site's by default). */
export function absoluteUrl(path: string, origin: string = siteOrigin()): string {
  return `${origin}${path.startsWith("/") ? path : `/${path}`}`;
}

/** The URL if it is an absolute http(s) URL, else null: only these are ever rendered as links. */
export function safeExternalUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}

// ---- Site paths ---------------------------------------------------------------------------------
// Every page, feed and API path with a parameter is built here, so a route that moves changes one
// line. Query strings are appended by the caller (filtersToQuery, `?done=…`). Embed paths, which
// carry their own parameters, are in lib/embeds/urls.ts.

/** A claim's id as it appears in a path: a number, or the raw route segment an editor page echoes back. */
type ClaimIdSegment = number | string;

/** The reader's page of a pair: `/pairs/{slug}`. */
export const pairPath = (slug: string) => `/pairs/${slug}`;
/** A pair's Atom feed. */
export const pairFeedPath = (slug: string) => `/pairs/${slug}/feed.xml`;
/** The pair page's lazy chart data (ADR 17). */
export const pairChartsPath = (slug: string) => `/pairs/${slug}/charts.json`;
/** The reader's page of one claim. */
export const claimPath = (id: ClaimIdSegment) => `/claims/${id}`;
/** The pair page's server-drawn picture of one chart view (ADR 21); `?theme=dark` for the dark one. */
export const pairChartImagePath = (slug: string, view: string) => `/pairs/${slug}/charts/${view}.svg`;
/** An outlet's reliability diagram as an image (ADR 21). */
export const outletReliabilityImagePath = (slug: string) => `/outlets/${slug}/reliability.svg`;
/** A person's page. */
export const personPath = (slug: string) => `/people/${slug}`;
/** An outlet's page (its grade and track record). */
export const outletPath = (slug: string) => `/outlets/${slug}`;
/** The editor's form for a claim. */
export const editClaimPath = (id: ClaimIdSegment) => `/editor/claims/${id}`;
/** A claim's revision history in the editor. */
export const claimHistoryPath = (id: ClaimIdSegment) => `/editor/claims/${id}/history`;
/** The read API's pair. */
export const apiPairPath = (slug: string) => `/api/v1/pairs/${slug}`;
/** The read API's claims of a pair (JSON). */
export const apiPairClaimsPath = (slug: string) => `/api/v1/pairs/${slug}/claims`;
/** The read API's claims of a pair as CSV. */
export const apiPairClaimsCsvPath = (slug: string) => `/api/v1/pairs/${slug}/claims.csv`;
/** The API's claim. */
export const apiClaimPath = (id: ClaimIdSegment) => `/api/v1/claims/${id}`;
/** The read API's person. */
export const apiPersonPath = (slug: string) => `/api/v1/people/${slug}`;
/** The read API's outlet. */
export const apiOutletPath = (slug: string) => `/api/v1/outlets/${slug}`;
