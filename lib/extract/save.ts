import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { CLAIM_KINDS, CONFIDENCE_LEVELS, DATE_PRECISIONS, STANCES } from "@/db/enums";
import { claims, pairs } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { createClaim } from "@/lib/claims/write";
import type { ClaimView } from "@/lib/claims/types";
import { ValidationError, type FieldErrors } from "@/lib/errors";
import { canonicalPairSlug } from "@/lib/slugs";
import { httpUrl, LIMITS, optionalText, slugField } from "@/lib/validation";
import { parseInput, writeTransaction, type Tx } from "@/lib/write";
import type { DatePrecision } from "@/lib/vocabulary";

/** The claim store keeps `circa` at a month or a year: "that Saturday, circa" is stored as its month, circa. */
export function storableDate(occurredOn: string, precision: DatePrecision): string {
  return precision === "circa" && /^\d{4}-\d{2}-\d{2}$/.test(occurredOn) ? occurredOn.slice(0, 7) : occurredOn;
}

/** Two dates name the same time when they agree at the coarser of their units ("2025-06" and "2025-06-05"). */
function sameTime(a: string, b: string): boolean {
  const unit = Math.min(a.length, b.length);
  return a.slice(0, unit) === b.slice(0, unit);
}

/** The id of a claim already in the ledger (draft, published or retracted) for the same pair, kind and date, or null. */
export function ledgerDuplicate(db: Db | Tx, people: [string, string], kind: string, occurredOn: string): number | null {
  if (!people[0] || !people[1] || people[0] === people[1]) return null;
  const rows = db
    .select({ id: claims.id, occurredOn: claims.occurredOn })
    .from(claims)
    .innerJoin(pairs, eq(pairs.id, claims.pairId))
    .where(and(eq(pairs.slug, canonicalPairSlug(people[0], people[1])), eq(claims.kind, kind as (typeof CLAIM_KINDS)[number])))
    .all();
  return rows.find((r) => sameTime(r.occurredOn, occurredOn))?.id ?? null;
}

const enumField = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, { error: `${label} must be one of: ${values.join(", ")}` });

const suggestionSchema = z
  .object({
    people: z.tuple([slugField("First person"), slugField("Second person")], { error: "Choose both people of the pair" }),
    kind: enumField(CLAIM_KINDS, "Kind"),
    headline: z.string({ error: "Headline is required" }),
    occurredOn: z.string({ error: "Date is required" }),
    precision: enumField(DATE_PRECISIONS, "Precision"),
    place: z.string().nullish(),
    speaker: slugField("Speaker").nullish(),
    quote: z.string().nullish(),
    mentions: z.array(slugField("Mentioned person")).max(LIMITS.mentions).default([]),
    stance: enumField(STANCES, "Stance"),
    confidence: enumField(CONFIDENCE_LEVELS, "Confidence"),
  })
  .passthrough();

export const saveSuggestionsSchema = z
  .object({
    article: z
      .object({
        outlet: slugField("Outlet"),
        url: httpUrl,
        title: optionalText(LIMITS.title, "Title"),
        published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Publication date must be YYYY-MM-DD"),
      })
      .strict(),
    claims: z
      .array(suggestionSchema, { error: "Claims must be a list" })
      .min(1, "Keep at least one suggestion to save")
      .max(100, "At most 100 claims at once"),
  })
  .strict();

export interface SavedSuggestions {
  saved: ClaimView[];
  /** Indexes of suggestions not saved because the ledger already holds them (same pair, kind and date). */
  duplicates: number[];
}

/**
 * Saves reviewed suggestions as drafts in ONE transaction, each citing the article (outlet, URL,
 * publication date, the claim's quote). A suggestion the ledger already holds is skipped; any
 * invalid one refuses the whole batch (fields keyed `claims.N.field`) and nothing is saved.
 */
export function saveSuggestedDrafts(db: Db, actor: Actor, input: unknown): SavedSuggestions {
  const data = parseInput(saveSuggestionsSchema, input);
  const { article } = data;
  return writeTransaction(db, (tx) => {
    const saved: ClaimView[] = [];
    const duplicates: number[] = [];
    const errors: FieldErrors = {};
    data.claims.forEach((c, i) => {
      const occurredOn = storableDate(c.occurredOn.trim(), c.precision);
      if (ledgerDuplicate(tx, c.people, c.kind, occurredOn) !== null) {
        duplicates.push(i);
        return;
      }
      if (c.people[0] === c.people[1]) {
        errors[`claims.${i}.people`] = "Choose two different people";
        return;
      }
      try {
        saved.push(
          createClaim(
            db,
            actor,
            {
              pair: canonicalPairSlug(c.people[0], c.people[1]),
              kind: c.kind,
              headline: c.headline,
              quote: c.quote ?? null,
              speaker: c.speaker ?? null,
              occurredOn,
              precision: c.precision,
              reportedOn: article.published,
              place: c.place ?? null,
              stance: c.stance,
              confidence: c.confidence,
              mentions: c.mentions.filter((m) => !c.people.includes(m) && m !== c.speaker),
              citations: [
                {
                  outlet: article.outlet,
                  url: article.url,
                  title: article.title,
                  publishedOn: article.published,
                  quote: c.quote ? c.quote.slice(0, LIMITS.quote) : null,
                },
              ],
              status: "draft",
            },
            { createPairIfMissing: true },
          ),
        );
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        for (const [field, message] of Object.entries(error.fields ?? { claim: error.message })) errors[`claims.${i}.${field}`] = message;
      }
    });
    if (Object.keys(errors).length > 0) throw new ValidationError("Some suggestions need fixing. Nothing was saved.", errors);
    return { saved, duplicates };
  });
}
