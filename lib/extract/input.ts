import { z } from "zod";
import { parsePartialDate } from "@/lib/dates";
import { httpUrl, LIMITS, optionalText } from "@/lib/validation";
import { parseInput } from "@/lib/write";
import type { ExtractInput } from "./types";

/**
 * The longest text the extractor reads: about 6,500 words, a long feature. Its cost grows faster
 * than the text (names are resolved against every name before them), so a book-length paste
 * would hold a worker for minutes; past this it is refused as input, not run.
 */
export const EXTRACT_TEXT_LIMIT = 40_000;

export const extractInputSchema = z
  .object({
    text: z
      .string({ error: "Text is required" })
      .max(
        EXTRACT_TEXT_LIMIT,
        `Text is too long: at most ${EXTRACT_TEXT_LIMIT.toLocaleString("en-GB")} characters (about 6,500 words); paste one article`,
      )
      .refine((s) => s.trim().length > 0, "Text is required: paste the article"),
    published: z
      .string({ error: "Publication date is required (YYYY-MM-DD)" })
      .trim()
      .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && parsePartialDate(s) !== null, "Publication date must be a real day, YYYY-MM-DD"),
    url: httpUrl,
    outlet: optionalText(LIMITS.name, "Outlet"),
  })
  .strict();

/** Checks what the extractor is given: non-empty text, a real publication day, an optional http(s) URL and outlet name. */
export function parseExtractInput(input: unknown): ExtractInput {
  return parseInput(extractInputSchema, input, "The article cannot be read.");
}
