import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, isPagePath, newNonce } from "@/lib/http/csp";
import { hasMalformedEscapes, malformedPathResponse } from "@/lib/http/malformed-path";
import { isUnreadableFormPost, unreadableFormResponse } from "@/lib/http/form-post";
import { crossOriginActionResponse, isCrossOriginAction } from "@/lib/http/action-origin";
import { methodNotAllowed } from "@/lib/http/methods";

/**
 * Gives every page a per-request nonce Content Security Policy (Next.js 16
 * Proxy). Next reads the nonce from the request's CSP header and puts it on
 * its scripts; pages are rendered per request (see app/layout.tsx) so each
 * response carries its own nonce, and may not be framed. A path whose
 * percent-escapes do not decode gets a 400 here, before Next.js fails on it
 * with a bare 500; so does a form post to a page whose multipart body cannot be
 * parsed (Next would try it as a server action and fail the same way). A
 * method the path does not answer (TRACE on a page, GET on a write-only API
 * route) gets a 405 with Allow, and a server-action post from another site a
 * 403, where Next would answer 500 and log an error.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (hasMalformedEscapes(pathname)) return malformedPathResponse(pathname);
  const refused = methodNotAllowed(request.method, pathname);
  if (refused) return refused;
  if (isPagePath(pathname) && isCrossOriginAction(request.headers, request.method)) return crossOriginActionResponse();
  if (await isUnreadableFormPost(request)) return unreadableFormResponse(pathname);
  // Route handlers that are not pages set their own policy: the JSON API, embeds (a strict hash-based
  // CSP with frame-ancestors *), and files such as feed.xml, claims.csv or a chart's .svg/.png.
  if (!isPagePath(pathname)) return NextResponse.next();
  const nonce = newNonce();
  const policy = contentSecurityPolicy({
    nonce,
    frameable: false,
    development: process.env.NODE_ENV === "development",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Everything but build assets and router prefetches.
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
