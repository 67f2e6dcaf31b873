import type { ClaimKind, Stance } from "@/db/enums";
import { STANCES } from "@/db/enums";
import { KIND_LABELS, STANCE_LABELS } from "@/lib/vocabulary";
import type { AnyChartData } from "../chart-data";
import { THEMES, type ChartTheme } from "../palette";
import { esc } from "./kit";
import { KIND_PATTERNS, kindShapePath, markerPath, STANCE_PATTERNS } from "./marks";

export type LegendItem =
  | { type: "shape"; kind: ClaimKind; label: string }
  | { type: "pattern"; key: ClaimKind | Stance; label: string }
  | { type: "line"; label: string }
  | { type: "marker"; kind: "confirmation" | "denial"; label: string }
  | { type: "band"; circa: boolean; label: string }
  | { type: "size"; label: string }
  | { type: "note"; label: string };

/** What a view's legend explains, in reading order. */
export function legendItems(data: AnyChartData): LegendItem[] {
  switch (data.view) {
    case "heat": {
      const items: LegendItem[] = [{ type: "line", label: "Heat (0–100)" }];
      if (data.markers.some((m) => m.kind === "confirmation")) items.push({ type: "marker", kind: "confirmation", label: "Confirmation" });
      if (data.markers.some((m) => m.kind === "denial")) items.push({ type: "marker", kind: "denial", label: "Denial" });
      return items;
    }
    case "activity": {
      const items: LegendItem[] = data.kinds.map((k) => ({ type: "pattern", key: k, label: KIND_LABELS[k] }));
      const year = data.yearOnly[data.yearOnly.length - 1]?.key;
      if (year) items.push({ type: "note", label: `${year}* = dated only to ${year}, month unknown` });
      return items;
    }
    case "confidence":
      return STANCES.map((s) => ({ type: "pattern", key: s, label: STANCE_LABELS[s] }));
    case "timeline": {
      const items: LegendItem[] = data.lanes.map((l) => ({ type: "shape", kind: l.kind, label: KIND_LABELS[l.kind] }));
      items.push({ type: "size", label: "Bigger = higher confidence" });
      if (data.items.some((i) => i.endDay > i.startDay && i.precision !== "circa"))
        items.push({ type: "band", circa: false, label: "Date known to the month or year" });
      if (data.items.some((i) => i.endDay > i.startDay && i.precision === "circa"))
        items.push({ type: "band", circa: true, label: "Approximate (circa)" });
      return items;
    }
  }
}

const OVERLAYS: Record<string, string> = {
  diag: "M-2,2L2,-2M0,8L8,0M6,10L10,6M8,16L16,8",
  anti: "M0,0L8,8M6,-2L10,2M-2,6L2,10M8,8L16,16",
  hlines: "M0,2H16M0,6H16M0,10H16",
  vlines: "M2,0V16M6,0V16M10,0V16",
  cross: "M0,0L16,16M16,0L0,16M8,0L16,8M0,8L8,16",
  grid: "M0,4H16M4,0V16M12,0V16M0,12H16",
  dots: "",
};

/** A small SVG element as data: drawn as markup (embeds, images) or as React elements (the pair page's legend). */
export interface SvgNode {
  tag: string;
  attrs: Record<string, string>;
  children?: SvgNode[];
  text?: string;
}

const el = (tag: string, attrs: Record<string, string | undefined>, children?: SvgNode[]): SvgNode => ({
  tag,
  attrs: Object.fromEntries(Object.entries(attrs).filter((e): e is [string, string] => e[1] !== undefined)),
  children,
});

/** A 14×14 swatch, self-contained (no shared <defs>) so it survives the chart being swapped for the interactive one. */
export function swatchNode(item: LegendItem, theme: ChartTheme): SvgNode {
  const t = THEMES[theme];
  const svg = (...children: SvgNode[]) =>
    el("svg", { width: "16", height: "14", viewBox: "-1 -1 16 14", "aria-hidden": "true", focusable: "false" }, children);
  switch (item.type) {
    case "line":
      return svg(el("path", { d: "M0,9L5,4L9,7L14,2", fill: "none", stroke: t.heat, class: "s-heat", "stroke-width": "2.2" }));
    case "marker":
      return svg(el("path", { transform: "translate(7 6)", d: markerPath(item.kind, 5.5), fill: t.marker, class: "f-marker" }));
    case "shape":
      return svg(
        el("path", { transform: "translate(7 6)", d: kindShapePath(item.kind, 5), fill: t.kinds[item.kind], class: `f-${item.kind}` }),
      );
    case "size":
      return svg(
        el("circle", { cx: "3", cy: "8", r: "2.5", fill: t.muted, class: "f-muted" }),
        el("circle", { cx: "10", cy: "6", r: "4.5", fill: t.muted, class: "f-muted" }),
      );
    case "note":
      return svg({
        ...el("text", {
          x: "7",
          y: "10.5",
          "font-size": "13",
          "font-weight": "700",
          "text-anchor": "middle",
          fill: t.muted,
          class: "f-muted",
        }),
        text: "*",
      });
    case "band":
      return svg(
        el("rect", {
          x: "0",
          y: "3",
          width: "14",
          height: "6",
          rx: "3",
          fill: t.muted,
          class: "f-muted s-muted",
          stroke: t.muted,
          "fill-opacity": "0.25",
          "stroke-dasharray": item.circa ? "3 2" : undefined,
        }),
      );
    case "pattern": {
      const isStance = (STANCES as readonly string[]).includes(item.key);
      const base = isStance ? t.stances[item.key as Stance] : t.kinds[item.key as ClaimKind];
      const pattern = isStance ? STANCE_PATTERNS[item.key as Stance] : KIND_PATTERNS[item.key as ClaimKind];
      const overlay =
        pattern === "dots"
          ? [
              [3, 3],
              [9, 9],
              [9, 3],
              [3, 9],
            ].map(([cx, cy]) => el("circle", { cx: String(cx), cy: String(cy), r: "1.3" }))
          : OVERLAYS[pattern]
            ? [
                el("path", {
                  d: OVERLAYS[pattern],
                  fill: "none",
                  stroke: t.background,
                  class: "s-bg",
                  "stroke-width": "1.6",
                  "stroke-opacity": "0.55",
                }),
              ]
            : [];
      return el("svg", { width: "14", height: "12", viewBox: "0 0 12 12", "aria-hidden": "true", focusable: "false" }, [
        el("rect", { width: "12", height: "12", fill: base, class: `f-${item.key}` }),
        el("g", { fill: t.background, class: "f-bg" }, overlay),
      ]);
    }
  }
}

/** An SvgNode as markup (attribute values and text escaped). */
export function svgNodeMarkup(node: SvgNode): string {
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join("");
  const inner = (node.children ?? []).map(svgNodeMarkup).join("") + (node.text === undefined ? "" : esc(node.text));
  return inner || node.tag === "svg" || node.tag === "g" ? `<${node.tag}${attrs}>${inner}</${node.tag}>` : `<${node.tag}${attrs}/>`;
}

/** A swatch as SVG markup. */
export function swatchSvg(item: LegendItem, theme: ChartTheme): string {
  return svgNodeMarkup(swatchNode(item, theme));
}

/** The legend as an HTML list: wraps to any width, readable as text. */
export function legendHtml(data: AnyChartData, theme: ChartTheme): string {
  const items = legendItems(data);
  if (items.length === 0) return "";
  return `<ul class="rl-legend" aria-label="Legend">${items.map((i) => `<li>${swatchSvg(i, theme)}${esc(i.label)}</li>`).join("")}</ul>`;
}
