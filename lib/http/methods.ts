import type { ErrorCode } from "@/lib/errors";
import { isPagePath } from "./csp";

/**
 * The methods each route handler under /api exports, by its app/ path. proxy.ts
 * answers any other method with a 405 that names the allowed ones (Next's own
 * 405 has no body and no Allow header). A test walks app/api and fails when a
 * route file and this table disagree: a new route adds its row here.
 */
export const API_ROUTE_METHODS: Record<string, readonly string[]> = {
  "/api/oembed": ["GET"],
  "/api/v1/openapi.json": ["GET"],
  "/api/v1/pairs": ["GET", "POST"],
  "/api/v1/pairs/[slug]": ["GET"],
  "/api/v1/pairs/[slug]/claims": ["GET"],
  "/api/v1/pairs/[slug]/claims.csv": ["GET"],
  "/api/v1/people": ["GET", "POST"],
  "/api/v1/people/[slug]": ["GET"],
  "/api/v1/outlets": ["GET", "POST"],
  "/api/v1/outlets/[slug]": ["GET", "PATCH"],
  "/api/v1/claims": ["POST"],
  "/api/v1/claims/[id]": ["GET", "PATCH"],
  "/api/v1/claims/[id]/publish": ["POST"],
  "/api/v1/claims/[id]/retract": ["POST"],
  "/api/v1/claims/[id]/discard": ["POST"],
  "/api/v1/claims/[id]/settle": ["POST"],
  "/api/v1/claims/[id]/unsettle": ["POST"],
  "/api/v1/extract": ["POST"],
  "/api/v1/import": ["POST"],
  "/api/v1/session": ["POST", "DELETE"],
  "/api/v1/tokens": ["GET", "POST"],
  "/api/v1/tokens/[id]": ["DELETE"],
};

/** Pages answer reads and form posts (server actions); route handlers outside /api (feeds, embeds, images) only reads. */
export const PAGE_METHODS = ["GET", "HEAD", "POST"] as const;
export const FILE_METHODS = ["GET", "HEAD"] as const;

const API_PATTERNS = Object.entries(API_ROUTE_METHODS).map(([route, methods]) => ({
  pattern: new RegExp(`^${route.replace(/[.]/g, "\\.").replace(/\[\w+\]/g, "[^/]+")}/?$`),
  methods,
}));

/** The methods a path answers, in the order an Allow header lists them; null for an /api path with no route (a 404). */
export function allowedMethods(pathname: string): string[] | null {
  if (pathname.startsWith("/api/")) {
    const route = API_PATTERNS.find((r) => r.pattern.test(pathname));
    if (!route) return null;
    const methods = new Set(route.methods);
    if (methods.has("GET")) methods.add("HEAD");
    methods.add("OPTIONS"); // Next answers OPTIONS for every route handler with its own Allow
    return [...methods].sort();
  }
  return [...(isPagePath(pathname) ? PAGE_METHODS : FILE_METHODS)];
}

export interface PlainAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * The 405 for a method this path does not answer (TRACE, PUT on a page, GET on
 * a write-only API route…), else null: the API's JSON error shape under /api/,
 * plain words elsewhere, with `Allow` on both.
 */
export function methodNotAllowedAnswer(method: string, pathname: string): PlainAnswer | null {
  const allowed = allowedMethods(pathname);
  const verb = method.toUpperCase();
  if (!allowed || allowed.includes(verb)) return null;
  const allow = allowed.join(", ");
  const message = `This address does not answer ${verb.replace(/[^A-Z-]/g, "")}; it answers ${allow}.`;
  const headers = { Allow: allow, "Cache-Control": "no-store" };
  if (pathname.startsWith("/api/")) {
    return {
      status: 405,
      headers: { ...headers, "Content-Type": "application/json" },
      body: JSON.stringify({ error: { code: "method_not_allowed" satisfies ErrorCode, message } }),
    };
  }
  return { status: 405, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" }, body: `${message}\n` };
}

/** methodNotAllowedAnswer as a Response, for proxy.ts. */
export function methodNotAllowed(method: string, pathname: string): Response | null {
  const answer = methodNotAllowedAnswer(method, pathname);
  return answer && new Response(answer.body, { status: answer.status, headers: answer.headers });
}

/** Methods a fetch Request cannot carry: Next fails on them (500) before proxy.ts runs, so server.mjs asks here. */
export const UNREPRESENTABLE_METHODS = ["CONNECT", "TRACE", "TRACK"] as const;

/**
 * server.mjs's answer to a CONNECT, TRACE or TRACK (null for any other method):
 * the 405 proxy.ts would give, or a 404 for an API path with no route.
 */
export function unrepresentableMethodAnswer(method: string, url: string): PlainAnswer | null {
  if (!(UNREPRESENTABLE_METHODS as readonly string[]).includes(method.toUpperCase())) return null;
  let pathname = "/";
  try {
    pathname = new URL(url, "http://localhost").pathname;
  } catch {
    // an unparsable target: answer as for the root
  }
  // Sent by server.mjs, past next.config's headers: the same protections every other answer has.
  const guard = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  };
  const refused = methodNotAllowedAnswer(method, pathname);
  if (refused) return { ...refused, headers: { ...refused.headers, ...guard } };
  const body = JSON.stringify({ error: { code: "not_found", message: "Nothing lives at this address." } });
  return { status: 404, headers: { "Cache-Control": "no-store", "Content-Type": "application/json", ...guard }, body };
}
