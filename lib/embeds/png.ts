import "server-only";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";

/** Inter (SIL Open Font License) from its npm package: images never depend on the fonts of the machine. */
const FONT_DIR = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "inter");
export const BUNDLED_FONTS = [
  path.join(FONT_DIR, "400Regular", "Inter_400Regular.ttf"),
  path.join(FONT_DIR, "600SemiBold", "Inter_600SemiBold.ttf"),
  path.join(FONT_DIR, "700Bold", "Inter_700Bold.ttf"),
];

/** Rasterises one of our SVGs to a PNG exactly `pixelWidth` wide (height in proportion), with the bundled fonts only. */
export function svgToPng(svg: string, pixelWidth: number): { png: Buffer; width: number; height: number } {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: pixelWidth },
    font: { fontFiles: BUNDLED_FONTS, loadSystemFonts: false, defaultFontFamily: "Inter", sansSerifFamily: "Inter" },
    shapeRendering: 2,
    textRendering: 1,
  });
  const rendered = resvg.render();
  return { png: rendered.asPng(), width: rendered.width, height: rendered.height };
}
