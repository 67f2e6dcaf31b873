// What a reader's browser loads for a page, measured in Debian's Chromium.
// Starts nothing itself: point it at a running server.
//
//   npm run page:weight -- http://127.0.0.1:3000 [path …] [--mobile] [--cpu=4] [--json]
//
// Paths default to the demo pair, the home page and /how-we-grade. For each it
// prints the JavaScript fetched on load (gzip), the DOM element count, the
// HTML (gzip) and its inline-script bytes (Next's flight data), loading the
// page with no scrolling and waiting for network idle + 1.5 s. With --cpu=N it
// also loads the page again with the CPU slowed N times and prints the total
// blocking time (long tasks after first paint, each beyond 50 ms), a timing:
// reported here, never asserted by a test.
import { chromium, devices, type LaunchOptions, type Page } from "@playwright/test";
import { chromiumProject } from "../e2e/chromium";
import { measurePage, type PageWeight } from "../e2e/page-weight";

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith("--")));
const positional = args.filter((a) => !a.startsWith("--"));
const base = (positional[0] ?? process.env.PUBLIC_BASE_URL ?? "").replace(/\/+$/, "");
if (!/^https?:\/\//.test(base)) {
  console.error("usage: npm run page:weight -- BASE_URL [path …] [--mobile] [--cpu=4] [--json]");
  process.exit(2);
}
const paths = positional.length > 1 ? positional.slice(1) : ["/pairs/ana-de-armas--tom-cruise", "/", "/how-we-grade"];

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const cpuRate = Number(args.find((a) => a.startsWith("--cpu="))?.slice(6) ?? 0);

// Long tasks and first contentful paint, recorded by the page itself from its first script on.
const RECORD_LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push([e.startTime, e.duration]); }).observe({ type: "longtask", buffered: true });`;

/** Total blocking time with the CPU slowed `rate` times: long tasks from first contentful paint to network idle + 1.5 s. */
async function blockingTime(page: Page, url: string, rate: number): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  await page.addInitScript(RECORD_LONG_TASKS);
  await page.goto(url, { waitUntil: "networkidle" });
  await page.waitForTimeout(1500);
  return page.evaluate(() => {
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0;
    const tasks = (window as unknown as { __longTasks: [number, number][] }).__longTasks;
    return tasks.filter(([start, d]) => start + d > fcp).reduce((n, [start, d]) => n + Math.max(0, d - Math.max(50, fcp - start)), 0);
  });
}

function report(w: PageWeight & { totalBlockingMs?: number; cpuSlowdown?: number }): string {
  const lines = [
    `${w.url}`,
    `  JavaScript on load  ${kb(w.jsGzip)} gzip in ${w.scripts.length} files${w.scripts.some((s) => s.recharts) ? " (recharts included)" : ""}`,
    `  DOM elements        ${w.domElements}`,
    `  HTML                ${kb(w.htmlGzip)} gzip (${kb(w.htmlBytes)} raw)`,
    `  inline scripts      ${kb(w.inlineScriptBytes)} raw in ${w.inlineScriptCount} scripts`,
  ];
  if (w.totalBlockingMs !== undefined) lines.push(`  total blocking time ${w.totalBlockingMs} ms at ${w.cpuSlowdown}× CPU slowdown`);
  for (const s of [...w.scripts].sort((a, b) => b.gzip - a.gzip)) lines.push(`    ${kb(s.gzip).padStart(9)}  ${new URL(s.url).pathname}`);
  return lines.join("\n");
}

async function main() {
  const browser = await chromium.launch((chromiumProject.use as { launchOptions?: LaunchOptions } | undefined)?.launchOptions ?? {});
  try {
    const results: (PageWeight & { totalBlockingMs?: number; cpuSlowdown?: number })[] = [];
    for (const path of paths) {
      // Lighthouse's desktop viewport, or a phone.
      const contextOptions = flags.has("--mobile") ? { ...devices["Pixel 7"] } : { viewport: { width: 1350, height: 940 } };
      const context = await browser.newContext(contextOptions);
      const page = await context.newPage();
      const url = new URL(path, base).toString();
      const weight: (typeof results)[number] = await measurePage(page, url);
      await context.close();
      if (cpuRate > 0) {
        const slow = await browser.newContext(contextOptions);
        weight.totalBlockingMs = Math.round(await blockingTime(await slow.newPage(), url, cpuRate));
        weight.cpuSlowdown = cpuRate;
        await slow.close();
      }
      results.push(weight);
    }
    console.log(flags.has("--json") ? JSON.stringify(results, null, 2) : results.map(report).join("\n\n"));
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
