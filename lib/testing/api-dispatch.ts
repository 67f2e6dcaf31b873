import * as oembedRoute from "@/app/api/oembed/route";
import * as claimDiscard from "@/app/api/v1/claims/[id]/discard/route";
import * as claimPublish from "@/app/api/v1/claims/[id]/publish/route";
import * as claimRetract from "@/app/api/v1/claims/[id]/retract/route";
import * as claimSettle from "@/app/api/v1/claims/[id]/settle/route";
import * as claimUnsettle from "@/app/api/v1/claims/[id]/unsettle/route";
import * as claim from "@/app/api/v1/claims/[id]/route";
import * as claims from "@/app/api/v1/claims/route";
import * as extractRoute from "@/app/api/v1/extract/route";
import * as importRoute from "@/app/api/v1/import/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import * as outlet from "@/app/api/v1/outlets/[slug]/route";
import * as outlets from "@/app/api/v1/outlets/route";
import * as pairClaimsCsv from "@/app/api/v1/pairs/[slug]/claims.csv/route";
import * as pairClaims from "@/app/api/v1/pairs/[slug]/claims/route";
import * as pair from "@/app/api/v1/pairs/[slug]/route";
import * as pairs from "@/app/api/v1/pairs/route";
import * as person from "@/app/api/v1/people/[slug]/route";
import * as people from "@/app/api/v1/people/route";
import * as session from "@/app/api/v1/session/route";
import * as token from "@/app/api/v1/tokens/[id]/route";
import * as tokens from "@/app/api/v1/tokens/route";
import { apiRequest, routeContext } from "./api-harness";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Response | Promise<Response>;

/**
 * Every route module under app/api by its app/ path, as Next's router maps
 * URLs to them. A test checks these keys against lib/http/methods.ts's table
 * (itself checked against the files): a new route adds its line here.
 */
export const API_MODULES: Record<string, Record<string, unknown>> = {
  "/api/oembed": oembedRoute,
  "/api/v1/openapi.json": openapi,
  "/api/v1/pairs": pairs,
  "/api/v1/pairs/[slug]": pair,
  "/api/v1/pairs/[slug]/claims": pairClaims,
  "/api/v1/pairs/[slug]/claims.csv": pairClaimsCsv,
  "/api/v1/people": people,
  "/api/v1/people/[slug]": person,
  "/api/v1/outlets": outlets,
  "/api/v1/outlets/[slug]": outlet,
  "/api/v1/claims": claims,
  "/api/v1/claims/[id]": claim,
  "/api/v1/claims/[id]/publish": claimPublish,
  "/api/v1/claims/[id]/retract": claimRetract,
  "/api/v1/claims/[id]/discard": claimDiscard,
  "/api/v1/claims/[id]/settle": claimSettle,
  "/api/v1/claims/[id]/unsettle": claimUnsettle,
  "/api/v1/extract": extractRoute,
  "/api/v1/import": importRoute,
  "/api/v1/session": session,
  "/api/v1/tokens": tokens,
  "/api/v1/tokens/[id]": token,
};

const ROUTES = Object.entries(API_MODULES).map(([route, module]) => ({
  module,
  names: [...route.matchAll(/\[(\w+)\]/g)].map((m) => m[1]),
  pattern: new RegExp(`^${route.replace(/\./g, "\\.").replace(/\[\w+\]/g, "([^/]+)")}$`),
}));

/** Calls the route handler a request for `method path?query` would reach, as Next would (params as a Promise). */
export async function dispatch(
  method: string,
  pathAndQuery: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<Response> {
  const pathname = new URL(pathAndQuery, "http://localhost").pathname;
  for (const route of ROUTES) {
    const match = route.pattern.exec(pathname);
    if (!match) continue;
    const handler = route.module[method.toUpperCase()] as Handler | undefined;
    if (!handler) throw new Error(`${pathname} has no ${method} handler`);
    const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(match[i + 1])]));
    return handler(apiRequest({ method: method.toUpperCase(), path: pathAndQuery, ...options }), routeContext(params));
  }
  throw new Error(`No route for ${pathname}`);
}
