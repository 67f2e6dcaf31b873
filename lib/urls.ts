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
