import { apiRequest, routeContext } from "@/lib/testing/api-harness";
import * as claimDiscard from "../claims/[id]/discard/route";
import * as claimPublish from "../claims/[id]/publish/route";
import * as claimRetract from "../claims/[id]/retract/route";
import * as claimSettle from "../claims/[id]/settle/route";
import * as claimUnsettle from "../claims/[id]/unsettle/route";
import * as claim from "../claims/[id]/route";
import * as claimsIndex from "../claims/route";
import * as extractRoute from "../extract/route";
import * as importRoute from "../import/route";
import * as outlet from "../outlets/[slug]/route";
import * as outletsIndex from "../outlets/route";
import * as pairsIndex from "../pairs/route";
import * as peopleIndex from "../people/route";
import * as session from "../session/route";
import * as token from "../tokens/[id]/route";
import * as tokensIndex from "../tokens/route";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Every API route handler by "METHOD /path/[param]", as tests call them. */
export const ROUTES = {
  "POST /api/v1/people": peopleIndex.POST,
  "POST /api/v1/pairs": pairsIndex.POST,
  "POST /api/v1/outlets": outletsIndex.POST,
  "PATCH /api/v1/outlets/[slug]": outlet.PATCH,
  "POST /api/v1/claims": claimsIndex.POST,
  "GET /api/v1/claims/[id]": claim.GET,
  "PATCH /api/v1/claims/[id]": claim.PATCH,
  "POST /api/v1/claims/[id]/publish": claimPublish.POST,
  "POST /api/v1/claims/[id]/retract": claimRetract.POST,
  "POST /api/v1/claims/[id]/discard": claimDiscard.POST,
  "POST /api/v1/claims/[id]/settle": claimSettle.POST,
  "POST /api/v1/claims/[id]/unsettle": claimUnsettle.POST,
  "POST /api/v1/import": importRoute.POST,
  "POST /api/v1/extract": extractRoute.POST,
  "POST /api/v1/session": session.POST,
  "DELETE /api/v1/session": session.DELETE,
  "GET /api/v1/tokens": tokensIndex.GET,
  "POST /api/v1/tokens": tokensIndex.POST,
  "DELETE /api/v1/tokens/[id]": token.DELETE,
} as unknown as Record<string, Handler>;

export interface RouteCall {
  params?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Calls a route handler the way Next would: a Request plus a context whose params are a Promise. */
export async function callRoute(key: string, { params = {}, body, headers }: RouteCall = {}): Promise<Response> {
  const handler = ROUTES[key];
  if (!handler) throw new Error(`No route ${key} in the test table`);
  const [method, pattern] = key.split(" ");
  const path = pattern.replace(/\[(\w+)\]/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`${key} needs params.${name}`);
    return encodeURIComponent(params[name]);
  });
  return handler(apiRequest({ method, path, body, headers }), routeContext(params));
}
