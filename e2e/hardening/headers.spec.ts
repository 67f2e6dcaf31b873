import { createHash } from "node:crypto";
import http from "node:http";
import { expect, test } from "@playwright/test";
import { report, suiteEnv } from "./support/env";
import { apiJson, DEMO_EDITOR, type HttpResult, request, sessionHeaders, signIn } from "./support/http";
import { openLedger } from "./support/ledger";
import { findings, installGuards, nonceOf, scriptHashesOf, watchDialogs } from "./support/page-guards";

/**
 * Response headers of the production build: a strict CSP on every page — a
 * hash policy on the reader pages anonymous readers share (rendered once per
 * ledger version), a fresh nonce on every other page and on every page a
 * signed-in editor sees — with no inline script allowed without its nonce or
 * hash (and our own scripts, JSON-LD included, still working under it), frame
 * rules, nosniff, Referrer-Policy, session cookie flags, and no stack trace or
 * SQL in any error answer.
 */

const PAIR = "ana-de-armas--tom-cruise";
const EMBED_VIEWS = ["heat", "timeline", "activity", "confidence"];
const LEAK =
  /\bat [\w.<>$]+ \(|node_modules|webpack-internal|\.tsx?:\d+|SqliteError|SQLITE_|\bSELECT\b[\s\S]{0,200}\bFROM\b|\bINSERT INTO\b|\bUPDATE \w+ SET\b|\bstack\b"?:|ZodError|TypeError|ReferenceError/;

function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

function publishedClaimId(databasePath: string): number {
  const db = openLedger(databasePath, { readonly: true });
  try {
    return (db.prepare("SELECT id FROM claims WHERE status = 'published' ORDER BY id LIMIT 1").get() as { id: number }).id;
  } finally {
    db.close();
  }
}

type Kind = "page" | "embed" | "file";

/** Reader pages that answer 200 are shared by all anonymous readers; sign-in and error pages are rendered per request. */
function isSharedPage(path: string, status: number): boolean {
  return status === 200 && path !== "/login";
}

/** Reader pages, the 404 page, every embed URL that exists (404 = not built yet), and files (feeds, images, API JSON). */
async function pagesToCheck(baseUrl: string, databasePath: string): Promise<{ path: string; status: number; kind: Kind }[]> {
  const pages: { path: string; status: number; kind: Kind }[] = [
    { path: "/", status: 200, kind: "page" },
    { path: "/how-we-grade", status: 200, kind: "page" },
    { path: `/pairs/${PAIR}`, status: 200, kind: "page" },
    { path: "/people/ana-de-armas", status: 200, kind: "page" },
    { path: `/claims/${publishedClaimId(databasePath)}`, status: 200, kind: "page" },
    { path: "/login", status: 200, kind: "page" },
    { path: "/no-such-page", status: 404, kind: "page" },
    { path: "/pairs/nobody--no-one", status: 404, kind: "page" },
    { path: "/claims/999999999", status: 404, kind: "page" },
  ];
  const missing: string[] = [];
  const optional: { path: string; kind: Kind }[] = [
    { path: "/search?q=london", kind: "page" },
    ...EMBED_VIEWS.flatMap((view) => [
      { path: `/embed/pairs/${PAIR}/${view}`, kind: "embed" as const },
      { path: `/embed/pairs/${PAIR}/${view}.svg`, kind: "embed" as const },
    ]),
    { path: "/feed.xml", kind: "file" },
    { path: `/pairs/${PAIR}/feed.xml`, kind: "file" },
    { path: `/pairs/${PAIR}/charts/heat.svg`, kind: "file" },
    { path: "/how-we-grade/calibration.svg", kind: "file" },
    { path: `/api/v1/claims/${publishedClaimId(databasePath)}`, kind: "file" },
  ];
  for (const { path, kind } of optional) {
    const r = await request(baseUrl, { path });
    if (r.status === 404) missing.push(path);
    else pages.push({ path, status: 200, kind });
  }
  if (missing.length) report(`headers: ${missing.length} URLs answer 404 (not built yet), skipped — ${missing.join(", ")}`);
  return pages;
}

/** The policies of a Content-Security-Policy header (several may arrive joined by commas), each as directive → values. */
function policies(header: string): Record<string, string[]>[] {
  return header.split(",").map((p) => directives(p));
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

test("every page, embed and file: a CSP that admits no inline script without a nonce or hash, frame rules, nosniff, Referrer-Policy", async () => {
  const { baseUrl, databasePath } = suiteEnv();
  for (const { path, status, kind } of await pagesToCheck(baseUrl, databasePath)) {
    const first = await request(baseUrl, { path });
    const second = await request(baseUrl, { path });
    expect(first.status, path).toBe(status);
    const header = String(first.headers["content-security-policy"] ?? "");
    expect(header, `${path} has no CSP`).not.toBe("");
    const all = policies(header);
    // Scripts: some policy restricts them (script-src, or default-src when there is none), and none of the restricting ones allows inline code or eval.
    const scriptRules = all.map((d) => d["script-src"] ?? d["default-src"]).filter((v): v is string[] => v !== undefined);
    expect(scriptRules.length, `${path}: nothing restricts scripts in ${header}`).toBeGreaterThan(0);
    for (const rule of scriptRules)
      for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:"])
        expect(rule, `${path} allows scripts from ${unsafe}`).not.toContain(unsafe);
    const frameAncestors = all.map((d) => d["frame-ancestors"]).filter(Boolean);
    expect(frameAncestors, path).toEqual([kind === "embed" ? ["*"] : ["'none'"]]);
    if (kind === "embed") expect(first.headers["x-frame-options"], path).toBeUndefined();
    else expect(first.headers["x-frame-options"], path).toBe("DENY");
    expect(first.headers["x-content-type-options"], path).toBe("nosniff");
    expect(first.headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    if (kind === "page") {
      const d = all.find((p) => p["script-src"])!;
      const nonce = nonceOf(header);
      if (isSharedPage(path, status)) {
        // A reader page shared by every anonymous reader (and by CDNs): no nonce to repeat, its own inline scripts by hash.
        expect(nonce, `${path}: a shared page carries a nonce: ${header}`).toBeNull();
        expect(first.text, `${path}: a nonce attribute left in a shared page`).not.toMatch(/<[a-z]+ [^>]*\bnonce="/);
        expect(d["script-src"][0], path).toBe("'self'");
        expect(d["script-src"].slice(1).length, `${path}: no script hashes in ${header}`).toBeGreaterThan(0);
        for (const source of d["script-src"].slice(1)) expect(source, path).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
        expect(first.headers["cache-control"], path).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
        expect(first.headers.etag, path).toMatch(/^"[\w-]+"$/);
        expect(second.headers.etag, `${path}: the same ledger version answers the same bytes`).toBe(first.headers.etag);
        expect(second.headers["content-security-policy"], path).toBe(header);
      } else {
        expect(nonce, `${path}: no nonce in ${header}`).toMatch(/^[A-Za-z0-9+/=]{16,}$/);
        expect(nonceOf(String(second.headers["content-security-policy"])), `${path}: the nonce is not fresh per request`).not.toBe(nonce);
        expect(d["script-src"], path).toContain(`'nonce-${nonce}'`);
        expect(first.headers["cache-control"], path).toMatch(/private/);
      }
      expect(d["default-src"], path).toEqual(["'self'"]);
      expect(d["object-src"], path).toEqual(["'none'"]);
      expect(d["base-uri"], path).toEqual(["'self'"]);
    }
    if (kind !== "page")
      expect(
        all.some((p) => p["default-src"]?.join(" ") === "'none'"),
        `${path}: ${header}`,
      ).toBe(true);
    // Every script in an HTML answer is our own — carrying this response's nonce, listed by its hash, or a file of this origin — or a JSON-LD data block.
    if (/html/.test(String(first.headers["content-type"]))) {
      const scripts = [...first.text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => ({ attrs: m[1], body: m[2] }));
      expect(scripts.length, `${path} has no scripts at all?`).toBeGreaterThan(0);
      for (const { attrs, body } of scripts) {
        if (/type="application\/ld\+json"/.test(attrs)) continue;
        const nonce = nonceOf(header);
        // Without a nonce ('strict-dynamic' absent), a script file of this origin runs by 'self': nothing stored by an editor can name one.
        const ownFile =
          /\ssrc="\/(?!\/)[^"]*"/.test(attrs) &&
          body === "" &&
          scriptRules.every((rule) => rule.includes("'self'") && !rule.includes("'strict-dynamic'"));
        const allowed =
          (nonce && attrs.includes(`nonce="${nonce}"`)) || ownFile || scriptRules.every((rule) => rule.includes(sha256(body)));
        expect(
          allowed,
          `${path}: a script with neither this response's nonce nor a listed hash: <script${attrs}>${body.slice(0, 80)}`,
        ).toBe(true);
      }
    }
  }
});

test("in Chromium our own scripts run under the CSP (client navigation works), JSON-LD is intact, no CSP violation on any page", async ({
  page,
  context,
}) => {
  const { baseUrl, databasePath } = suiteEnv();
  await installGuards(context);
  const dialogs = watchDialogs(page);
  const consoleCsp: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) consoleCsp.push(m.text());
  });
  for (const { path, status } of await pagesToCheck(baseUrl, databasePath)) {
    const response = await page.goto(`${baseUrl}${path}`, { waitUntil: "load" });
    expect(response?.status(), path).toBe(status);
    const f = await findings(
      page,
      dialogs,
      nonceOf(response?.headers()["content-security-policy"]),
      scriptHashesOf(response?.headers()["content-security-policy"]),
    );
    expect(f.cspViolations, path).toEqual([]);
    expect(f.injected, path).toEqual([]);
  }
  expect(consoleCsp).toEqual([]);

  // JSON-LD on a claim page: present, parsed, a ClaimReview.
  const claimId = publishedClaimId(databasePath);
  await page.goto(`${baseUrl}/claims/${claimId}`);
  const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(jsonLd).toHaveLength(1);
  expect(JSON.parse(jsonLd[0])).toMatchObject({
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: expect.stringContaining(`/claims/${claimId}`),
  });

  // Hydration under the CSP: a header link navigates on the client (the window survives), which needs our scripts to have run.
  await page.goto(`${baseUrl}/pairs/${PAIR}`);
  await page.evaluate(() => ((window as unknown as { __stillHere: boolean }).__stillHere = true));
  await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "How we grade" }).click();
  await expect(page).toHaveURL(/\/how-we-grade$/);
  expect(await page.evaluate(() => (window as unknown as { __stillHere?: boolean }).__stillHere)).toBe(true);
  const f = await findings(page, dialogs);
  expect(f.cspViolations).toEqual([]);
});

test("a signed-in editor's pages keep a fresh nonce per request and are never stored: private, no-store", async () => {
  const { baseUrl } = suiteEnv();
  const cookie = await signIn(baseUrl, DEMO_EDITOR, "198.51.100.54");
  for (const path of ["/", `/pairs/${PAIR}`, "/how-we-grade"]) {
    const [first, second] = [await request(baseUrl, { path, headers: { cookie } }), await request(baseUrl, { path, headers: { cookie } })];
    expect(first.status, path).toBe(200);
    const nonce = nonceOf(String(first.headers["content-security-policy"]));
    expect(nonce, path).toMatch(/^[A-Za-z0-9+/=]{16,}$/);
    expect(nonceOf(String(second.headers["content-security-policy"])), path).not.toBe(nonce);
    expect(first.text, path).toContain(`nonce="${nonce}"`);
    expect(first.headers["cache-control"], path).toMatch(/\bprivate\b/);
    expect(first.headers["cache-control"], path).toMatch(/\bno-store\b/);
    expect(first.text, `${path}: the editor's own view`).toContain("Sign out");
  }
});

test("framing: another origin cannot frame a page; embeds (where built) can be framed", async ({ page }) => {
  const { baseUrl } = suiteEnv();
  const targets = [`/pairs/${PAIR}`, "/how-we-grade"];
  const embeds: string[] = [];
  for (const view of EMBED_VIEWS)
    if ((await request(baseUrl, { path: `/embed/pairs/${PAIR}/${view}` })).status === 200) embeds.push(`/embed/pairs/${PAIR}/${view}`);
  // A framing page on another loopback origin (another port), as a third-party site would be.
  const framer = http.createServer((_req, res) => {
    res.setHeader("content-type", "text/html");
    res.end([...targets, ...embeds].map((p, i) => `<iframe id="f${i}" src="${baseUrl}${p}" width="400" height="300"></iframe>`).join(""));
  });
  await new Promise<void>((resolve) => framer.listen(0, "127.0.0.1", resolve));
  const blocked: string[] = [];
  page.on("console", (m) => {
    if (/frame-ancestors/.test(m.text())) blocked.push(m.text());
  });
  try {
    await page.goto(`http://127.0.0.1:${(framer.address() as { port: number }).port}/`, { waitUntil: "load" });
    await page.waitForTimeout(500);
    const framed = page.frames().filter((f) => f !== page.mainFrame());
    expect(framed).toHaveLength(targets.length + embeds.length);
    for (const [i, frame] of framed.entries()) {
      const path = [...targets, ...embeds][i];
      if (i < targets.length) expect(frame.url(), `${path} was framed`).toMatch(/^chrome-error:/);
      else expect(frame.url(), `embed ${path} could not be framed`).toBe(`${baseUrl}${path}`);
    }
    expect(blocked.length).toBeGreaterThanOrEqual(targets.length);
  } finally {
    framer.close();
  }
});

test("the session cookie is HttpOnly, SameSite=Lax, Path=/, and not Secure on plain-http 127.0.0.1; the browser script cannot read it", async ({
  page,
  context,
}) => {
  const { baseUrl } = suiteEnv();
  const r = await request(baseUrl, {
    method: "POST",
    path: "/api/v1/session",
    headers: { "content-type": "application/json", origin: baseUrl, "x-forwarded-for": "198.51.100.50" },
    body: JSON.stringify(DEMO_EDITOR),
  });
  expect(r.status).toBe(200);
  const cookie = [r.headers["set-cookie"] ?? []].flat()[0] ?? "";
  const attributes = cookie
    .split(";")
    .slice(1)
    .map((a) => a.trim().split("=")[0].toLowerCase());
  expect(cookie).toMatch(/^rl_session=[^;]{20,};/);
  expect(attributes).toEqual(expect.arrayContaining(["httponly", "samesite", "path", "expires"]));
  expect(cookie).toMatch(/SameSite=Lax/);
  expect(cookie).toMatch(/Path=\//);
  expect(attributes).not.toContain("secure");
  expect(Date.parse(/Expires=([^;]+)/.exec(cookie)![1])).toBeGreaterThan(Date.now());
  // Sign-out clears it with the same attributes.
  const out = await request(baseUrl, { method: "DELETE", path: "/api/v1/session", headers: sessionHeaders(baseUrl, cookie.split(";")[0]) });
  expect(out.status).toBe(204);
  expect(String([out.headers["set-cookie"]].flat()[0])).toMatch(
    /^rl_session=; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax$/,
  );

  // In the browser: the cookie is set, HttpOnly, and invisible to page scripts.
  const signIn = await context.request.post(`${baseUrl}/api/v1/session`, {
    data: DEMO_EDITOR,
    headers: { origin: baseUrl, "x-forwarded-for": "198.51.100.51" },
  });
  expect(signIn.status()).toBe(200);
  const stored = (await context.cookies(baseUrl)).find((c) => c.name === "rl_session");
  expect(stored).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });
  await page.goto(`${baseUrl}/`);
  expect(await page.evaluate(() => document.cookie)).not.toContain("rl_session");
});

test("no error answer carries a stack trace or SQL: 404s, 400s, 401s, 405s, 413s, malformed JSON and paths", async () => {
  const { baseUrl } = suiteEnv();
  const cookie = await signIn(baseUrl, DEMO_EDITOR, "198.51.100.52");
  const json = (extra: Record<string, string> = {}) => sessionHeaders(baseUrl, cookie, { "content-type": "application/json", ...extra });
  const probes: { what: string; call: () => Promise<HttpResult>; status: number | number[]; jsonError?: boolean }[] = [
    { what: "unknown page", call: () => request(baseUrl, { path: "/no/such/page" }), status: 404 },
    { what: "unknown pair", call: () => request(baseUrl, { path: "/pairs/nobody--no-one" }), status: 404 },
    { what: "reversed-and-unknown pair", call: () => request(baseUrl, { path: "/pairs/zz--aa" }), status: [404, 308] },
    { what: "unknown claim page", call: () => request(baseUrl, { path: "/claims/999999999" }), status: 404 },
    { what: "non-numeric claim page", call: () => request(baseUrl, { path: "/claims/abc'%20OR%201=1--" }), status: 404 },
    { what: "unknown person", call: () => request(baseUrl, { path: "/people/%3Cscript%3E" }), status: 404 },
    { what: "malformed escape in a page path", call: () => request(baseUrl, { path: "/claims/%C0%AF" }), status: 400 },
    { what: "malformed escape in an API path", call: () => request(baseUrl, { path: "/api/v1/claims/%FF" }), status: 400, jsonError: true },
    { what: "unknown API route", call: () => request(baseUrl, { path: "/api/v1/nothing-here" }), status: 404 },
    { what: "unknown claim", call: () => request(baseUrl, { path: "/api/v1/claims/999999999" }), status: 404, jsonError: true },
    {
      what: "claim id with SQL in it",
      call: () => request(baseUrl, { path: "/api/v1/claims/1%20OR%201=1" }),
      status: 404,
      jsonError: true,
    },
    {
      what: "bad token on a read",
      call: () => request(baseUrl, { path: "/api/v1/claims/1", headers: { authorization: "Bearer nope" } }),
      status: 401,
      jsonError: true,
    },
    {
      what: "write without a session",
      call: () => request(baseUrl, { method: "POST", path: "/api/v1/claims", headers: { "content-type": "application/json" }, body: "{}" }),
      status: 401,
      jsonError: true,
    },
    {
      what: "malformed JSON",
      call: () => request(baseUrl, { method: "POST", path: "/api/v1/claims", headers: json(), body: '{"pair": "a--b",' }),
      status: 400,
      jsonError: true,
    },
    {
      what: "JSON that is not an object",
      call: () => request(baseUrl, { method: "POST", path: "/api/v1/people", headers: json(), body: "[1,2,3]" }),
      status: 400,
      jsonError: true,
    },
    {
      what: "deeply nested JSON",
      call: () =>
        request(baseUrl, { method: "POST", path: "/api/v1/people", headers: json(), body: "[".repeat(100_000) + "]".repeat(100_000) }),
      status: 400,
      jsonError: true,
    },
    {
      what: "wrong types",
      call: () => apiJson(baseUrl, cookie, "POST", "/api/v1/claims", { pair: 1, kind: [], headline: {}, occurredOn: "2025-02-30" }),
      status: 400,
      jsonError: true,
    },
    {
      what: "unknown references",
      call: () =>
        apiJson(baseUrl, cookie, "POST", "/api/v1/claims", {
          pair: "nobody--no-one",
          kind: "sighting",
          headline: "x",
          occurredOn: "2025",
          precision: "year",
          stance: "supports",
          confidence: "likely",
        }),
      status: [400, 404],
      jsonError: true,
    },
    {
      what: "stale version",
      call: () => apiJson(baseUrl, cookie, "PATCH", "/api/v1/claims/1", { version: 999, headline: "x" }),
      status: 409,
      jsonError: true,
    },
    {
      what: "too large",
      call: () =>
        request(baseUrl, { method: "POST", path: "/api/v1/people", headers: json(), body: JSON.stringify({ name: "x".repeat(300_000) }) }),
      status: 413,
      jsonError: true,
    },
    {
      what: "import of a broken file",
      call: () => request(baseUrl, { method: "POST", path: "/api/v1/import?name=x.json", headers: json(), body: '[{"pair":' }),
      status: 400,
      jsonError: true,
    },
    {
      what: "method not allowed (PUT)",
      call: () => request(baseUrl, { method: "PUT", path: "/api/v1/claims", headers: json(), body: "{}" }),
      status: 405,
    },
    { what: "method not allowed (DELETE)", call: () => request(baseUrl, { method: "DELETE", path: "/api/v1/people" }), status: 405 },
    { what: "method not allowed (GET on a write)", call: () => request(baseUrl, { path: "/api/v1/session" }), status: 405 },
    {
      what: "sign-in with wrong password",
      call: () =>
        request(baseUrl, {
          method: "POST",
          path: "/api/v1/session",
          headers: { "content-type": "application/json", origin: baseUrl, "x-forwarded-for": "198.51.100.53" },
          body: JSON.stringify({ email: `probe-${Date.now()}@demo.test`, password: "wrong" }),
        }),
      status: 400,
      jsonError: true,
    },
  ];
  for (const probe of probes) {
    const r = await probe.call();
    const expected = [probe.status].flat();
    expect(expected, `${probe.what}: ${r.status} ${r.text.slice(0, 200)}`).toContain(r.status);
    expect(r.text, `${probe.what} leaks internals`).not.toMatch(LEAK);
    for (const [name, value] of Object.entries(r.headers))
      expect(`${name}: ${value}`, `${probe.what}: header leaks internals`).not.toMatch(/SQLITE|node_modules|\.tsx?:\d+/);
    if (probe.jsonError) {
      const body = JSON.parse(r.text) as { error: { code: string; message: string } };
      expect(body.error, probe.what).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    }
  }
  report(`headers: ${probes.length} error probes, none with a stack trace or SQL`);
});
