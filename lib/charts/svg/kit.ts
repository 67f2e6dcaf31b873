import { CLAIM_KINDS, STANCES, type ClaimKind, type Stance } from "@/db/enums";
import { THEMES, type ChartTheme, type ThemeColors } from "../palette";
import { dayFromEpoch } from "../range";
import { xmlSafe } from "@/lib/html";

/**
 * `fluid`: for HTML (embeds, the pair page). Width 100%, fixed pixel height;
 * x positions are percentages and text keeps its real size at any width, so
 * the chart's height — and the iframe's — does not depend on the reader's
 * screen. `fixed`: for images (.svg, .png); everything in pixels of `width`.
 */
export type SvgMode = "fluid" | "fixed";

export interface SvgOptions {
  mode: SvgMode;
  /** Pixel width in fixed mode; in fluid mode only a hint for how many labels fit. */
  width: number;
  theme: ChartTheme;
  /** Unique per document: ids of title, desc and patterns start with it. */
  idPrefix: string;
  title: string;
  desc: string;
  /** Absolute origin for links inside the chart (embeds link out of their iframe). */
  baseUrl?: string;
  /** Open claim links in a new tab (embeds: never navigate the host article away). */
  newTab?: boolean;
}

export const FONT_STACK = "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Escapes text for XML/HTML content and attribute values; characters XML forbids (NUL, most C0 controls) are dropped, or the SVG would not parse. */
export function esc(value: string | number): string {
  return xmlSafe(String(value)).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

export const n1 = (v: number) => (Math.round(v * 10) / 10).toString();

export type Role = ClaimKind | Stance | "text" | "muted" | "grid" | "axis" | "heat" | "marker" | "bg" | "link";

function color(t: ThemeColors, role: Role): string {
  if ((CLAIM_KINDS as readonly string[]).includes(role)) return t.kinds[role as ClaimKind];
  if ((STANCES as readonly string[]).includes(role)) return t.stances[role as Stance];
  switch (role) {
    case "text":
      return t.text;
    case "muted":
      return t.muted;
    case "grid":
      return t.grid;
    case "axis":
      return t.axis;
    case "heat":
      return t.heat;
    case "marker":
      return t.marker;
    case "link":
      return t.link;
    default:
      return t.background;
  }
}

/**
 * The drawing context of one chart: coordinates and paint. Paint is written
 * twice on purpose — a concrete colour attribute (what an image or a
 * stylesheet-less viewer sees) and a class the page's CSS variables override
 * (theme switching, `auto` following the reader's preference).
 */
export class Frame {
  readonly t: ThemeColors;
  constructor(readonly o: SvgOptions) {
    this.t = THEMES[o.theme];
  }

  get fluid() {
    return this.o.mode === "fluid";
  }

  /** An x attribute value for a fraction (0–1) of the width. */
  x(f: number): string {
    return this.fluid ? `${(f * 100).toFixed(2)}%` : n1(f * this.o.width);
  }

  /** Paint attributes: `fill`/`stroke` colours plus matching classes. */
  paint(p: { fill?: Role | "none"; stroke?: Role; cls?: string }): string {
    const cls: string[] = [];
    let out = "";
    if (p.fill === "none") out += ` fill="none"`;
    else if (p.fill) {
      out += ` fill="${color(this.t, p.fill)}"`;
      cls.push(`f-${p.fill}`);
    }
    if (p.stroke) {
      out += ` stroke="${color(this.t, p.stroke)}"`;
      cls.push(`s-${p.stroke}`);
    }
    if (p.cls) cls.push(p.cls);
    return (cls.length ? ` class="${cls.join(" ")}"` : "") + out;
  }

  color(role: Role): string {
    return color(this.t, role);
  }

  /** Places content drawn around (0,0) at (fraction of width, y px). */
  place(f: number, y: number, inner: string, attrs = ""): string {
    return this.fluid
      ? `<svg x="${this.x(f)}" y="${n1(y)}" overflow="visible"${attrs}>${inner}</svg>`
      : `<g transform="translate(${this.x(f)} ${n1(y)})"${attrs}>${inner}</g>`;
  }

  /**
   * A polyline/area in chart space: points as (fraction, y px). In fluid mode
   * it lives in a nested SVG stretched to the width with a non-scaling stroke.
   */
  stretch(top: number, height: number, body: (x: (f: number) => string) => string): string {
    if (!this.fluid) return body((f) => n1(f * this.o.width));
    return `<svg x="0" y="0" width="100%" height="${n1(top + height)}" viewBox="0 0 1000 ${n1(top + height)}" preserveAspectRatio="none" overflow="visible">${body((f) => n1(f * 1000))}</svg>`;
  }

  text(
    f: number,
    y: number,
    content: string,
    p: {
      anchor?: "start" | "middle" | "end";
      role?: Role;
      size?: number;
      weight?: number;
      cls?: string;
      dx?: number;
      /** Outlined in the background colour, so the text stays legible over a line drawn beneath it. */
      halo?: boolean;
    } = {},
  ): string {
    const anchor = p.anchor && p.anchor !== "start" ? ` text-anchor="${p.anchor}"` : "";
    const size = p.size ? ` font-size="${p.size}"` : "";
    const weight = p.weight ? ` font-weight="${p.weight}"` : "";
    const dx = p.dx ? ` dx="${p.dx}"` : "";
    const paint = this.paint({ fill: p.role ?? "muted", stroke: p.halo ? "bg" : undefined, cls: p.cls });
    const halo = p.halo ? ` stroke-width="3" stroke-linejoin="round" paint-order="stroke"` : "";
    return `<text x="${this.x(f)}" y="${n1(y)}"${dx}${anchor}${size}${weight}${paint}${halo}>${esc(content)}</text>`;
  }

  href(path: string): string {
    return this.o.baseUrl ? new URL(path, this.o.baseUrl).toString() : path;
  }

  /** The root element: role="img" with <title> and <desc>, the accessible name and description. */
  open(height: number, extra = ""): string {
    const p = this.o.idPrefix;
    const size = this.fluid
      ? `width="100%" height="${height}"`
      : `width="${this.o.width}" height="${height}" viewBox="0 0 ${this.o.width} ${height}"`;
    const bg = this.fluid ? "" : `<rect width="100%" height="100%"${this.paint({ fill: "bg" })}/>`;
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" ${size} role="img" aria-labelledby="${p}-t ${p}-d" class="rlc" font-family="${esc(FONT_STACK)}" font-size="12">` +
      `<title id="${p}-t">${esc(this.o.title)}</title><desc id="${p}-d">${esc(this.o.desc)}</desc>${extra}${bg}`
    );
  }
}

/** Tick positions for a time axis between two epoch days: whole months or years, at most `max` of them. */
export function timeTicks(startDay: number, endDay: number, max = 5): { day: number; label: string; major: boolean }[] {
  const start = dayFromEpoch(startDay);
  const end = dayFromEpoch(endDay);
  const [sy, sm] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  const [ey, em] = [Number(end.slice(0, 4)), Number(end.slice(5, 7))];
  const months = (ey - sy) * 12 + (em - sm) + 1;
  const steps = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600];
  const step = steps.find((s) => Math.ceil(months / s) <= max) ?? 1200;
  const SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const ticks: { day: number; label: string; major: boolean }[] = [];
  // Month boundaries inside the span whose month index (y·12 + m) lands on the step: January of every year, every quarter…
  let index = sy * 12 + (sm - 1) + (start.slice(8) === "01" ? 0 : 1);
  while (index % step !== 0) index++;
  for (; ; index += step) {
    const y = Math.floor(index / 12);
    const m = (index % 12) + 1;
    const day = Math.round(Date.parse(`${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-01T00:00:00Z`) / 86_400_000);
    if (day > endDay) break;
    const first = ticks.length === 0;
    ticks.push({ day, label: step >= 12 ? String(y) : m === 1 || first ? `${SHORT[m - 1]} ${y}` : SHORT[m - 1], major: m === 1 });
  }
  return ticks;
}

/** Round numbers for a count axis from 0 to at least `max`. */
export function countTicks(max: number, target = 4): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / target;
  const step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000].find((s) => s >= raw) ?? Math.ceil(raw);
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += step) ticks.push(v);
  return ticks;
}
