import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { routeExports } from "./support/code-scan";
import { report, suiteEnv } from "./support/env";
import { apiJson, DEMO_ADMIN, DEMO_EDITOR, jsonOf, ownPair, request, signIn } from "./support/http";
import { startServer } from "./support/server";

/**
 * Regression tests for the outside security review (issue 9, items 1–4, 6, 7)
 * against the production build: open redirects after sign-in, throttle keys a
 * client can forge, the per-account limit under concurrency, chart PNGs that
 * stalled the server, cache poisoning with credentials in an odd spelling, and
 * a malformed session cookie.
 */

const PAIR = "ana-de-armas--tom-cruise";
const PNG_WIDTHS = [320, 480, 640, 800, 960, 1280, 1600, 1920, 2400];

/** Width from a PNG's IHDR chunk. */
function pngWidth(bytes: Buffer): number {
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return bytes.readUInt32BE(16);
}

test("a signed-in GET /login?next=… never answers a Location that leaves the site", async () => {
  const { baseUrl } = suiteEnv();
  const cookie = await signIn(baseUrl, DEMO_EDITOR, "198.51.100.70");
  const cases = [
    "//x",
    "/\\x",
    "/%2F%2Fx",
    "/%2f%5cx",
    "/./%2e/..//x",
    "/.//evil.example",
    "/a/..//evil.example",
    "https://evil.example/",
    "http:evil.example",
    "/editor/./claims/..//evil.example",
  ];
  for (const next of cases) {
    const result = await request(baseUrl, { path: `/login?next=${encodeURIComponent(next)}`, headers: { cookie } });
    expect([302, 303, 307, 308], `${next} → ${result.status}`).toContain(result.status);
    const location = String(result.headers.location);
    expect(new URL(location, baseUrl).origin, `${next} → Location: ${location}`).toBe(new URL(baseUrl).origin);
    expect(location, next).not.toMatch(/^\/[/\\]|^[a-z][\w+.-]*:/i);
  }
  // A harmless next still works.
  const editor = await request(baseUrl, { path: `/login?next=${encodeURIComponent("/editor/./people")}`, headers: { cookie } });
  expect(editor.headers.location).toBe("/editor/people");
});

test.describe("sign-in throttling by socket address, on a server without TRUST_PROXY", () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  const agents: http.Agent[] = [];
  const from = (localAddress: string) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 32, localAddress } as http.AgentOptions);
    agents.push(agent);
    return agent;
  };
  const attempt = (agent: http.Agent, body: { email: string; password: string }, headers: Record<string, string> = {}) =>
    request(server.url, {
      method: "POST",
      path: "/api/v1/session",
      agent,
      headers: { "content-type": "application/json", origin: server.url, ...headers },
      body: JSON.stringify(body),
    });
  const randomEmail = () => `nobody-${Math.random().toString(36).slice(2)}@demo.test`;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const { tmp } = suiteEnv();
    const dir = fs.mkdtempSync(path.join(tmp, "no-proxy-"));
    // Ports 4100–4109 belong to this spec; TRUST_PROXY explicitly off whatever the environment says.
    server = await startServer({
      port: Number(process.env.SECURITY_REVIEW_PORT ?? 4100),
      databasePath: path.join(dir, "ledger.db"),
      logFile: path.join(dir, "server.log"),
      env: { TRUST_PROXY: "" },
    });
  });
  test.afterAll(async () => {
    for (const agent of agents) agent.destroy();
    await server?.stop();
  });

  test("20 failures from one address do not lock out another; rotating X-Forwarded-For buys no extra attempts", async () => {
    test.setTimeout(180_000);
    const attacker = from("127.0.0.2");
    for (let i = 0; i < 20; i++) expect((await attempt(attacker, { email: randomEmail(), password: "wrong password" })).status).toBe(400);
    expect((await attempt(attacker, DEMO_EDITOR)).status).toBe(429);
    // Another client (another loopback address) still signs in.
    expect((await attempt(from("127.0.0.3"), DEMO_EDITOR)).status).toBe(200);

    const rotator = from("127.0.0.4");
    for (let i = 0; i < 20; i++) {
      const r = await attempt(
        rotator,
        { email: randomEmail(), password: "wrong password" },
        { "x-forwarded-for": `203.0.113.${i}`, "x-real-ip": `203.0.113.${i}` },
      );
      expect(r.status).toBe(400);
    }
    const rotated = await attempt(rotator, { email: randomEmail(), password: "wrong password" }, { "x-forwarded-for": "203.0.113.99" });
    expect(rotated.status).toBe(429);
    expect(rotated.headers["retry-after"]).toBeTruthy();
    // A client cannot claim another socket address either: server.mjs replaces the header.
    const forged = await attempt(rotator, { email: randomEmail(), password: "wrong password" }, { "x-rl-remote-addr": "198.51.100.250" });
    expect(forged.status).toBe(429);
  });

  test("30 concurrent wrong passwords for one account check at most 5", async () => {
    test.setTimeout(180_000);
    const agent = from("127.0.0.5");
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => attempt(agent, { email: DEMO_ADMIN.email, password: `wrong password ${i}` })),
    );
    const statuses = results.map((r) => r.status);
    const checked = statuses.filter((s) => s === 400).length;
    report(
      `30 concurrent wrong passwords for one account: ${checked} checked, ${statuses.filter((s) => s === 429).length} throttled, ${statuses.filter((s) => s === 503).length} busy`,
    );
    expect(checked).toBeLessThanOrEqual(5);
    for (const s of statuses) expect([400, 429, 503]).toContain(s);
  });
});

test("during a burst of 36 distinct chart PNGs, a reader request still answers; 503s carry Retry-After; widths are snapped", async () => {
  test.setTimeout(180_000);
  const { baseUrl } = suiteEnv();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  try {
    // Warm both routes first, so what is reported is the burst, not a first request loading its code.
    expect((await request(baseUrl, { path: `/embed/pairs/${PAIR}/timeline.png?width=320` })).status).toBe(200);
    let quiet = Date.now();
    expect((await request(baseUrl, { path: "/api/v1/pairs" })).status).toBe(200);
    quiet = Date.now() - quiet;
    const started = Date.now();
    const burst = Array.from({ length: 36 }, (_, i) =>
      request(baseUrl, { path: `/embed/pairs/${PAIR}/timeline.png?width=${2100 + i}&from=2000&to=2030`, agent, timeoutMs: 120_000 }),
    );
    const reader = await request(baseUrl, { path: "/api/v1/pairs", agent: new http.Agent(), timeoutMs: 120_000 });
    const readerMs = Date.now() - started;
    const images = await Promise.all(burst);
    expect(reader.status).toBe(200);
    expect(jsonOf(reader)).toBeTruthy();
    let rendered = 0;
    let refused = 0;
    for (const image of images) {
      if (image.status === 503) {
        refused++;
        expect(Number(image.headers["retry-after"])).toBeGreaterThan(0);
        expect(image.headers["cache-control"]).toBe("no-store");
      } else {
        expect(image.status).toBe(200);
        rendered++;
        const width = pngWidth(image.body);
        expect(PNG_WIDTHS).toContain(width);
        expect(width).toBe(1920);
      }
    }
    report(
      `PNG burst: ${rendered} rendered, ${refused} refused with 503; GET /api/v1/pairs answered in ${readerMs} ms during it (${quiet} ms for a warm-up read before)`,
    );
    expect(rendered).toBeGreaterThan(0);
  } finally {
    agent.destroy();
  }
});

test("an editor's request with the session cookie spelled oddly never fills the public cache with drafts", async () => {
  const { baseUrl } = suiteEnv();
  const cookie = await signIn(baseUrl, DEMO_EDITOR, "198.51.100.71");
  const token = cookie.slice("rl_session=".length);
  const pair = await ownPair(baseUrl, cookie, "Cache poisoning");
  const headline = `Cache poisoning probe ${Date.now()}`;
  const created = await apiJson(baseUrl, cookie, "POST", "/api/v1/claims", {
    pair,
    kind: "report",
    headline,
    occurredOn: "2025-06",
    precision: "month",
    stance: "neutral",
    confidence: "plausible",
    citations: [{ outlet: "variety", url: "https://example.com/poison" }],
  });
  expect(created.status, created.text).toBe(201);
  const id = jsonOf<{ id: number }>(created).id;
  const paths = [
    `/api/v1/claims/${id}`,
    `/api/v1/pairs/${pair}/claims?status=draft`,
    `/api/v1/pairs/${PAIR}/claims?status=draft`,
    `/api/v1/pairs/${pair}/claims.csv`,
  ];
  for (const spelling of [`rl_session =${token}`, `theme=dark;rl_session\t= ${token}`, `RL_SESSION=${token}; rl_session =${token}`]) {
    for (const p of paths) {
      await request(baseUrl, { path: p, headers: { cookie: spelling } });
      const anonymous = await request(baseUrl, { path: p });
      expect(anonymous.text, `${spelling} then anonymous ${p}`).not.toContain(headline);
      expect(anonymous.status, p).not.toBe(500);
    }
  }
  // The odd spelling is still the editor (one parser for both): the draft is theirs to read.
  expect((await request(baseUrl, { path: `/api/v1/claims/${id}`, headers: { cookie: `rl_session =${token}` } })).text).toContain(headline);
});

test("a malformed session cookie is a signed-out visitor on every /api/v1 route", async () => {
  const { baseUrl } = suiteEnv();
  const params: Record<string, string> = { id: "1", slug: PAIR };
  const slugFor = (pattern: string) =>
    pattern.startsWith("/api/v1/people/") ? "tom-cruise" : pattern.startsWith("/api/v1/outlets/") ? "variety" : PAIR;
  const routes = routeExports().filter((r) => r.pattern.startsWith("/api/v1"));
  expect(routes.length).toBeGreaterThan(10);
  for (const route of routes) {
    const url = route.pattern.replace(/\[(\w+)\]/g, (_, name: string) => (name === "slug" ? slugFor(route.pattern) : params[name]));
    const send = (extra: Record<string, string>) =>
      request(baseUrl, {
        method: route.method,
        path: url,
        headers: { origin: baseUrl, "content-type": "application/json", ...extra },
        body: route.method === "GET" ? undefined : "{}",
      });
    for (const cookie of ["rl_session=%", "rl_session=%E0%A4%A", "rl_session=%zz; theme=dark"]) {
      const reader = await send({});
      const malformed = await send({ cookie });
      expect(malformed.status, `${route.method} ${url} with ${cookie}`).toBe(reader.status);
      expect(malformed.status).toBeLessThan(500);
    }
  }
});
