import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "@/lib/auth/request";
import { createClaim } from "@/lib/claims/write";
import { type ApiHarness, apiRequest, ORIGIN, routeContext, startApiHarness } from "@/lib/testing/api-harness";
import { claimInput, DEMO_PAIR, insertSession } from "@/lib/testing/fixtures";
import * as claim from "../claims/[id]/route";
import * as claimsCsv from "../pairs/[slug]/claims.csv/route";
import * as pairClaims from "../pairs/[slug]/claims/route";
import * as pair from "../pairs/[slug]/route";
import * as pairs from "../pairs/route";
import * as outlet from "../outlets/[slug]/route";
import * as outlets from "../outlets/route";
import * as person from "../people/[slug]/route";
import * as people from "../people/route";
import * as tokens from "../tokens/route";
import { callRoute } from "./routes";

let h: ApiHarness;
beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(() => h.cleanup());

type Get = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;

/** Every GET of the JSON API, with real parameters. */
const GETS: [string, Get, Record<string, string>][] = [
  ["/api/v1/pairs", pairs.GET as Get, {}],
  [`/api/v1/pairs/${DEMO_PAIR}`, pair.GET as Get, { slug: DEMO_PAIR }],
  [`/api/v1/pairs/${DEMO_PAIR}/claims`, pairClaims.GET as Get, { slug: DEMO_PAIR }],
  [`/api/v1/pairs/${DEMO_PAIR}/claims.csv`, claimsCsv.GET as Get, { slug: DEMO_PAIR }],
  ["/api/v1/people", people.GET as Get, {}],
  ["/api/v1/people/tom-cruise", person.GET as Get, { slug: "tom-cruise" }],
  ["/api/v1/outlets", outlets.GET as Get, {}],
  ["/api/v1/outlets/variety", outlet.GET as Get, { slug: "variety" }],
  ["/api/v1/claims/1", claim.GET as Get, { id: "1" }],
  ["/api/v1/tokens", tokens.GET as Get, {}],
];

const call = (path: string, handler: Get, params: Record<string, string>, headers: Record<string, string> = {}) =>
  handler(apiRequest({ method: "GET", path, headers }), routeContext(params));

describe("a malformed session cookie is a signed-out visitor", () => {
  it.each(GETS)("GET %s with rl_session=% answers as it does to a reader", async (path, handler, params) => {
    const reader = await call(path, handler, params);
    const malformed = await call(path, handler, params, { cookie: `${SESSION_COOKIE}=%` });
    expect(malformed.status).toBe(reader.status);
    expect(malformed.status).toBeLessThan(500);
  });

  it.each(["POST /api/v1/claims", "POST /api/v1/tokens", "DELETE /api/v1/session"])(
    "%s with rl_session=% is refused or ignored, never a 500",
    async (key) => {
      const response = await callRoute(key, {
        body: key.startsWith("DELETE") ? undefined : claimInput(),
        headers: { origin: ORIGIN, cookie: `${SESSION_COOKIE}=%25%` },
      });
      expect(response.status).toBe(key.startsWith("DELETE") ? 204 : 401);
    },
  );
});

describe("the public cache and credentials in any spelling", () => {
  it.each(["rl_session =TOKEN", "theme=dark;  rl_session\t= TOKEN"])(
    "an editor's draft read with %j is never served to readers",
    async (spelling) => {
      const { id } = createClaim(h.db, h.editor, claimInput());
      const cookie = spelling.replace("TOKEN", insertSession(h.db, h.editor.userId));
      const path = `/api/v1/claims/${id}`;
      const asEditor = await call(path, claim.GET as Get, { id: String(id) }, { cookie });
      expect(asEditor.status).toBe(200);
      expect(await asEditor.json()).toMatchObject({ id, status: "draft" });
      const asReader = await call(path, claim.GET as Get, { id: String(id) });
      expect(asReader.status).toBe(404);
      expect(JSON.stringify(await asReader.json())).not.toContain('"draft"');
    },
  );

  it("a draft-filtered list read with a spaced cookie does not become the readers' list", async () => {
    const { headline } = createClaim(h.db, h.editor, claimInput({ headline: `Cache probe ${Date.now()}` })) as { headline: string };
    const cookie = `${SESSION_COOKIE} =${insertSession(h.db, h.editor.userId)}`;
    const path = `/api/v1/pairs/${DEMO_PAIR}/claims?status=draft`;
    const asEditor = await call(path, pairClaims.GET as Get, { slug: DEMO_PAIR }, { cookie });
    expect(await asEditor.text()).toContain(headline);
    const asReader = await call(path, pairClaims.GET as Get, { slug: DEMO_PAIR });
    expect(await asReader.text()).not.toContain(headline);
  });
});
