import { chartCss } from "@/lib/charts/css";
import { themeCssVariables } from "@/lib/charts/palette";

/**
 * Page CSS for the charts: the chart paint classes, and the chart palette
 * following the reader's colour scheme. A module of its own, so that pages
 * with a server chart but no chart island (outlets, /how-we-grade) do not pull
 * the islands' client chunk in.
 */
export const CHARTS_CSS =
  `.charts{${themeCssVariables("light")};--c-bg:var(--surface)}` +
  `@media (prefers-color-scheme:dark){.charts{${themeCssVariables("dark")};--c-bg:var(--surface)}}` +
  chartCss();
