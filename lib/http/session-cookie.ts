import "server-only";
import { SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/request";

/**
 * `Set-Cookie` values for the session, written out here because a route
 * handler has no cookies() store outside Next's request scope (and tests call
 * handlers directly). Attributes come from sessionCookieOptions.
 */
function serialize(requestUrl: string, value: string, expiresAt: string): string {
  const o = sessionCookieOptions(requestUrl, expiresAt);
  const parts = [
    `${SESSION_COOKIE}=${encodeURIComponent(value)}`,
    `Path=${o.path}`,
    `Expires=${o.expires.toUTCString()}`,
    "HttpOnly",
    "SameSite=Lax",
  ];
  if (o.secure) parts.push("Secure");
  return parts.join("; ");
}

/** Sets the session cookie after a sign-in. */
export function sessionCookieHeader(requestUrl: string, token: string, expiresAt: string): string {
  return serialize(requestUrl, token, expiresAt);
}

/** Expires the session cookie (sign out). */
export function clearedSessionCookieHeader(requestUrl: string): string {
  return serialize(requestUrl, "", new Date(0).toISOString());
}
