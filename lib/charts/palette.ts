import type { ClaimKind, Stance } from "@/db/enums";

/**
 * Chart colours. Kinds use the Okabe–Ito palette (distinguishable with every
 * common colour-vision deficiency), lightened in the dark theme where a hue
 * would fall under 3:1 against the background. Colour never works alone:
 * each kind also has a shape (timeline) and a fill pattern (activity), each
 * stance a symbol and a pattern, and every chart has a data table.
 */
export type ChartTheme = "light" | "dark";

export interface ThemeColors {
  background: string;
  surface: string;
  text: string;
  muted: string;
  grid: string;
  axis: string;
  link: string;
  accent: string;
  heat: string;
  heatFill: string;
  marker: string;
  kinds: Record<ClaimKind, string>;
  stances: Record<Stance, string>;
}

export const THEMES: Record<ChartTheme, ThemeColors> = {
  light: {
    background: "#ffffff",
    surface: "#ffffff",
    text: "#1d1b20",
    muted: "#5b5663",
    grid: "#e6e1d9",
    axis: "#8a8494",
    link: "#1f4fa8",
    accent: "#8a1c46",
    heat: "#c2410c",
    heatFill: "#c2410c",
    marker: "#1d1b20",
    kinds: {
      sighting: "#0072B2",
      appearance: "#E69F00",
      statement: "#009E73",
      report: "#56B4E9",
      speculation: "#CC79A7",
      denial: "#D55E00",
      confirmation: "#000000",
      professional: "#F0E442",
    },
    stances: { supports: "#D55E00", neutral: "#8C8C8C", contradicts: "#0072B2" },
  },
  dark: {
    background: "#1b1a20",
    surface: "#1b1a20",
    text: "#ece9f1",
    muted: "#b3adbd",
    grid: "#34313c",
    axis: "#8f89a0",
    link: "#8ab4ff",
    accent: "#f48fb1",
    heat: "#fb923c",
    heatFill: "#fb923c",
    marker: "#ece9f1",
    kinds: {
      sighting: "#3A9FE8",
      appearance: "#E69F00",
      statement: "#14B88A",
      report: "#8FD0F5",
      speculation: "#E08FC0",
      denial: "#F0782E",
      confirmation: "#F2F2F2",
      professional: "#F0E442",
    },
    stances: { supports: "#F0782E", neutral: "#9A9A9A", contradicts: "#3A9FE8" },
  },
};

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
}

/** Relative luminance of a `#rrggbb` colour (WCAG 2). */
export function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio between two `#rrggbb` colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** CSS custom properties for a theme, as `--name:value;` pairs (the embed and the pair page use them). */
export function themeCssVariables(theme: ChartTheme): string {
  const t = THEMES[theme];
  const vars: string[] = [
    `--c-bg:${t.background}`,
    `--c-text:${t.text}`,
    `--c-muted:${t.muted}`,
    `--c-grid:${t.grid}`,
    `--c-axis:${t.axis}`,
    `--c-link:${t.link}`,
    `--c-accent:${t.accent}`,
    `--c-heat:${t.heat}`,
    `--c-marker:${t.marker}`,
  ];
  for (const [k, v] of Object.entries(t.kinds)) vars.push(`--k-${k}:${v}`);
  for (const [k, v] of Object.entries(t.stances)) vars.push(`--s-${k}:${v}`);
  return vars.join(";");
}
