import { z } from "zod";
import { dateProblem, parsePartialDate } from "@/lib/dates";
import { controlCharacterProblem } from "@/lib/control-characters";
import { isPersonSlug } from "@/lib/slugs";

/** Limits on text fields: generous for journalism, small enough that nobody stores a novel in a headline. */
export const LIMITS = {
  headline: 200,
  details: 5000,
  quote: 2000,
  place: 120,
  name: 120,
  description: 300,
  url: 2000,
  title: 300,
  correction: 2000,
  reason: 500,
  citations: 20,
  mentions: 20,
  aliases: 10,
} as const;

/** Refuses control characters (other than tab and line breaks) with a message naming the field and the character. */
function noControlCharacters(label: string) {
  return (value: string, ctx: z.RefinementCtx) => {
    const problem = controlCharacterProblem(value, label);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  };
}

/** Collapses an empty or all-whitespace optional text to null. */
export function optionalText(max: number, label: string) {
  return z
    .string({ error: `${label} must be text` })
    .max(max * 4, `${label} is too long (at most ${max} characters)`)
    .superRefine(noControlCharacters(label))
    .transform((s) => s.trim())
    .pipe(z.string().max(max, `${label} is too long (at most ${max} characters)`))
    .transform((s) => (s === "" ? null : s))
    .nullish()
    .transform((v) => v ?? null);
}

export function requiredText(max: number, label: string) {
  return z
    .string({ error: `${label} is required` })
    .max(max * 4, `${label} is too long (at most ${max} characters)`)
    .superRefine(noControlCharacters(label))
    .transform((s) => s.trim())
    .pipe(z.string().min(1, `${label} is required`).max(max, `${label} is too long (at most ${max} characters)`));
}

export const slugField = (label: string) =>
  z
    .string({ error: `${label} must be a slug` })
    .trim()
    .toLowerCase()
    .refine((s) => s.length <= 200 && isPersonSlug(s), `${label} must be a slug like "ana-de-armas"`);

/** An optional absolute http(s) URL. Anything else (javascript:, data:, relative) is refused. */
export const httpUrl = z
  .string({ error: "URL must be text" })
  .superRefine(noControlCharacters("URL"))
  .trim()
  .max(LIMITS.url, `URL is too long (at most ${LIMITS.url} characters)`)
  .refine((s) => {
    if (s === "") return true;
    try {
      const u = new URL(s);
      return (u.protocol === "http:" || u.protocol === "https:") && !!u.hostname;
    } catch {
      return false;
    }
  }, "URL must start with http:// or https://")
  .transform((s) => (s === "" ? null : s))
  .nullish()
  .transform((v) => v ?? null);

/** An optional `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export const partialDateField = (label: string) =>
  z
    .string({ error: `${label} must be a date` })
    .trim()
    .max(10, `${label} must be YYYY-MM-DD, YYYY-MM or YYYY`)
    .refine((s) => s === "" || parsePartialDate(s) !== null, `${label} is not a real date (use YYYY-MM-DD, YYYY-MM or YYYY)`)
    .transform((s) => (s === "" ? null : s))
    .nullish()
    .transform((v) => v ?? null);

/** Adds a field error when an occurredOn string does not fit its precision. */
export function checkDatePrecision(value: { occurredOn?: string; precision?: Parameters<typeof dateProblem>[1] }, ctx: z.RefinementCtx) {
  if (!value.occurredOn || !value.precision) return;
  const problem = dateProblem(value.occurredOn, value.precision);
  if (problem) ctx.addIssue({ code: "custom", path: ["occurredOn"], message: problem.charAt(0).toUpperCase() + problem.slice(1) });
}
