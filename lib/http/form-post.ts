/**
 * A POST with a multipart/form-data body is how a form posts to a server action
 * without JavaScript; Next.js parses it, on any page (and on the not-found page
 * an unknown path ends at), before it knows whether an action is meant, and a
 * body it cannot parse ends as a bare 500. proxy.ts parses a copy first and
 * answers such a request with a 400 instead. No API route reads multipart, so
 * only malformed bodies are refused. Bodies past Next's own server-action limit
 * are left to Next (it refuses them).
 */
const NEXT_ACTION_BODY_LIMIT = 1024 * 1024;

export async function isUnreadableFormPost(request: Request): Promise<boolean> {
  if (request.method !== "POST") return false;
  if (!/^multipart\/form-data\b/i.test(request.headers.get("content-type") ?? "")) return false;
  if (Number(request.headers.get("content-length") ?? 0) > NEXT_ACTION_BODY_LIMIT) return false;
  try {
    await request.clone().formData();
    return false;
  } catch {
    return true;
  }
}

/** The 400 for such a post: the API's JSON error shape under /api/ (an unknown API path still ends at Next's pages), plain words elsewhere. */
export function unreadableFormResponse(pathname: string): Response {
  const message = "This form submission could not be read: its multipart body is malformed.";
  const headers = { "Cache-Control": "no-store" };
  if (pathname.startsWith("/api/")) return Response.json({ error: { code: "invalid_input", message } }, { status: 400, headers });
  return new Response(`${message}\n`, { status: 400, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
}
