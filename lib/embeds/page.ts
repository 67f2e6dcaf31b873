import { createHash } from "node:crypto";
import { chartDescription, chartSummary, VIEW_TITLES, type AnyChartData } from "@/lib/charts/chart-data";
import { chartCss, themeCss } from "@/lib/charts/css";
import { legendHtml } from "@/lib/charts/svg/legend";
import { esc } from "@/lib/charts/svg/kit";
import { chartSvg, chartSvgHeight } from "@/lib/charts/svg/render";
import { chartTableHtml } from "@/lib/charts/svg/table";
import type { ChartView } from "@/lib/charts/types";
import { formatDay } from "@/lib/dates";
import { apiPairClaimsCsvPath, pairPath } from "@/lib/urls";
import { oembedPath, type EmbedTheme } from "./urls";

/** The embed's whole stylesheet: inline, so an embed is one request. */
export const EMBED_CSS =
  themeCss(":root") +
  ":root{color-scheme:light}:root[data-theme=dark]{color-scheme:dark}:root[data-theme=auto]{color-scheme:light dark}" +
  "*{box-sizing:border-box}" +
  "body{margin:0;background:var(--c-bg);color:var(--c-text);font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif}" +
  "a{color:var(--c-link);text-underline-offset:2px}" +
  ":focus-visible{outline:2px solid var(--c-link);outline-offset:2px}" +
  ".rl-embed{padding:12px 14px 10px;max-width:960px}" +
  ".rl-kick{margin:0;font-size:12px;font-weight:700;letter-spacing:.06em;text-transform:uppercase;color:var(--c-accent)}" +
  ".rl-kick a{color:inherit;text-decoration:none}.rl-kick a:hover{text-decoration:underline}" +
  "h1{margin:2px 0 4px;font-size:18px;line-height:1.25}" +
  ".rl-sum{margin:0 0 6px;max-width:70ch}" +
  ".rl-fig{margin:0}" +
  "details{margin:6px 0 4px;font-size:13px}" +
  "summary{cursor:pointer;color:var(--c-link);padding:2px 0}" +
  ".rl-scroll{overflow-x:auto;max-height:320px;overflow-y:auto;border:1px solid var(--c-grid);border-radius:6px;margin-top:4px}" +
  ".rl-table{border-collapse:collapse;width:100%;font-size:12.5px}" +
  ".rl-table caption{text-align:left;padding:6px 8px;color:var(--c-muted);font-size:12px}" +
  ".rl-table th,.rl-table td{padding:4px 8px;border-top:1px solid var(--c-grid);text-align:left;vertical-align:top}" +
  ".rl-table thead th{font-weight:600;color:var(--c-muted);background:var(--c-bg);position:sticky;top:0}" +
  ".rl-table .num{text-align:right;font-variant-numeric:tabular-nums}" +
  "footer{display:flex;flex-wrap:wrap;align-items:center;gap:2px 12px;font-size:12px;color:var(--c-muted);border-top:1px solid var(--c-grid);padding-top:6px;margin-top:4px}" +
  // Every link is at least a 24×24 px target (WCAG 2.2, 2.5.8).
  "footer a{display:inline-flex;align-items:center;min-height:24px;min-width:24px}" +
  ".rl-tip{position:fixed;z-index:9;max-width:260px;padding:6px 8px;border-radius:6px;font-size:12px;line-height:1.35;pointer-events:none;background:var(--c-text);color:var(--c-bg);box-shadow:0 2px 8px rgb(0 0 0/.25)}" +
  chartCss();

/**
 * Optional JavaScript: tooltips (pointer and keyboard) from the marks' <title>
 * text, and the page height posted to the host so the iframe fits. Everything
 * else works without it.
 */
export const EMBED_SCRIPT =
  '(function(){var d=document,b=d.body,t=d.createElement("div");t.className="rl-tip";t.hidden=true;t.setAttribute("role","tooltip");b.appendChild(t);' +
  'function hold(n){for(;n&&n.nodeType==1&&!(n.classList&&n.classList.contains("rlc"));n=n.parentNode){var c=n.firstElementChild;' +
  'if(n.dataset&&n.dataset.t)return n;if(c&&c.tagName=="title"){n.dataset.t=c.textContent;c.remove();return n}}return null}' +
  "function show(e){var n=hold(e.target);if(!n){t.hidden=true;return}t.textContent=n.dataset.t;t.hidden=false;" +
  "var r=n.getBoundingClientRect(),x=e.clientX||r.left+r.width/2,y=e.clientY||r.top;" +
  't.style.left=Math.max(4,Math.min(x+12,innerWidth-t.offsetWidth-4))+"px";t.style.top=Math.max(4,y-t.offsetHeight-10)+"px"}' +
  'd.addEventListener("pointermove",show);d.addEventListener("focusin",show);d.addEventListener("pointerleave",function(){t.hidden=true});' +
  'd.addEventListener("keydown",function(e){if(e.key=="Escape")t.hidden=true});' +
  'var last=0;function post(){var h=Math.ceil(d.documentElement.getBoundingClientRect().height);if(h!=last&&parent!==window){last=h;parent.postMessage({"rumor-ledger-height":h},"*")}}' +
  'if(window.ResizeObserver)new ResizeObserver(post).observe(b);addEventListener("load",post);post()})()';

const sha256 = (s: string) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;

/** CSP for embeds: nothing loads from anywhere, our one style and one script by hash, framable by any site. */
export const EMBED_CSP = `default-src 'none'; style-src ${sha256(EMBED_CSS)}; script-src ${sha256(EMBED_SCRIPT)}; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors *`;

export interface EmbedPageInput {
  view: ChartView;
  data: AnyChartData;
  pair: { slug: string; name: string };
  theme: EmbedTheme;
  baseUrl: string;
  /** The full URL of this embed (for the oEmbed discovery link). */
  selfUrl: string;
  lastUpdated: string | null;
}

/** The finished HTML of one embed: chart, summary, legend, collapsed data table, last updated, links, attribution. */
export function embedHtml(input: EmbedPageInput): string {
  const { view, data, pair, theme, baseUrl } = input;
  const abs = (p: string) => new URL(p, baseUrl).toString();
  const title = `${VIEW_TITLES[view]}: ${pair.name}`;
  const svg = chartSvg(data, {
    mode: "fluid",
    width: 640,
    theme: theme === "dark" ? "dark" : "light",
    idPrefix: `rl-${view}`,
    title,
    desc: chartDescription(data),
    baseUrl,
    newTab: true,
  });
  const updated = input.lastUpdated ? `Updated ${formatDay(input.lastUpdated)}` : "No published claims yet";
  return (
    `<!doctype html><html lang="en" data-theme="${theme}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">` +
    `<title>${esc(title)} · Rumor Ledger</title>` +
    `<link rel="alternate" type="application/json+oembed" href="${esc(abs(oembedPath(input.selfUrl)))}" title="${esc(title)}">` +
    `<style>${EMBED_CSS}</style></head><body><main class="rl-embed">` +
    `<p class="rl-kick"><a href="${esc(abs(pairPath(pair.slug)))}" target="_blank" rel="noopener">${esc(pair.name)}</a></p>` +
    `<h1>${esc(VIEW_TITLES[view])}</h1>` +
    `<p class="rl-sum">${esc(chartSummary(data))}</p>` +
    `<figure class="rl-fig" data-height="${chartSvgHeight(data)}">${legendHtml(data, theme === "dark" ? "dark" : "light")}${svg}</figure>` +
    `<details><summary>Show the data</summary><div class="rl-scroll" tabindex="0" role="region" aria-label="Data table">${chartTableHtml(data, { baseUrl, newTab: true })}</div></details>` +
    `<footer><span>${esc(updated)}</span><a href="${esc(abs(pairPath(pair.slug)))}" target="_blank" rel="noopener">The full rumor file</a>` +
    `<a href="${esc(abs(apiPairClaimsCsvPath(pair.slug)))}" target="_blank" rel="noopener">Get the data (CSV)</a>` +
    `<span>Source: <a href="${esc(abs("/"))}" target="_blank" rel="noopener">Rumor Ledger</a></span></footer>` +
    `</main><script>${EMBED_SCRIPT}</script></body></html>`
  );
}
