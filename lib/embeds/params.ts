import { z } from "zod";
import { claimFiltersSchema } from "@/lib/claims/filters";
import { CHART_VIEWS, type ChartView } from "@/lib/charts/types";
import type { EmbedTheme } from "./urls";

export type EmbedFormat = "html" | "svg" | "png";

/** `heat`, `heat.svg`, `heat.png` → view and format; null for anything else (a 404). */
export function parseViewSegment(segment: string): { view: ChartView; format: EmbedFormat } | null {
  const m = /^([a-z]+)(?:\.(svg|png))?$/.exec(segment);
  if (!m || !(CHART_VIEWS as readonly string[]).includes(m[1])) return null;
  return { view: m[1] as ChartView, format: (m[2] as EmbedFormat | undefined) ?? "html" };
}

const embedQuerySchema = z.object({
  theme: z.enum(["light", "dark", "auto"]).optional(),
  width: z.coerce.number().int().min(320).max(2400).optional(),
});

export interface EmbedQuery {
  theme: EmbedTheme;
  from?: string;
  to?: string;
  width?: number;
}

/**
 * Reads `theme`, `from`, `to` (and `width` for images) from an embed URL.
 * Dates use the timeline filters' rules (YYYY, YYYY-MM, YYYY-MM-DD, from ≤ to).
 * Returns the problem in words for a 400 instead of throwing.
 */
export function parseEmbedQuery(search: URLSearchParams): { ok: true; query: EmbedQuery } | { ok: false; problem: string } {
  const base = embedQuerySchema.safeParse({ theme: search.get("theme") || undefined, width: search.get("width") || undefined });
  if (!base.success) {
    const issue = base.error.issues[0];
    return {
      ok: false,
      problem: `${String(issue.path[0])}: ${issue.path[0] === "theme" ? "use light, dark or auto" : "use a whole number of pixels from 320 to 2400"}`,
    };
  }
  const dates = claimFiltersSchema.safeParse({ from: search.get("from") ?? undefined, to: search.get("to") ?? undefined });
  if (!dates.success) {
    const issue = dates.error.issues[0];
    return { ok: false, problem: `${String(issue.path[0] ?? "from")}: ${issue.message}` };
  }
  return { ok: true, query: { theme: base.data.theme ?? "auto", from: dates.data.from, to: dates.data.to, width: base.data.width } };
}
