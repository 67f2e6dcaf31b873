import { getDb } from "@/db/client";
import { clientAddressFromRequest, cookieFromHeader, isCrossSite, SESSION_COOKIE } from "@/lib/auth/request";
import { signIn } from "@/lib/auth/sign-in";
import { signOut } from "@/lib/auth/sessions";
import { ForbiddenError } from "@/lib/errors";
import { apiRoute, noContent, readJson, writeResponse } from "@/lib/http/api";
import { userJson } from "@/lib/http/resources";
import { clearedSessionCookieHeader, sessionCookieHeader } from "@/lib/http/session-cookie";

/**
 * POST /api/v1/session `{email, password}` → 200 `{user, expiresAt}` and the
 * httpOnly session cookie. Throttled (429). Refused cross-site, so another
 * site cannot sign a visitor into an account of its choosing.
 */
export const POST = apiRoute(async (request: Request) => {
  if (isCrossSite(request)) throw new ForbiddenError("Sign in from this site.");
  const body = await readJson(request);
  const { token, user, expiresAt } = await signIn(getDb(), body, clientAddressFromRequest(request));
  return writeResponse({ user: userJson(user), expiresAt }, 200, { "Set-Cookie": sessionCookieHeader(request.url, token, expiresAt) });
});

/** DELETE /api/v1/session → 204: ends this browser's session (if any) and clears the cookie. */
export const DELETE = apiRoute(async (request: Request) => {
  if (isCrossSite(request)) throw new ForbiddenError("Sign out from this site.");
  signOut(getDb(), cookieFromHeader(request.headers.get("cookie"), SESSION_COOKIE));
  return noContent({ "Set-Cookie": clearedSessionCookieHeader(request.url) });
});
