import { createElement, type ReactNode } from "react";
import type { AnyChartData } from "@/lib/charts/chart-data";
import { legendItems, swatchNode, type SvgNode } from "@/lib/charts/svg/legend";

/** `stroke-width` → `strokeWidth`, `class` → `className`; `aria-*` stays as it is. */
const propName = (name: string) =>
  name === "class" ? "className" : name.startsWith("aria-") ? name : name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

function svgElement(node: SvgNode, key: string): ReactNode {
  const props: Record<string, string> = { key };
  for (const [name, value] of Object.entries(node.attrs)) props[propName(name)] = value;
  const children = (node.children ?? []).map((child, i) => svgElement(child, `${key}.${i}`));
  return createElement(node.tag, props, ...children, node.text);
}

/**
 * A chart's legend as page elements (the same swatches as the embeds' markup
 * legend, ADR 9): a list that wraps to any width and reads as text. Drawn in
 * the light palette; the page's chart CSS repaints the swatches for dark.
 */
export function ChartLegend({ data }: { data: AnyChartData }) {
  const items = legendItems(data);
  if (items.length === 0) return null;
  return (
    <ul className="rl-legend" aria-label="Legend">
      {items.map((item, i) => (
        <li key={i}>
          {svgElement(swatchNode(item, "light"), "swatch")}
          {item.label}
        </li>
      ))}
    </ul>
  );
}
