import { KIND_LABELS } from "@/lib/vocabulary";
import type { ActivityBin, ActivityChartData } from "../activity-chart";
import { plural } from "../range";
import { countTicks, esc, Frame, n1, type SvgOptions } from "./kit";
import { patternDefs, patternId } from "./marks";

export const ACTIVITY_SVG_HEIGHT = 250;
const TOP = 30;
const BOTTOM = 196;

/** The activity view as SVG: claims per month stacked by kind; year-only claims in a separate, labelled block. */
export function activitySvg(data: ActivityChartData, options: SvgOptions): string {
  const f = new Frame(options);
  const parts: string[] = [f.open(ACTIVITY_SVG_HEIGHT, patternDefs(f, data.kinds))];
  const ticks = countTicks(Math.max(1, data.maxTotal), 4);
  const top = ticks[ticks.length - 1];
  const fy = (v: number) => BOTTOM - (v / top) * (BOTTOM - TOP);
  const unit = data.binning === "month" ? "month" : "year";
  parts.push(f.text(0, 12, `Number of claims per ${unit}`, { role: "text", weight: 600, cls: "axis-title" }));

  const hasYearOnly = data.yearOnly.length > 0;
  const X0 = 0.012;
  const X1 = 0.988;
  const monthsEnd = hasYearOnly ? X1 - Math.min(0.3, 0.075 * data.yearOnly.length + 0.07) : X1;
  for (const v of ticks) {
    parts.push(
      `<line x1="${f.x(X0)}" x2="${f.x(X1)}" y1="${n1(fy(v))}" y2="${n1(fy(v))}"${f.paint({ stroke: v === 0 ? "axis" : "grid" })}/>`,
    );
    if (v > 0) parts.push(f.text(X0, fy(v) - 4, String(v), { size: 11 }));
  }

  const bars = (bins: ActivityBin[], from: number, to: number, approxNote: boolean) => {
    const slot = (to - from) / Math.max(1, bins.length);
    const labelEvery = Math.max(1, Math.ceil(bins.length / 12));
    bins.forEach((b, i) => {
      const x = from + slot * i + slot * 0.14;
      const w = slot * 0.72;
      let y = BOTTOM;
      const tip = `${b.label}${approxNote ? " (month unknown)" : ""}: ${plural(b.total, "claim")}${b.approximate ? `, ${b.approximate} dated circa` : ""}`;
      const segs: string[] = [];
      for (const k of data.kinds) {
        const n = b.counts[k];
        if (!n) continue;
        const h = (n / top) * (BOTTOM - TOP);
        y -= h;
        segs.push(
          `<rect x="${f.x(x)}" y="${n1(y)}" width="${f.x(w)}" height="${n1(h)}" fill="url(#${patternId(f, k)})"${f.paint({ stroke: "bg" })} stroke-width="1"><title>${esc(`${tip} — ${KIND_LABELS[k]}: ${n}`)}</title></rect>`,
        );
      }
      parts.push(`<g class="tip">${segs.join("")}</g>`);
      if (b.total > 0 && bins.length <= 24)
        parts.push(f.text(x + w / 2, y - 4, String(b.total), { anchor: "middle", role: "text", size: 11, weight: 600 }));
      if (i % labelEvery === 0 || approxNote) {
        const label = approxNote ? `${b.key}*` : data.binning === "year" ? b.key : b.shortLabel;
        parts.push(
          f.text(x + w / 2, BOTTOM + 15, label, {
            anchor: "middle",
            size: 11,
            cls: !approxNote && (i / labelEvery) % 2 ? "tick-odd" : undefined,
          }),
        );
      }
      if (data.binning === "month" && !approxNote && (i === 0 || b.key.endsWith("-01"))) {
        parts.push(
          f.text(x + w / 2, BOTTOM + 29, b.key.slice(0, 4), {
            anchor: bins.length > 1 && i === 0 ? "start" : "middle",
            role: "text",
            size: 11,
            weight: 600,
          }),
        );
      }
    });
  };
  bars(data.bins, X0, monthsEnd, false);
  if (hasYearOnly) {
    const from = monthsEnd + 0.02;
    parts.push(
      `<line x1="${f.x(monthsEnd + 0.01)}" x2="${f.x(monthsEnd + 0.01)}" y1="${TOP - 6}" y2="${BOTTOM + 34}"${f.paint({ stroke: "grid" })} stroke-dasharray="3 3"/>`,
    );
    bars(data.yearOnly, from, X1, true);
    parts.push(f.text(X1, BOTTOM + 29, "Month unknown", { anchor: "end", role: "text", size: 11, weight: 600 }));
  }
  parts.push(
    f.text(X1, BOTTOM + 46, data.binning === "month" ? "Month the claim is dated to" : "Year the claim is dated to", {
      anchor: "end",
      size: 11,
      cls: "axis-title",
    }),
  );
  parts.push("</svg>");
  return parts.join("");
}
