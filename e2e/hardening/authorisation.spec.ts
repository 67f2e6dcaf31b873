import { expect, test } from "@playwright/test";
import { manifestActions, mutatingRoutes, serverActionSources } from "./support/code-scan";
import { report, suiteEnv } from "./support/env";
import { apiJson, DEMO_ADMIN, DEMO_EDITOR, type HttpResult, jsonOf, ownPair, request, sessionHeaders, signIn } from "./support/http";
import { dataVersion, openLedger, snapshotSha256 } from "./support/ledger";

/**
 * Every mutating route handler and every server action, enumerated from the
 * code (route.ts exports under app/; "use server" modules and the build's
 * server-reference manifest), refuses callers without a valid editor identity
 * — anonymous, a cookie nobody issued, a signed-out cookie, a bad token, a real
 * session riding a cross-site request — over HTTP against the production
 * build, and the database stays byte-for-byte the same.
 */

/** Routes that are meant for callers without a session: what they must do instead of refusing. */
const OPEN_BY_DESIGN: Record<string, string> = {
  "POST /api/v1/session": "sign-in: takes credentials, not a session; without them it is a 400 and writes nothing",
  "DELETE /api/v1/session": "sign-out: with no live session there is nothing to end (204, writes nothing)",
};

interface Fixture {
  params: Record<string, string>;
  body?: unknown;
  /** Sent as the raw body (the import takes a file). */
  raw?: string;
}

test("every mutating route refuses every caller without a valid editor session or token, and changes nothing", async () => {
  test.setTimeout(120_000);
  const { baseUrl, databasePath } = suiteEnv();
  const editor = await signIn(baseUrl, DEMO_EDITOR, "198.51.100.30");
  const admin = await signIn(baseUrl, DEMO_ADMIN, "198.51.100.31");
  const signedOut = await signIn(baseUrl, DEMO_EDITOR, "198.51.100.32");
  expect((await apiJson(baseUrl, signedOut, "DELETE", "/api/v1/session")).status).toBe(204);
  const db = openLedger(databasePath, { readonly: true });
  const PAIR = await ownPair(baseUrl, editor, "Authorisation");

  // Real targets, so that only the caller's identity stands between the call and a change.
  const claimFor = async (status: string) => {
    const r = await apiJson(baseUrl, editor, "POST", "/api/v1/claims", {
      pair: PAIR,
      kind: "report",
      headline: `Authorisation target ${status} ${Date.now()} ${Math.random()}`,
      occurredOn: "2025-06",
      precision: "month",
      stance: "neutral",
      confidence: "plausible",
      status,
      citations: [{ outlet: "variety", url: "https://example.com/auth" }],
    });
    expect(r.status, r.text).toBe(201);
    return String(jsonOf<{ id: number }>(r).id);
  };
  const freshToken = async () => {
    const r = await apiJson(baseUrl, editor, "POST", "/api/v1/tokens", { name: "authorisation target" });
    expect(r.status).toBe(201);
    return String(jsonOf<{ id: number }>(r).id);
  };
  const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const freshPerson = async () => {
    const r = await apiJson(baseUrl, editor, "POST", "/api/v1/people", { name: `Auth Pair Person ${unique()}` });
    expect(r.status).toBe(201);
    return jsonOf<{ slug: string }>(r).slug;
  };

  // Each fixture makes its own fresh target, so every call (refused or control) acts on an untouched record.
  const FIXTURES: Record<string, () => Promise<Fixture>> = {
    "POST /api/v1/people": async () => ({ params: {}, body: { name: `Auth Person ${unique()}` } }),
    "POST /api/v1/pairs": async () => ({ params: {}, body: { people: [await freshPerson(), await freshPerson()] } }),
    "POST /api/v1/outlets": async () => ({ params: {}, body: { name: `Auth Outlet ${unique()}` } }),
    "PATCH /api/v1/outlets/[slug]": async () => ({ params: { slug: "variety" }, body: { grade: "D" } }),
    "POST /api/v1/claims": async () => ({
      params: {},
      body: {
        pair: PAIR,
        kind: "sighting",
        headline: `Auth claim ${unique()}`,
        occurredOn: "2025-07-01",
        precision: "day",
        stance: "supports",
        confidence: "likely",
      },
    }),
    "PATCH /api/v1/claims/[id]": async () => ({
      params: { id: await claimFor("draft") },
      body: { version: 1, headline: "Changed by nobody" },
    }),
    "POST /api/v1/claims/[id]/publish": async () => ({ params: { id: await claimFor("draft") }, body: { version: 1 } }),
    "POST /api/v1/claims/[id]/retract": async () => ({
      params: { id: await claimFor("published") },
      body: { version: 1, correction: "Retracted by nobody" },
    }),
    "POST /api/v1/claims/[id]/discard": async () => ({ params: { id: await claimFor("draft") }, body: { version: 1 } }),
    "POST /api/v1/import": async () => ({
      params: {},
      raw: JSON.stringify([
        {
          pair: PAIR,
          kind: "report",
          headline: `Imported by nobody ${unique()}`,
          occurredOn: "2025",
          precision: "year",
          stance: "neutral",
          confidence: "speculative",
        },
      ]),
    }),
    "POST /api/v1/session": async () => ({ params: {}, body: {} }),
    "DELETE /api/v1/session": async () => ({ params: {} }),
    "POST /api/v1/tokens": async () => ({ params: {}, body: { name: "minted by nobody" } }),
    "DELETE /api/v1/tokens/[id]": async () => ({ params: { id: await freshToken() } }),
  };

  const CALLERS: Record<string, Record<string, string>> = {
    anonymous: {},
    "unknown cookie": { cookie: "rl_session=never-issued-by-this-server", origin: baseUrl },
    "signed-out cookie": { cookie: signedOut, origin: baseUrl },
    "bad bearer token": { authorization: "Bearer rl_not-a-real-token" },
    "malformed authorization": { authorization: "Basic ZWRpdG9yOnBhc3N3b3Jk" },
    "editor session, cross-site": { ...sessionHeaders(baseUrl, editor), origin: "https://evil.example", "sec-fetch-site": "cross-site" },
  };

  const routes = mutatingRoutes();
  expect(routes.length).toBeGreaterThan(0);
  const call = (method: string, path: string, fixture: Fixture, headers: Record<string, string>): Promise<HttpResult> => {
    const body = fixture.raw ?? (fixture.body === undefined ? undefined : JSON.stringify(fixture.body));
    return request(baseUrl, {
      method,
      path,
      headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body,
    });
  };
  let calls = 0;
  for (const route of routes) {
    const key = `${route.method} ${route.pattern}`;
    if (!FIXTURES[key]) report(`authorisation: ${key} has no fixture yet; calling it with {} and made-up params`);
    for (const [caller, headers] of Object.entries(CALLERS)) {
      const fixture = await (FIXTURES[key] ?? (async () => ({ params: {}, body: {} })))();
      const path = route.pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => encodeURIComponent(fixture.params[name] ?? "1"));
      const bytes = snapshotSha256(db);
      const version = dataVersion(db);
      const result = await call(route.method, path, fixture, headers);
      calls++;
      const what = `${key} as ${caller}: ${result.status} ${result.text.slice(0, 200)}`;
      const crossSite = caller.includes("cross-site");
      if (OPEN_BY_DESIGN[key] && !crossSite) {
        expect(result.status, what).toBe(key === "POST /api/v1/session" ? 400 : 204);
      } else {
        expect([401, 403], what).toContain(result.status);
        const error = jsonOf<{ error: { code: string } }>(result).error;
        expect(error.code, what).toBe(result.status === 401 ? "unauthenticated" : "forbidden");
        if (crossSite) expect(result.status, what).toBe(403);
      }
      expect(String(result.headers["set-cookie"] ?? ""), `${what}: a session cookie was handed out`).not.toMatch(/rl_session=[^;]+;/);
      expect(dataVersion(db), `${what}: something was committed`).toBe(version);
      expect(snapshotSha256(db), `${what}: the database changed`).toBe(bytes);
    }
  }

  // The same calls with a real session do go through: the refusals above were about the caller, not the request.
  const controls: string[] = [];
  for (const route of routes) {
    const key = `${route.method} ${route.pattern}`;
    if (!FIXTURES[key] || OPEN_BY_DESIGN[key]) continue;
    const fixture = await FIXTURES[key]();
    const path = route.pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => encodeURIComponent(fixture.params[name]));
    const cookie = key === "PATCH /api/v1/outlets/[slug]" ? admin : editor;
    const result = await call(route.method, path, fixture, sessionHeaders(baseUrl, cookie));
    expect(result.status, `${key} as a signed-in ${cookie === admin ? "admin" : "editor"}: ${result.text.slice(0, 200)}`).toBeLessThan(300);
    controls.push(key);
  }
  db.close();
  report(
    `authorisation: ${routes.length} mutating routes × ${Object.keys(CALLERS).length} callers = ${calls} refused calls, database unchanged after each; ${controls.length} positive controls went through with a session`,
  );
});

test("every server action, from the source and the build manifest, refuses an anonymous caller and changes nothing", async () => {
  test.setTimeout(120_000);
  const { baseUrl, databasePath } = suiteEnv();
  const sources = serverActionSources();
  const actions = manifestActions();
  const exported = sources.flatMap((s) => s.exports.map((name) => `${s.file}#${name}`));
  const built = new Set(actions.map((a) => `${a.filename}#${a.exportedName}`));
  // Every exported action the build knows is one we found in the source, and vice versa (an unused export is not callable, so not built).
  for (const a of actions) {
    const inline = a.exportedName.startsWith("$$RSC_SERVER_ACTION_");
    expect(
      inline ? sources.some((s) => s.file === a.filename && s.inline > 0) : exported.includes(`${a.filename}#${a.exportedName}`),
      `${a.filename}#${a.exportedName} is in the build but not found in the source scan`,
    ).toBe(true);
  }
  const unbuilt = exported.filter((e) => !built.has(e));
  if (unbuilt.length) report(`authorisation: exported but never imported by a page, so not callable: ${unbuilt.join(", ")}`);
  report(
    `authorisation: ${sources.length} "use server" files (${exported.length} exported actions, ${sources.reduce((n, s) => n + s.inline, 0)} inline); ${actions.length} actions in the build manifest`,
  );

  const db = openLedger(databasePath, { readonly: true });
  const ARGUMENTS = [
    "[]",
    "[{}]",
    '[null,{"email":"nobody@demo.test","password":"x","name":"Nobody","version":1}]',
    '["$undefined",{"id":1}]',
  ];
  const statuses: Record<string, number[]> = {};
  for (const action of actions) {
    for (const args of ARGUMENTS) {
      const bytes = snapshotSha256(db);
      const version = dataVersion(db);
      const path = action.pagePath.includes("[") ? "/" : action.pagePath;
      const result = await request(baseUrl, {
        method: "POST",
        path,
        headers: { "next-action": action.id, "content-type": "text/plain;charset=UTF-8", origin: baseUrl, accept: "text/x-component" },
        body: args,
      });
      const what = `${action.filename}#${action.exportedName} (${action.id}) with ${args}: ${result.status} ${result.text.slice(0, 200)}`;
      (statuses[`${action.filename}#${action.exportedName}`] ??= []).push(result.status);
      // The call reached the action (an unknown id would be a 409 with x-nextjs-action-not-found), and junk arguments are no 500.
      expect(result.headers["x-nextjs-action-not-found"], what).toBeUndefined();
      expect(result.status, what).toBeLessThan(500);
      expect(String(result.headers["set-cookie"] ?? ""), `${what}: a session cookie was handed out`).not.toMatch(/rl_session=[^;]+;/);
      expect(dataVersion(db), `${what}: something was committed`).toBe(version);
      expect(snapshotSha256(db), `${what}: the database changed`).toBe(bytes);
    }
  }
  db.close();
  if (actions.length) report(`authorisation: server action answers to anonymous calls: ${JSON.stringify(statuses)}`);
  expect(actions.length).toBe(built.size);
});
