/**
 * The Content Security Policy every page is served with (set per request by
 * proxy.ts). Scripts run only from this origin and only with the request's
 * nonce, which Next.js copies onto its own inline and bundle scripts; so a
 * `<script>` or event handler that ever slipped into a page would not run. A
 * reader page shared by many readers swaps the nonce for the hashes of the
 * render's own inline scripts (lib/cache/shared-page.ts).
 * Pure, so it is unit-tested without a server.
 */

/** Embeds are made to be framed by other newsrooms' pages; nothing else may be framed at all. */
export function isEmbedPath(pathname: string): boolean {
  return pathname === "/embed" || pathname.startsWith("/embed/");
}

/**
 * Is this path one of the app's pages (rendered by Next with its scripts), as
 * opposed to a route handler that answers with its own headers: the API,
 * embeds, and files (a last segment with an extension: feed.xml, claims.csv,
 * heat.svg, robots.txt)? Only pages get the nonce policy.
 */
export function isPagePath(pathname: string): boolean {
  if (pathname.startsWith("/api/") || isEmbedPath(pathname)) return false;
  const last = pathname.slice(pathname.lastIndexOf("/") + 1);
  return !/\.[a-z0-9]{2,5}$/i.test(last);
}

/** A fresh, unguessable nonce: 16 random bytes, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export interface CspOptions {
  /** A per-request nonce (a page rendered for its caller), or */
  nonce?: string;
  /** the SHA-256 sources of a cached page's own inline scripts ('sha256-…'), when it is shared by many readers. */
  hashes?: string[];
  /** May other sites frame this response (embeds)? */
  frameable: boolean;
  /** Development needs 'unsafe-eval' for React's debugging aids; production never does. */
  development?: boolean;
}

/**
 * The policy as a header value. Styles allow 'unsafe-inline' because server-rendered
 * charts and a few components use style attributes, which a nonce cannot cover
 * (and a nonce would make browsers ignore 'unsafe-inline'); styles cannot run code.
 */
export function contentSecurityPolicy({ nonce, hashes = [], frameable, development = false }: CspOptions): string {
  // A nonce trusts what its scripts load ('strict-dynamic'); a hash policy has no nonce, so Next's
  // chunks are admitted by 'self' and its inline scripts by their hashes.
  const scripts = nonce ? [`'nonce-${nonce}'`, "'strict-dynamic'"] : hashes;
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", ...scripts, ...(development ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", frameable ? "*" : "'none'"],
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}
