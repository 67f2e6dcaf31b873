// What a reader's browser loads for a page, measured in Debian's Chromium.
// Starts nothing itself: point it at a running server.
//
//   npm run page:weight -- http://127.0.0.1:3000 [path …] [--mobile] [--json]
//
// Paths default to the demo pair, the home page and /how-we-grade. For each it
// prints the JavaScript fetched on load (gzip), the DOM element count, the
// HTML (gzip) and its inline-script bytes (Next's flight data), loading the
// page with no scrolling and waiting for network idle + 1.5 s.
import { chromium, devices, type LaunchOptions } from "@playwright/test";
import { chromiumProject } from "../e2e/chromium";
import { measurePage, type PageWeight } from "../e2e/page-weight";

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith("--")));
const positional = args.filter((a) => !a.startsWith("--"));
const base = (positional[0] ?? process.env.PUBLIC_BASE_URL ?? "").replace(/\/+$/, "");
if (!/^https?:\/\//.test(base)) {
  console.error("usage: npm run page:weight -- BASE_URL [path …] [--mobile] [--json]");
  process.exit(2);
}
const paths = positional.length > 1 ? positional.slice(1) : ["/pairs/ana-de-armas--tom-cruise", "/", "/how-we-grade"];

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function report(w: PageWeight): string {
  const lines = [
    `${w.url}`,
    `  JavaScript on load  ${kb(w.jsGzip)} gzip in ${w.scripts.length} files${w.scripts.some((s) => s.recharts) ? " (recharts included)" : ""}`,
    `  DOM elements        ${w.domElements}`,
    `  HTML                ${kb(w.htmlGzip)} gzip (${kb(w.htmlBytes)} raw)`,
    `  inline scripts      ${kb(w.inlineScriptBytes)} raw in ${w.inlineScriptCount} scripts`,
  ];
  for (const s of [...w.scripts].sort((a, b) => b.gzip - a.gzip)) lines.push(`    ${kb(s.gzip).padStart(9)}  ${new URL(s.url).pathname}`);
  return lines.join("\n");
}

async function main() {
  const browser = await chromium.launch((chromiumProject.use as { launchOptions?: LaunchOptions } | undefined)?.launchOptions ?? {});
  try {
    const results: PageWeight[] = [];
    for (const path of paths) {
      // Lighthouse's desktop viewport, or a phone.
      const context = await browser.newContext(flags.has("--mobile") ? { ...devices["Pixel 7"] } : { viewport: { width: 1350, height: 940 } });
      const page = await context.newPage();
      results.push(await measurePage(page, new URL(path, base).toString()));
      await context.close();
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
