import { KIND_LABELS } from "@/lib/vocabulary";
import type { TimelineChartData } from "../timeline-chart";
import { esc, Frame, n1, timeTicks, type SvgOptions } from "./kit";
import { kindShapePath } from "./marks";

const LANE_LABEL = 18;
const ROW = 24;
const LANE_GAP = 8;
const AXIS = 46;

/** Height of the timeline SVG: it grows with the lanes (kinds present) and rows (marks that would overlap). */
export function timelineSvgHeight(data: TimelineChartData): number {
  const lanes = data.lanes.reduce((h, l) => h + LANE_LABEL + l.rows * ROW + LANE_GAP, 0);
  return Math.max(120, 6 + lanes + AXIS);
}

/**
 * The timeline view as SVG: one lane per kind; each claim a shape (by kind)
 * sized by confidence, linking to its page, drawn over a band spanning the
 * whole month or year when its date is no more precise than that (dashed
 * when circa).
 */
export function timelineSvg(data: TimelineChartData, options: SvgOptions): string {
  const f = new Frame(options);
  const height = timelineSvgHeight(data);
  const parts: string[] = [f.open(height)];
  const pad = Math.max(12, (data.endDay - data.startDay) * 0.04);
  const d0 = data.startDay - pad;
  const d1 = data.endDay + pad;
  const X0 = 0.012;
  const X1 = 0.988;
  const fx = (day: number) => X0 + ((day - d0) / (d1 - d0)) * (X1 - X0);
  const bottom = height - AXIS;

  const ticks = timeTicks(Math.ceil(d0), Math.floor(d1), 5);
  for (const [i, t] of ticks.entries()) {
    const x = fx(t.day);
    parts.push(`<line x1="${f.x(x)}" x2="${f.x(x)}" y1="6" y2="${bottom}"${f.paint({ stroke: "grid" })}/>`);
    parts.push(
      f.text(x, bottom + 17, t.label, {
        anchor: x < 0.06 ? "start" : x > 0.94 ? "end" : "middle",
        size: 11,
        cls: i % 2 ? "tick-odd" : undefined,
      }),
    );
  }
  parts.push(`<line x1="${f.x(X0)}" x2="${f.x(X1)}" y1="${bottom}" y2="${bottom}"${f.paint({ stroke: "axis" })}/>`);
  parts.push(
    f.text(X1, bottom + 36, "Date of the claim (bands: known only to the month or year)", { anchor: "end", size: 11, cls: "axis-title" }),
  );

  const laneTop: number[] = [];
  let y = 6;
  for (const lane of data.lanes) {
    laneTop.push(y);
    parts.push(f.text(X0, y + 12, KIND_LABELS[lane.kind], { role: "text", size: 12, weight: 600 }));
    y += LANE_LABEL + lane.rows * ROW + LANE_GAP;
  }

  const links: string[] = [];
  for (const item of data.items) {
    const cy = laneTop[item.lane] + LANE_LABEL + item.row * ROW + ROW / 2;
    if (item.endDay > item.startDay) {
      const x = fx(item.startDay);
      const w = fx(item.endDay + 1) - x;
      const dashed = item.precision === "circa" ? ` stroke-dasharray="3 2"` : "";
      parts.push(
        `<rect x="${f.x(x)}" y="${n1(cy - 3)}" width="${f.x(w)}" height="6" rx="3"${f.paint({ fill: item.kind, stroke: item.kind })} fill-opacity="0.22" stroke-opacity="0.8"${dashed}/>`,
      );
    }
    const r = 3.5 + 5 * item.midpoint;
    const label = `${item.dateLabel} · ${KIND_LABELS[item.kind]} · ${item.confidenceLabel}: ${item.headline}`;
    const shape = `<path d="${kindShapePath(item.kind, r)}"${f.paint({ fill: item.kind, stroke: "marker" })} stroke-width="0.8" stroke-opacity="0.6"/>`;
    parts.push(f.place(fx(item.midDay), cy, shape));
    // The links live in a layer above the picture (role="img" may not contain links): each mark is a
    // real, focusable link named after its claim, and the embed script shows its tooltip on hover or focus.
    links.push(
      `<a href="${esc(f.href(item.href))}"${f.o.newTab ? ` target="_blank" rel="noopener"` : ""} class="tip" aria-label="${esc(label)}"><title>${esc(label)}</title>` +
        f.place(fx(item.midDay), cy, `<circle r="${n1(r + 3)}" fill="transparent"/>`) +
        `</a>`,
    );
  }
  parts.push("</svg>");
  if (!f.fluid) return parts.join("");
  return `<div class="rl-tl">${parts.join("")}<svg class="rlc rl-links" width="100%" height="${height}" role="group" aria-label="Claims on the timeline (links)">${links.join("")}</svg></div>`;
}
