import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { suiteEnv } from "./support/env";
import { apiJson, DEMO_EDITOR, jsonOf, request, signIn } from "./support/http";
import { type RunningServer, startServer } from "./support/server";

/**
 * What an outside review's tools found on a default install (issue 9, items
 * 11–14 and 18): noisy 500s for odd methods and cross-site actions, absolute
 * URLs on the bind address, oEmbed sizes, bare 405s, and small HTML faults.
 */

const PAIR = "ana-de-armas--tom-cruise";
/** A stack frame or a Next.js error line in the server's log. */
const STACK = /^\s+at .+|⨯|Error: |Invalid Server Actions request|does not match `origin`/m;

/** Runs some requests and returns what the suite server wrote to its log meanwhile. */
async function logDuring(run: () => Promise<void>): Promise<string> {
  const logFile = process.env.HARDENING_SERVER_LOG!;
  const before = fs.statSync(logFile).size;
  await run();
  await new Promise((r) => setTimeout(r, 500)); // let the server's writes reach the file
  const fd = fs.openSync(logFile, "r");
  try {
    const size = fs.fstatSync(fd).size - before;
    const buffer = Buffer.alloc(Math.max(0, size));
    fs.readSync(fd, buffer, 0, buffer.length, before);
    return buffer.toString("utf8");
  } finally {
    fs.closeSync(fd);
  }
}

test.describe("odd methods and cross-site actions are quiet 4xx answers", () => {
  test("TRACE and other unsupported methods on pages and the API: 405 with Allow, no stack trace logged", async () => {
    const { baseUrl } = suiteEnv();
    const answers: { method: string; path: string; status: number; allow?: string; type?: string; nosniff?: string; body: string }[] = [];
    const log = await logDuring(async () => {
      for (const [method, path] of [
        ["TRACE", "/"],
        ["TRACE", `/pairs/${PAIR}`],
        ["PROPFIND", "/login"],
        ["PUT", "/"],
        ["DELETE", `/pairs/${PAIR}`],
        ["TRACE", "/api/v1/pairs"],
        ["GET", "/api/v1/claims"],
        ["DELETE", "/api/v1/pairs"],
        ["PUT", "/api/v1/claims/1"],
        ["POST", "/api/oembed"],
        ["POST", "/feed.xml"],
      ]) {
        const r = await request(baseUrl, { method, path });
        answers.push({
          method,
          path,
          status: r.status,
          allow: r.headers.allow,
          type: r.headers["content-type"],
          nosniff: r.headers["x-content-type-options"] as string,
          body: r.text,
        });
      }
    });
    for (const a of answers) {
      expect(a.status, `${a.method} ${a.path}: ${a.body.slice(0, 200)}`).toBe(405);
      expect(a.allow, `${a.method} ${a.path}`).toMatch(/^[A-Z]+(, [A-Z]+)*$/);
      expect(a.allow!.split(", "), `${a.method} ${a.path}`).not.toContain(a.method);
      expect(a.nosniff, `${a.method} ${a.path}`).toBe("nosniff");
      if (a.path.startsWith("/api/")) {
        expect(a.type, `${a.method} ${a.path}`).toMatch(/^application\/json/);
        expect(JSON.parse(a.body)).toEqual({ error: { code: "method_not_allowed", message: expect.stringContaining(a.allow!) } });
      }
    }
    expect(answers.find((a) => a.path === "/")!.allow).toBe("GET, HEAD, POST");
    expect(answers.find((a) => a.path === "/api/v1/claims")!.allow).toContain("POST");
    expect(log).not.toMatch(STACK);
  });

  test("a server action posted from another site: 403, no stack trace logged", async () => {
    const { baseUrl } = suiteEnv();
    const statuses: number[] = [];
    const log = await logDuring(async () => {
      // A fetch-style action call and a no-JavaScript form post, both from another origin.
      const fetchAction = await request(baseUrl, {
        method: "POST",
        path: "/login",
        headers: {
          origin: "https://evil.example",
          "next-action": "7f00000000000000000000000000000000000000",
          "content-type": "text/plain;charset=UTF-8",
        },
        body: "[]",
      });
      const formPost = await request(baseUrl, {
        method: "POST",
        path: "/login",
        headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
        body: "email=a%40b.c&password=x",
      });
      statuses.push(fetchAction.status, formPost.status);
    });
    expect(statuses).toEqual([403, 403]);
    expect(log).not.toMatch(STACK);
  });
});

test.describe("absolute URLs with PUBLIC_BASE_URL unset or set, on a port other than 3000", () => {
  const servers: RunningServer[] = [];
  test.afterAll(async () => {
    for (const s of servers) await s.stop();
  });

  async function start(port: number, env: Record<string, string>, unsetEnv: string[] = []): Promise<RunningServer> {
    const dir = fs.mkdtempSync(path.join(suiteEnv().tmp, `origins-${port}-`));
    const server = await startServer({
      port,
      databasePath: path.join(dir, "ledger.db"),
      logFile: path.join(dir, "server.log"),
      hostname: "0.0.0.0",
      env,
      unsetEnv,
    });
    servers.push(server);
    return server;
  }

  /** The absolute URLs a page or embed writes: canonical, og:image, oEmbed discovery, links. */
  function absoluteUrls(html: string): string[] {
    return [...html.matchAll(/(?:href|content|src)="(https?:\/\/[^"]+)"/g)]
      .map((m) => m[1].replaceAll("&amp;", "&"))
      .filter((u) => !u.includes("example.com") && !/variety|deadline|etonline|apnews|usatoday/.test(u));
  }

  const canonical = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  const ogImage = (html: string) => /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  const oembedLink = (html: string) =>
    /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1]?.replaceAll("&amp;", "&");

  test("unset: the request's Host when it is this server's own, else http://localhost:PORT — never the bind address", async () => {
    test.setTimeout(240_000);
    const port = 4300;
    const server = await start(port, {}, ["PUBLIC_BASE_URL", "PORT"]);
    for (const [host, origin] of [
      [`127.0.0.1:${port}`, `http://127.0.0.1:${port}`],
      [`localhost:${port}`, `http://localhost:${port}`],
      [`0.0.0.0:${port}`, `http://localhost:${port}`],
      ["evil.example", `http://localhost:${port}`],
    ]) {
      const page = await request(server.url, { path: `/pairs/${PAIR}`, headers: { host } });
      expect(page.status, host).toBe(200);
      expect(canonical(page.text), host).toBe(`${origin}/pairs/${PAIR}`);
      expect(ogImage(page.text), host).toMatch(new RegExp(`^${origin.replace(/[.[\]]/g, "\\$&")}/pairs/${PAIR}/opengraph-image`));
      const discovery = oembedLink(page.text)!;
      expect(discovery, host).toBe(`${origin}/api/oembed?url=${encodeURIComponent(`${origin}/pairs/${PAIR}`)}&format=json`);
      // The discovery link works: a CMS given the pair page's URL gets its embed.
      const oembed = await request(server.url, { path: discovery.slice(origin.length), headers: { host } });
      expect(oembed.status, `${host} ${oembed.text}`).toBe(200);
      const body = jsonOf<{ html: string; width: unknown; height: unknown; provider_url: string }>(oembed);
      expect(body.html, host).toContain(`src="${origin}/embed/pairs/${PAIR}/heat"`);
      expect(body.provider_url).toBe(`${origin}/`);
      expect(Number.isInteger(body.width) && Number.isInteger(body.height), JSON.stringify(body)).toBe(true);

      const embed = await request(server.url, { path: `/embed/pairs/${PAIR}/timeline`, headers: { host } });
      expect(embed.status, host).toBe(200);
      const urls = absoluteUrls(embed.text);
      expect(urls.length, host).toBeGreaterThanOrEqual(3);
      for (const url of urls) expect(url.startsWith(`${origin}/`), `${host}: ${url}`).toBe(true);
      for (const text of [page.text, embed.text, oembed.text]) {
        expect(text).not.toContain("0.0.0.0");
        expect(text).not.toContain("localhost:3000");
      }
    }
    // oEmbed takes a URL on any origin this server answers to, and no other.
    for (const origin of [`http://localhost:${port}`, `http://127.0.0.1:${port}`]) {
      const r = await request(server.url, { path: `/api/oembed?url=${encodeURIComponent(`${origin}/embed/pairs/${PAIR}/heat`)}` });
      expect(r.status, origin).toBe(200);
    }
    for (const origin of [`http://0.0.0.0:${port}`, "http://localhost:3000", "https://evil.example"]) {
      const r = await request(server.url, { path: `/api/oembed?url=${encodeURIComponent(`${origin}/pairs/${PAIR}`)}` });
      expect(r.status, origin).toBe(404);
    }
  });

  test("set: every absolute URL is on PUBLIC_BASE_URL, and oEmbed still takes the server's loopback URLs", async () => {
    test.setTimeout(240_000);
    const port = 4301;
    const base = "https://ledger.example";
    const server = await start(port, { PUBLIC_BASE_URL: `${base}/` });
    const page = await request(server.url, { path: `/pairs/${PAIR}`, headers: { host: `127.0.0.1:${port}` } });
    expect(canonical(page.text)).toBe(`${base}/pairs/${PAIR}`);
    expect(ogImage(page.text)).toMatch(new RegExp(`^${base}/pairs/${PAIR}/opengraph-image`));
    expect(oembedLink(page.text)).toBe(`${base}/api/oembed?url=${encodeURIComponent(`${base}/pairs/${PAIR}`)}&format=json`);
    const embed = await request(server.url, { path: `/embed/pairs/${PAIR}/heat` });
    for (const url of absoluteUrls(embed.text)) expect(url.startsWith(`${base}/`), url).toBe(true);
    for (const origin of [base, `http://127.0.0.1:${port}`, `http://localhost:${port}`]) {
      const r = await request(server.url, { path: `/api/oembed?url=${encodeURIComponent(`${origin}/pairs/${PAIR}`)}` });
      expect(r.status, origin).toBe(200);
      expect(jsonOf<{ html: string }>(r).html).toContain(`src="${base}/embed/pairs/${PAIR}/heat"`);
    }
    expect(
      (await request(server.url, { path: `/api/oembed?url=${encodeURIComponent(`http://0.0.0.0:${port}/pairs/${PAIR}`)}` })).status,
    ).toBe(404);
  });
});

test.describe("small faults an HTML validator, Lighthouse and pa11y reported", () => {
  test("/favicon.ico is a real icon, served by the app", async () => {
    const r = await request(suiteEnv().baseUrl, { path: "/favicon.ico" });
    expect(r.status).toBe(200);
    expect(r.headers["content-type"]).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
    expect([...r.body.subarray(0, 4)]).toEqual([0, 0, 1, 0]); // the ICO header
    const page = await request(suiteEnv().baseUrl, { path: "/" });
    expect(page.text).toMatch(/<link rel="icon" href="\/favicon\.ico[^"]*"/);
  });

  test("no form has an empty action, and no div is named without a role", async () => {
    const { baseUrl } = suiteEnv();
    for (const path of ["/login", `/pairs/${PAIR}`, "/"]) {
      const html = (await request(baseUrl, { path })).text;
      const forms = html.match(/<form\b[^>]*>/g) ?? [];
      expect(
        forms.filter((f) => /\baction=""/.test(f)),
        path,
      ).toEqual([]);
      const divs = html.match(/<div\b[^>]*>/g) ?? [];
      expect(
        divs.filter((d) => /\baria-label=/.test(d) && !/\brole=/.test(d)),
        path,
      ).toEqual([]);
    }
    expect((await request(baseUrl, { path: "/login" })).text).toMatch(/<form\b[^>]*\baction="\/login"/);
  });

  test("a claim page's title stays within 70 characters; its h1 keeps the whole headline", async () => {
    const { baseUrl } = suiteEnv();
    const cookie = await signIn(baseUrl, DEMO_EDITOR, "198.51.100.91");
    const headline = `Spotted together at a charity gala in Monaco, leaving separately through the kitchen door ${Date.now().toString(36)}`;
    const created = await apiJson(baseUrl, cookie, "POST", "/api/v1/claims", {
      pair: PAIR,
      kind: "sighting",
      headline,
      occurredOn: "2025-08-02",
      precision: "day",
      stance: "supports",
      confidence: "speculative",
      status: "published",
      citations: [{ outlet: "variety", url: "https://variety.com/contracts-review", title: "A long report" }],
    });
    expect(created.status, created.text).toBe(201);
    const html = (await request(baseUrl, { path: `/claims/${jsonOf<{ id: number }>(created).id}` })).text;
    const title = /<title>([^<]*)<\/title>/.exec(html)![1].replaceAll("&amp;", "&").replaceAll("&#x27;", "'");
    expect(title.length, title).toBeLessThanOrEqual(70);
    expect(title).toMatch(/… · Rumor Ledger$/);
    expect(headline.startsWith(title.replace(/… · Rumor Ledger$/, ""))).toBe(true);
    expect(/<h1\b[^>]*>(?:<[^>]+>)*([^<]*)</.exec(html)?.[1]).toBe(headline);
  });
});
