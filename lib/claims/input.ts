import { z } from "zod";
import { CLAIM_KINDS, CONFIDENCE_LEVELS, DATE_PRECISIONS, SETTLEMENT_OUTCOMES, STANCES } from "@/db/enums";
import { parsePartialDate } from "@/lib/dates";
import { checkDatePrecision, httpUrl, LIMITS, optionalText, partialDateField, requiredText, slugField } from "@/lib/validation";

const enumField = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, { error: `${label} must be one of: ${values.join(", ")}` });

export const citationInputSchema = z.object({
  outlet: slugField("Outlet"),
  url: httpUrl,
  title: optionalText(LIMITS.title, "Title"),
  publishedOn: partialDateField("Published date"),
  quote: optionalText(LIMITS.quote, "Quote"),
});
export type CitationInput = z.output<typeof citationInputSchema>;

// No default here: an update that leaves `mentions` out must keep them, not clear them.
const mentionList = z
  .array(slugField("Mentioned person"), { error: "Mentions must be a list of person slugs" })
  .max(LIMITS.mentions, `At most ${LIMITS.mentions} mentioned people`)
  .transform((list) => [...new Set(list)]);

/** Every editable field of a claim, as the API and the form send them. */
const claimFields = {
  pair: z
    .string({ error: "Pair is required" })
    .trim()
    .toLowerCase()
    .refine(
      (s) => s.length <= 401 && /^[a-z0-9]+(?:-[a-z0-9]+)*--[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s),
      'Pair must be a pair slug like "ana-de-armas--tom-cruise"',
    ),
  kind: enumField(CLAIM_KINDS, "Kind"),
  headline: requiredText(LIMITS.headline, "Headline"),
  details: optionalText(LIMITS.details, "Details"),
  quote: optionalText(LIMITS.quote, "Quote"),
  speaker: slugField("Speaker")
    .nullish()
    .transform((v) => v ?? null),
  occurredOn: z
    .string({ error: "Date is required" })
    .trim()
    .min(1, "Date is required")
    .max(10, "Date must be YYYY-MM-DD, YYYY-MM or YYYY")
    .refine((s) => parsePartialDate(s) !== null, "Date is not a real date (use YYYY-MM-DD, YYYY-MM or YYYY)"),
  precision: enumField(DATE_PRECISIONS, "Precision"),
  reportedOn: partialDateField("Reported date"),
  place: optionalText(LIMITS.place, "Place"),
  stance: enumField(STANCES, "Stance"),
  confidence: enumField(CONFIDENCE_LEVELS, "Confidence"),
  mentions: mentionList.default([]),
  citations: z
    .array(citationInputSchema, { error: "Citations must be a list" })
    .max(LIMITS.citations, `At most ${LIMITS.citations} citations`)
    .default([]),
};

export const createClaimSchema = z
  .object({
    ...claimFields,
    status: z.enum(["draft", "published"], { error: "Status must be draft or published" }).default("draft"),
    reason: optionalText(LIMITS.reason, "Reason"),
  })
  .strict()
  .superRefine(checkDatePrecision)
  .superRefine((v, ctx) => {
    if (v.status === "published" && v.citations.length === 0) {
      ctx.addIssue({ code: "custom", path: ["citations"], message: "Add at least one citation before publishing" });
    }
  });
export type CreateClaim = z.output<typeof createClaimSchema>;

const versionField = z
  .number({ error: "Version is required (the version you edited)" })
  .int("Version must be a whole number")
  .min(1, "Version must be 1 or more");

/** A PATCH: the version the editor started from plus only the fields that changed. */
export const updateClaimSchema = z
  .object({
    version: versionField,
    kind: claimFields.kind.optional(),
    headline: claimFields.headline.optional(),
    details: claimFields.details.optional(),
    quote: claimFields.quote.optional(),
    speaker: claimFields.speaker.optional(),
    occurredOn: claimFields.occurredOn.optional(),
    precision: claimFields.precision.optional(),
    reportedOn: claimFields.reportedOn.optional(),
    place: claimFields.place.optional(),
    stance: claimFields.stance.optional(),
    confidence: claimFields.confidence.optional(),
    mentions: mentionList.optional(),
    citations: z
      .array(citationInputSchema, { error: "Citations must be a list" })
      .max(LIMITS.citations, `At most ${LIMITS.citations} citations`)
      .optional(),
    reason: optionalText(LIMITS.reason, "Reason"),
  })
  .strict();

export const publishClaimSchema = z.object({ version: versionField, reason: optionalText(LIMITS.reason, "Reason") }).strict();
export const retractClaimSchema = z
  .object({ version: versionField, correction: requiredText(LIMITS.correction, "Correction note") })
  .strict();
export const discardClaimSchema = z.object({ version: versionField }).strict();

/** The fields an update may change, in display order (used for diffs). */
export const EDITABLE_FIELDS = [
  "kind",
  "headline",
  "details",
  "quote",
  "speaker",
  "occurredOn",
  "precision",
  "reportedOn",
  "place",
  "stance",
  "confidence",
  "mentions",
  "citations",
] as const;

/** `YYYY-MM-DD` and a real day: a settlement is dated to the day the record answered the claim. */
const settledOnField = z
  .string({ error: "Settled on is required (YYYY-MM-DD)" })
  .trim()
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && parsePartialDate(s) !== null, "Settled on must be a real day, YYYY-MM-DD");

/** Settling a published claim: how it turned out, when, why, and the evidence (at least one citation). */
export const settleClaimSchema = z
  .object({
    version: versionField,
    outcome: enumField(SETTLEMENT_OUTCOMES, "Outcome"),
    settledOn: settledOnField,
    reason: requiredText(LIMITS.reason, "Reason"),
    citations: z
      .array(citationInputSchema, {
        error: (issue) => (issue.input === undefined ? "Cite the settling evidence: at least one citation" : "Citations must be a list"),
      })
      .min(1, "Cite the settling evidence: at least one citation")
      .max(LIMITS.citations, `At most ${LIMITS.citations} citations`),
  })
  .strict();

/** Reopening a settled claim: the version and why. */
export const unsettleClaimSchema = z.object({ version: versionField, reason: requiredText(LIMITS.reason, "Reason") }).strict();
