import { chartSummary, VIEW_TITLES, type AnyChartData } from "@/lib/charts/chart-data";
import { legendItems } from "@/lib/charts/svg/legend";
import { chartSvgHeight } from "@/lib/charts/svg/render";

/** Lines a text takes at a font size in a box, from an average glyph width (a fair estimate for sans-serif UI fonts). */
export function wrapLines(text: string, boxWidth: number, fontSize: number, glyph = 0.53): string[] {
  const perLine = Math.max(8, Math.floor(boxWidth / (fontSize * glyph)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && (line + " " + word).length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** How many rows a wrapping row of items of the given text lengths takes. */
function flowRows(labels: string[], boxWidth: number, charWidth: number, extra: number, gap: number): number {
  let rows = labels.length ? 1 : 0;
  let x = 0;
  for (const l of labels) {
    const w = l.length * charWidth + extra;
    if (x > 0 && x + gap + w > boxWidth) {
      rows++;
      x = w;
    } else x += (x > 0 ? gap : 0) + w;
  }
  return rows;
}

/**
 * The embed page's height at an iframe width, computed on the server for the
 * snippet: the chart's height is fixed, so only the summary, the legend and
 * the footer wrap. The optional listener script then corrects it to the pixel.
 */
export function embedHeight(data: AnyChartData, width = 640): number {
  const inner = Math.max(200, width - 28);
  const summaryLines = wrapLines(chartSummary(data), Math.min(inner, 540), 14, 0.5).length;
  const legendRows = flowRows(
    legendItems(data).map((i) => i.label),
    inner,
    6.6,
    22,
    16,
  );
  const footerRows = flowRows(
    ["Updated 25 November 2026", "The full rumor file", "Get the data (CSV)", "Source: Rumor Ledger"],
    inner,
    6.4,
    0,
    12,
  );
  const title = wrapLines(VIEW_TITLES[data.view], inner, 18, 0.55).length;
  return Math.ceil(
    12 +
      18 +
      6 +
      title * 23 +
      summaryLines * 20.3 +
      6 +
      legendRows * 21 +
      12 +
      chartSvgHeight(data) +
      4 +
      33 +
      11 +
      footerRows * 26 +
      10 +
      6,
  );
}
