/**
 * True when a URL path has a percent-escape that does not decode (`%FF`, `%C0%AF`,
 * a lone `%`). Next.js 16 answers such a path with a bare 500 when it has to decode
 * it into a dynamic segment; proxy.ts answers 400 first. Pure, unit-tested.
 */
export function hasMalformedEscapes(pathname: string): boolean {
  if (!pathname.includes("%")) return false;
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/** The 400 for such a path: the API's JSON error shape under /api/, plain words elsewhere. */
export function malformedPathResponse(pathname: string): Response {
  const message = "This address is not valid: it has a percent-escape that is not UTF-8.";
  const headers = { "Cache-Control": "no-store" };
  if (pathname.startsWith("/api/")) return Response.json({ error: { code: "invalid_input", message } }, { status: 400, headers });
  return new Response(`${message}\n`, { status: 400, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
}
