// The raw baseline for the HTTP figures: plain node:http + better-sqlite3, no
// framework, answering the same query as the read API and serving fixed bytes
// for the embed, and for the "same bytes" figures the very bytes our server
// sent for a page or API answer (/bytes/0, /bytes/1, … in the order given).
// Started by scripts/bench/run.ts in its own process.
import http from "node:http";
import fs from "node:fs";
import Database from "better-sqlite3";

const [file, port, embedFile, ...byteFiles] = process.argv.slice(2);
const db = new Database(file, { readonly: true });
db.pragma("busy_timeout = 5000");
const claimsForPair = db.prepare(
  `SELECT c.id, p.slug AS pair, c.kind, c.headline, c.details, c.quote, sp.slug AS speaker, c.occurred_on AS occurredOn, c.precision,
          c.reported_on AS reportedOn, c.place, c.stance, c.confidence, c.status, c.version, c.created_at AS createdAt, c.updated_at AS updatedAt
     FROM claims c JOIN pairs p ON p.id = c.pair_id LEFT JOIN people sp ON sp.id = c.speaker_id
    WHERE p.slug = ? AND c.status = 'published' ORDER BY c.occurred_start, c.id LIMIT 200`,
);
const citationsFor = db.prepare(
  `SELECT ci.claim_id AS claimId, o.slug AS outlet, ci.url, ci.title, ci.published_on AS publishedOn, ci.quote
     FROM citations ci JOIN outlets o ON o.id = ci.outlet_id WHERE ci.claim_id IN (SELECT value FROM json_each(?)) ORDER BY ci.claim_id, ci.position`,
);
const embedBytes = embedFile ? fs.readFileSync(embedFile) : Buffer.from("");
const sameBytes = byteFiles.map((f) => ({
  body: fs.readFileSync(f),
  type: f.endsWith(".json") ? "application/json" : "text/html; charset=utf-8",
}));

http
  .createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    if (url.pathname === "/claims") {
      const rows = claimsForPair.all(url.searchParams.get("pair"));
      const cites = new Map();
      for (const c of citationsFor.all(JSON.stringify(rows.map((r) => r.id)))) {
        const { claimId, ...rest } = c;
        if (!cites.has(claimId)) cites.set(claimId, []);
        cites.get(claimId).push(rest);
      }
      const body = JSON.stringify({
        data: rows.map((r) => ({ ...r, mentions: [], citations: cites.get(r.id) ?? [], correction: null })),
        nextCursor: null,
      });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(body);
    } else if (url.pathname.startsWith("/bytes/") && sameBytes[Number(url.pathname.slice(7))]) {
      const { body, type } = sameBytes[Number(url.pathname.slice(7))];
      res.writeHead(200, { "content-type": type, "content-length": body.byteLength });
      res.end(body);
    } else if (url.pathname === "/embed") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(embedBytes);
    } else {
      res.writeHead(404);
      res.end();
    }
  })
  .listen(Number(port), "127.0.0.1", () => process.send?.("ready"));
