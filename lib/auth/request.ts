import "server-only";
import type { Db } from "@/db/client";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import type { Actor } from "./actor";
import { clientAddressFromHeaders } from "./client-address";
import { userForApiToken } from "./api-tokens";
import { userForSession } from "./sessions";
import { type UserView } from "./accounts";

export const SESSION_COOKIE = "rl_session";

/**
 * The cookies of a Cookie header as [name, raw value] pairs, names trimmed —
 * the one parser behind both reading the session and deciding whether a
 * request carries credentials, so the two can never disagree on a spelling
 * such as `rl_session =x`. A part without "=" is a nameless value (as browsers send it).
 */
export function parseCookieHeader(header: string | null | undefined): [string, string][] {
  if (!header) return [];
  return header.split(";").map((part): [string, string] => {
    const eq = part.indexOf("=");
    return eq < 0 ? ["", part.trim()] : [part.slice(0, eq).trim(), part.slice(eq + 1).trim()];
  });
}

/** Reads one cookie from a Cookie header. A value whose percent-escapes do not decode is no cookie at all (null). */
export function cookieFromHeader(header: string | null | undefined, name: string): string | null {
  const found = parseCookieHeader(header).find(([key]) => key === name);
  if (!found) return null;
  try {
    return decodeURIComponent(found[1]);
  } catch {
    return null;
  }
}

/** Request headers as a fetch Headers object or node:http's plain record (the app's own front, server.mjs). */
export type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function headerValue(headers: HeaderSource, name: string): string | null {
  if (headers instanceof Headers) return headers.get(name);
  const value = headers[name];
  return Array.isArray(value) ? value.join("; ") : (value ?? null);
}

/**
 * True when a request carries credentials in any spelling: any Authorization
 * header (even an empty or malformed one), or any cookie whose trimmed name is
 * the session cookie's in any letter case, whatever its value. Such a request
 * may see drafts, so it is never answered from, nor stored in, a shared cache.
 */
export function carriesCredentials(headers: HeaderSource): boolean {
  if (headerValue(headers, "authorization") !== null) return true;
  return parseCookieHeader(headerValue(headers, "cookie")).some(
    ([name, value]) => name.toLowerCase() === SESSION_COOKIE || (name === "" && value.toLowerCase().startsWith(SESSION_COOKIE)),
  );
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * True when a cookie-authenticated request may have come from another site.
 * Browsers send Origin (and Sec-Fetch-Site) on cross-site writes; a request
 * without either is not from a browser page and cannot ride a victim's cookie.
 */
export function isCrossSite(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin) {
    // Without a Host header (some proxies, tests) the request URL is the best statement of where we are.
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
    try {
      return new URL(origin).host !== host;
    } catch {
      return true;
    }
  }
  const site = request.headers.get("sec-fetch-site");
  return site === "cross-site" || site === "same-site";
}

export type RequestUser = { user: UserView; via: "token" | "session" };

/**
 * Who is calling: a personal API token (`Authorization: Bearer …`) or the
 * session cookie. A bad token is never silently downgraded to the cookie.
 */
export function userForRequest(db: Db, request: Request): RequestUser | null {
  const auth = request.headers.get("authorization");
  if (auth) {
    const match = /^Bearer\s+(\S+)$/i.exec(auth.trim());
    const user = match ? userForApiToken(db, match[1]) : null;
    return user ? { user, via: "token" } : null;
  }
  const user = userForSession(db, cookieFromHeader(request.headers.get("cookie"), SESSION_COOKIE));
  return user ? { user, via: "session" } : null;
}

/**
 * The editor or admin making a write request, or a 401/403. Cookie-authenticated
 * writes must come from this site (CSRF); token-authenticated ones need no such check.
 */
export function requireEditor(db: Db, request: Request): Actor {
  const caller = userForRequest(db, request);
  if (!caller)
    throw new UnauthenticatedError(
      request.headers.get("authorization") ? "That API token is not valid or was revoked." : "Sign in or send an API token to do that.",
    );
  if (caller.via === "session" && !SAFE_METHODS.has(request.method) && isCrossSite(request)) {
    throw new ForbiddenError("Cross-site requests cannot use your session. Use an API token.");
  }
  return { userId: caller.user.id, role: caller.user.role };
}

/**
 * Like requireEditor, but only for a signed-in browser session: minting a new
 * API token with a token would let a leaked token outlive its revocation.
 */
export function requireSessionEditor(db: Db, request: Request): Actor {
  const actor = requireEditor(db, request);
  if (request.headers.get("authorization")) throw new ForbiddenError("Create API tokens while signed in, not with another token.");
  return actor;
}

export function requireAdmin(db: Db, request: Request): Actor {
  const actor = requireEditor(db, request);
  if (actor.role !== "admin") throw new ForbiddenError("Only admins can do that.");
  return actor;
}

/** Cookie attributes for the session: httpOnly, SameSite=Lax, Secure unless served on localhost over http. */
export function sessionCookieOptions(requestUrl: string, expiresAt: string) {
  const url = new URL(requestUrl);
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  return { httpOnly: true, sameSite: "lax" as const, secure: url.protocol === "https:" || !local, path: "/", expires: new Date(expiresAt) };
}

/** The client address for sign-in throttling: the socket's peer, or behind TRUST_PROXY the trusted X-Forwarded-For hop (see client-address.ts). */
export function clientAddressFromRequest(request: Request): string {
  return clientAddressFromHeaders(request.headers);
}
