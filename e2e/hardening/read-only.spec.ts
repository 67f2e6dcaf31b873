import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { report, suiteEnv } from "./support/env";
import { apiJson, DEMO_ADMIN, DEMO_EDITOR, type HttpResult, jsonOf, ownPair, request, sessionHeaders, signIn } from "./support/http";
import { openLedger, scratchDir, snapshotSha256 } from "./support/ledger";
import { type RunningServer, startServer } from "./support/server";

/**
 * A database that cannot take writes — opened read-only (DATABASE_READONLY=1;
 * chmod means nothing to root, so the app has its own switch) or on a disk that
 * has filled up (a small tmpfs, filled to the last byte while the server runs):
 * every write answers a clear 503 in the API's error shape and changes nothing,
 * reads keep working, and once space is back, writes work again.
 */

const PAIR = "ana-de-armas--tom-cruise";
const PORT = Number(process.env.HARDENING_PORT ?? 3500);

interface Prepared {
  /** The pair the writes aim at (readers' checks use the demo pair). */
  pair: string;
  /** Two people with no pair yet, for the pair-creating write. */
  unpaired: [string, string];
  editor: string;
  admin: string;
  token: string;
  draft: number;
  published: number;
  tokenId: number;
}

/** Sessions, a token and target claims made on the live server, so a copy of its database holds them. */
async function prepare(baseUrl: string): Promise<Prepared> {
  const editor = await signIn(baseUrl, DEMO_EDITOR, "198.51.100.60");
  const admin = await signIn(baseUrl, DEMO_ADMIN, "198.51.100.61");
  const pair = await ownPair(baseUrl, editor, "Read-only");
  const person = async (side: string) => {
    const r = await apiJson(baseUrl, editor, "POST", "/api/v1/people", { name: `Read-only ${side} ${Date.now().toString(36)}` });
    expect(r.status, r.text).toBe(201);
    return jsonOf<{ slug: string }>(r).slug;
  };
  const unpaired: [string, string] = [await person("Left"), await person("Right")];
  const claim = async (status: string) => {
    const r = await apiJson(baseUrl, editor, "POST", "/api/v1/claims", {
      pair,
      kind: "report",
      headline: `Read-only target ${status} ${Date.now()}`,
      occurredOn: "2025-10",
      precision: "month",
      stance: "neutral",
      confidence: "plausible",
      status,
      citations: [{ outlet: "variety", url: "https://example.com/readonly" }],
    });
    expect(r.status, r.text).toBe(201);
    return jsonOf<{ id: number }>(r).id;
  };
  const t = await apiJson(baseUrl, editor, "POST", "/api/v1/tokens", { name: "read-only check" });
  expect(t.status).toBe(201);
  const { token, id } = jsonOf<{ token: string; id: number }>(t);
  return { pair, unpaired, editor, admin, token, draft: await claim("draft"), published: await claim("published"), tokenId: id };
}

/** One valid write per mutating route (each would succeed on a healthy store). */
function writes(p: Prepared, base: string) {
  const unique = `${Date.now().toString(36)}`;
  const asEditor = sessionHeaders(base, p.editor, { "content-type": "application/json" });
  const asAdmin = sessionHeaders(base, p.admin, { "content-type": "application/json" });
  return [
    { what: "POST /api/v1/people", method: "POST", path: "/api/v1/people", headers: asEditor, body: { name: `Readonly Person ${unique}` } },
    { what: "POST /api/v1/pairs", method: "POST", path: "/api/v1/pairs", headers: asEditor, body: { people: p.unpaired } },
    {
      what: "POST /api/v1/outlets",
      method: "POST",
      path: "/api/v1/outlets",
      headers: asEditor,
      body: { name: `Readonly Outlet ${unique}` },
    },
    { what: "PATCH /api/v1/outlets/[slug]", method: "PATCH", path: "/api/v1/outlets/variety", headers: asAdmin, body: { grade: "E" } },
    {
      what: "POST /api/v1/claims",
      method: "POST",
      path: "/api/v1/claims",
      headers: asEditor,
      body: {
        pair: p.pair,
        kind: "sighting",
        headline: `Readonly claim ${unique}`,
        occurredOn: "2025-10-01",
        precision: "day",
        stance: "supports",
        confidence: "likely",
      },
    },
    {
      what: "PATCH /api/v1/claims/[id]",
      method: "PATCH",
      path: `/api/v1/claims/${p.draft}`,
      headers: asEditor,
      body: { version: 1, headline: "Edited on a read-only store" },
    },
    {
      what: "POST /api/v1/claims/[id]/publish",
      method: "POST",
      path: `/api/v1/claims/${p.draft}/publish`,
      headers: asEditor,
      body: { version: 1 },
    },
    {
      what: "POST /api/v1/claims/[id]/retract",
      method: "POST",
      path: `/api/v1/claims/${p.published}/retract`,
      headers: asEditor,
      body: { version: 1, correction: "Retracted on a read-only store" },
    },
    {
      what: "POST /api/v1/claims/[id]/discard",
      method: "POST",
      path: `/api/v1/claims/${p.draft}/discard`,
      headers: asEditor,
      body: { version: 1 },
    },
    {
      what: "POST /api/v1/tokens",
      method: "POST",
      path: "/api/v1/tokens",
      headers: asEditor,
      body: { name: "minted on a read-only store" },
    },
    { what: "DELETE /api/v1/tokens/[id]", method: "DELETE", path: `/api/v1/tokens/${p.tokenId}`, headers: asEditor },
    {
      what: "POST /api/v1/session",
      method: "POST",
      path: "/api/v1/session",
      headers: { "content-type": "application/json", origin: base, "x-forwarded-for": "198.51.100.62" },
      body: DEMO_EDITOR,
    },
    { what: "DELETE /api/v1/session", method: "DELETE", path: "/api/v1/session", headers: asEditor },
    {
      what: "POST /api/v1/import",
      method: "POST",
      path: "/api/v1/import?name=claims.json",
      headers: asEditor,
      raw: true,
      body: [
        {
          pair: p.pair,
          kind: "report",
          headline: `Readonly import ${unique}`,
          occurredOn: "2025",
          precision: "year",
          stance: "neutral",
          confidence: "speculative",
        },
      ],
    },
  ];
}

function expectUnavailable(result: HttpResult, what: string) {
  if (result.status === 200 && what.includes("import")) {
    // The import streams; a store that fills up mid-way is reported on its last line.
    const last = JSON.parse(result.text.trim().split("\n").at(-1)!);
    expect(last.error?.code, `${what}: ${result.text.slice(-300)}`).toBe("unavailable");
    return;
  }
  expect(result.status, `${what}: ${result.text.slice(0, 300)}`).toBe(503);
  const body = JSON.parse(result.text) as { error: { code: string; message: string } };
  expect(body.error.code).toBe("unavailable");
  expect(body.error.message).toMatch(/Nothing was saved/);
  expect(result.text).not.toMatch(/SQLITE|readonly database|disk is full|node_modules/i);
}

/** Reads that must keep working: every kind of reader page and the read API, with and without a token. */
async function expectReadsWork(base: string, p: Prepared) {
  for (const path of [
    "/",
    "/how-we-grade",
    `/pairs/${PAIR}`,
    "/people/ana-de-armas",
    `/claims/${p.published}`,
    `/api/v1/claims/${p.published}`,
  ]) {
    const r = await request(base, { path });
    expect(r.status, `${path}: ${r.text.slice(0, 200)}`).toBe(200);
  }
  expect((await request(base, { path: `/pairs/${PAIR}` })).text).toContain("Dined out together in London");
  // A token-authenticated read (which records when the token was last used) still works.
  const withToken = await request(base, { path: `/api/v1/claims/${p.draft}`, headers: { authorization: `Bearer ${p.token}` } });
  expect(withToken.status, withToken.text.slice(0, 200)).toBe(200);
}

async function attemptWrites(base: string, p: Prepared, file: string): Promise<number> {
  const db = openLedger(file, { readonly: true });
  try {
    const before = snapshotSha256(db);
    let n = 0;
    for (const w of writes(p, base)) {
      const body = w.body === undefined ? undefined : JSON.stringify(w.body);
      const result = await request(base, { method: w.method, path: w.path, headers: w.headers, body });
      expectUnavailable(result, w.what);
      n++;
    }
    expect(snapshotSha256(db), "a refused write changed the database").toBe(before);
    return n;
  } finally {
    db.close();
  }
}

test("DATABASE_READONLY=1: every write is a 503 that changes nothing, every read works", async () => {
  test.setTimeout(120_000);
  const { baseUrl, databasePath } = suiteEnv();
  const prepared = await prepare(baseUrl);
  const dir = scratchDir("readonly");
  const file = path.join(dir, "ledger.db");
  const live = openLedger(databasePath, { readonly: true });
  live.prepare("VACUUM INTO ?").run(file);
  live.close();
  const wal = openLedger(file);
  wal.pragma("journal_mode = WAL");
  wal.close();

  const server = await startServer({
    port: PORT + 1,
    databasePath: file,
    logFile: path.join(dir, "server.log"),
    env: { DATABASE_READONLY: "1" },
  });
  try {
    expect(fs.readFileSync(server.logFile, "utf8")).toMatch(/open read-only \(DATABASE_READONLY=1\)/);
    const n = await attemptWrites(server.url, prepared, file);
    await expectReadsWork(server.url, prepared);
    report(
      `read-only: ${n} kinds of write on a DATABASE_READONLY=1 server all answered 503 'unavailable', database bytes unchanged; reader pages and the read API (with and without a token) answered 200`,
    );
  } finally {
    await server.stop();
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

test("full disk: writes answer 503 and change nothing, reads keep working, and writes resume once there is space", async () => {
  test.setTimeout(120_000);
  const { baseUrl, databasePath } = suiteEnv();
  const dir = scratchDir("fulldisk");
  const mount = path.join(dir, "disk");
  fs.mkdirSync(mount);
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=32m", "tmpfs", mount], { stdio: "pipe" });
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    // No silent skip: the full-disk promise is checked on a real full filesystem or the suite says it could not be.
    throw new Error(
      `full disk: cannot mount a tmpfs here (${String((error as { stderr?: Buffer }).stderr ?? error).trim()}); this check needs root and tmpfs, as on the project's machines`,
      { cause: error },
    );
  }
  let server: RunningServer | null = null;
  try {
    const prepared = await prepare(baseUrl);
    const file = path.join(mount, "ledger.db");
    const live = openLedger(databasePath, { readonly: true });
    live.prepare("VACUUM INTO ?").run(file);
    live.close();
    const wal = openLedger(file);
    wal.pragma("journal_mode = WAL");
    wal.close();
    server = await startServer({ port: PORT + 3, databasePath: file, logFile: path.join(dir, "server.log") });
    // Fill the disk to the last byte while the server runs (the usual way a disk fills).
    const filler = path.join(mount, "filler");
    const fd = fs.openSync(filler, "w");
    const block = Buffer.alloc(64 * 1024);
    for (let i = 0; i < 10_000; i++) {
      try {
        fs.writeSync(fd, block);
      } catch {
        break;
      }
    }
    for (let size = 32 * 1024; size >= 1; size = Math.floor(size / 2)) {
      try {
        while (fs.writeSync(fd, Buffer.alloc(size)) === size);
      } catch {
        // this size no longer fits; try a smaller one
      }
    }
    fs.closeSync(fd);
    const free = Number(execFileSync("df", ["--output=avail", "-B1", mount]).toString().trim().split("\n").at(-1));
    expect(free).toBe(0);

    const n = await attemptWrites(server.url, prepared, file);
    await expectReadsWork(server.url, prepared);

    // Space back: the same kind of write goes through.
    fs.rmSync(filler);
    const again = await apiJson(server.url, prepared.editor, "POST", "/api/v1/people", { name: `After The Disk Filled ${Date.now()}` });
    expect(again.status, again.text).toBe(201);
    report(
      `full disk: tmpfs filled to 0 bytes free under a running server; ${n} kinds of write answered 503 'unavailable' (the streaming import on its last line), database bytes unchanged; reads 200; after freeing space a write succeeded`,
    );
  } finally {
    await server?.stop();
    // Lazily if something still holds a file there: the mount must not outlive the run.
    try {
      execFileSync("umount", [mount], { stdio: "pipe" });
    } catch {
      execFileSync("umount", ["-l", mount], { stdio: "pipe" });
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
