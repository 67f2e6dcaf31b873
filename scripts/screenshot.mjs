// Usage: node scripts/screenshot.mjs URL OUT.png [width] [colorScheme] [fullPage]
// A developer's eye: renders a page in Debian's Chromium the way a reader sees it.
import { chromium } from "@playwright/test";

const [url, out, width = "1280", scheme = "light", full = "full"] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await page.goto(url, { waitUntil: "networkidle" });
await page.screenshot({ path: out, fullPage: full === "full" });
await browser.close();
