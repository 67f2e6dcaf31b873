/**
 * The claim contract: every field of a claim defined ONCE, with the rule that
 * parses it from a form, the API or an import file (`input`) and the shape it
 * has in the JSON contract (`json`). Everything else is derived from this
 * table: the create/update schemas (input.ts), the editable field list, the
 * labels' keys, `ClaimJson` and `claimToJson`, the view's plain columns, the
 * form's draft, the CSV columns, the insert statement and the OpenAPI
 * document. See ADR 0022. No I/O, no server imports: client files use it.
 */
import { z } from "zod";
import { CLAIM_KINDS, CLAIM_STATUSES, CONFIDENCE_LEVELS, DATE_PRECISIONS, SETTLEMENT_OUTCOMES, STANCES } from "@/db/enums";
import { parsePartialDate } from "@/lib/dates";
import { httpUrl, LIMITS, optionalText, partialDateField, requiredText, slugField } from "@/lib/validation";

/**
 * How a field travels:
 * - `text`, `date`, `choice`: the same value in the row, the view, the JSON and the CSV cell ("plain" fields);
 *   the form holds text as a string ("" for none) and an unchosen choice as "".
 * - `pair`, `person`: a slug in the JSON, an id in the row, a resolved record in the view.
 * - `people`, `citations`: lists, written to their own tables.
 */
type FieldKind = "text" | "date" | "choice" | "pair" | "person" | "people" | "citations";

interface FieldSpec<K extends FieldKind, I extends z.ZodType, J extends z.ZodType> {
  kind: K;
  input: I;
  json: J;
  /** Required text is sent trimmed, never as null. */
  required?: boolean;
  /** Edited in a multi-line box. */
  multiline?: boolean;
}

const spec = <K extends FieldKind, I extends z.ZodType, J extends z.ZodType>(
  kind: K,
  input: I,
  json: J,
  options: { required?: boolean; multiline?: boolean } = {},
): FieldSpec<K, I, J> => ({ kind, input, json, ...options });

export const enumField = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, { error: `${label} must be one of: ${values.join(", ")}` });

const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .meta({ description: "`YYYY-MM-DD`, `YYYY-MM` or `YYYY`." });
const isoTimestamp = z.string().meta({ format: "date-time" });

export const citationInputSchema = z.object({
  outlet: slugField("Outlet"),
  url: httpUrl,
  title: optionalText(LIMITS.title, "Title"),
  publishedOn: partialDateField("Published date"),
  quote: optionalText(LIMITS.quote, "Quote"),
});
export type CitationInput = z.output<typeof citationInputSchema>;

export const citationJsonSchema = z
  .object({
    outlet: z.string().meta({ description: "The outlet's slug." }),
    url: z.string().nullable(),
    title: z.string().nullable(),
    publishedOn: partialDate.nullable(),
    quote: z.string().nullable(),
  })
  .strict();

/** A list of citations (no default: an update that leaves them out keeps them). */
export const citationList = z
  .array(citationInputSchema, { error: "Citations must be a list" })
  .max(LIMITS.citations, `At most ${LIMITS.citations} citations`);

// No default here: an update that leaves `mentions` out must keep them, not clear them.
const mentionList = z
  .array(slugField("Mentioned person"), { error: "Mentions must be a list of person slugs" })
  .max(LIMITS.mentions, `At most ${LIMITS.mentions} mentioned people`)
  .transform((list) => [...new Set(list)]);

/** THE claim fields, in display order. Adding a field here adds it to every layer that derives from the contract. */
export const CLAIM_CONTRACT = {
  pair: spec(
    "pair",
    z
      .string({ error: "Pair is required" })
      .trim()
      .toLowerCase()
      .refine(
        (s) => s.length <= 401 && /^[a-z0-9]+(?:-[a-z0-9]+)*--[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s),
        'Pair must be a pair slug like "ana-de-armas--tom-cruise"',
      ),
    z.string().meta({ description: "The pair's slug." }),
  ),
  kind: spec("choice", enumField(CLAIM_KINDS, "Kind"), z.enum(CLAIM_KINDS)),
  headline: spec("text", requiredText(LIMITS.headline, "Headline"), z.string(), { required: true }),
  details: spec("text", optionalText(LIMITS.details, "Details"), z.string().nullable(), { multiline: true }),
  quote: spec("text", optionalText(LIMITS.quote, "Quote"), z.string().nullable(), { multiline: true }),
  speaker: spec(
    "person",
    slugField("Speaker")
      .nullish()
      .transform((v) => v ?? null),
    z.string().nullable().meta({ description: "The speaker's person slug." }),
  ),
  occurredOn: spec(
    "date",
    z
      .string({ error: "Date is required" })
      .trim()
      .min(1, "Date is required")
      .max(10, "Date must be YYYY-MM-DD, YYYY-MM or YYYY")
      .refine((s) => parsePartialDate(s) !== null, "Date is not a real date (use YYYY-MM-DD, YYYY-MM or YYYY)"),
    partialDate,
    { required: true },
  ),
  precision: spec("choice", enumField(DATE_PRECISIONS, "Precision"), z.enum(DATE_PRECISIONS)),
  reportedOn: spec("date", partialDateField("Reported date"), partialDate.nullable()),
  place: spec("text", optionalText(LIMITS.place, "Place"), z.string().nullable()),
  stance: spec("choice", enumField(STANCES, "Stance"), z.enum(STANCES)),
  confidence: spec("choice", enumField(CONFIDENCE_LEVELS, "Confidence"), z.enum(CONFIDENCE_LEVELS)),
  mentions: spec("people", mentionList, z.array(z.string()).meta({ description: "Slugs of other people the claim mentions." })),
  citations: spec("citations", citationList, z.array(citationJsonSchema)),
};

type Contract = typeof CLAIM_CONTRACT;
export type ClaimField = keyof Contract;
type FieldsOf<K extends FieldKind> = { [F in ClaimField]: Contract[F]["kind"] extends K ? F : never }[ClaimField];
/** The fields an update may change: every field but the pair, which is fixed once created. */
export type EditableField = Exclude<ClaimField, "pair">;
/** Fields with the same value in the row, the view, the JSON and a CSV cell. */
export type PlainField = FieldsOf<"text" | "date" | "choice">;
export type TextField = FieldsOf<"text">;
export type ChoiceField = FieldsOf<"choice">;
/** One value per claim (a CSV cell); the others are lists. */
export type ScalarField = Exclude<ClaimField, FieldsOf<"people" | "citations">>;

const keysOf = <F extends ClaimField>(test: (s: FieldSpec<FieldKind, z.ZodType, z.ZodType>) => boolean) =>
  (Object.keys(CLAIM_CONTRACT) as ClaimField[]).filter((f) => test(CLAIM_CONTRACT[f])) as F[];

export const CLAIM_FIELDS = keysOf<ClaimField>(() => true);
/** The fields an update may change, in display order (forms, diffs, conflicts). */
export const EDITABLE_FIELDS = CLAIM_FIELDS.filter((f): f is EditableField => f !== "pair");
export const PLAIN_FIELDS = keysOf<PlainField>((s) => s.kind === "text" || s.kind === "date" || s.kind === "choice");
export const TEXT_FIELDS = keysOf<TextField>((s) => s.kind === "text");
export const CHOICE_FIELDS = keysOf<ChoiceField>((s) => s.kind === "choice");
export const SCALAR_FIELDS = keysOf<ScalarField>((s) => s.kind !== "people" && s.kind !== "citations");
/** Text and dates the form trims and sends as they are (never null). */
export const REQUIRED_TEXT_FIELDS = keysOf((s) => s.required === true);
/** Text edited in a multi-line box; the others are one line. */
export const MULTILINE_TEXT_FIELDS = keysOf<TextField>((s) => s.multiline === true);

type Shape<Side extends "input" | "json"> = { [F in ClaimField]: Contract[F][Side] };
const shapeOf = <Side extends "input" | "json">(side: Side) =>
  Object.fromEntries(CLAIM_FIELDS.map((f) => [f, CLAIM_CONTRACT[f][side]])) as Shape<Side>;

/** Every field's input rule, keyed by field: the create and update schemas are built from it. */
export const claimInputShape = shapeOf("input");
const jsonShape = shapeOf("json");
const pick = <T extends object, K extends keyof T>(o: T, keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;

/** The public JSON shape of a claim (the API contract): one value per field, then the status, then the lists. */
export const claimJsonSchema = z
  .object({
    id: z.number().int().positive(),
    ...pick(jsonShape, SCALAR_FIELDS),
    status: z.enum(CLAIM_STATUSES),
    mentions: jsonShape.mentions,
    citations: jsonShape.citations,
    correction: z
      .object({ note: z.string(), date: isoTimestamp.nullable() })
      .strict()
      .nullable()
      .meta({ description: "Set when the claim was retracted: the correction note and when." }),
    settlement: z
      .object({
        outcome: z.enum(SETTLEMENT_OUTCOMES),
        settledOn: partialDate.meta({ description: "`YYYY-MM-DD`: the day the record answered the claim." }),
        reason: z.string(),
        citations: z.array(citationJsonSchema).meta({ description: "The settling evidence, apart from the claim's own sources." }),
      })
      .strict()
      .nullable()
      .meta({ description: "How the claim turned out once the record answered it (borne out or shown false); null while it is open." }),
    version: z.number().int().positive(),
    createdAt: isoTimestamp,
    updatedAt: isoTimestamp,
  })
  .strict();

/** The public JSON shape of a claim: the API contract scripts and other newsrooms rely on. */
export type ClaimJson = z.output<typeof claimJsonSchema>;
export type CitationJson = z.output<typeof citationJsonSchema>;
/** The plain fields' values, as a row, a view and the JSON all hold them. */
export type PlainValues = Pick<ClaimJson, PlainField>;

/** The plain fields of any object that holds them (a row, a view, parsed input). */
export function plainValues(source: PlainValues): PlainValues {
  return pick(source, PLAIN_FIELDS);
}

/** The plain fields a claim may leave empty (null in the JSON). */
type OptionalPlainField = { [F in PlainField]: null extends ClaimJson[F] ? F : never }[PlainField];

/** Every plain field a claim may leave empty, as null: a claim literal (a test's) spreads it and so stays whole when a field is added. */
export const EMPTY_OPTIONAL_FIELDS = Object.fromEntries(
  PLAIN_FIELDS.filter((f) => CLAIM_CONTRACT[f].json.safeParse(null).success).map((f) => [f, null]),
) as { [F in OptionalPlainField]: null };

/** The one-value fields of an object whose values are already the JSON's (parsed input, a snapshot). */
export function scalarValues(source: Pick<ClaimJson, ScalarField>): Pick<ClaimJson, ScalarField> {
  return pick(source, SCALAR_FIELDS);
}

/** A field's value as a client sends it (the JSON the write API takes, before parsing). */
export type FieldPayload = { [F in EditableField]?: z.input<Contract[F]["input"]> };
/** The claim form's create body (the server adds the pair from the two people chosen). */
export type CreateClaimPayload = FieldPayload & { status: "draft" | "published"; reason?: string | null };
/** The claim form's PATCH body: the version edited and only the fields that changed. */
export type UpdateClaimPayload = FieldPayload & { version: number; reason?: string | null };
