import "server-only";
import type { Db } from "@/db/client";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import type { Actor } from "./actor";
import { userForApiToken, userForSession, type UserView } from "./users";

export const SESSION_COOKIE = "rl_session";

/** Reads one cookie from a Cookie header. */
export function cookieFromHeader(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
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
  if (!caller) throw new UnauthenticatedError(request.headers.get("authorization") ? "That API token is not valid or was revoked." : "Sign in or send an API token to do that.");
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

/** The client address for sign-in throttling: the first X-Forwarded-For hop, else X-Real-IP, else "local". */
export function clientAddressFromRequest(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "local";
}
