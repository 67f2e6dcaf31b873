import { createHash } from "node:crypto";
import { isAnonymous } from "@/lib/cache/ledger-cache";

/**
 * Seconds a shared cache (CDN, nginx) may serve an anonymous answer as fresh,
 * and again as many while it refreshes it in the background: a write reaches
 * every reader within twice this, at most 60 s. `RUMOR_LEDGER_SHARED_MAX_AGE`
 * (1–30) shortens it, for tests.
 */
export function sharedMaxAge(env: NodeJS.ProcessEnv = process.env): number {
  const seconds = Number(env.RUMOR_LEDGER_SHARED_MAX_AGE);
  return Number.isInteger(seconds) && seconds >= 1 && seconds <= 30 ? seconds : 30;
}

/**
 * Cache-Control for what anonymous readers get: shared caches keep it briefly
 * (above); browsers revalidate every time (max-age=0), which the ETag makes a
 * cheap 304.
 */
export const PUBLIC_CACHE = `public, max-age=0, s-maxage=${sharedMaxAge()}, stale-while-revalidate=${sharedMaxAge()}`;
/** Cache-Control for an editor's view (it may hold drafts): never stored by any cache. */
export const PRIVATE_CACHE = "private, no-store";

/** A strong ETag for a response body. */
export function etagFor(body: string | Uint8Array): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** True when an If-None-Match header names this ETag (or `*`); weak validators compare equal, as RFC 9110 says for GET. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === bare);
}

/**
 * A cacheable GET response: the body with its ETag and Cache-Control, or a
 * bodiless 304 when the client already holds this exact body.
 */
export function conditionalResponse(
  request: Request,
  body: string,
  options: { contentType: string; cacheControl?: string; headers?: Record<string, string>; status?: number },
): Response {
  const etag = etagFor(body);
  const headers: Record<string, string> = {
    ETag: etag,
    // Whatever the route chose, an answer to a caller with a credential is never stored.
    "Cache-Control": isAnonymous(request.headers) ? (options.cacheControl ?? PUBLIC_CACHE) : PRIVATE_CACHE,
    ...options.headers,
  };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: options.status ?? 200, headers: { ...headers, "Content-Type": options.contentType } });
}
