import type { ReliabilityChartData } from "../reliability-chart";
import { binOutcome, pct } from "../reliability-chart";
import { esc, Frame, n1, type SvgOptions } from "./kit";

const ROW = 40;
const TOP = 8;
const X0 = 0.012;
const X1 = 0.86;
export const RELIABILITY_SVG_HEIGHT = TOP + 6 * ROW + 44;

/**
 * The reliability diagram as SVG: per level, its promised range as a shaded
 * band, the observed share of claims that came true as a dot with its 95%
 * Wilson interval, and the count at the end. Shape and text carry the meaning;
 * colour only repeats it.
 */
export function reliabilitySvg(data: ReliabilityChartData, options: SvgOptions): string {
  const f = new Frame(options);
  const fx = (v: number) => X0 + v * (X1 - X0);
  const bottom = TOP + data.bins.length * ROW;
  const parts: string[] = [f.open(RELIABILITY_SVG_HEIGHT)];
  for (const v of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(`<line x1="${f.x(fx(v))}" x2="${f.x(fx(v))}" y1="${TOP}" y2="${bottom}"${f.paint({ stroke: v === 0 ? "axis" : "grid" })}/>`);
    parts.push(f.text(fx(v), bottom + 15, pct(v), { anchor: v === 0 ? "start" : v === 1 ? "end" : "middle", size: 11 }));
  }
  parts.push(f.text(X1, bottom + 33, "Share of settled claims that came true", { anchor: "end", size: 11, cls: "axis-title" }));

  data.bins.forEach((b, i) => {
    const y = TOP + i * ROW;
    const mid = y + 26;
    parts.push(
      `<text x="${f.x(X0)}" y="${n1(y + 12)}" dx="2" font-size="12"${f.paint({ fill: "text" })}><tspan font-weight="600">${esc(b.label)}</tspan><tspan${f.paint({ fill: "muted" })}> promises ${esc(`${pct(b.min)}–${pct(b.max)}`)}</tspan></text>`,
    );
    parts.push(
      `<rect x="${f.x(fx(b.min))}" y="${y + 18}" width="${f.x(Math.max(0.004, fx(b.max) - fx(b.min)))}" height="16"${f.paint({ fill: "grid", stroke: "axis" })} stroke-dasharray="3 2"><title>${esc(`${b.label} promises ${pct(b.min)}–${pct(b.max)}`)}</title></rect>`,
    );
    if (b.share !== null && b.interval) {
      parts.push(
        `<g class="tip"><title>${esc(`${b.label}: ${binOutcome(b)}; 95% interval ${pct(b.interval.low)}–${pct(b.interval.high)}`)}</title>` +
          `<line x1="${f.x(fx(b.interval.low))}" x2="${f.x(fx(b.interval.high))}" y1="${mid}" y2="${mid}"${f.paint({ stroke: "text" })} stroke-width="2"/>` +
          f.place(fx(b.share), mid, `<circle r="6"${f.paint({ fill: "heat", stroke: "bg" })} stroke-width="2"/>`) +
          `</g>`,
      );
    }
    parts.push(
      f.text(X1, mid + 4, b.settled ? `${b.borneOut}/${b.settled}` : "none", {
        dx: 8,
        role: b.settled ? "text" : "muted",
        size: 11,
        weight: b.settled ? 600 : undefined,
      }),
    );
  });
  parts.push("</svg>");
  return parts.join("");
}

const th = (text: string, scope: "col" | "row" = "col", num = false) =>
  `<th scope="${scope}"${num ? ' class="num"' : ""}>${esc(text)}</th>`;
const td = (text: string, num = true) => `<td${num ? ' class="num"' : ""}>${esc(text)}</td>`;

/** The diagram's data as an HTML table: each level's promise, settled count, how many came true, share and interval. */
export function reliabilityTableHtml(data: ReliabilityChartData, caption: string): string {
  const head = [
    th("Confidence at first publication"),
    th("Promised", "col", true),
    th("Settled", "col", true),
    th("Came true", "col", true),
    th("Share", "col", true),
    th("95% interval", "col", true),
  ];
  const rows = data.bins.map(
    (b) =>
      `<tr>${th(b.label, "row")}${td(`${pct(b.min)}–${pct(b.max)}`)}${td(String(b.settled))}${td(String(b.borneOut))}${td(b.share === null ? "—" : pct(b.share))}${td(b.interval ? `${pct(b.interval.low)}–${pct(b.interval.high)}` : "—")}</tr>`,
  );
  const total = data.bins.reduce((n, b) => n + b.borneOut, 0);
  rows.push(
    `<tr>${th("All levels", "row")}${td("")}${td(String(data.settled))}${td(String(total))}${td(data.settled ? pct(total / data.settled) : "—")}${td(data.brier === null ? "—" : `Brier ${data.brier.toFixed(3)}`)}</tr>`,
  );
  return `<table class="rl-table"><caption>${esc(caption)}</caption><thead><tr>${head.join("")}</tr></thead><tbody>${rows.join("")}</tbody></table>`;
}
