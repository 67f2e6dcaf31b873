import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, isEmbedPath, newNonce } from "@/lib/http/csp";

/**
 * Gives every page a per-request nonce Content Security Policy (Next.js 16
 * Proxy). Next reads the nonce from the request's CSP header and puts it on
 * its scripts; pages are rendered per request (see app/layout.tsx) so each
 * response carries its own nonce. Embeds may be framed anywhere; everything
 * else nowhere.
 */
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const policy = contentSecurityPolicy({
    nonce,
    frameable: isEmbedPath(request.nextUrl.pathname),
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
      // Pages, feeds and images; not the JSON API, build assets or router prefetches.
      source: "/((?!api/|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
