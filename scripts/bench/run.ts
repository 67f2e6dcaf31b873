/**
 * `npm run bench`: measures Rumor Ledger against raw baselines in the same run
 * and prints a table of figure, ours, baseline, ratio and target. Not part of
 * the test suite: timings on a shared machine are reported, never asserted.
 *
 * Builds the app first (`--no-build` to reuse a current .next), then its own
 * data under a temporary folder with the synthetic generator. `--quick` uses
 * small sizes for a smoke run; `--import-only` measures only the import.
 */
import { execFileSync, fork, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { openDatabase } from "../../db/client";
import { insertSynthClaims, insertSynthEntities, synthClaimsCsv, synthLedger, type SynthClaim } from "../../lib/synth";
import { dateInterval } from "../../lib/dates";
import { benchExtract } from "./extract";
import { seedDemo } from "../../lib/seed/demo";
import { benchHeatSeries } from "./heat-series";

const root = path.resolve(import.meta.dirname, "../..");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "rumor-ledger-bench-"));
const quick = process.argv.includes("--quick");
const SIZES = quick
  ? { importClaims: 20_000, bigClaims: 100_000, hotShare: 0.05, pairs: 100, duration: 3 }
  : { importClaims: 200_000, bigClaims: 1_000_000, hotShare: 0.05, pairs: 1000, duration: 10 };
// `--claims=N` sizes the server database; `--pages-only` measures only page times (a smoke run on a small ledger).
const claimsArg = process.argv.find((a) => a.startsWith("--claims="));
if (claimsArg) SIZES.bigClaims = Number(claimsArg.slice("--claims=".length));
const pagesOnly = process.argv.includes("--pages-only");
// `--import-only` measures only the import against raw inserts (no build, no servers).
const importOnly = process.argv.includes("--import-only");

interface Row {
  figure: string;
  ours: string;
  baseline: string;
  ratio: string;
  target: string;
  ok: boolean | null;
}
const rows: Row[] = [];
const DEMO_PAIR = "ana-de-armas--tom-cruise";
const log = (message: string) => console.error(`[bench] ${message}`);

function fmt(n: number, digits = 0) {
  return n.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

function median(values: number[]) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

// ---------------------------------------------------------------- import

function rawInsert(file: string, claims: SynthClaim[]) {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  db.pragma("synchronous = NORMAL");
  const ids = (table: string) =>
    new Map((db.prepare(`SELECT slug, id FROM ${table}`).raw(true).all() as [string, number][]).map(([s, id]) => [s, id]));
  const pairIds = ids("pairs");
  const personIds = ids("people");
  const outletIds = ids("outlets");
  const insertClaim = db.prepare(
    `INSERT INTO claims (pair_id, kind, headline, details, quote, speaker_id, occurred_on, precision, occurred_start, occurred_end, reported_on, place, stance, confidence, status, published_at, version, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  const insertCitation = db.prepare(
    "INSERT INTO citations (claim_id, outlet_id, url, title, published_on, quote, position) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  const insertMention = db.prepare("INSERT OR IGNORE INTO claim_mentions (claim_id, person_id) VALUES (?, ?)");
  const now = new Date().toISOString();
  const started = performance.now();
  db.transaction(() => {
    for (const c of claims) {
      const { start, end } = dateInterval(c.occurredOn);
      const id = Number(
        insertClaim.run(
          pairIds.get(c.pair),
          c.kind,
          c.headline,
          c.details,
          c.quote,
          c.speaker ? personIds.get(c.speaker) : null,
          c.occurredOn,
          c.precision,
          start,
          end,
          c.reportedOn,
          c.place,
          c.stance,
          c.confidence,
          c.status,
          c.status === "published" ? now : null,
          now,
          now,
        ).lastInsertRowid,
      );
      c.citations.forEach((x, i) => insertCitation.run(id, outletIds.get(x.outlet), x.url, x.title, x.publishedOn, x.quote, i));
      for (const m of c.mentions) insertMention.run(id, personIds.get(m));
    }
  })();
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return seconds;
}

function benchImport() {
  log(`import: generating ${fmt(SIZES.importClaims)} synthetic claims`);
  const ledger = synthLedger({ claims: SIZES.importClaims, pairs: 200, seed: 7 });
  const claims = [...ledger.claims];
  const csvFile = path.join(work, "import.csv");
  fs.writeFileSync(csvFile, synthClaimsCsv(claims));
  const prepare = (name: string) => {
    const file = path.join(work, name);
    const db = openDatabase(file);
    insertSynthEntities(db, ledger);
    db.$client.close();
    return file;
  };
  const oursFile = prepare("import-ours.db");
  const rawFile = prepare("import-raw.db");

  log("import: raw prepared statements in one transaction");
  const rawSeconds = rawInsert(rawFile, claims);
  log("import: npm run import (parse, validate, insert with revisions, one transaction)");
  const started = performance.now();
  execFileSync(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", path.join(root, "scripts/import.ts"), csvFile],
    {
      cwd: root,
      env: { ...process.env, DATABASE_PATH: oursFile },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  const oursSeconds = (performance.now() - started) / 1000;
  const count = (file: string) => {
    const db = new Database(file, { readonly: true });
    const n = (db.prepare("SELECT count(*) AS n FROM claims").get() as { n: number }).n;
    db.close();
    return n;
  };
  if (count(oursFile) !== claims.length || count(rawFile) !== claims.length) throw new Error("import benchmark: row counts differ");
  const ours = claims.length / oursSeconds;
  const raw = claims.length / rawSeconds;
  rows.push({
    figure: `import throughput, ${fmt(claims.length)} claims with citations (rows/s)`,
    ours: fmt(ours),
    baseline: fmt(raw),
    ratio: (ours / raw).toFixed(2),
    target: "≥ 0.6",
    ok: ours / raw >= 0.6,
  });
}

// ---------------------------------------------------------------- servers

async function waitForHttp(url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function peakRssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

async function load(url: string, connections = 10, duration = SIZES.duration) {
  const result = await autocannon({ url, connections, duration });
  return { rps: result.requests.average, errors: result.errors + result.timeouts + result.non2xx, p50: result.latency.p50 };
}

async function benchServers() {
  const file = path.join(work, "big.db");
  log(`servers: building a ${fmt(SIZES.bigClaims)}-claim database`);
  const ledger = synthLedger({ claims: SIZES.bigClaims, pairs: SIZES.pairs, seed: 11, hotPairShare: SIZES.hotShare });
  const db = openDatabase(file);
  // The demo pair too (it loads only into an empty ledger, so first): the "same bytes" figures are for its page.
  seedDemo(db);
  insertSynthEntities(db, ledger);
  insertSynthClaims(db, ledger.claims);
  const counts = db.$client
    .prepare(
      "SELECT p.slug, count(*) AS n FROM claims c JOIN pairs p ON p.id = c.pair_id WHERE c.status = 'published' GROUP BY p.id ORDER BY n DESC",
    )
    .all() as { slug: string; n: number }[];
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.close();
  const hot = counts[0];
  const typical = counts.reduce((best, c) => (Math.abs(c.n - 1000) < Math.abs(best.n - 1000) ? c : best), counts[counts.length - 1]);
  log(`servers: hot pair ${hot.slug} has ${fmt(hot.n)} published claims; typical ${typical.slug} has ${fmt(typical.n)}`);

  // BENCH_PORT (and the next one, for the raw baseline) when 3900–3901 are taken.
  const port = Number(process.env.BENCH_PORT ?? 3900);
  const server: ChildProcess = spawn(process.execPath, [path.join(root, "server.mjs"), "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, DATABASE_PATH: file, RUMOR_LEDGER_DEMO: "0", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  let raw: ChildProcess | null = null;
  try {
    await waitForHttp(`${base}/how-we-grade`);

    // Page server time: the median of 12 requests after 3 warm-ups; the first (cold) request is reported apart.
    const timed = async (pagePath: string) => {
      const times: number[] = [];
      for (let i = 0; i < 15; i++) {
        const started = performance.now();
        const res = await fetch(`${base}${pagePath}`);
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`${pagePath} answered ${res.status}`);
        times.push(performance.now() - started);
      }
      return { first: times[0], median: median(times.slice(3)) };
    };
    const pageTime = async (slug: string) => (await timed(`/pairs/${slug}`)).median;
    const small = await pageTime(typical.slug);
    const large = await pageTime(hot.slug);
    rows.push({
      figure: `pair page median server time, ${fmt(typical.n)} vs ${fmt(hot.n)} claims (${fmt(SIZES.bigClaims)}-claim db)`,
      ours: `${fmt(large, 1)} ms`,
      baseline: `${fmt(small, 1)} ms`,
      ratio: `${(large / small).toFixed(2)}× growth`,
      target: "≤ 1.5×",
      ok: large / small <= 1.5,
    });

    // Keeping score: an outlet page (track record) and /how-we-grade (the desk's calibration) against the hot pair page.
    for (const pagePath of ["/outlets/synth-outlet-0", "/how-we-grade"]) {
      const t = await timed(pagePath);
      rows.push({
        figure: `${pagePath} median server time (first request ${fmt(t.first, 0)} ms), ${fmt(SIZES.bigClaims)}-claim db`,
        ours: `${fmt(t.median, 1)} ms`,
        baseline: `${fmt(large, 1)} ms (hot pair page)`,
        ratio: (t.median / large).toFixed(2),
        target: "≤ 1.0",
        ok: t.median <= large,
      });
    }
    if (pagesOnly) return;

    // Raw baseline server, fed the same embed bytes our server produces.
    const embedPath = `/embed/pairs/${typical.slug}/heat`;
    const embedRes = await fetch(`${base}${embedPath}`);
    const embedFile = path.join(work, "embed.html");
    fs.writeFileSync(embedFile, Buffer.from(await embedRes.arrayBuffer()));
    // "Same bytes": what our server answers an anonymous reader, written to files for the raw server to send.
    const sameBytes = [
      { label: `demo pair page /pairs/${DEMO_PAIR}`, path: `/pairs/${DEMO_PAIR}`, ext: "html" },
      { label: "home page /", path: "/", ext: "html" },
      { label: `claims API /api/v1/pairs/${DEMO_PAIR}/claims?limit=200`, path: `/api/v1/pairs/${DEMO_PAIR}/claims?limit=200`, ext: "json" },
    ];
    const byteFiles: string[] = [];
    for (const [i, s] of sameBytes.entries()) {
      await fetch(`${base}${s.path}`).then((r) => r.arrayBuffer());
      const res = await fetch(`${base}${s.path}`, { headers: { "accept-encoding": "identity" } });
      if (res.status !== 200) throw new Error(`${s.path} answered ${res.status}`);
      byteFiles.push(path.join(work, `same-${i}.${s.ext}`));
      fs.writeFileSync(byteFiles[i], Buffer.from(await res.arrayBuffer()));
    }
    const rawPort = port + 1;
    raw = fork(path.join(root, "scripts/bench/raw-server.mjs"), [file, String(rawPort), embedFile, ...byteFiles], {
      stdio: ["ignore", "ignore", "inherit", "ipc"],
    });
    await new Promise((resolve) => raw!.once("message", resolve));

    const apiPath = `/api/v1/pairs/${typical.slug}/claims?limit=200`;
    const apiCheck = await fetch(`${base}${apiPath}`);
    if (apiCheck.status !== 200) throw new Error(`${apiPath} answered ${apiCheck.status}`);
    log("servers: read API vs raw node:http");
    const oursApi = await load(`${base}${apiPath}`);
    const rawApi = await load(`http://127.0.0.1:${rawPort}/claims?pair=${typical.slug}`);
    rows.push({
      figure: "read API, one pair's claims as JSON (200 rows), req/s",
      ours: fmt(oursApi.rps),
      baseline: fmt(rawApi.rps),
      ratio: (oursApi.rps / rawApi.rps).toFixed(2),
      target: "≥ 0.5",
      ok: oursApi.rps / rawApi.rps >= 0.5 && oursApi.errors === 0,
    });

    if (embedRes.status === 200) {
      log("servers: embed vs raw bytes");
      const oursEmbed = await load(`${base}${embedPath}`);
      const rawEmbed = await load(`http://127.0.0.1:${rawPort}/embed`);
      rows.push({
        figure: "embed page (heat), req/s",
        ours: fmt(oursEmbed.rps),
        baseline: fmt(rawEmbed.rps),
        ratio: (oursEmbed.rps / rawEmbed.rps).toFixed(2),
        target: "≥ 0.5",
        ok: oursEmbed.rps / rawEmbed.rps >= 0.5 && oursEmbed.errors === 0,
      });
    } else {
      rows.push({
        figure: "embed page (heat), req/s",
        ours: `HTTP ${embedRes.status}`,
        baseline: "—",
        ratio: "—",
        target: "≥ 0.5",
        ok: false,
      });
    }

    for (const [i, s] of sameBytes.entries()) {
      log(`servers: same bytes, ${s.label}`);
      // Side by side on a shared machine: five short alternating rounds, so both see the same background load; the median round counts.
      const load1 = os.loadavg()[0];
      const rounds: { ours: number; raw: number; errors: number }[] = [];
      for (let round = 0; round < 5; round++) {
        const ours = await load(`${base}${s.path}`, 10, Math.max(2, Math.round(SIZES.duration / 3)));
        const rawBytes = await load(`http://127.0.0.1:${rawPort}/bytes/${i}`, 10, Math.max(2, Math.round(SIZES.duration / 3)));
        rounds.push({ ours: ours.rps, raw: rawBytes.rps, errors: ours.errors });
      }
      const mid = [...rounds].sort((a, b) => a.ours / a.raw - b.ours / b.raw)[2];
      const size = fs.statSync(byteFiles[i]).size;
      rows.push({
        figure: `same bytes: ${s.label} (${fmt(size / 1024)} KB), req/s, median of 5 alternating rounds [load avg ${load1.toFixed(1)} → ${os.loadavg()[0].toFixed(1)}]`,
        ours: fmt(mid.ours),
        baseline: fmt(mid.raw),
        ratio: `${(mid.ours / mid.raw).toFixed(2)} (rounds ${rounds.map((r) => (r.ours / r.raw).toFixed(2)).join(", ")})`,
        target: "≥ 0.5",
        ok: mid.ours / mid.raw >= 0.5 && rounds.every((r) => r.errors === 0),
      });
    }

    log("servers: mixed read load for memory");
    await Promise.all([load(`${base}/pairs/${hot.slug}`, 5), load(`${base}${apiPath}`, 5), load(`${base}${embedPath}`, 5)]);
    rows.push({
      figure: "server peak RSS after all read loads",
      ours: `${fmt(peakRssMb(server.pid!))} MB`,
      baseline: "—",
      ratio: "—",
      target: "report",
      ok: null,
    });
  } finally {
    raw?.kill();
    server.kill();
  }
}

// ---------------------------------------------------------------- main

async function main() {
  // Measure the code as it is: build unless told the build is current.
  if (!importOnly && (!process.argv.includes("--no-build") || !fs.existsSync(path.join(root, ".next/BUILD_ID")))) {
    log("running next build");
    execFileSync("npx", ["next", "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  }
  try {
    if (importOnly) benchImport();
    else if (!pagesOnly) {
      rows.push(benchHeatSeries(quick ? 10_000 : 50_000));
      rows.push(benchExtract());
      benchImport();
    }
    if (!importOnly) await benchServers();
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  const header = "| figure | ours | baseline (same run) | ratio | target | met |";
  const rule = "|---|---|---|---|---|---|";
  const lines = rows.map(
    (r) => `| ${r.figure} | ${r.ours} | ${r.baseline} | ${r.ratio} | ${r.target} | ${r.ok === null ? "—" : r.ok ? "yes" : "NO"} |`,
  );
  const loadavg = os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(" / ");
  console.log(
    [
      `Rumor Ledger benchmark, ${new Date().toISOString().slice(0, 16)}Z, ${os.cpus().length} cores, Node ${process.version}${quick ? " (quick sizes)" : ""}, load average ${loadavg} (1/5/15 min) at the end`,
      "",
      header,
      rule,
      ...lines,
    ].join("\n"),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
