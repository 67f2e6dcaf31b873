import { z } from "zod";
import { CLAIM_KINDS, CONFIDENCE_LEVELS } from "@/db/enums";
import { dateInterval, parsePartialDate } from "@/lib/dates";

const partialDate = z
  .string()
  .trim()
  .refine((v) => parsePartialDate(v) !== null, { message: "Use a real date: YYYY-MM-DD, YYYY-MM or YYYY" });

/** A value given once or repeated (`?kind=a&kind=b`), or comma-separated (`?kind=a,b`). */
export function listOf<T extends readonly [string, ...string[]]>(values: T) {
  return z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(",")).filter(Boolean)))
    .pipe(z.array(z.enum(values)));
}

/** The timeline filters a reader sets in the URL, shared by the pair page and the API. */
export const claimFiltersSchema = z
  .object({
    kind: listOf(CLAIM_KINDS),
    confidence: listOf(CONFIDENCE_LEVELS),
    outlet: z
      .string()
      .trim()
      .regex(/^[a-z0-9-]+$/, "Unknown outlet")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    from: partialDate.optional().or(z.literal("").transform(() => undefined)),
    to: partialDate.optional().or(z.literal("").transform(() => undefined)),
  })
  // Zod still runs this check when a date failed its own validation, so only compare two real dates
  // (an impossible date like 2025-02-30 is reported by its field, never thrown as a 500).
  .refine(
    (f) => !f.from || !f.to || !parsePartialDate(f.from) || !parsePartialDate(f.to) || dateInterval(f.from).start <= dateInterval(f.to).end,
    {
      message: "The start of the range is after its end",
      path: ["to"],
    },
  );

export type ClaimFilters = z.output<typeof claimFiltersSchema>;

export const NO_FILTERS: ClaimFilters = { kind: [], confidence: [], outlet: undefined, from: undefined, to: undefined };

/** True when any filter narrows the list. */
export function hasFilters(f: ClaimFilters): boolean {
  return f.kind.length > 0 || f.confidence.length > 0 || !!f.outlet || !!f.from || !!f.to;
}

/** Reads filters from a URL's search params; an invalid value is dropped and reported, the rest still apply. */
export function filtersFromSearchParams(params: Record<string, string | string[] | undefined>): {
  filters: ClaimFilters;
  problems: Record<string, string>;
} {
  const parsed = claimFiltersSchema.safeParse(params);
  if (parsed.success) return { filters: parsed.data, problems: {} };
  const problems: Record<string, string> = {};
  for (const issue of parsed.error.issues) problems[String(issue.path[0] ?? "filters")] ??= issue.message;
  // Keep every field that did parse on its own.
  const filters = { ...NO_FILTERS };
  for (const key of Object.keys(NO_FILTERS) as (keyof ClaimFilters)[]) {
    if (problems[key]) continue;
    const one = claimFiltersSchema.safeParse({ [key]: params[key] });
    if (one.success) (filters as Record<string, unknown>)[key] = one.data[key];
  }
  return { filters, problems };
}

/** The URL query string for a set of filters (empty filters omitted). */
export function filtersToQuery(f: ClaimFilters): string {
  const q = new URLSearchParams();
  for (const k of f.kind) q.append("kind", k);
  for (const c of f.confidence) q.append("confidence", c);
  if (f.outlet) q.set("outlet", f.outlet);
  if (f.from) q.set("from", f.from);
  if (f.to) q.set("to", f.to);
  const s = q.toString();
  return s ? `?${s}` : "";
}
