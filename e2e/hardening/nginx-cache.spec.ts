import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { report, suiteEnv } from "./support/env";
import { apiJson, DEMO_EDITOR, jsonOf, ownPair, request, signIn } from "./support/http";
import { ROOT } from "./support/server";

/**
 * A real shared cache in front of the production server: Debian's nginx with
 * the shipped docs/deploy/nginx.conf (only its paths and ports changed), on a
 * temporary prefix. Counts what reaches the app through nginx's access log
 * ($upstream_addr is set only when nginx asked the app). The suite's server
 * runs with RUMOR_LEDGER_SHARED_MAX_AGE=10 (global-setup.ts) so that a write
 * shows through in seconds; production keeps 30 + 30 s.
 */

const NGINX = process.env.NGINX_PATH ?? "/usr/sbin/nginx";
let nginx: ChildProcess | null = null;
let prefix = "";
let cacheUrl = "";
let cookie = "";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** docs/deploy/nginx.conf with its cache, log, listen and upstream lines pointed at this run; fails if any is missing. */
function configFor(originPort: number, port: number): string {
  let conf = fs.readFileSync(path.join(ROOT, "docs/deploy/nginx.conf"), "utf8");
  const swaps: [RegExp, string][] = [
    [/\/var\/cache\/nginx\/rumor-ledger/, path.join(prefix, "cache")],
    [/\/var\/log\/nginx\/rumor-ledger\.access\.log/, path.join(prefix, "access.log")],
    [/server 127\.0\.0\.1:3000;/, `server 127.0.0.1:${originPort};`],
    [/listen 80;/, `listen 127.0.0.1:${port};`],
  ];
  for (const [pattern, value] of swaps) {
    if (!pattern.test(conf)) throw new Error(`docs/deploy/nginx.conf no longer has ${pattern}`);
    conf = conf.replace(pattern, value);
  }
  return conf;
}

async function waitForPort(port: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (nginx?.exitCode !== null) throw new Error(`nginx exited: ${fs.readFileSync(path.join(prefix, "error.log"), "utf8")}`);
    const up = await new Promise<boolean>((resolve) => {
      const s = net.createConnection({ host: "127.0.0.1", port }, () => (s.destroy(), resolve(true)));
      s.once("error", () => resolve(false));
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not listen on ${port}`);
}

/** Access-log lines for one path: how each request was served and whether the app was asked. */
function servedFor(pathAndQuery: string): { cache: string; upstream: boolean }[] {
  const log = fs.existsSync(path.join(prefix, "access.log")) ? fs.readFileSync(path.join(prefix, "access.log"), "utf8") : "";
  return log
    .split("\n")
    .filter((line) => line.includes(`"GET ${pathAndQuery} HTTP/`))
    .map((line) => ({ cache: /cache=(\S*)/.exec(line)![1], upstream: !/upstream=-$/.test(line) }));
}

const viaCache = (p: string, headers: Record<string, string> = {}) => request(cacheUrl, { path: p, headers });

async function publishedClaim(pair: string, headline: string): Promise<{ id: number; version: number }> {
  const r = await apiJson(suiteEnv().baseUrl, cookie, "POST", "/api/v1/claims", {
    pair,
    kind: "sighting",
    headline,
    occurredOn: "2025-06",
    precision: "month",
    stance: "supports",
    confidence: "plausible",
    status: "published",
    citations: [{ outlet: "variety" }],
  });
  expect(r.status, r.text).toBe(201);
  return jsonOf<{ id: number; version: number }>(r);
}

test.beforeAll(async () => {
  const { baseUrl, tmp } = suiteEnv();
  if (!fs.existsSync(NGINX))
    throw new Error(`${NGINX} is missing: install Debian's nginx (npm test does: apt-get install nginx) or set NGINX_PATH.`);
  prefix = fs.mkdtempSync(path.join(tmp ?? os.tmpdir(), "nginx-"));
  for (const dir of ["cache", "temp"]) fs.mkdirSync(path.join(prefix, dir));
  const port = Number(process.env.NGINX_PORT ?? (await freePort()));
  fs.writeFileSync(path.join(prefix, "rumor-ledger.conf"), configFor(Number(new URL(baseUrl).port), port));
  const temp = (name: string) => `${name}_temp_path ${path.join(prefix, "temp", name)};`;
  fs.writeFileSync(
    path.join(prefix, "nginx.conf"),
    [
      "daemon off;",
      "worker_processes 1;",
      // As root, workers would switch to nobody, who cannot write this private prefix.
      ...(process.getuid?.() === 0 ? [`user ${os.userInfo().username};`] : []),
      `pid ${path.join(prefix, "nginx.pid")};`,
      `error_log ${path.join(prefix, "error.log")} warn;`,
      "events { worker_connections 512; }",
      `http { ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join(" ")} include ${path.join(prefix, "rumor-ledger.conf")}; }`,
    ].join("\n"),
  );
  nginx = spawn(NGINX, ["-p", prefix, "-c", path.join(prefix, "nginx.conf")], { stdio: "ignore" });
  await waitForPort(port);
  cacheUrl = `http://127.0.0.1:${port}`;
  cookie = await signIn(baseUrl, DEMO_EDITOR, "198.51.100.60");
});

test.afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((resolve) => nginx!.once("exit", resolve));
    nginx.kill("SIGTERM");
    await exited;
  }
});

test("200 anonymous requests for a pair page within one ledger version reach the app at most once", async () => {
  const pair = await ownPair(suiteEnv().baseUrl, cookie, "Nginx count");
  await publishedClaim(pair, "Seen at the opening night of a gallery");
  const page = `/pairs/${pair}`;
  const answers = [await viaCache(page)];
  while (answers.length < 200)
    answers.push(...(await Promise.all(Array.from({ length: Math.min(20, 200 - answers.length) }, () => viaCache(page)))));
  expect(answers).toHaveLength(200);
  for (const a of answers) {
    expect(a.status).toBe(200);
    expect(a.text).toBe(answers[0].text);
  }
  expect(answers[0].text).toContain("Seen at the opening night of a gallery");
  const served = servedFor(page);
  expect(served).toHaveLength(200);
  const reachedApp = served.filter((s) => s.upstream).length;
  expect(reachedApp, JSON.stringify(served.slice(0, 5))).toBeLessThanOrEqual(1);
  report(`nginx: 200 requests for ${page}, ${reachedApp} reached the app, ${served.filter((s) => s.cache === "HIT").length} cache hits`);
});

test("a published edit, then a retraction, show through the cache within 60 s", async () => {
  const { baseUrl } = suiteEnv();
  const pair = await ownPair(baseUrl, cookie, "Nginx fresh");
  const claim = await publishedClaim(pair, "Spotted at a quiet dinner");
  const page = `/pairs/${pair}`;
  expect((await viaCache(page)).text).toContain("Spotted at a quiet dinner");
  expect((await viaCache(page)).headers["x-cache-status"]).toBe("HIT");

  const edited = await apiJson(baseUrl, cookie, "PATCH", `/api/v1/claims/${claim.id}`, {
    version: claim.version,
    headline: "Spotted at a loud dinner",
  });
  expect(edited.status, edited.text).toBe(200);
  const started = Date.now();
  await expect
    .poll(async () => (await viaCache(page)).text.includes("Spotted at a loud dinner"), { timeout: 60_000, intervals: [1000] })
    .toBe(true);
  const editSeconds = (Date.now() - started) / 1000;

  const retracted = await apiJson(baseUrl, cookie, "POST", `/api/v1/claims/${claim.id}/retract`, {
    version: jsonOf<{ version: number }>(edited).version,
    correction: "The diners were body doubles.",
  });
  expect(retracted.status, retracted.text).toBe(200);
  const retractedAt = Date.now();
  await expect
    .poll(async () => (await viaCache(page)).text.includes("The diners were body doubles."), { timeout: 60_000, intervals: [1000] })
    .toBe(true);
  report(
    `nginx: an edit showed through the cache after ${editSeconds.toFixed(0)} s, a retraction after ${((Date.now() - retractedAt) / 1000).toFixed(0)} s`,
  );
});

test("a signed-in editor's pages and drafts are never served from the cache nor stored in it", async () => {
  const { baseUrl } = suiteEnv();
  const pair = await ownPair(baseUrl, cookie, "Nginx private");
  await publishedClaim(pair, "Arrived together at a gala");
  const draft = await apiJson(baseUrl, cookie, "POST", "/api/v1/claims", {
    pair,
    kind: "report",
    headline: "Secret draft about an engagement",
    occurredOn: "2025-07",
    precision: "month",
    stance: "supports",
    confidence: "speculative",
    status: "draft",
    citations: [{ outlet: "variety" }],
  });
  expect(draft.status, draft.text).toBe(201);
  const page = `/pairs/${pair}`;
  const api = `/api/v1/pairs/${pair}/claims?status=draft,published`;
  const drafts = `/api/v1/pairs/${pair}/claims?status=draft`;
  for (const p of [page, api]) expect((await viaCache(p)).status, p).toBeLessThan(500);
  for (let i = 0; i < 3; i++) {
    for (const p of [page, `/api/v1/pairs/${pair}/claims`, drafts]) {
      const editor = await viaCache(p, { cookie });
      expect(editor.headers["x-cache-status"], p).toBe("BYPASS");
      expect(String(editor.headers["cache-control"]), p).toMatch(/private/);
      if (p === page) expect(editor.text, "the editor's own view").toContain("Sign out");
      if (p === drafts) expect(editor.text, "the editor sees the draft").toContain("Secret draft about an engagement");
    }
    for (const p of [page, api, drafts, `/api/v1/pairs/${pair}/claims`]) {
      const reader = await viaCache(p);
      expect(reader.text, p).not.toContain("Secret draft about an engagement");
      expect(reader.text, p).not.toContain("Sign out");
    }
  }
  // The editor's three requests for drafts bypassed the cache (and what readers got for that URL never held the draft, above).
  expect(servedFor(drafts).filter((s) => s.cache === "BYPASS")).toHaveLength(3);
});
