#!/usr/bin/env node
// Measures what a reader's browser downloads for one embed, gzip-compressed:
// the HTML and every stylesheet, script, font and image it references, with
// JavaScript on and off. Run against a running server:
//
//   node scripts/embed-weight.mjs [--base http://127.0.0.1:3000] [--pair SLUG] [--json] [--page]
//
// --page also measures the pair page's JavaScript, for comparison.
// Bytes are what the server sent when it compressed the response itself,
// else the gzip (level 6) size of the body, which is what a CDN would send.
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] && !args[i + 1].startsWith("--") ? args[i + 1] : fallback;
};
const base = arg("base", process.env.PUBLIC_BASE_URL || "http://127.0.0.1:3000").replace(/\/+$/, "");
const pair = arg("pair", "ana-de-armas--tom-cruise");
const views = arg("views", "timeline,heat,activity,confidence").split(",");
const asJson = args.includes("--json");

/** The transferred (gzip) size of one URL and its decoded text. */
async function fetchSize(url) {
  const res = await fetch(url, { headers: { "Accept-Encoding": "gzip" } });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const body = Buffer.from(await res.arrayBuffer());
  const encoding = res.headers.get("content-encoding");
  // fetch decodes for us; when the server compressed, recompress at the same level to estimate the wire size.
  const gzip = gzipSync(body, { level: 6 }).length;
  return {
    url,
    type: res.headers.get("content-type") ?? "",
    raw: body.length,
    gzip,
    serverEncoding: encoding ?? "identity",
    text: body.toString("utf8"),
  };
}

const attr = (tag, name) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];

/** Sub-resources the HTML makes the browser fetch (scripts only when JavaScript runs). */
function resources(html, pageUrl) {
  const found = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="[^"]+"[^>]*>/g))
    found.push({ kind: "js", url: new URL(attr(m[0], "src"), pageUrl).toString() });
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = attr(m[0], "rel") ?? "";
    const href = attr(m[0], "href");
    if (!href) continue;
    if (rel.includes("stylesheet")) found.push({ kind: "css", url: new URL(href, pageUrl).toString() });
    else if (rel.includes("preload") && attr(m[0], "as") === "font") found.push({ kind: "font", url: new URL(href, pageUrl).toString() });
    else if (rel.includes("preload") && attr(m[0], "as") === "script") found.push({ kind: "js", url: new URL(href, pageUrl).toString() });
  }
  for (const m of html.matchAll(/<img\b[^>]*\bsrc="([^"]+)"/g))
    if (!m[1].startsWith("data:")) found.push({ kind: "img", url: new URL(m[1], pageUrl).toString() });
  for (const m of html.matchAll(/url\((["']?)([^)"']+)\1\)/g))
    if (!m[2].startsWith("data:") && !m[2].startsWith("#")) found.push({ kind: "font", url: new URL(m[2], pageUrl).toString() });
  return [...new Map(found.map((r) => [r.url, r])).values()];
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

async function measureEmbed(view) {
  const url = `${base}/embed/pairs/${pair}/${view}`;
  const html = await fetchSize(url);
  const inlineScripts = [...html.text.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
  const subs = await Promise.all(resources(html.text, url).map(async (r) => ({ ...r, ...(await fetchSize(r.url)) })));
  const nonJs = subs.filter((r) => r.kind !== "js").reduce((n, r) => n + r.gzip, 0);
  const js = subs.filter((r) => r.kind === "js").reduce((n, r) => n + r.gzip, 0);
  // The host page's optional listener (inline in the snippet), counted with JavaScript on.
  const oembed = await (await fetch(`${base}/api/oembed?url=${encodeURIComponent(url)}`)).json();
  const listener = /<script>[\s\S]*<\/script>/.exec(oembed.html)?.[0] ?? "";
  const listenerGzip = listener ? gzipSync(Buffer.from(listener), { level: 6 }).length : 0;
  return {
    view,
    html: { raw: html.raw, gzip: html.gzip, serverEncoding: html.serverEncoding, inlineScriptRaw: Buffer.byteLength(inlineScripts) },
    subresources: subs.map(({ kind, url: u, gzip }) => ({ kind, url: u, gzip })),
    withoutJs: html.gzip + nonJs,
    withJs: html.gzip + nonJs + js + listenerGzip,
    listener: { raw: Buffer.byteLength(listener), gzip: listenerGzip },
  };
}

async function measurePage() {
  const url = `${base}/pairs/${pair}`;
  const page = await fetchSize(url);
  const subs = await Promise.all(resources(page.text, url).map(async (r) => ({ ...r, ...(await fetchSize(r.url)) })));
  return {
    url,
    html: page.gzip,
    js: subs.filter((r) => r.kind === "js").reduce((n, r) => n + r.gzip, 0),
    css: subs.filter((r) => r.kind === "css").reduce((n, r) => n + r.gzip, 0),
    scripts: subs.filter((r) => r.kind === "js").length,
  };
}

const results = [];
for (const view of views) results.push(await measureEmbed(view));
const page = args.includes("--page") ? await measurePage() : null;

if (asJson) {
  console.log(JSON.stringify({ base, pair, embeds: results, pairPage: page }, null, 2));
} else {
  console.log(`Embed weight for ${pair} at ${base} (gzip; HTML, CSS, JS, fonts, images):`);
  for (const r of results) {
    console.log(
      `  ${r.view.padEnd(11)} without JS ${kb(r.withoutJs).padStart(8)}   with JS ${kb(r.withJs).padStart(8)}   ` +
        `(HTML ${kb(r.html.raw)} raw, inline script ${kb(r.html.inlineScriptRaw)} raw, ${r.subresources.length} other requests, host listener ${r.listener.raw} B raw)`,
    );
  }
  const max = Math.max(...results.map((r) => r.withJs));
  console.log(`  largest: ${kb(max)} — targets: ≤ 15 KB without JS, ≤ ~18 KB with JS`);
  if (page)
    console.log(
      `  pair page for comparison: HTML ${kb(page.html)}, CSS ${kb(page.css)}, JS ${kb(page.js)} in ${page.scripts} scripts (before the lazily loaded recharts chunk)`,
    );
}
