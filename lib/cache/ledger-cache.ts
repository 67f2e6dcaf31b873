import "server-only";
import { gzipSync } from "node:zlib";
import { getDb, type Db } from "@/db/client";
import { carriesCredentials, type HeaderSource } from "@/lib/auth/request";
import { todayIso } from "@/lib/dates";
import { PRIVATE_CACHE } from "@/lib/http/cache";
import { registerServerHooks } from "@/lib/server-hooks";

/**
 * A version of everything in the database, as cheap as a query can be: SQLite's
 * `data_version` moves when another connection (the import command, a second
 * server) commits, and `total_changes()` moves with every row this connection
 * writes. Any write anywhere changes it; nothing else does.
 */
export function ledgerVersion(db: Db): string {
  // One statement, prepared once per connection: every cached answer pays this check.
  let statement = versionStatements.get(db.$client);
  if (!statement)
    versionStatements.set(
      db.$client,
      (statement = db.$client.prepare("SELECT data_version AS dataVersion, total_changes() AS changes FROM pragma_data_version")),
    );
  const { dataVersion, changes } = statement.get() as { dataVersion: number; changes: number };
  return `${connectionId(db)}.${dataVersion}.${changes}`;
}
const versionStatements = new WeakMap<object, { get(): unknown }>();

// The counters above are per connection: a second connection (tests open many) must never share versions.
const connectionIds = new WeakMap<object, number>();
let nextConnectionId = 1;
function connectionId(db: Db): number {
  let id = connectionIds.get(db.$client);
  if (id === undefined) connectionIds.set(db.$client, (id = nextConnectionId++));
  return id;
}

/** A kept answer: valid while the ledger's version (and the day) is `version`. */
export interface CachedEntry {
  version: string;
  status: number;
  headers: [string, string][];
  body: Uint8Array;
  /** The body gzipped, made on first need by the fast path. */
  gzipped?: Uint8Array;
}

const MAX_ENTRIES = 500;
const MAX_BYTES = 64 * 1024 * 1024;

/** A small LRU of finished public responses, each valid for one ledger version (and one day: heat decays daily). */
export class ResponseCache {
  private entries = new Map<string, CachedEntry>();
  private bytes = 0;

  get(key: string, version: string): CachedEntry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.version !== version) {
      this.bytes -= entry.body.byteLength;
      return undefined;
    }
    this.entries.set(key, entry); // most recently used last
    return entry;
  }

  set(key: string, entry: CachedEntry): void {
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.body.byteLength;
      this.entries.delete(key);
    }
    if (entry.body.byteLength > MAX_BYTES / 8) return;
    this.entries.set(key, entry);
    this.bytes += entry.body.byteLength;
    for (const [k, e] of this.entries) {
      if (this.entries.size <= MAX_ENTRIES && this.bytes <= MAX_BYTES) break;
      this.entries.delete(k);
      this.bytes -= e.body.byteLength;
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}

const globalForCache = globalThis as unknown as { rumorLedgerResponseCache?: ResponseCache };
const cache = (globalForCache.rumorLedgerResponseCache ??= new ResponseCache());

/** Only anonymous requests share answers: anything carrying a credential, in any spelling, is computed for its caller. */
export function isAnonymous(headers: HeaderSource): boolean {
  return !carriesCredentials(headers);
}

function etagMatches(ifNoneMatch: string | null, etag: string | null): boolean {
  if (!ifNoneMatch || !etag) return false;
  const bare = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((t) => t.trim() === "*" || t.trim().replace(/^W\//, "") === bare);
}

/**
 * Serves an anonymous GET from the cache while the ledger is unchanged, else
 * computes it and keeps a 200 for next time. The answer is byte-for-byte what
 * `compute` produced, ETag and all, and a matching If-None-Match gets a 304.
 * Newly published or retracted claims change the ledger version, so the next
 * request recomputes: revalidation on write, not on a timer.
 */
export async function cachedPublicResponse(
  db: Db,
  request: Request,
  today: string,
  compute: (request: Request) => Response | Promise<Response>,
): Promise<Response> {
  if (!isAnonymous(request.headers)) return privately(await compute(request));
  if (request.method !== "GET") return compute(request);
  const url = new URL(request.url);
  const key = `${request.headers.get("host") ?? ""}|${url.pathname}?${url.searchParams.toString()}`;
  const version = `${ledgerVersion(db)}|${today}`;
  const hit = cache.get(key, version);
  if (hit) {
    const headers = new Headers(hit.headers);
    if (etagMatches(request.headers.get("if-none-match"), headers.get("etag"))) {
      headers.delete("content-length");
      return new Response(null, { status: 304, headers });
    }
    return new Response(hit.body.slice(), { status: hit.status, headers });
  }
  // Compute the full answer (without the reader's validators) so that it can be kept, then answer this request.
  const response = await compute(new Request(request.url, { headers: withoutValidators(request.headers) }));
  if (response.status !== 200 || !response.body) return response;
  const body = new Uint8Array(await response.arrayBuffer());
  const entry: CachedEntry = { version, status: 200, headers: [...response.headers.entries()], body };
  cache.set(key, entry);
  const headers = new Headers(entry.headers);
  if (etagMatches(request.headers.get("if-none-match"), headers.get("etag"))) {
    headers.delete("content-length");
    return new Response(null, { status: 304, headers });
  }
  return new Response(body.slice(), { status: 200, headers });
}

/** An answer computed for a caller with a credential is theirs alone: no shared cache may keep it. */
function privately(response: Response): Response {
  if (!/\bpublic\b/.test(response.headers.get("cache-control") ?? "")) return response;
  const headers = new Headers(response.headers);
  headers.set("cache-control", PRIVATE_CACHE);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

function withoutValidators(headers: Headers): Headers {
  const copy = new Headers(headers);
  copy.delete("if-none-match");
  copy.delete("if-modified-since");
  return copy;
}

/** For tests: forget every cached answer and value. */
export function clearResponseCache(): void {
  cache.clear();
  globalForMemo.rumorLedgerMemo?.clear();
}

const MAX_MEMOS = 300;
const globalForMemo = globalThis as unknown as { rumorLedgerMemo?: Map<string, { version: string; value: unknown }> };
const memos = (globalForMemo.rumorLedgerMemo ??= new Map());

/**
 * Computes a value once per ledger version and day (heat decays daily) and
 * keeps it: the pair page's charts, heat and sources cost one version check
 * instead of a pass over every claim of the pair. Any write recomputes it.
 */
export function memoForLedger<T>(db: Db, key: string, today: string, compute: () => T): T {
  const version = `${ledgerVersion(db)}|${today}`;
  const hit = memos.get(key);
  if (hit && hit.version === version) {
    memos.delete(key);
    memos.set(key, hit);
    return hit.value as T;
  }
  const value = compute();
  memos.delete(key);
  memos.set(key, { version, value });
  while (memos.size > MAX_MEMOS) memos.delete(memos.keys().next().value!);
  return value;
}

/**
 * The embed fast path for the app's own HTTP server (server.mjs): a cached,
 * still-current answer for an anonymous GET of /embed/…, or null to let Next
 * handle the request. Embeds are the most requested URLs (one per article
 * view) and a cached one needs no framework at all; the route handler that
 * filled the cache set every header the answer carries (CSP, frame rules,
 * nosniff), so the bytes are exactly what Next would send.
 */
export function embedFromCache(request: {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}): { status: number; headers: [string, string][]; body: Uint8Array | null } | null {
  if (request.method !== "GET" || !request.url?.startsWith("/embed/")) return null;
  const header = (name: string) => {
    const v = request.headers[name];
    return Array.isArray(v) ? v.join(", ") : (v ?? null);
  };
  if (carriesCredentials(request.headers)) return null;
  const url = new URL(request.url, "http://local");
  const key = `${header("host") ?? ""}|${url.pathname}?${url.searchParams.toString()}`;
  const db = getDb();
  const hit = cache.get(key, `${ledgerVersion(db)}|${todayIso()}`);
  if (!hit) return null;
  const headers = hit.headers.filter(([name]) => name !== "content-length" && name !== "vary");
  headers.push(["vary", "Accept-Encoding"]);
  if (etagMatches(header("if-none-match"), new Headers(hit.headers).get("etag"))) return { status: 304, headers, body: null };
  if (/\bgzip\b/.test(header("accept-encoding") ?? "")) {
    hit.gzipped ??= new Uint8Array(gzipSync(hit.body));
    return { status: hit.status, headers: [...headers, ["content-encoding", "gzip"]], body: hit.gzipped };
  }
  return { status: hit.status, headers, body: hit.body };
}

registerServerHooks({ embedFromCache });
