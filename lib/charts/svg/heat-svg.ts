import type { HeatChartData } from "../heat-chart";
import { esc, Frame, n1, timeTicks, type SvgOptions } from "./kit";
import { markerPath } from "./marks";

export const HEAT_SVG_HEIGHT = 250;
const TOP = 30;
const BOTTOM = 206;
const X0 = 0.012;
const X1 = 0.988;

/** The heat view as SVG: a line of heat 0–100 over time with ▲ confirmations and ▼ denials on it. */
export function heatSvg(data: HeatChartData, options: SvgOptions): string {
  const f = new Frame(options);
  const span = Math.max(1, data.endDay - data.startDay);
  const fx = (day: number) => X0 + ((day - data.startDay) / span) * (X1 - X0);
  const fy = (heat: number) => BOTTOM - (heat / 100) * (BOTTOM - TOP);
  const parts: string[] = [f.open(HEAT_SVG_HEIGHT)];

  parts.push(f.text(0, 12, "Heat (0–100)", { role: "text", weight: 600, cls: "axis-title" }));
  for (const v of [0, 25, 50, 75, 100]) {
    const y = fy(v);
    parts.push(`<line x1="${f.x(X0)}" x2="${f.x(X1)}" y1="${n1(y)}" y2="${n1(y)}"${f.paint({ stroke: v === 0 ? "axis" : "grid" })}/>`);
  }

  const ticks = timeTicks(data.startDay, data.endDay, 5);
  ticks.forEach((t, i) => {
    const x = fx(t.day);
    parts.push(`<line x1="${f.x(x)}" x2="${f.x(x)}" y1="${BOTTOM}" y2="${BOTTOM + 5}"${f.paint({ stroke: "axis" })}/>`);
    const anchor = x < 0.06 ? "start" : x > 0.94 ? "end" : "middle";
    parts.push(f.text(x, BOTTOM + 18, t.label, { anchor, size: 11, cls: i % 2 ? "tick-odd" : undefined }));
  });
  parts.push(f.text(X1, BOTTOM + 36, "Date (heat on each day)", { anchor: "end", size: 11, cls: "axis-title" }));

  if (data.points.length > 0) {
    parts.push(
      f.stretch(TOP, BOTTOM - TOP, (x) => {
        const line = data.points.map((p, i) => `${i ? "L" : "M"}${x(fx(p.day))},${n1(fy(p.heat))}`).join("");
        const area = `${line}L${x(fx(data.points[data.points.length - 1].day))},${BOTTOM}L${x(fx(data.points[0].day))},${BOTTOM}Z`;
        return (
          `<path d="${area}"${f.paint({ fill: "heat" })} fill-opacity="0.14" stroke="none"/>` +
          `<path d="${line}"${f.paint({ fill: "none", stroke: "heat" })} stroke-width="2.25" stroke-linejoin="round" vector-effect="non-scaling-stroke"/>`
        );
      }),
    );
  }

  // The scale's numbers over the line, outlined: the line often starts at the left edge, where they sit.
  for (const v of [25, 50, 75, 100]) parts.push(f.text(X0, fy(v) - 4, String(v), { size: 11, halo: true }));

  if (data.peak && data.peak.heat > 0) {
    const day = Math.round(Date.parse(`${data.peak.date}T00:00:00Z`) / 86_400_000);
    const x = fx(day);
    const anchor = x < 0.12 ? "start" : x > 0.88 ? "end" : "middle";
    parts.push(f.place(x, fy(data.peak.heat), `<circle r="3.5"${f.paint({ fill: "heat", stroke: "bg" })} stroke-width="1.5"/>`));
    parts.push(f.text(x, fy(data.peak.heat) - 9, `Peak ${data.peak.heat}`, { anchor, role: "text", size: 11, weight: 600 }));
  }

  for (const m of data.markers) {
    const x = fx(m.day);
    const y = fy(m.heat);
    const label = `${m.kind === "confirmation" ? "Confirmation" : "Denial"}, ${m.dateLabel}: ${m.headline}`;
    parts.push(
      `<line x1="${f.x(x)}" x2="${f.x(x)}" y1="${n1(y)}" y2="${BOTTOM}"${f.paint({ stroke: "marker" })} stroke-dasharray="2 3" stroke-opacity="0.6"/>`,
    );
    const mark = `<path d="${markerPath(m.kind, 6)}"${f.paint({ fill: "marker", stroke: "bg", cls: "tip" })} stroke-width="1.2"><title>${esc(label)}</title></path>`;
    parts.push(f.place(x, m.kind === "denial" ? y - 9 : y + 9, mark));
  }

  parts.push("</svg>");
  return parts.join("");
}
