import { Ajv2020 } from "ajv/dist/2020.js";
import type { Db } from "@/db/client";
import * as claimRoute from "@/app/api/v1/claims/[id]/route";
import * as openapiRoute from "@/app/api/v1/openapi.json/route";
import * as outletRoute from "@/app/api/v1/outlets/[slug]/route";
import * as outletsRoute from "@/app/api/v1/outlets/route";
import * as pairClaimsCsvRoute from "@/app/api/v1/pairs/[slug]/claims.csv/route";
import * as pairClaimsRoute from "@/app/api/v1/pairs/[slug]/claims/route";
import * as pairRoute from "@/app/api/v1/pairs/[slug]/route";
import * as pairsRoute from "@/app/api/v1/pairs/route";
import * as peopleRoute from "@/app/api/v1/people/route";
import * as personRoute from "@/app/api/v1/people/[slug]/route";
import { openApiDocument } from "@/lib/api/openapi";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Response | Promise<Response>;

/** The read API's route modules by URL pattern, as Next's router would pick them. */
const ROUTES: { pattern: RegExp; names: string[]; GET: Handler }[] = [
  { pattern: /^\/api\/v1\/openapi\.json$/, names: [], GET: openapiRoute.GET as unknown as Handler },
  { pattern: /^\/api\/v1\/pairs$/, names: [], GET: pairsRoute.GET as unknown as Handler },
  { pattern: /^\/api\/v1\/pairs\/([^/]+)$/, names: ["slug"], GET: pairRoute.GET as unknown as Handler },
  { pattern: /^\/api\/v1\/pairs\/([^/]+)\/claims$/, names: ["slug"], GET: pairClaimsRoute.GET as unknown as Handler },
  { pattern: /^\/api\/v1\/pairs\/([^/]+)\/claims\.csv$/, names: ["slug"], GET: pairClaimsCsvRoute.GET as unknown as Handler },
  { pattern: /^\/api\/v1\/people$/, names: [], GET: peopleRoute.GET as unknown as Handler },
  { pattern: /^\/api\/v1\/people\/([^/]+)$/, names: ["slug"], GET: personRoute.GET as unknown as Handler },
  { pattern: /^\/api\/v1\/outlets$/, names: [], GET: outletsRoute.GET as unknown as Handler },
  { pattern: /^\/api\/v1\/outlets\/([^/]+)$/, names: ["slug"], GET: outletRoute.GET as unknown as Handler },
  { pattern: /^\/api\/v1\/claims\/([^/]+)$/, names: ["id"], GET: claimRoute.GET as unknown as Handler },
];

/** Points the route modules' getDb() at a test database. */
export function useDbForRoutes(db: Db): void {
  (globalThis as { rumorLedgerDb?: Db }).rumorLedgerDb = db;
}

/** Calls the GET route module for a URL path (with its query string), as a request from outside would. */
export async function apiGet(pathAndQuery: string, headers: Record<string, string> = {}): Promise<Response> {
  const url = new URL(pathAndQuery, "http://ledger.test");
  const route = ROUTES.find((r) => r.pattern.test(url.pathname));
  if (!route) throw new Error(`No route for ${url.pathname}`);
  const match = route.pattern.exec(url.pathname)!;
  const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(match[i + 1])]));
  return route.GET(new Request(url, { headers }), { params: Promise.resolve(params) });
}

/** A validator for the OpenAPI document's component schemas (JSON Schema 2020-12). */
export function componentValidator(origin = "http://ledger.test") {
  const doc = openApiDocument(origin) as { components: { schemas: Record<string, unknown> } };
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true, inlineRefs: false });
  const root = { $id: "https://ledger.test/openapi.json", components: doc.components };
  ajv.addSchema(root);
  return (component: string, value: unknown): string[] => {
    const validate = ajv.getSchema(`https://ledger.test/openapi.json#/components/schemas/${component}`);
    if (!validate) throw new Error(`No component ${component}`);
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
}
