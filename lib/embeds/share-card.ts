import type { HeatChartData } from "@/lib/charts/heat-chart";
import { THEMES } from "@/lib/charts/palette";
import { esc, FONT_STACK } from "@/lib/charts/svg/kit";
import { displayHeat, heatLabel } from "@/lib/heat";
import { PAIR_STATUS_LABELS, type PairStatus } from "@/lib/vocabulary";
import { wrapLines } from "./layout";

export const SHARE_CARD_SIZE = { width: 1200, height: 630 };

export interface ShareCardInput {
  names: [string, string];
  status: PairStatus;
  heat: number;
  publishedClaims: number;
  heatData: HeatChartData;
  summary: string;
}

/** The Open Graph card of a pair (1200×630): names, status, heat now with its word, the heat curve, and the summary. */
export function shareCardSvg(input: ShareCardInput): string {
  const t = THEMES.light;
  const { width, height } = SHARE_CARD_SIZE;
  const heat = displayHeat(input.heat);
  const parts: string[] = [];
  parts.push(`<rect width="${width}" height="${height}" fill="#fbf8f3"/>`);
  parts.push(`<rect x="0" y="0" width="${width}" height="10" fill="${t.accent}"/>`);
  parts.push(`<text x="72" y="92" font-size="26" font-weight="700" letter-spacing="3" fill="${t.accent}">RUMOR LEDGER</text>`);
  const nameLine = `${input.names[0]} & ${input.names[1]}`;
  const nameSize = nameLine.length > 34 ? 52 : 64;
  // Two lines break at the ampersand, never inside a name.
  const nameLines = wrapLines(nameLine, 700, nameSize, 0.56).length > 1 ? [`${input.names[0]} &`, input.names[1]] : [nameLine];
  nameLines.forEach((line, i) =>
    parts.push(
      `<text x="72" y="${178 + i * (nameSize + 8)}" font-size="${nameSize}" font-weight="700" fill="${t.text}">${esc(line)}</text>`,
    ),
  );
  const y0 = 178 + (nameLines.length - 1) * (nameSize + 8) + 58;
  const status = PAIR_STATUS_LABELS[input.status];
  parts.push(`<rect x="72" y="${y0 - 30}" rx="20" width="${status.length * 15 + 40}" height="42" fill="#f6e3ea" stroke="#e7b9c9"/>`);
  parts.push(`<text x="92" y="${y0 - 2}" font-size="24" font-weight="600" fill="${t.accent}">${esc(status)}</text>`);
  parts.push(
    `<text x="${72 + status.length * 15 + 60}" y="${y0 - 2}" font-size="24" fill="${t.muted}">${input.publishedClaims} published ${input.publishedClaims === 1 ? "claim" : "claims"}, every one sourced</text>`,
  );
  wrapLines(input.summary, 1040, 26, 0.5)
    .slice(0, 2)
    .forEach((line, i) => parts.push(`<text x="72" y="${y0 + 60 + i * 36}" font-size="26" fill="${t.text}">${esc(line)}</text>`));

  // Heat now, top right.
  parts.push(
    `<text x="1128" y="150" font-size="22" font-weight="700" letter-spacing="2" fill="${t.muted}" text-anchor="end">HEAT NOW</text>`,
  );
  parts.push(`<text x="1128" y="246" font-size="104" font-weight="700" fill="${t.heat}" text-anchor="end">${heat}</text>`);
  parts.push(
    `<text x="1128" y="284" font-size="26" font-weight="600" fill="${t.text}" text-anchor="end">${esc(heatLabel(input.heat))} · out of 100</text>`,
  );

  // The heat curve along the bottom.
  const pts = input.heatData.points;
  const top = 470;
  const bottom = 580;
  if (pts.length > 1) {
    const span = Math.max(1, input.heatData.endDay - input.heatData.startDay);
    const x = (d: number) => 72 + ((d - input.heatData.startDay) / span) * 1056;
    const y = (h: number) => bottom - (h / 100) * (bottom - top);
    const line = pts.map((p, i) => `${i ? "L" : "M"}${x(p.day).toFixed(1)},${y(p.heat).toFixed(1)}`).join("");
    parts.push(
      `<path d="${line}L${x(pts[pts.length - 1].day).toFixed(1)},${bottom}L${x(pts[0].day).toFixed(1)},${bottom}Z" fill="${t.heat}" fill-opacity="0.14"/>`,
    );
    parts.push(`<path d="${line}" fill="none" stroke="${t.heat}" stroke-width="4" stroke-linejoin="round"/>`);
  }
  parts.push(`<line x1="72" x2="1128" y1="${bottom}" y2="${bottom}" stroke="${t.axis}" stroke-width="2"/>`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(FONT_STACK)}">` +
    parts.join("") +
    "</svg>"
  );
}
