import { z } from "zod";
import { CLAIM_STATUSES, CONFIDENCE_LEVELS, OUTLET_GRADES, PAIR_STATUSES } from "@/db/enums";
import { claimFiltersSchema, listOf } from "@/lib/claims/filters";
import { dateInterval, parsePartialDate } from "@/lib/dates";
import { citationJsonSchema, claimJsonSchema } from "@/lib/claims/contract";

/**
 * The read API's shapes, in zod: the routes parse their query strings with
 * the request schemas, the tests check every answer against the response
 * schemas, and /api/v1/openapi.json is generated from both — so the document
 * cannot drift from what the routes accept and return.
 */

// ---- Requests --------------------------------------------------------------

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

const limit = (fallback: number) =>
  z
    .string()
    .regex(/^\d{1,4}$/, `Limit must be a whole number from 1 to ${MAX_PAGE_SIZE}`)
    .transform(Number)
    .pipe(z.number().int().min(1, "Limit must be at least 1").max(MAX_PAGE_SIZE, `Limit must be at most ${MAX_PAGE_SIZE}`))
    .optional()
    .transform((v) => v ?? fallback)
    .meta({ description: `How many items per page (1–${MAX_PAGE_SIZE}, default ${fallback}).` });

const cursor = z
  .string()
  .max(500, "Cursor is not valid")
  .optional()
  .meta({ description: "Where to continue: the `nextCursor` of the previous page. Leave out for the first page." });

/** `GET /pairs/{slug}/claims` and its CSV: the timeline filters, plus status and paging. */
/**
 * The range must not end before it starts. Zod still runs an object's check
 * when a field failed, so only two real dates are compared: an impossible
 * date (2025-02-30) is reported on its own field, never thrown as a 500.
 */
const DATE_RANGE_IN_ORDER = {
  check: (f: { from?: string; to?: string }) =>
    !f.from || !f.to || !parsePartialDate(f.from) || !parsePartialDate(f.to) || dateInterval(f.from).start <= dateInterval(f.to).end,
  message: "The start of the range is after its end",
};

const statusFilter = listOf(CLAIM_STATUSES).meta({
  description:
    "Only claims with these statuses (repeat or comma-separate). Anonymous callers get published and retracted claims; drafts need an editor's session or API token.",
});

export const pairClaimsQuerySchema = z
  .object({ ...claimFiltersSchema.shape, status: statusFilter, limit: limit(DEFAULT_PAGE_SIZE), cursor })
  .refine(DATE_RANGE_IN_ORDER.check, { message: DATE_RANGE_IN_ORDER.message, path: ["to"] });

/** The CSV download takes the same filters but no paging: it is the whole (filtered) record. */
export const pairClaimsCsvQuerySchema = z
  .object({ ...claimFiltersSchema.shape, status: statusFilter })
  .refine(DATE_RANGE_IN_ORDER.check, { message: DATE_RANGE_IN_ORDER.message, path: ["to"] });

/** Endpoints that take no query parameters (any given is a 400). */
export const noQuerySchema = z.object({});

export const peopleQuerySchema = z.object({ limit: limit(100), cursor });

export const slugParam = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Not a slug")
  .max(200)
  .meta({ description: "A slug: lowercase words joined by hyphens.", example: "tom-cruise" });
export const pairSlugParam = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*--[a-z0-9]+(?:-[a-z0-9]+)*$/, "Not a pair slug")
  .max(401)
  .meta({
    description: "The two people's slugs in alphabetical order, joined by `--`. The reversed order redirects (308).",
    example: "ana-de-armas--tom-cruise",
  });
export const claimIdParam = z
  .string()
  .regex(/^[1-9]\d{0,14}$/, "Not a claim id")
  .meta({ description: "A claim's id.", example: "12" });

// ---- Responses -------------------------------------------------------------

// A claim's JSON shape is the claim contract's (lib/claims/contract.ts).
export { citationJsonSchema, claimJsonSchema };

export const claimPageSchema = z.object({ data: z.array(claimJsonSchema), nextCursor: z.string().nullable() }).strict();

export const pairJsonSchema = z
  .object({
    slug: z.string(),
    people: z.tuple([z.string(), z.string()]).meta({ description: "The two people's slugs." }),
    status: z.enum(PAIR_STATUSES),
    heat: z.number().min(0).max(100).meta({ description: "Heat today, 0–100, from published claims (see /how-we-grade#heat)." }),
  })
  .strict();

export const pairListSchema = z.object({ data: z.array(pairJsonSchema) }).strict();

export const pairDetailSchema = pairJsonSchema
  .extend({
    names: z.tuple([z.string(), z.string()]).meta({ description: "The two people's names, in the order of `people`." }),
    publishedClaims: z.number().int().min(0),
    latestClaimOn: z.string().nullable().meta({ description: "The first day of the latest published claim's date." }),
  })
  .strict();

export const personJsonSchema = z
  .object({ slug: z.string(), name: z.string(), aliases: z.array(z.string()), description: z.string().nullable() })
  .strict();

export const peopleListSchema = z.object({ data: z.array(personJsonSchema), nextCursor: z.string().nullable() }).strict();

export const personDetailSchema = personJsonSchema.extend({ pairs: z.array(pairJsonSchema) }).strict();

export const outletJsonSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    url: z.string().nullable(),
    grade: z.enum(OUTLET_GRADES).nullable().meta({
      description:
        "Admiralty reliability grade: A completely reliable … E unreliable, F cannot be judged; null: not yet graded (an editor added the outlet and no admin has graded it).",
    }),
  })
  .strict();

export const outletListSchema = z.object({ data: z.array(outletJsonSchema) }).strict();

const share = z.number().min(0).max(1);
const interval = z
  .object({ low: share, high: share })
  .strict()
  .nullable()
  .meta({ description: "95% Wilson interval of the share; null with nothing settled." });

/** How settled claims turned out, overall and per confidence level at first publication (ADR 0020). */
export const calibrationSchema = z
  .object({
    settled: z.number().int().min(0),
    borneOut: z.number().int().min(0),
    share: share.nullable().meta({ description: "Share borne out; null with nothing settled." }),
    interval,
    brier: share.nullable().meta({
      description:
        "Brier score of the confidence at first publication (each level's midpoint): 0 is perfect, 1 the worst; null with nothing settled.",
    }),
    bins: z.array(
      z
        .object({
          level: z.enum(CONFIDENCE_LEVELS),
          min: share,
          max: share,
          settled: z.number().int().min(0),
          borneOut: z.number().int().min(0),
          share: share.nullable(),
          interval,
          withinRange: z.boolean().nullable().meta({ description: "Whether the share falls in the range the level promises." }),
        })
        .strict(),
    ),
  })
  .strict();

const trackRecordSchema = calibrationSchema
  .extend({
    suggestedGrade: z
      .enum(OUTLET_GRADES)
      .nullable()
      .meta({ description: "The grade the record suggests (see /how-we-grade#record-to-grade); null when too few claims are settled." }),
    suggestionNote: z.string(),
  })
  .strict()
  .meta({ description: "The settled claims citing this outlet, scored at the confidence the desk gave them when first published." });

export const outletDetailSchema = outletJsonSchema
  .extend({
    record: z
      .object({
        claims: z.number().int().min(0),
        byConfidence: z
          .object(
            Object.fromEntries(CONFIDENCE_LEVELS.map((l) => [l, z.number().int().min(0)])) as Record<
              (typeof CONFIDENCE_LEVELS)[number],
              z.ZodNumber
            >,
          )
          .strict(),
        retracted: z.number().int().min(0),
        debunked: z.number().int().min(0),
        retractedOrDebunked: z.number().int().min(0).meta({ description: "Retracted or debunked, each claim counted once." }),
      })
      .strict()
      .meta({
        description:
          "The published and retracted claims citing this outlet: how many sit at each confidence level, how many were retracted or are debunked.",
      }),
    trackRecord: trackRecordSchema,
  })
  .strict();

export const errorSchema = z
  .object({
    error: z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()).optional() }).strict(),
  })
  .meta({ description: 'Every error: `{"error": {"code", "message", "fields"?}}`.' });

export const conflictSchema = errorSchema
  .extend({ current: claimJsonSchema.meta({ description: "The claim as it is now: merge your change into it and send its `version`." }) })
  .meta({ description: "A 409: the error, and the claim as it is now." });

/** How the document writes a claim id in a path, on reads and writes alike: the value the route accepts. */
export const CLAIM_ID_PARAMETER = { type: "integer", minimum: 1, maximum: 999_999_999_999_999 } as const;

/** The documented form of a paging `limit` (the zod schema parses it from a string, which JSON Schema cannot show). */
export const LIMIT_PARAMETER = { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE } as const;

/** The named schemas of the document's `components`. */
export const API_COMPONENTS = {
  Citation: citationJsonSchema,
  Claim: claimJsonSchema,
  ClaimPage: claimPageSchema,
  Pair: pairJsonSchema,
  PairList: pairListSchema,
  PairDetail: pairDetailSchema,
  Person: personJsonSchema,
  PersonList: peopleListSchema,
  PersonDetail: personDetailSchema,
  Outlet: outletJsonSchema,
  OutletList: outletListSchema,
  OutletDetail: outletDetailSchema,
  Error: errorSchema,
  Conflict: conflictSchema,
} as const;
