import "server-only";
import path from "node:path";
import type { ResvgRenderOptions } from "@resvg/resvg-js";
import { WorkQueue, workerSlots } from "@/lib/work-queue";
import { registerServerHooks } from "@/lib/server-hooks";
import { PngWorkerPool, type RenderedPng } from "./png-workers";

/** Inter (SIL Open Font License) from its npm package: images never depend on the fonts of the machine. */
const FONT_DIR = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "inter");
export const BUNDLED_FONTS = [
  path.join(FONT_DIR, "400Regular", "Inter_400Regular.ttf"),
  path.join(FONT_DIR, "600SemiBold", "Inter_600SemiBold.ttf"),
  path.join(FONT_DIR, "700Bold", "Inter_700Bold.ttf"),
];

/**
 * The pixel widths a chart PNG is drawn at. A requested width snaps down to the
 * nearest of these (never below the first), so `?width=2101` … `?width=2399`
 * are one image, not three hundred renders, and an image never comes out wider
 * than asked (oEmbed's maxwidth).
 */
export const PNG_WIDTHS = [320, 480, 640, 800, 960, 1280, 1600, 1920, 2400] as const;

export function snapPngWidth(requested: number): number {
  let width: number = PNG_WIDTHS[0];
  for (const w of PNG_WIDTHS) if (w <= requested) width = w;
  return width;
}

/**
 * Rendering runs in worker threads, a few at a time (one core stays with the
 * main thread), with a short line behind them; past that a request is refused
 * with 503 + Retry-After instead of making every other request wait.
 */
export const pngRendering = new WorkQueue({ concurrency: workerSlots(2), maxWaiting: 8, retryAfterSeconds: 5 });

/** Chart PNGs and share cards: the URLs whose answer needs a render. */
const PNG_PATH = /^\/(?:embed\/pairs\/[^/?]+\/[a-z]+\.png|pairs\/[^/?]+\/opengraph-image[^/?]*)(?:\?|$)/;

/**
 * For the app's HTTP front (server.mjs): the Retry-After seconds when a GET for
 * a chart PNG or share card would be refused now, else null. A flood is then
 * refused before Next routes it (cached images are served before this check).
 */
export function pngRequestRefusal(method: string | undefined, url: string | undefined): number | null {
  if (method !== "GET" || !url || !PNG_PATH.test(url) || !pngRendering.full) return null;
  return pngRendering.options.retryAfterSeconds;
}

// Registered here, as this module loads: the refusal reads this module's queue, the one the routes use.
registerServerHooks({ pngRequestRefusal });

const globalForPool = globalThis as unknown as { rumorLedgerPngPool?: PngWorkerPool };
const pool = (globalForPool.rumorLedgerPngPool ??= new PngWorkerPool());

/**
 * Rasterises one of our SVGs to a PNG exactly `pixelWidth` wide (height in
 * proportion), with the bundled fonts only, off the main thread. Throws
 * OverloadedError (503) when the rendering queue is full.
 */
export function svgToPng(svg: string, pixelWidth: number): Promise<RenderedPng> {
  const options: ResvgRenderOptions = {
    fitTo: { mode: "width", value: pixelWidth },
    font: { fontFiles: BUNDLED_FONTS, loadSystemFonts: false, defaultFontFamily: "Inter", sansSerifFamily: "Inter" },
    shapeRendering: 2,
    textRendering: 1,
  };
  return pngRendering.run(() => pool.render(svg, options));
}
