import { chartDescription, chartSummary, VIEW_TITLES, type AnyChartData } from "@/lib/charts/chart-data";
import { THEMES, type ChartTheme } from "@/lib/charts/palette";
import { legendItems, swatchSvg } from "@/lib/charts/svg/legend";
import { esc, FONT_STACK } from "@/lib/charts/svg/kit";
import { chartSvg, chartSvgHeight } from "@/lib/charts/svg/render";
import { formatDay } from "@/lib/dates";
import { wrapLines } from "./layout";

const PAD = 24;

export interface ChartImageInput {
  data: AnyChartData;
  pairName: string;
  /** Logical width in CSS pixels: the layout width. */
  width: number;
  theme: ChartTheme;
  /** Where the chart lives, printed in the footer. */
  pageUrl: string;
  lastUpdated: string | null;
}

function legendRow(data: AnyChartData, theme: ChartTheme, x0: number, y0: number, maxWidth: number): { svg: string; height: number } {
  const t = THEMES[theme];
  let x = 0;
  let y = 0;
  const parts: string[] = [];
  for (const item of legendItems(data)) {
    const w = 22 + item.label.length * 6.7;
    if (x > 0 && x + w > maxWidth) {
      x = 0;
      y += 20;
    }
    parts.push(swatchSvg(item, theme).replace("<svg ", `<svg x="${x0 + x}" y="${y0 + y}" `));
    parts.push(`<text x="${x0 + x + 20}" y="${y0 + y + 11}" font-size="12" fill="${t.muted}">${esc(item.label)}</text>`);
    x += w + 14;
  }
  return { svg: parts.join(""), height: parts.length ? y + 20 : 0 };
}

/**
 * A view as one self-contained image (for newsletters, <noscript>, oEmbed
 * thumbnails): name, title, summary, legend, chart, source line — all in
 * pixels, concrete colours, fonts named for the bundled Inter.
 */
export function chartImageSvg(input: ChartImageInput): { svg: string; width: number; height: number } {
  const { data, width, theme } = input;
  const t = THEMES[theme];
  const inner = width - 2 * PAD;
  const summary = wrapLines(chartSummary(data), inner, 14, 0.52);
  let y = PAD;
  const parts: string[] = [];
  parts.push(
    `<text x="${PAD}" y="${y + 11}" font-size="12" font-weight="700" letter-spacing="0.7" fill="${t.accent}">${esc(input.pairName.toUpperCase())}</text>`,
  );
  y += 20;
  parts.push(`<text x="${PAD}" y="${y + 17}" font-size="20" font-weight="700" fill="${t.text}">${esc(VIEW_TITLES[data.view])}</text>`);
  y += 32;
  for (const line of summary) {
    parts.push(`<text x="${PAD}" y="${y + 14}" font-size="14" fill="${t.text}">${esc(line)}</text>`);
    y += 20;
  }
  y += 8;
  const legend = legendRow(data, theme, PAD, y, inner);
  parts.push(legend.svg);
  y += legend.height + 8;
  const chartHeight = chartSvgHeight(data);
  const chart = chartSvg(data, {
    mode: "fixed",
    width: inner,
    theme,
    idPrefix: "c",
    title: VIEW_TITLES[data.view],
    desc: chartDescription(data),
  })
    .replace(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" /, `<svg x="${PAD}" y="${y}" `)
    .replace(/ role="img" aria-labelledby="c-t c-d"/, "");
  parts.push(chart);
  y += chartHeight + 12;
  parts.push(`<line x1="${PAD}" x2="${width - PAD}" y1="${y}" y2="${y}" stroke="${t.grid}"/>`);
  y += 18;
  const updated = input.lastUpdated ? ` · Updated ${formatDay(input.lastUpdated)}` : "";
  parts.push(`<text x="${PAD}" y="${y}" font-size="11.5" fill="${t.muted}">Source: Rumor Ledger${esc(updated)}</text>`);
  parts.push(
    `<text x="${width - PAD}" y="${y}" font-size="11.5" fill="${t.muted}" text-anchor="end">${esc(input.pageUrl.replace(/^https?:\/\//, ""))}</text>`,
  );
  const height = Math.ceil(y + PAD - 6);
  const title = `${VIEW_TITLES[data.view]}: ${input.pairName}`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="i-t i-d" font-family="${esc(FONT_STACK)}">` +
    `<title id="i-t">${esc(title)}</title><desc id="i-d">${esc(chartDescription(data))}</desc>` +
    `<rect width="100%" height="100%" fill="${t.background}"/>${parts.join("")}</svg>`;
  return { svg, width, height };
}
