import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settleClaim } from "@/lib/claims/settle";
import { createClaim } from "@/lib/claims/write";
import { createApiToken } from "@/lib/auth/api-tokens";
import { openApiDocument, READ_OPERATIONS } from "@/lib/api/openapi";
import { API_ROUTE_METHODS } from "@/lib/http/methods";
import { type ApiHarness, sessionHeaders, startApiHarness, tokenHeaders } from "@/lib/testing/api-harness";
import { API_MODULES, dispatch } from "@/lib/testing/api-dispatch";
import { claimInput, DEMO_PAIR } from "@/lib/testing/fixtures";
import { documentedResponses, type OpenApiDoc, openApiResponseChecker } from "@/lib/testing/openapi-contract";

/**
 * The OpenAPI document against the real server: every case calls a real route
 * handler and checks the answer with Ajv against the document — a status the
 * operation does not list, a content type it does not name or a body its
 * schema refuses fails the case — and every status the document lists must be
 * produced by at least one case. A new route or status adds a row to CASES.
 */

let h: ApiHarness;
beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(() => h.cleanup());

const doc = () => openApiDocument("http://localhost:3000") as unknown as OpenApiDoc;

type Who = "anonymous" | "editor" | "admin" | "editorSession" | "crossSite" | "badToken";
interface Case {
  /** The document's operation: "method /path/{param}" (paths under /api/v1). */
  op: string;
  status: number;
  /** What this case shows (the test's name). */
  why: string;
  who?: Who;
  /** The concrete path and query under /api/v1, or a function of a fresh draft claim's id (made for this case). */
  path?: string | ((claim: { id: number; version: number }) => string);
  body?: string | unknown[] | Record<string, unknown> | ((claim: { id: number; version: number }) => unknown);
  headers?: Record<string, string>;
  /** Calls made first (e.g. failed sign-ins before a 429). */
  before?: () => Promise<void>;
}

const HUGE = { headline: "x".repeat(300 * 1024) };
const SLUGS: Record<string, string> = {
  "/pairs/{slug}": DEMO_PAIR,
  "/pairs/{slug}/claims": DEMO_PAIR,
  "/pairs/{slug}/claims.csv": DEMO_PAIR,
  "/people/{slug}": "tom-cruise",
  "/outlets/{slug}": "variety",
};
const reversed = DEMO_PAIR.split("--").reverse().join("--");
const fill = (template: string, value?: string) => template.replace(/\{(\w+)\}/, () => value ?? SLUGS[template] ?? "1");
let counter = 0;
const unique = (stem: string) => `${stem} ${++counter} ${Date.now().toString(36)}`;

/** The reads, from the document's own list: each answers 200, 304, 400, 401, 404 (and 308 for a reversed pair). */
const READ_CASES: Case[] = READ_OPERATIONS.flatMap((op): Case[] => {
  const name = `get ${op.path}`;
  const rows: Case[] = [
    { op: name, status: 200, why: "answers" },
    { op: name, status: 304, why: "answers an unchanged ETag", headers: { "if-none-match": "*" } },
    { op: name, status: 400, why: "refuses an unknown query parameter", path: `${fill(op.path)}?undocumented=1` },
    { op: name, status: 401, why: "refuses a token that is not valid", who: "badToken" },
  ];
  if (op.pathParams)
    rows.push({
      op: name,
      status: 404,
      why: "has no such record",
      path: fill(op.path, op.path.includes("{id}") ? "999999999" : op.path.startsWith("/pairs") ? "nobody--no-one" : "no-one-at-all"),
    });
  if (op.redirects) rows.push({ op: name, status: 308, why: "redirects a reversed pair slug", path: fill(op.path, reversed) });
  return rows;
});

/** Statuses every write shares: who may call, and what a body may be. */
function commonWriteCases(op: string, path: Case["path"], body: Case["body"], options: { admin?: boolean } = {}): Case[] {
  const rows: Case[] = [
    { op, status: 401, why: "refuses an anonymous caller", who: "anonymous", path, body },
    { op, status: 403, why: "refuses a cookie sent from another site", who: "crossSite", path, body },
  ];
  if (body !== undefined) {
    rows.push({
      op,
      status: 400,
      why: "refuses a body that is not a JSON object",
      who: options.admin ? "admin" : "editor",
      path,
      body: "[1, 2",
    });
    rows.push({ op, status: 413, why: "refuses a body that is too large", who: options.admin ? "admin" : "editor", path, body: HUGE });
  }
  return rows;
}

const draftId = (c: { id: number }) => `/claims/${c.id}`;
const settleBody = (version: number) => ({
  version,
  outcome: "borne-out",
  settledOn: "2025-09-30",
  reason: "Both confirmed it on the record",
  citations: [{ outlet: "variety", url: "https://variety.com/confirmed" }],
});
const EXTRACT_TEXT =
  "Ana de Armas and Tom Cruise were spotted dining out together in London last Tuesday, Variety reported. The pair then attended David Beckham's 50th birthday party together.";
const WRITE_CASES: Case[] = [
  { op: "post /people", status: 201, why: "creates a person", who: "editor", body: () => ({ name: unique("Contract Person") }) },
  ...commonWriteCases("post /people", "/people", { name: "Someone New" }),
  { op: "post /pairs", status: 201, why: "creates a pair", who: "editor", body: () => ({ people: ["david-beckham", "tom-cruise"] }) },
  ...commonWriteCases("post /pairs", "/pairs", { people: ["ana-de-armas", "david-beckham"] }),
  {
    op: "post /outlets",
    status: 201,
    why: "creates an outlet",
    who: "admin",
    body: () => ({ name: unique("Contract Outlet"), grade: "C" }),
  },
  ...commonWriteCases("post /outlets", "/outlets", { name: "Another Outlet", grade: "C" }),
  { op: "patch /outlets/{slug}", status: 200, why: "regrades an outlet", who: "admin", path: "/outlets/variety", body: { grade: "B" } },
  { op: "patch /outlets/{slug}", status: 403, why: "refuses an editor", who: "editor", path: "/outlets/variety", body: { grade: "A" } },
  {
    op: "patch /outlets/{slug}",
    status: 404,
    why: "has no such outlet",
    who: "admin",
    path: "/outlets/no-such-outlet",
    body: { grade: "B" },
  },
  ...commonWriteCases("patch /outlets/{slug}", "/outlets/variety", { grade: "B" }, { admin: true }),
  { op: "post /claims", status: 201, why: "creates a claim", who: "editor", body: () => claimInput() },
  ...commonWriteCases("post /claims", "/claims", claimInput()),
  {
    op: "patch /claims/{id}",
    status: 200,
    why: "edits a claim",
    who: "editor",
    path: draftId,
    body: (c) => ({ version: c.version, place: "Paris" }),
  },
  {
    op: "patch /claims/{id}",
    status: 404,
    why: "has no such claim",
    who: "editor",
    path: "/claims/999999999",
    body: { version: 1, place: "Paris" },
  },
  {
    op: "patch /claims/{id}",
    status: 409,
    why: "answers a stale version with the current claim",
    who: "editor",
    path: draftId,
    body: (c) => ({ version: c.version + 5, place: "Rome" }),
  },
  ...commonWriteCases("patch /claims/{id}", draftId, (c) => ({ version: c.version, place: "Paris" })),
  {
    op: "post /claims/{id}/publish",
    status: 200,
    why: "publishes a draft",
    who: "editor",
    path: (c) => `${draftId(c)}/publish`,
    body: (c) => ({ version: c.version }),
  },
  {
    op: "post /claims/{id}/publish",
    status: 404,
    why: "has no such claim",
    who: "editor",
    path: "/claims/999999999/publish",
    body: { version: 1 },
  },
  {
    op: "post /claims/{id}/publish",
    status: 409,
    why: "answers a stale version with the current claim",
    who: "editor",
    path: (c) => `${draftId(c)}/publish`,
    body: (c) => ({ version: c.version + 5 }),
  },
  ...commonWriteCases(
    "post /claims/{id}/publish",
    (c) => `${draftId(c)}/publish`,
    (c) => ({ version: c.version }),
  ),
  {
    op: "post /claims/{id}/retract",
    status: 200,
    why: "retracts a published claim",
    who: "editor",
    path: (c) => `${draftId(c)}/retract`,
    body: (c) => ({ version: c.version, correction: "It was someone else." }),
    before: undefined,
  },
  {
    op: "post /claims/{id}/retract",
    status: 404,
    why: "has no such claim",
    who: "editor",
    path: "/claims/999999999/retract",
    body: { version: 1, correction: "No." },
  },
  {
    op: "post /claims/{id}/retract",
    status: 409,
    why: "refuses to retract a draft, with the current claim",
    who: "editor",
    path: (c) => `${draftId(c)}/retract`,
    body: (c) => ({ version: c.version, correction: "Never published." }),
  },
  ...commonWriteCases(
    "post /claims/{id}/retract",
    (c) => `${draftId(c)}/retract`,
    (c) => ({ version: c.version, correction: "It was someone else." }),
  ),
  {
    op: "post /claims/{id}/discard",
    status: 204,
    why: "discards a draft",
    who: "editor",
    path: (c) => `${draftId(c)}/discard`,
    body: (c) => ({ version: c.version }),
  },
  {
    op: "post /claims/{id}/discard",
    status: 404,
    why: "has no such claim",
    who: "editor",
    path: "/claims/999999999/discard",
    body: { version: 1 },
  },
  {
    op: "post /claims/{id}/discard",
    status: 409,
    why: "answers a stale version with the current claim",
    who: "editor",
    path: (c) => `${draftId(c)}/discard`,
    body: (c) => ({ version: c.version + 5 }),
  },
  ...commonWriteCases(
    "post /claims/{id}/discard",
    (c) => `${draftId(c)}/discard`,
    (c) => ({ version: c.version }),
  ),
  {
    op: "post /claims/{id}/settle",
    status: 200,
    why: "settles a published claim",
    who: "editor",
    path: (c) => `${draftId(c)}/settle`,
    body: (c) => settleBody(c.version),
  },
  {
    op: "post /claims/{id}/settle",
    status: 400,
    why: "refuses a settlement without a citation",
    who: "editor",
    path: (c) => `${draftId(c)}/settle`,
    body: (c) => ({ ...settleBody(c.version), citations: [] }),
  },
  {
    op: "post /claims/{id}/settle",
    status: 404,
    why: "has no such claim",
    who: "editor",
    path: "/claims/999999999/settle",
    body: settleBody(1),
  },
  {
    op: "post /claims/{id}/settle",
    status: 409,
    why: "answers a stale version with the current claim",
    who: "editor",
    path: (c) => `${draftId(c)}/settle`,
    body: (c) => settleBody(c.version + 5),
  },
  ...commonWriteCases(
    "post /claims/{id}/settle",
    (c) => `${draftId(c)}/settle`,
    (c) => settleBody(c.version),
  ),
  {
    op: "post /claims/{id}/unsettle",
    status: 200,
    why: "reopens a settled claim",
    who: "editor",
    path: (c) => `${draftId(c)}/unsettle`,
    body: (c) => ({ version: c.version, reason: "Premature" }),
  },
  {
    op: "post /claims/{id}/unsettle",
    status: 404,
    why: "has no such claim",
    who: "editor",
    path: "/claims/999999999/unsettle",
    body: { version: 1, reason: "No." },
  },
  {
    op: "post /claims/{id}/unsettle",
    status: 409,
    why: "answers a stale version with the current claim",
    who: "editor",
    path: (c) => `${draftId(c)}/unsettle`,
    body: (c) => ({ version: c.version + 5, reason: "Premature" }),
  },
  ...commonWriteCases(
    "post /claims/{id}/unsettle",
    (c) => `${draftId(c)}/unsettle`,
    (c) => ({ version: c.version, reason: "Premature" }),
  ),
  {
    op: "post /extract",
    status: 200,
    why: "suggests the claims of an article",
    who: "editor",
    body: { text: EXTRACT_TEXT, published: "2025-06-05" },
  },
  { op: "post /extract", status: 400, why: "refuses an empty text", who: "editor", body: { text: " ", published: "2025-06-05" } },
  ...commonWriteCases("post /extract", "/extract", { text: EXTRACT_TEXT, published: "2025-06-05" }),
  {
    op: "post /import",
    status: 200,
    why: "streams a dry run's report",
    who: "editor",
    path: "/import?dryRun=1&format=json",
    body: [claimInput()],
  },
  { op: "post /import", status: 400, why: "refuses an empty file", who: "editor", path: "/import?format=json", body: "" },
  {
    op: "post /import",
    status: 401,
    why: "refuses an anonymous caller",
    who: "anonymous",
    path: "/import?format=json",
    body: [claimInput()],
  },
  {
    op: "post /import",
    status: 413,
    why: "refuses a file over the import limit",
    who: "editor",
    path: "/import?format=json",
    body: "[]",
    headers: { "content-length": String(60 * 1024 * 1024) },
  },
  {
    op: "post /import",
    status: 403,
    why: "refuses a cookie sent from another site",
    who: "crossSite",
    path: "/import?format=json",
    body: [claimInput()],
  },
  {
    op: "post /session",
    status: 200,
    why: "signs in",
    who: "anonymous",
    body: () => ({ email: h.editor.email, password: h.editor.password }),
  },
  { op: "post /session", status: 400, why: "refuses a body that is not a JSON object", who: "anonymous", body: "[1, 2" },
  {
    op: "post /session",
    status: 400,
    why: "refuses a wrong password",
    who: "anonymous",
    body: () => ({ email: h.admin.email, password: "not the password" }),
  },
  {
    op: "post /session",
    status: 403,
    why: "refuses a sign-in sent from another site",
    who: "anonymous",
    headers: { origin: "https://evil.example", host: "localhost:3000" },
    body: { email: "a@b.c", password: "x" },
  },
  { op: "post /session", status: 413, why: "refuses a body that is too large", who: "anonymous", body: HUGE },
  {
    op: "post /session",
    status: 429,
    why: "slows down repeated failures",
    who: "anonymous",
    body: { email: "throttled@contract.test", password: "wrong" },
    before: async () => {
      for (let i = 0; i < 6; i++)
        await dispatch("POST", "/api/v1/session", { body: { email: "throttled@contract.test", password: "wrong" } });
    },
  },
  { op: "delete /session", status: 204, why: "signs out", who: "editorSession" },
  { op: "delete /session", status: 403, why: "refuses a sign-out sent from another site", who: "crossSite" },
  { op: "get /tokens", status: 200, why: "lists the caller's tokens", who: "editorSession" },
  { op: "get /tokens", status: 401, why: "refuses an anonymous caller", who: "anonymous" },
  { op: "post /tokens", status: 201, why: "mints a token for a signed-in editor", who: "editorSession", body: { name: "contract token" } },
  { op: "post /tokens", status: 400, why: "refuses a nameless token", who: "editorSession", body: { name: "" } },
  { op: "post /tokens", status: 401, why: "refuses an anonymous caller", who: "anonymous", body: { name: "t" } },
  { op: "post /tokens", status: 403, why: "refuses minting with another token", who: "editor", body: { name: "t" } },
  { op: "post /tokens", status: 413, why: "refuses a body that is too large", who: "editorSession", body: HUGE },
  {
    op: "delete /tokens/{id}",
    status: 204,
    why: "revokes the caller's token",
    who: "editor",
    path: () => `/tokens/${createApiToken(h.db, h.editor, { name: "to revoke" }).record.id}`,
  },
  { op: "delete /tokens/{id}", status: 401, why: "refuses an anonymous caller", who: "anonymous", path: "/tokens/1" },
  { op: "delete /tokens/{id}", status: 403, why: "refuses a cookie sent from another site", who: "crossSite", path: "/tokens/1" },
  { op: "delete /tokens/{id}", status: 404, why: "has no such token", who: "editor", path: "/tokens/999999999" },
];

const CASES = [...READ_CASES, ...WRITE_CASES];

/** Statuses no unit case can produce, with where they are proven instead. */
const ELSEWHERE: Record<string, string> = {
  "503": "a read-only or full database: e2e/hardening/read-only.spec.ts and the full-disk check",
};

function headersFor(who: Who | undefined): Record<string, string> {
  switch (who ?? "anonymous") {
    case "anonymous":
      return {};
    case "editor":
      return tokenHeaders(h.db, h.editor);
    case "admin":
      return tokenHeaders(h.db, h.admin);
    case "editorSession":
      return sessionHeaders(h.db, h.editor);
    case "crossSite":
      return { ...sessionHeaders(h.db, h.editor), origin: "https://evil.example", "sec-fetch-site": "cross-site" };
    case "badToken":
      return { authorization: "Bearer rl_not-a-real-token" };
  }
}

/**
 * A fresh claim for the cases that need one: published for retract's 200 and for settling, settled for
 * reopening, a draft otherwise.
 */
async function claimFor(c: Case): Promise<{ id: number; version: number }> {
  const settling = c.op === "post /claims/{id}/settle" || c.op === "post /claims/{id}/unsettle";
  const published = (c.op === "post /claims/{id}/retract" && c.status !== 409) || settling;
  const made = await createClaim(
    h.db,
    h.editor,
    claimInput({ headline: unique("Contract claim"), status: published ? "published" : "draft" }),
  );
  if (c.op === "post /claims/{id}/unsettle") {
    const settled = settleClaim(h.db, h.editor, made.id, settleBody(made.version));
    return { id: settled.id, version: settled.version };
  }
  return { id: made.id, version: made.version };
}

async function run(c: Case): Promise<Response> {
  const [method, template] = c.op.split(" ");
  const needsClaim = typeof c.path === "function" || typeof c.body === "function";
  const claim = needsClaim ? await claimFor(c) : { id: 0, version: 0 };
  const path = typeof c.path === "function" ? c.path(claim) : (c.path ?? fill(template));
  const body = typeof c.body === "function" ? (c.body as (x: typeof claim) => unknown)(claim) : c.body;
  await c.before?.();
  return dispatch(method, `/api/v1${path}`, { body, headers: { ...headersFor(c.who), ...c.headers } });
}

describe("the OpenAPI document describes every real answer", () => {
  const check = openApiResponseChecker(doc());

  it.each(CASES.map((c) => [`${c.op} → ${c.status}: ${c.why}`, c] as const))("%s", async (_name, c) => {
    const response = await run(c);
    const problems = await check(c.op, response.clone());
    expect(problems).toEqual([]);
    expect(response.status, await response.text()).toBe(c.status);
  });

  it("has a case for every status of every operation it documents", () => {
    const covered = new Set(CASES.map((c) => `${c.op} ${c.status}`));
    const missing = documentedResponses(doc()).filter((r) => !covered.has(r) && !ELSEWHERE[r.split(" ")[2]]);
    expect(missing).toEqual([]);
  });

  it("documents who may call: an operation that answers anonymous callers 401 is not documented as open to them", () => {
    const paths = doc().paths as unknown as Record<string, Record<string, { security?: Record<string, unknown>[] }>>;
    const global = (openApiDocument("http://localhost:3000") as { security: Record<string, unknown>[] }).security;
    const refusedAnonymous = [...new Set(CASES.filter((c) => (c.who ?? "anonymous") === "anonymous" && c.status === 401).map((c) => c.op))];
    expect(refusedAnonymous.length).toBeGreaterThan(5);
    for (const op of refusedAnonymous) {
      const [method, path] = op.split(" ");
      const security = paths[path][method].security ?? global;
      expect(
        security.some((s) => Object.keys(s).length === 0),
        `${op} is documented as open to anonymous callers`,
      ).toBe(false);
    }
  });

  it("documents every bounded number parameter with the bounds the server keeps", async () => {
    let checked = 0;
    for (const op of READ_OPERATIONS) {
      const parameters = (
        doc().paths[op.path].get as unknown as {
          parameters: { name: string; in: string; schema: { type?: string; minimum?: number; maximum?: number } }[];
        }
      ).parameters;
      for (const p of parameters.filter((x) => x.in === "query" && x.schema.type === "integer")) {
        const at = (n: number) => dispatch("GET", `/api/v1${fill(op.path)}?${p.name}=${n}`);
        expect(p.schema.maximum, `${op.path} ${p.name}`).toBeDefined();
        expect((await at(p.schema.maximum!)).status, `${op.path} ${p.name}=${p.schema.maximum}`).toBe(200);
        expect((await at(p.schema.maximum! + 1)).status, `${op.path} ${p.name}=${p.schema.maximum! + 1}`).toBe(400);
        expect((await at(p.schema.minimum!)).status).toBe(200);
        expect((await at(p.schema.minimum! - 1)).status).toBe(400);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(2);
  });

  it("documents a claim id the same way on reads and writes", () => {
    const schemas = Object.entries(
      doc().paths as unknown as Record<string, Record<string, { parameters?: { name: string; schema: unknown }[] }>>,
    )
      .filter(([path]) => path.includes("{id}") && path.startsWith("/claims"))
      .flatMap(([, ops]) =>
        Object.values(ops).flatMap((o) => (o.parameters ?? []).filter((p) => p.name === "id").map((p) => JSON.stringify(p.schema))),
      );
    expect(schemas.length).toBeGreaterThanOrEqual(5);
    expect(new Set(schemas)).toEqual(new Set([JSON.stringify({ type: "integer", minimum: 1, maximum: 999_999_999_999_999 })]));
  });

  it("the route table the cases call through is every route there is", () => {
    expect(Object.keys(API_MODULES).sort()).toEqual(Object.keys(API_ROUTE_METHODS).sort());
  });
});
