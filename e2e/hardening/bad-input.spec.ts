import { expect, test } from "@playwright/test";
import http from "node:http";
import fc from "fast-check";
import { CLAIM_KINDS, CONFIDENCE_LEVELS, DATE_PRECISIONS, OUTLET_GRADES, PAIR_STATUSES, STANCES } from "../../db/enums";
import { mutatingRoutes, type RouteExport } from "./support/code-scan";
import { report, suiteEnv } from "./support/env";
import { hugeString, invalidDate, junk, mutatedObject, notAJsonObject, pathParam, weirdString } from "./support/fuzz-arbitraries";
import { apiJson, DEMO_ADMIN, type HttpResult, jsonOf, ownPair, request, sessionHeaders, signIn } from "./support/http";
import { contentSha256, dataVersion, openLedger, snapshotSha256 } from "./support/ledger";

/**
 * Property-based fuzzing of every write endpoint over HTTP. The endpoints come
 * from the source (every POST/PUT/PATCH/DELETE route under app/), so a new one
 * is fuzzed too (with generic junk until it gets its own model). Each payload:
 * no 5xx, a JSON error with code and message when refused, and — measured after
 * every refused payload — not one commit to the database (PRAGMA data_version),
 * confirmed by a byte-for-byte SHA-256 of a VACUUM INTO snapshot every
 * SNAPSHOT_EVERY refusals and at the end of each endpoint.
 */

const TOTAL_PAYLOADS = Number(process.env.HARDENING_FUZZ_PAYLOADS ?? 10_500);
const SEED = Number(process.env.HARDENING_SEED ?? 20260525);
const SNAPSHOT_EVERY = 100;
/** The API's JSON body limit (lib/http/api.ts MAX_JSON_BYTES). */
const BODY_LIMIT = 256 * 1024;

interface FuzzRequest {
  path: string;
  body?: Buffer;
  contentType?: string;
  /** Send the body chunked, with no declared length (the server must count as it reads). */
  chunked?: boolean;
}

interface Model {
  arbitrary: fc.Arbitrary<FuzzRequest>;
  /** Which credentials to send: the admin's session (so refusals are about the input, not the caller), none, or a cookie nobody issued. */
  auth: "admin" | "none" | "junk-cookie";
  /** Did the server take it? Default: any 2xx. */
  accepted?: (result: HttpResult) => boolean;
  /** Tables a refused payload may legitimately write (a failed sign-in is counted for throttling). */
  refusalMayWrite?: string[];
}

const CONTENT_TYPES = [
  "application/json",
  "application/json",
  "application/json",
  "application/json; charset=utf-16",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "",
];
const contentType = fc.constantFrom(...CONTENT_TYPES);

/** Serializes a generated body: mostly JSON (lone surrogates escaped as \\udXXX), sometimes bytes that are not an object at all. */
function body(object: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<{ body: Buffer; contentType: string; chunked: boolean }> {
  return fc
    .tuple(
      fc.oneof(
        { weight: 4, arbitrary: object.map((o) => Buffer.from(JSON.stringify(o), "utf8")) },
        { weight: 1, arbitrary: notAJsonObject },
      ),
      contentType,
      fc.boolean(),
    )
    .map(([b, ct, chunked]) => ({ body: b, contentType: ct, chunked }));
}

const text = (max: number) =>
  fc.oneof(
    fc.string({ minLength: 1, maxLength: max }),
    weirdString.filter((s) => s.length > 0),
  );
const anyDate = fc.oneof(invalidDate, fc.constantFrom("2025-06-05", "2025-06", "2024", "1999-12-31"));
const url = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    "javascript:alert(1)",
    "data:text/html,x",
    "ftp://x.example/",
    "//evil.example/",
    "https://",
    "http://[::1",
    "https://exa mple.com/",
    "https://example.com/" + "a".repeat(2100),
  ),
);

interface Targets {
  /** The fuzz's own pair (any accepted claim lands there, not on the demo pair). */
  pair: string;
  people: string[];
  outlets: string[];
  claims: string[];
  versions: number[];
}

function models(t: Targets): Record<string, Model> {
  const personSlug = fc.oneof(fc.constantFrom(...t.people), fc.constantFrom("no-such-person", "a", "x--y", "Ana De Armas", ""));
  const outletSlug = fc.oneof(fc.constantFrom(...t.outlets), fc.constantFrom("no-such-outlet", "VARIETY", "variety ", ""));
  const pairSlug = fc.oneof(
    fc.constant(t.pair),
    fc.constantFrom(t.pair.split("--").reverse().join("--"), "nobody--no-one", "ana-de-armas--ana-de-armas", "ana-de-armas", "a--b--c", ""),
  );
  const version = fc.oneof(fc.constantFrom(...t.versions), fc.integer({ min: -2, max: 10 }));
  const citation = mutatedObject({ outlet: outletSlug, url, title: text(300), publishedOn: anyDate, quote: text(100) }, ["outlet"]);
  const claimFields = {
    pair: pairSlug,
    kind: fc.constantFrom(...CLAIM_KINDS, "rumour", "SIGHTING"),
    headline: text(200),
    details: text(500),
    quote: text(200),
    speaker: personSlug,
    occurredOn: anyDate,
    precision: fc.constantFrom(...DATE_PRECISIONS, "week"),
    reportedOn: anyDate,
    place: text(120),
    stance: fc.constantFrom(...STANCES, "against"),
    confidence: fc.constantFrom(...CONFIDENCE_LEVELS, "certain"),
    status: fc.constantFrom("draft", "published", "retracted", "deleted"),
    mentions: fc.array(personSlug, { maxLength: 3 }),
    citations: fc.array(citation, { maxLength: 3 }),
    reason: text(100),
  };
  const claimPath = (suffix: string) => pathParam(t.claims, ["999999999", "123456789012345"]).map((id) => `/api/v1/claims/${id}${suffix}`);
  const withPath = (path: fc.Arbitrary<string>, object: fc.Arbitrary<Record<string, unknown>>) =>
    fc.tuple(path, body(object)).map(([p, b]) => ({ path: p, ...b }));
  const fixed = (p: string, object: fc.Arbitrary<Record<string, unknown>>) => withPath(fc.constant(p), object);

  const importFile = fc.oneof(
    // JSON arrays of mutated claims (valid ones are rare: they need every field right and a new headline).
    fc
      .array(mutatedObject(claimFields, ["pair", "kind", "headline"]), { minLength: 1, maxLength: 3 })
      .map((rows) => ({ body: Buffer.from(JSON.stringify(rows)), name: "claims.json" })),
    // CSV with the real header and junk cells, or junk for the whole file.
    fc
      .array(
        fc.array(
          fc.oneof(
            weirdString,
            invalidDate,
            fc.constantFrom(t.pair, "sighting", "day", "supports", "likely", "published", '"', '""', "\n"),
          ),
          { minLength: 3, maxLength: 19 },
        ),
        { minLength: 1, maxLength: 3 },
      )
      .map((rows) => ({
        body: Buffer.from(
          [
            "pair,kind,headline,details,quote,speaker,occurredOn,precision,reportedOn,place,stance,confidence,status,mentions,citation_outlet,citation_url,citation_title,citation_publishedOn,citation_quote",
            ...rows.map((r) => r.join(",")),
          ].join("\n"),
        ),
        name: "claims.csv",
      })),
    notAJsonObject.map((b) => ({ body: b, name: "upload.bin" })),
    hugeString.map((s) => ({ body: Buffer.from(s), name: "big.csv" })),
  );

  return {
    "POST /api/v1/people": {
      auth: "admin",
      arbitrary: fixed(
        "/api/v1/people",
        mutatedObject({ name: text(120), aliases: fc.array(text(120), { maxLength: 3 }), description: text(300) }, ["name"]),
      ),
    },
    "POST /api/v1/pairs": {
      auth: "admin",
      arbitrary: fixed(
        "/api/v1/pairs",
        mutatedObject({ people: fc.tuple(personSlug, personSlug), status: fc.constantFrom(...PAIR_STATUSES, "married") }, ["people"]),
      ),
    },
    "POST /api/v1/outlets": {
      auth: "admin",
      arbitrary: fixed(
        "/api/v1/outlets",
        mutatedObject({ name: text(120), url, grade: fc.constantFrom(...OUTLET_GRADES, "G", "a", "") }, ["name", "grade"]),
      ),
    },
    "PATCH /api/v1/outlets/[slug]": {
      auth: "admin",
      arbitrary: withPath(
        pathParam(t.outlets, ["no-such-outlet"]).map((s) => `/api/v1/outlets/${s}`),
        mutatedObject({ name: text(120), url, grade: fc.constantFrom(...OUTLET_GRADES, "Z") }),
      ),
    },
    "POST /api/v1/claims": {
      auth: "admin",
      arbitrary: fixed(
        "/api/v1/claims",
        mutatedObject(claimFields, ["pair", "kind", "headline", "occurredOn", "precision", "stance", "confidence"]),
      ),
    },
    "PATCH /api/v1/claims/[id]": {
      auth: "admin",
      arbitrary: withPath(
        claimPath(""),
        mutatedObject({ version, ...Object.fromEntries(Object.entries(claimFields).filter(([k]) => k !== "pair" && k !== "status")) }, [
          "version",
        ]),
      ),
    },
    "POST /api/v1/claims/[id]/publish": {
      auth: "admin",
      arbitrary: withPath(claimPath("/publish"), mutatedObject({ version, reason: text(100) }, ["version"])),
    },
    "POST /api/v1/claims/[id]/retract": {
      auth: "admin",
      arbitrary: withPath(claimPath("/retract"), mutatedObject({ version, correction: text(300) }, ["version", "correction"])),
    },
    "POST /api/v1/claims/[id]/discard": {
      auth: "admin",
      arbitrary: withPath(claimPath("/discard"), mutatedObject({ version }, ["version"])),
    },
    "POST /api/v1/claims/[id]/settle": {
      auth: "admin",
      arbitrary: withPath(
        claimPath("/settle"),
        mutatedObject(
          {
            version,
            outcome: fc.constantFrom("borne-out", "shown-false", "true", "BORNE-OUT", ""),
            settledOn: anyDate,
            reason: text(300),
            citations: fc.array(citation, { maxLength: 3 }),
          },
          ["version", "outcome", "settledOn", "reason", "citations"],
        ),
      ),
    },
    "POST /api/v1/claims/[id]/unsettle": {
      auth: "admin",
      arbitrary: withPath(claimPath("/unsettle"), mutatedObject({ version, reason: text(300) }, ["version", "reason"])),
    },
    "POST /api/v1/import": {
      auth: "admin",
      arbitrary: fc
        .tuple(importFile, fc.constantFrom("", "?dryRun=1", "?dryRun=0", "?format=csv", "?format=json", "?format=xml&dryRun=true"))
        .map(([f, q]) => ({
          path: `/api/v1/import${q}${q ? "&" : "?"}name=${encodeURIComponent(f.name)}`,
          body: f.body,
          contentType: "application/octet-stream",
        })),
      // The import answers 200 and streams; it took the file only if its last line reports inserted rows.
      accepted: (r) => r.status === 200 && (lastLine(r)?.report?.inserted ?? 0) > 0,
    },
    "POST /api/v1/session": {
      auth: "none",
      // Never the demo accounts' e-mails: enough wrong passwords would lock them out for the other specs.
      arbitrary: fixed(
        "/api/v1/session",
        mutatedObject(
          {
            email: fc.oneof(fc.emailAddress(), fc.constantFrom("nobody@demo.test", "EDITOR@demo.test ".replace("EDITOR", "no-one"))),
            password: text(64),
          },
          ["email", "password"],
        ),
      ),
      refusalMayWrite: ["login_attempts"],
    },
    "DELETE /api/v1/session": { auth: "junk-cookie", arbitrary: fixed("/api/v1/session", mutatedObject({ everything: junk })) },
    "POST /api/v1/tokens": { auth: "admin", arbitrary: fixed("/api/v1/tokens", mutatedObject({ name: text(80) }, ["name"])) },
    "DELETE /api/v1/tokens/[id]": {
      auth: "admin",
      arbitrary: withPath(
        pathParam(["999999999"], ["0", "123456789"]).map((id) => `/api/v1/tokens/${id}`),
        mutatedObject({}),
      ),
    },
  };
}

/** The last JSON line of a streamed (NDJSON) answer. */
function lastLine(r: HttpResult): { report?: { inserted: number }; error?: { code: string } } | null {
  const line = r.text.trim().split("\n").at(-1);
  try {
    return line ? JSON.parse(line) : null;
  } catch {
    return null;
  }
}

/** Fallback for a mutating route with no model yet: junk bodies, and junk or unknown path params. */
function genericModel(route: RouteExport): Model {
  const path = fc.array(pathParam(["1"], ["999999999", "no-such-thing"]), { minLength: 3, maxLength: 3 }).map((params) => {
    let i = 0;
    return route.pattern.replace(/\[\.{0,3}\w+\]/g, () => params[i++ % 3]);
  });
  return {
    auth: "admin",
    arbitrary: fc.tuple(path, body(mutatedObject({ a: junk, b: junk, id: junk, name: junk }))).map(([p, b]) => ({ path: p, ...b })),
  };
}

const oneShot = new http.Agent({ keepAlive: false });

/** A plain assertion for the hot loop (Playwright's expect records a step per call, which adds up over 10,000 payloads). */
function check(condition: boolean, message: () => string): void {
  if (!condition) throw new Error(message());
}

const LEAK = /\bat [\w.<>$]+ \(|node_modules|\.tsx?:\d+|SqliteError|SQLITE_|\bSELECT\b.+\bFROM\b|\bINSERT INTO\b|\bUPDATE \w+ SET\b/;

test("fuzzing every write endpoint: no 5xx, and every refused payload leaves the database byte-for-byte unchanged", async () => {
  test.setTimeout(600_000);
  const { baseUrl, databasePath } = suiteEnv();
  const admin = await signIn(baseUrl, DEMO_ADMIN, "198.51.100.10");
  const db = openLedger(databasePath, { readonly: true });

  // Targets the payloads aim at: real people, outlets and claims in every state (drafts, published).
  const people = (db.prepare("SELECT slug FROM people ORDER BY id LIMIT 6").all() as { slug: string }[]).map((r) => r.slug);
  const outlets = (db.prepare("SELECT slug FROM outlets ORDER BY id LIMIT 4").all() as { slug: string }[]).map((r) => r.slug);
  const claims: string[] = [];
  const pair = await ownPair(baseUrl, admin, "Fuzz");
  for (const status of ["draft", "draft", "draft", "published", "published"]) {
    const r = await apiJson(baseUrl, admin, "POST", "/api/v1/claims", {
      pair,
      kind: "report",
      headline: `Fuzz target ${status} ${claims.length} ${Date.now()}`,
      occurredOn: "2025-06",
      precision: "month",
      stance: "neutral",
      confidence: "speculative",
      status,
      citations: [{ outlet: outlets[0], url: "https://example.com/fuzz" }],
    });
    expect(r.status, r.text).toBe(201);
    claims.push(String(jsonOf<{ id: number }>(r).id));
  }
  const table = models({ pair, people, outlets, claims, versions: [1, 2, 3] });

  const routes = mutatingRoutes();
  expect(routes.length).toBeGreaterThan(0);
  const perRoute = Math.ceil(TOTAL_PAYLOADS / routes.length);
  const junkCookie = fc.sample(fc.oneof(weirdString, fc.constantFrom("x", "0".repeat(64))), { numRuns: 1, seed: SEED })[0];

  let total = 0;
  let refused = 0;
  let snapshots = 0;
  const statuses: Record<number, number> = {};
  const started = Date.now();
  for (const route of routes) {
    const key = `${route.method} ${route.pattern}`;
    const model = table[key] ?? genericModel(route);
    if (!table[key]) report(`fuzz: ${key} has no model of its own yet; fuzzing it with generic junk`);
    const samples = fc.sample(model.arbitrary, { numRuns: perRoute, seed: SEED + total });
    const measure = model.refusalMayWrite ? () => contentSha256(db, model.refusalMayWrite) : () => snapshotSha256(db);
    let baseline = measure();
    let refusedSinceSnapshot = 0;
    let routeRefused = 0;
    const routeStarted = Date.now();
    const routeStatuses: Record<number, number> = {};
    for (const sample of samples) {
      const headers: Record<string, string> =
        model.auth === "admin"
          ? sessionHeaders(baseUrl, admin)
          : model.auth === "junk-cookie"
            ? { cookie: `rl_session=${encodeURIComponent(junkCookie)}` }
            : {};
      if (sample.contentType) headers["content-type"] = sample.contentType;
      if (sample.chunked) headers["transfer-encoding"] = "chunked";
      // Sign-in attempts come from their own documentation-range address, apart from every other spec's sign-ins.
      if (key === "POST /api/v1/session") headers["x-forwarded-for"] = `203.0.113.${total % 250}`;
      const version = dataVersion(db);
      const where = () =>
        `${route.method} ${sample.path.slice(0, 120)} with ${sample.body?.length ?? 0} bytes ${(sample.body ?? Buffer.alloc(0)).subarray(0, 160).toString("utf8")}`;
      // A body past the limit goes on a connection of its own: the server closes it after answering 413.
      const agent = (sample.body?.length ?? 0) > BODY_LIMIT ? oneShot : undefined;
      const result = await request(baseUrl, { method: route.method, path: sample.path, headers, body: sample.body, agent }).catch(
        (error: NodeJS.ErrnoException): HttpResult => {
          // A body past the limit is answered 413 at once and the connection closed while the client
          // may still be sending; Node's client then reports a reset instead of the answer. That is a refusal.
          if ((error.code === "ECONNRESET" || error.code === "EPIPE") && (sample.body?.length ?? 0) > BODY_LIMIT)
            return { status: 0, headers: {}, body: Buffer.alloc(0), text: "" };
          throw new Error(`${error.message} for ${where()}`);
        },
      );
      total++;
      statuses[result.status] = (statuses[result.status] ?? 0) + 1;
      routeStatuses[result.status] = (routeStatuses[result.status] ?? 0) + 1;
      check(result.status < 500, () => `${result.status} for ${where()}: ${result.text.slice(0, 300)}`);
      check(!LEAK.test(result.text), () => `internals leaked for ${where()}: ${result.text.slice(0, 300)}`);
      if (key === "POST /api/v1/import" && result.status === 200)
        check(lastLine(result)?.error?.code !== "internal", () => `import failed on the server for ${where()}`);
      const accepted = (model.accepted ?? ((r: HttpResult) => r.status < 300))(result);
      if (accepted) {
        // Only a commit can change the bytes: re-measure only when one happened.
        if (dataVersion(db) !== version) baseline = measure();
        continue;
      }
      refused++;
      routeRefused++;
      if (result.status >= 400 && /json/.test(String(result.headers["content-type"]))) {
        const error = jsonOf<{ error?: { code?: unknown; message?: unknown } }>(result).error;
        check(
          typeof error?.code === "string" && typeof error?.message === "string",
          () => `error shape for ${where()}: ${result.text.slice(0, 200)}`,
        );
      }
      if (!model.refusalMayWrite) check(dataVersion(db) === version, () => `a refused payload committed a change: ${where()}`);
      if (++refusedSinceSnapshot >= SNAPSHOT_EVERY) {
        refusedSinceSnapshot = 0;
        snapshots++;
        check(measure() === baseline, () => `database bytes changed by refused payloads on ${key}`);
      }
    }
    snapshots++;
    expect(measure(), `database changed by refused payloads on ${key}`).toBe(baseline);
    report(
      `fuzz: ${key}: ${samples.length} payloads, ${routeRefused} refused, statuses ${JSON.stringify(routeStatuses)}, ${((Date.now() - routeStarted) / 1000).toFixed(1)} s`,
    );
  }
  db.close();
  const seconds = (Date.now() - started) / 1000;
  report(
    `fuzz: ${total} payloads over ${routes.length} endpoints in ${seconds.toFixed(1)} s (${Math.round(total / seconds)}/s), ${refused} refused, ${total - refused} accepted; ${snapshots} byte-for-byte snapshots; seed ${SEED}`,
  );
  report(`fuzz: statuses ${JSON.stringify(statuses)}`);
  expect(total).toBeGreaterThanOrEqual(10_000);
  expect(refused).toBeGreaterThan(total * 0.6);
});
