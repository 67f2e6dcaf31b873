import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "@/db/client";
import { reliabilityChartData, reliabilityDescription, reliabilitySummary } from "@/lib/charts/reliability-chart";
import { esc } from "@/lib/charts/svg/kit";
import { reliabilitySvg, reliabilityTableHtml } from "@/lib/charts/svg/reliability-svg";
import { ledgerVersion } from "@/lib/cache/ledger-cache";
import { deskCalibration } from "@/lib/scoring/queries";
import { EMBED_CSP, EMBED_CSS, EMBED_SCRIPT } from "./page";
import { EMBED_CACHE_CONTROL } from "./respond";
import { requestOrigin } from "@/lib/urls";

const TITLE = "How often our confidence levels come true";

/**
 * GET /embed/calibration — the desk's calibration as a finished HTML embed
 * (no framework JavaScript): reliability diagram, summary, data table and a
 * link to the method. `?theme=light|dark|auto`. Complete without JavaScript.
 */
export function calibrationEmbedResponse(db: Db, request: Request): Response {
  const url = new URL(request.url);
  const theme = url.searchParams.get("theme") ?? "auto";
  if (!["light", "dark", "auto"].includes(theme)) {
    return new Response("Bad embed parameters — theme: use light, dark or auto\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const baseUrl = requestOrigin(request);
  const etag = `W/"${createHash("sha1")
    .update(`${ledgerVersion(db)}|${theme}|${baseUrl}|${EMBED_CSS.length}`)
    .digest("base64url")
    .slice(0, 22)}"`;
  const headers: Record<string, string> = {
    ETag: etag,
    "Cache-Control": EMBED_CACHE_CONTROL,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
  };
  if (
    request.headers
      .get("if-none-match")
      ?.split(",")
      .some((t) => t.trim() === etag)
  )
    return new Response(null, { status: 304, headers });

  const data = reliabilityChartData(deskCalibration(db).overall);
  const svg = reliabilitySvg(data, {
    mode: "fluid",
    width: 640,
    theme: theme === "dark" ? "dark" : "light",
    idPrefix: "rl-calibration",
    title: TITLE,
    desc: reliabilityDescription(data),
  });
  const abs = (p: string) => new URL(p, baseUrl).toString();
  const html =
    `<!doctype html><html lang="en" data-theme="${theme}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">` +
    `<title>${esc(TITLE)} · Rumor Ledger</title><style>${EMBED_CSS}</style></head><body><main class="rl-embed">` +
    `<p class="rl-kick"><a href="${esc(abs("/how-we-grade#calibration"))}" target="_blank" rel="noopener">Rumor Ledger keeps score of itself</a></p>` +
    `<h1>${esc(TITLE)}</h1><p class="rl-sum">${esc(reliabilitySummary(data))}</p>` +
    `<figure class="rl-fig">${svg}</figure>` +
    `<details><summary>Show the data</summary><div class="rl-scroll" tabindex="0" role="region" aria-label="Data table">${reliabilityTableHtml(data, "Settled claims by their confidence at first publication")}</div></details>` +
    `<footer><a href="${esc(abs("/how-we-grade#calibration"))}" target="_blank" rel="noopener">How we grade, and what “settled” means</a>` +
    `<span>Source: <a href="${esc(abs("/"))}" target="_blank" rel="noopener">Rumor Ledger</a></span></footer>` +
    `</main><script>${EMBED_SCRIPT}</script></body></html>`;
  return new Response(html, { headers: { ...headers, "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": EMBED_CSP } });
}
