/**
 * The write schemas. The claim's own fields come from the contract (contract.ts);
 * this file adds what each verb needs around them: status, reason, version.
 */
import { z } from "zod";
import { SETTLEMENT_OUTCOMES } from "@/db/enums";
import { parsePartialDate } from "@/lib/dates";
import { checkDatePrecision, LIMITS, optionalText, requiredText } from "@/lib/validation";
import { citationInputSchema, claimInputShape, EDITABLE_FIELDS, enumField } from "./contract";

const editableInputs = Object.fromEntries(EDITABLE_FIELDS.map((f) => [f, claimInputShape[f]])) as Omit<typeof claimInputShape, "pair">;

/** Creating a claim: every field of the contract (lists default to empty), its status and a reason. */
export const createClaimSchema = z
  .object({
    ...claimInputShape,
    mentions: claimInputShape.mentions.default([]),
    citations: claimInputShape.citations.default([]),
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

/** A PATCH: the version the editor started from plus only the fields that changed (every editable field optional). */
export const updateClaimSchema = z
  .object({ version: versionField, ...z.object(editableInputs).partial().shape, reason: optionalText(LIMITS.reason, "Reason") })
  .strict();

export const publishClaimSchema = z.object({ version: versionField, reason: optionalText(LIMITS.reason, "Reason") }).strict();
export const retractClaimSchema = z
  .object({ version: versionField, correction: requiredText(LIMITS.correction, "Correction note") })
  .strict();
export const discardClaimSchema = z.object({ version: versionField }).strict();

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
