import "server-only";
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { getDb } from "@/db/client";
import { todayIso } from "@/lib/dates";
import { etagFor, matchesIfNoneMatch, PUBLIC_CACHE } from "@/lib/http/cache";
import { isAnonymous, ledgerVersion, ResponseCache, type CachedEntry } from "./ledger-cache";
import { registerServerHooks } from "@/lib/server-hooks";
import { policyNonce, sharePage } from "./shared-page";

/**
 * The page and API front of server.mjs: an anonymous GET of a reader page, a
 * feed or the read API is answered from memory while the ledger is unchanged
 * (same version, same day), without a render and without entering Next. The
 * first request of a version renders once through Next (a loopback request
 * with no credentials, so never a draft), and the answer is kept: a page gets
 * a hash-based CSP instead of its render's nonce (see sharePage), a shared
 * Cache-Control and a strong ETag of its bytes; the API and feeds are kept
 * only when their route made them public. Requests with a credential, client
 * navigations (RSC), HEADs and everything else go straight to Next.
 */

/** The reader pages whose anonymous render is the same for everyone. */
const SHARED_PAGE = /^\/(?:|pairs\/[^/]+|people\/[^/]+|claims\/[^/]+|outlets(?:\/[^/]+)?|how-we-grade|search)$/;
/** Feeds, the read API and the pages' chart data and images: kept only when the route itself answered `public`. */
const SHARED_FILE =
  /^\/(?:feed\.xml|pairs\/[^/]+\/(?:feed\.xml|charts\.json|charts\/[a-z]+\.svg)|outlets\/[^/]+\/reliability\.svg|how-we-grade\/calibration\.svg|api\/v1\/.+)$/;
/** Marks the front's own render request, which Next must answer (never the front again). */
export const RENDER_HEADER = "x-rumor-ledger-render";
/** Headers of a render that belong to its connection, not to the answer kept. */
const HOP = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "x-rumor-ledger-front",
]);

const globalForFront = globalThis as unknown as {
  rumorLedgerFrontCache?: ResponseCache;
  rumorLedgerFrontRenders?: Map<string, Promise<Rendered>>;
};
const cache = (globalForFront.rumorLedgerFrontCache ??= new ResponseCache());
/** One render per key and version however many readers ask at once. */
const renders = (globalForFront.rumorLedgerFrontRenders ??= new Map<string, Promise<Rendered>>());

type NodeRequest = Pick<IncomingMessage, "method" | "url" | "headers">;
interface Captured {
  status: number;
  headers: [string, string][];
  body: Uint8Array;
}
interface Rendered {
  captured: Captured;
  entry: CachedEntry | null;
}

const header = (headers: IncomingHttpHeaders, name: string): string | null => {
  const v = headers[name];
  return Array.isArray(v) ? v.join(", ") : (v ?? null);
};

/** The cache key of a request the front may answer, or null when it is Next's to answer. */
export function frontKey(req: NodeRequest): string | null {
  if (req.method !== "GET" || !req.url?.startsWith("/")) return null;
  const h = req.headers;
  if (h[RENDER_HEADER] || h.rsc || h["next-action"] || h["next-router-prefetch"] || h["next-router-state-tree"]) return null;
  if (!isAnonymous(h)) return null;
  let url: URL;
  try {
    url = new URL(req.url, "http://front.invalid");
  } catch {
    return null;
  }
  if (url.searchParams.has("_rsc") || !(SHARED_PAGE.test(url.pathname) || SHARED_FILE.test(url.pathname))) return null;
  // Pages build absolute links from the forwarded host and scheme when PUBLIC_BASE_URL is unset.
  const origin = `${header(h, "x-forwarded-proto") ?? ""}|${header(h, "x-forwarded-host") ?? ""}|${header(h, "host") ?? ""}`;
  return `${origin}|${url.pathname}?${url.searchParams.toString()}`;
}

/**
 * Decides whether a render may be shared and, if so, the entry to keep: a 200
 * without cookies, either a reader page (re-policed with hashes, made public)
 * or a feed/API answer its route already made public.
 */
export function shareableEntry(pathname: string, version: string, captured: Captured): CachedEntry | null {
  if (captured.status !== 200) return null;
  const headers = new Headers(captured.headers);
  if (headers.has("set-cookie")) return null;
  let body = captured.body;
  if (SHARED_PAGE.test(pathname)) {
    const nonce = policyNonce(headers.get("content-security-policy"));
    if (!nonce || !/^text\/html/.test(headers.get("content-type") ?? "")) return null;
    const shared = sharePage(Buffer.from(body).toString("utf8"), nonce);
    body = new Uint8Array(Buffer.from(shared.html, "utf8"));
    headers.set("content-security-policy", shared.policy);
    headers.set("cache-control", PUBLIC_CACHE);
    headers.set("etag", etagFor(body));
  } else {
    if (!/\bpublic\b/.test(headers.get("cache-control") ?? "")) return null;
    if (!headers.has("etag")) headers.set("etag", etagFor(body));
  }
  const vary = headers.get("vary");
  if (!/accept-encoding/i.test(vary ?? "")) headers.set("vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
  const kept = [...headers.entries()].filter(([name]) => !HOP.has(name));
  return { version, status: 200, headers: kept, body };
}

function write(res: ServerResponse, req: NodeRequest, entry: CachedEntry, state: "hit" | "miss"): void {
  const headers: [string, string][] = [...entry.headers, ["x-rumor-ledger-front", state]];
  const etag = entry.headers.find(([name]) => name === "etag")?.[1];
  if (etag && matchesIfNoneMatch(header(req.headers, "if-none-match"), etag)) {
    res.writeHead(304, headers.flat());
    res.end();
    return;
  }
  if (entry.body.byteLength > 1024 && /\bgzip\b/.test(header(req.headers, "accept-encoding") ?? "")) {
    entry.gzipped ??= new Uint8Array(gzipSync(entry.body));
    res.writeHead(entry.status, [...headers, ["content-encoding", "gzip"], ["content-length", String(entry.gzipped.byteLength)]].flat());
    res.end(entry.gzipped);
    return;
  }
  res.writeHead(entry.status, [...headers, ["content-length", String(entry.body.byteLength)]].flat());
  res.end(entry.body);
}

/** Renders the request through Next on this same server, as an anonymous reader, uncompressed. */
function render(req: NodeRequest, origin: { address: string; port: number }): Promise<Captured> {
  const headers: Record<string, string> = { accept: "*/*", "accept-encoding": "identity", [RENDER_HEADER]: "1" };
  for (const name of ["host", "x-forwarded-host", "x-forwarded-proto"]) {
    const v = header(req.headers, name);
    if (v) headers[name] = v;
  }
  const address = origin.address === "0.0.0.0" || origin.address === "::" ? "127.0.0.1" : origin.address;
  return new Promise((resolve, reject) => {
    const r = http.request({ host: address, port: origin.port, path: req.url, method: "GET", headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("error", reject);
      res.on("end", () => {
        const out: [string, string][] = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) out.push([res.rawHeaders[i].toLowerCase(), res.rawHeaders[i + 1]]);
        resolve({ status: res.statusCode ?? 502, headers: out, body: new Uint8Array(Buffer.concat(chunks)) });
      });
    });
    r.on("error", reject);
    r.end();
  });
}

/**
 * server.mjs's page front (see the module comment): answers `req` itself, or
 * calls `next()` to let Next answer it. Any failure of the front falls back to Next.
 */
export function serveFromFront(
  req: IncomingMessage,
  res: ServerResponse,
  origin: { address: string; port: number },
  next: () => void,
): void {
  const key = frontKey(req);
  if (!key) return next();
  const version = `${ledgerVersion(getDb())}|${todayIso()}`;
  const hit = cache.get(key, version);
  if (hit) return write(res, req, hit, "hit");
  const flight = `${version}|${key}`;
  let rendering: Promise<Rendered> | undefined = renders.get(flight);
  const mine = !rendering;
  if (!rendering) {
    const pathname = new URL(req.url!, "http://front.invalid").pathname;
    rendering = render(req, origin).then((captured) => {
      const entry = shareableEntry(pathname, version, captured);
      if (entry) cache.set(key, entry);
      return { captured, entry };
    });
    renders.set(flight, rendering);
    void rendering.catch(() => undefined).finally(() => renders.delete(flight));
  }
  rendering.then(
    ({ captured, entry }) => {
      if (entry) return write(res, req, entry, "miss");
      // Not shareable (a 404, a redirect, a private answer): only the request that caused the render gets it.
      if (!mine) return next();
      res.writeHead(captured.status, captured.headers.filter(([name]) => !HOP.has(name)).flat());
      res.end(captured.body);
    },
    () => next(),
  );
}

registerServerHooks({ front: serveFromFront });
