import type { ChartView } from "@/lib/charts/types";

export type EmbedTheme = "light" | "dark" | "auto";

export interface EmbedParams {
  theme?: EmbedTheme;
  from?: string;
  to?: string;
}

function query(params: EmbedParams & { width?: number }): string {
  const q = new URLSearchParams();
  if (params.theme && params.theme !== "auto") q.set("theme", params.theme);
  if (params.from) q.set("from", params.from);
  if (params.to) q.set("to", params.to);
  if (params.width) q.set("width", String(params.width));
  const s = q.toString();
  return s ? `?${s}` : "";
}

export const embedPath = (slug: string, view: ChartView, params: EmbedParams = {}) => `/embed/pairs/${slug}/${view}${query(params)}`;
export const imagePath = (slug: string, view: ChartView, format: "svg" | "png", params: EmbedParams & { width?: number } = {}) =>
  `/embed/pairs/${slug}/${view}.${format}${query(params)}`;
export const oembedPath = (url: string) => `/api/oembed?url=${encodeURIComponent(url)}&format=json`;
