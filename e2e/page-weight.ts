import { gzipSync } from "node:zlib";
import type { Page, Response } from "@playwright/test";

/**
 * What a reader's browser pays for one page on load: the page's own HTML, the
 * JavaScript it fetches, the DOM it builds, and how much of the HTML is inline
 * script (Next's flight data). Shared by `npm run page:weight` and
 * e2e/page-weight.spec.ts. Bytes are gzip level 6 of the bodies — what a CDN
 * would send — so the figures do not depend on whether the server compressed.
 */
export interface PageWeight {
  url: string;
  htmlBytes: number;
  htmlGzip: number;
  inlineScriptBytes: number;
  inlineScriptCount: number;
  jsGzip: number;
  scripts: { url: string; gzip: number; recharts: boolean }[];
  domElements: number;
}

/** A string only recharts' own code carries (its wrapper's class name): how its chunk is recognised whatever its hashed name. */
export const RECHARTS_MARKER = "recharts-wrapper";

const gzipSize = (body: Buffer) => gzipSync(body, { level: 6 }).length;

/** The inline `<script>` bodies of an HTML document (scripts with a src excluded). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\bsrc=/.test(m[1])).map((m) => m[2]);
}

/**
 * The text of the page's inline RSC flight data (`self.__next_f.push([1, "…"])`),
 * its JavaScript string escapes undone, so markup in it reads as markup.
 */
export function flightText(html: string): string {
  const chunks: string[] = [];
  for (const script of inlineScripts(html)) {
    for (const m of script.matchAll(/self\.__next_f\.push\((\[[\s\S]*?\])\)(?=;|$)/g)) {
      const [kind, text] = JSON.parse(m[1]) as [number, string?];
      if (kind === 1 && typeof text === "string") chunks.push(text);
    }
  }
  return chunks.join("");
}

/** SVG markup a page's flight data must not carry: the server charts are images of their own (ADR 21). */
export const SVG_MARKUP = ["<svg", "<path", "<rect", "<line", "<circle", "<text", "<title"];

/**
 * Records every script the page fetches from now on, with its gzip size and
 * whether it is recharts. Call before `goto`; read `scripts` whenever.
 */
export function watchScripts(page: Page): { scripts: PageWeight["scripts"]; settled: () => Promise<void> } {
  const scripts: PageWeight["scripts"] = [];
  const pending = new Set<Promise<void>>();
  const onResponse = (res: Response) => {
    if (res.request().resourceType() !== "script") return;
    const done = res
      .body()
      .then((body) => {
        scripts.push({ url: res.url(), gzip: gzipSize(body), recharts: body.includes(RECHARTS_MARKER) });
      })
      .catch(() => undefined)
      .finally(() => pending.delete(done));
    pending.add(done);
  };
  page.on("response", onResponse);
  return { scripts, settled: async () => void (await Promise.all([...pending])) };
}

/**
 * Loads `url` the way the budgets are defined: no scrolling, network idle,
 * then 1.5 s more for anything a timer or an observer would start.
 */
export async function measurePage(page: Page, url: string): Promise<PageWeight> {
  const watch = watchScripts(page);
  const res = await page.goto(url, { waitUntil: "networkidle" });
  if (!res || !res.ok()) throw new Error(`${url}: HTTP ${res?.status()}`);
  const html = await res.body();
  await page.waitForTimeout(1500);
  await page.waitForLoadState("networkidle");
  await watch.settled();
  const inline = inlineScripts(html.toString("utf8"));
  const domElements = await page.evaluate(() => document.getElementsByTagName("*").length);
  return {
    url,
    htmlBytes: html.length,
    htmlGzip: gzipSize(html),
    inlineScriptBytes: inline.reduce((n, s) => n + Buffer.byteLength(s), 0),
    inlineScriptCount: inline.length,
    jsGzip: watch.scripts.reduce((n, s) => n + s.gzip, 0),
    scripts: watch.scripts,
    domElements,
  };
}
