/**
 * Cross-site server-action posts. Next.js refuses a server action whose
 * `Origin` host differs from the request's host (its CSRF check), but answers
 * with a 500 and an error in the log; proxy.ts answers these with a quiet 403
 * first, by the same comparison Next makes, so the two can never disagree on
 * which requests pass.
 */

/** Would Next treat this request as a possible server action (a fetch action, or a form post to a page)? */
function isPossibleServerAction(headers: Headers, method: string): boolean {
  if (method !== "POST") return false;
  const type = headers.get("content-type") ?? "";
  return headers.has("next-action") || type === "application/x-www-form-urlencoded" || type.startsWith("multipart/form-data");
}

/** The host Next compares Origin with: the first X-Forwarded-Host, else Host. */
function requestHost(headers: Headers): string | null {
  return headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
}

/** True for a server-action post whose Origin is another site (or unreadable). A post with no Origin passes, as in Next. */
export function isCrossOriginAction(headers: Headers, method: string): boolean {
  if (!isPossibleServerAction(headers, method)) return false;
  const origin = headers.get("origin");
  if (origin === null) return false;
  let originHost: string;
  try {
    originHost = origin === "null" ? "null" : new URL(origin).host;
  } catch {
    return true;
  }
  return originHost !== requestHost(headers);
}

/** The 403 for it: plain words, not stored by any cache. */
export function crossOriginActionResponse(): Response {
  return new Response("Forms on this site can only be sent from this site.\n", {
    status: 403,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
