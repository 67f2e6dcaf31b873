// The app's HTTP server: Next.js behind a thin node:http front. The front
// answers anonymous embed requests straight from the app's in-memory cache when
// the ledger has not changed since they were rendered (see embedFromCache in
// lib/cache/ledger-cache.ts), and anonymous reader pages, feeds and read-API
// answers the same way, rendering each once per ledger version (serveFromFront
// in lib/cache/front.ts); everything else goes to Next.
// Usage: node server.mjs [--port 3000] [--hostname 0.0.0.0]   (NODE_ENV=production)
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";

const { values } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? "0.0.0.0";
const dev = process.env.NODE_ENV === "development";
// A production server unless told otherwise: no demo data or demo accounts without RUMOR_LEDGER_DEMO=1.
process.env.NODE_ENV ??= "production";

const app = next({ dev, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  const fast = globalThis.rumorLedgerEmbedFromCache?.(req);
  if (fast) {
    res.writeHead(fast.status, fast.headers.flat());
    res.end(fast.body ?? undefined);
    return;
  }
  const front = globalThis.rumorLedgerFront;
  if (front) front(req, res, server.address(), () => handle(req, res));
  else handle(req, res);
});
server.listen(port, hostname, () => {
  console.log(`> Rumor Ledger listening on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port} (${dev ? "development" : "production"})`);
});
