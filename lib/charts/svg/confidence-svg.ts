import { STANCES } from "@/db/enums";
import { STANCE_LABELS } from "@/lib/vocabulary";
import type { ConfidenceChartData } from "../confidence-chart";
import { countTicks, esc, Frame, n1, type SvgOptions } from "./kit";
import { patternDefs, patternId } from "./marks";

const ROW = 36;
const TOP = 8;
export const CONFIDENCE_SVG_HEIGHT = TOP + 6 * ROW + 44;

/** The confidence view as SVG: one bar per level of the scale, split by stance, with the count at its end. */
export function confidenceSvg(data: ConfidenceChartData, options: SvgOptions): string {
  const f = new Frame(options);
  const parts: string[] = [f.open(CONFIDENCE_SVG_HEIGHT, patternDefs(f, STANCES))];
  const ticks = countTicks(Math.max(1, data.maxTotal), 4);
  const max = ticks[ticks.length - 1];
  const X0 = 0.012;
  const X1 = 0.93;
  const fx = (v: number) => X0 + (v / max) * (X1 - X0);
  const bottom = TOP + data.rows.length * ROW;
  for (const v of ticks) {
    parts.push(`<line x1="${f.x(fx(v))}" x2="${f.x(fx(v))}" y1="${TOP}" y2="${bottom}"${f.paint({ stroke: v === 0 ? "axis" : "grid" })}/>`);
    parts.push(f.text(fx(v), bottom + 15, String(v), { anchor: v === 0 ? "start" : "middle", size: 11 }));
  }
  parts.push(f.text(X1, bottom + 33, "Number of claims", { anchor: "end", size: 11, cls: "axis-title" }));

  data.rows.forEach((r, i) => {
    const y = TOP + i * ROW;
    parts.push(
      `<text x="${f.x(X0)}" y="${n1(y + 12)}" dx="2" font-size="12"${f.paint({ fill: "text" })}><tspan font-weight="600">${esc(r.label)}</tspan><tspan${f.paint({ fill: "muted" })}> ${esc(r.range)}</tspan></text>`,
    );
    let v = 0;
    const segs: string[] = [];
    for (const s of STANCES) {
      const n = r.counts[s];
      if (!n) continue;
      segs.push(
        `<rect x="${f.x(fx(v))}" y="${y + 17}" width="${f.x(fx(v + n) - fx(v))}" height="14" fill="url(#${patternId(f, s)})"${f.paint({ stroke: "bg" })} stroke-width="1"><title>${esc(`${r.label}: ${n} ${STANCE_LABELS[s].toLowerCase()}`)}</title></rect>`,
      );
      v += n;
    }
    if (segs.length) parts.push(`<g class="tip">${segs.join("")}</g>`);
    parts.push(
      f.text(fx(r.total), y + 28.5, r.total ? String(r.total) : "0", {
        dx: 6,
        role: r.total ? "text" : "muted",
        size: 11,
        weight: r.total ? 600 : undefined,
      }),
    );
  });
  parts.push("</svg>");
  return parts.join("");
}
