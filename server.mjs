// @ts-check
// The app's HTTP server: Next.js behind a thin node:http front. The front
// answers anonymous embed requests straight from the app's in-memory cache when
// the ledger has not changed since they were rendered (see embedFromCache in
// lib/cache/ledger-cache.ts), and anonymous reader pages, feeds and read-API
// answers the same way, rendering each once per ledger version (serveFromFront
// in lib/cache/front.ts); everything else, and every miss, goes to Next.
// It also hands Next the TCP peer's address (route handlers cannot see the
// socket) in the x-rl-remote-addr header, which the sign-in throttle keys on
// (lib/auth/client-address.ts); a client's own copy of that header is dropped.
// While chart PNG rendering is full, an uncached PNG request is refused here
// with 503 + Retry-After (lib/embeds/png.ts) instead of going through Next.
// The app's side of that is one typed object of hooks (lib/server-hooks.ts, ADR 0023); this file is
// type-checked against it by `tsc` (@ts-check below).
// Usage: node server.mjs [--port 3000] [--hostname 0.0.0.0]   (NODE_ENV=production)
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";

const { values } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
// lib/urls reads the port to know which origins are this server's own (and the fallback http://localhost:PORT).
process.env.PORT = String(port);
const hostname = values.hostname ?? process.env.HOSTNAME ?? "0.0.0.0";
const dev = process.env.NODE_ENV === "development";
// A production server unless told otherwise: no demo data or demo accounts without RUMOR_LEDGER_DEMO=1.
/** @type {Record<string, string | undefined>} */ (process.env).NODE_ENV ??= "production";

// Must match SOCKET_ADDRESS_HEADER in lib/auth/client-address.ts; setting it tells the app the header is ours.
const SOCKET_ADDRESS_HEADER = "x-rl-remote-addr";

/** @typedef {import("./lib/server-hooks").ServerHooks} ServerHooks */
// Must match SERVER_HOOKS_KEY in lib/server-hooks.ts (lib/server-hooks.test.ts checks it).
const HOOKS = Symbol.for("rumor-ledger.server-hooks");
const holder = /** @type {{ [HOOKS]?: Partial<ServerHooks> }} */ (globalThis);
/** The app fills in its hooks as it starts; each is looked up per request, as it may arrive late. */
const hooks = (holder[HOOKS] ??= {});
hooks.socketAddressHeader = SOCKET_ADDRESS_HEADER;

const app = next({ dev, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  delete req.headers[SOCKET_ADDRESS_HEADER];
  req.headers[SOCKET_ADDRESS_HEADER] = req.socket.remoteAddress ?? "unknown";
  // TRACE, TRACK and CONNECT cannot become a fetch Request, so Next would fail on them with a 500 and a
  // stack trace before proxy.ts runs: answer them here (405 with Allow; see lib/http/methods.ts).
  const method = req.method ?? "";
  if (/^(CONNECT|TRACE|TRACK)$/i.test(method)) {
    const answer = hooks.methodAnswer?.(method, req.url ?? "/") ?? {
      status: 405,
      headers: { Allow: "GET, HEAD" },
      body: "",
    };
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
    return;
  }
  const fast = hooks.embedFromCache?.(req);
  if (fast) {
    res.writeHead(fast.status, fast.headers.flat());
    res.end(fast.body ?? undefined);
    return;
  }
  const retryAfter = hooks.pngRequestRefusal?.(req.method, req.url);
  if (retryAfter) {
    res.writeHead(503, {
      "content-type": "text/plain; charset=utf-8",
      "cache-control": "no-store",
      "retry-after": String(retryAfter),
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; frame-ancestors *",
    });
    res.end(`The server is busy drawing images. Try again in ${retryAfter} seconds.\n`);
    return;
  }
  const front = hooks.front;
  const origin = server.address(); // an AddressInfo once listening on TCP
  if (front && origin && typeof origin === "object") front(req, res, origin, () => handle(req, res));
  else handle(req, res);
});
server.listen(port, hostname, () => {
  console.log(
    `> Rumor Ledger listening on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port} (${dev ? "development" : "production"})`,
  );
});
