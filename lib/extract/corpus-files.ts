import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { CLAIM_KINDS, CONFIDENCE_LEVELS, DATE_PRECISIONS, STANCES } from "@/db/enums";
import { parsePartialDate } from "@/lib/dates";
import type { ExtractInput, KeyedClaim } from "./types";

/**
 * The evaluation corpus on disk (ADR 0018): `tune/` may be tuned on, `holdout/` never,
 * `seed/` is the seed article. Each `NAME.txt` has its key `NAME.json` beside it.
 */
export const CORPUS_SETS = ["tune", "holdout", "seed"] as const;
export type CorpusSet = (typeof CORPUS_SETS)[number];

export const DEFAULT_CORPUS_DIR = path.join(process.cwd(), "lib", "extract", "corpus");

export interface KeyedArticle {
  published: string;
  outlet: string | null;
  claims: KeyedClaim[];
}

export interface CorpusArticle {
  set: CorpusSet;
  /** The file name without extension, e.g. `01-osteria-lume`. */
  name: string;
  text: string;
  key: KeyedArticle;
}

/** What the extractor is given for a corpus article: its text, and the publication date and outlet from its key. */
export function corpusInput(article: CorpusArticle): ExtractInput {
  return { text: article.text, published: article.key.published, outlet: article.key.outlet };
}

/**
 * Why a keyed date does not fit its precision, or null. Unlike the ledger's own rule, a circa
 * date may name a day: "over the weekend" is keyed as that Saturday, circa.
 */
export function keyedDateProblem(value: string, precision: KeyedClaim["precision"]): string | null {
  const parsed = parsePartialDate(value);
  if (!parsed) return `"${value}" is not a real date (YYYY-MM-DD, YYYY-MM or YYYY)`;
  const unit = parsed.day !== undefined ? "day" : parsed.month !== undefined ? "month" : "year";
  if (precision !== "circa" && precision !== unit) return `"${value}" is a ${unit}, not a ${precision}`;
  return null;
}

const name = z.string().trim().min(1);

export const keyedClaimSchema: z.ZodType<KeyedClaim> = z
  .strictObject({
    pair: z.tuple([name, name]).refine(([a, b]) => a.toLowerCase() !== b.toLowerCase(), "a pair needs two different people"),
    kind: z.enum(CLAIM_KINDS),
    occurredOn: z.string(),
    precision: z.enum(DATE_PRECISIONS),
    place: name.nullable(),
    speaker: name.nullable(),
    quote: name.nullable(),
    outlet: name.nullable(),
    mentions: z.array(name),
    stance: z.enum(STANCES),
    confidence: z.enum(CONFIDENCE_LEVELS).optional(),
    headline: name.optional(),
  })
  .superRefine((claim, ctx) => {
    const problem = keyedDateProblem(claim.occurredOn, claim.precision);
    if (problem) ctx.addIssue({ code: "custom", path: ["occurredOn"], message: problem });
  });

export const keyedArticleSchema: z.ZodType<KeyedArticle> = z.strictObject({
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((s) => parsePartialDate(s) !== null, "not a real day"),
  outlet: name.nullable(),
  claims: z.array(keyedClaimSchema),
});

/** Reads and validates every article of the corpus, in set then file order; throws naming the bad file. */
export function loadCorpus(dir: string = DEFAULT_CORPUS_DIR): CorpusArticle[] {
  const articles: CorpusArticle[] = [];
  for (const set of CORPUS_SETS) {
    const folder = path.join(dir, set);
    if (!fs.existsSync(folder)) continue;
    // Numeric order: "100-…" comes after "99-…".
    const files = fs.readdirSync(folder).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
    for (const file of files.filter((f) => f.endsWith(".json"))) {
      if (!files.includes(file.replace(/\.json$/, ".txt"))) throw new Error(`${set}/${file} has no article beside it`);
    }
    for (const file of files.filter((f) => f.endsWith(".txt"))) {
      const base = file.replace(/\.txt$/, "");
      const keyFile = path.join(folder, `${base}.json`);
      if (!fs.existsSync(keyFile)) throw new Error(`${set}/${file} has no key ${base}.json`);
      let json: unknown;
      try {
        json = JSON.parse(fs.readFileSync(keyFile, "utf8"));
      } catch (error) {
        throw new Error(`${set}/${base}.json is not JSON: ${(error as Error).message}`, { cause: error });
      }
      const parsed = keyedArticleSchema.safeParse(json);
      if (!parsed.success) throw new Error(`${set}/${base}.json: ${z.prettifyError(parsed.error)}`);
      articles.push({ set, name: base, text: fs.readFileSync(path.join(folder, file), "utf8"), key: parsed.data });
    }
  }
  return articles;
}
