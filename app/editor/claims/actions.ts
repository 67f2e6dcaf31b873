"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { editorAction } from "@/lib/auth/action-wrappers";
import type { CreateClaimPayload, UpdateClaimPayload } from "@/lib/claims/contract";
import { createClaimSchema } from "@/lib/claims/input";
import { claimToJson, type ClaimJson } from "@/lib/claims/types";
import { createClaim, discardDraft, publishClaim, retractClaim, updateClaim } from "@/lib/claims/write";
import { fieldErrorsFromZod, type FieldErrors } from "@/lib/errors";
import { actionFailure, formValue, type ActionFailure, type FormResult } from "@/lib/http/action-state";
import { createOutlet, type OutletRecord } from "@/lib/outlets/write";
import { createPerson } from "@/lib/people/write";
import { canonicalPairSlug, isPersonSlug } from "@/lib/slugs";
import { editClaimPath } from "@/lib/urls";

/** A save from the claim form: the JSON the write API takes, built by the client from its state. */
export type SaveClaimRequest =
  | { mode: "create"; people: [string, string]; body: CreateClaimPayload }
  | { mode: "update"; id: number; body: UpdateClaimPayload; publish: boolean };

/** A failed save; `saved` is the claim when an edit landed but the publish after it did not. Success redirects. */
export type ClaimFormResult = (ActionFailure & { saved?: ClaimJson }) | null;

const CHOOSE: Record<string, string> = {
  kind: "Choose what kind of claim this is",
  precision: "Choose how precisely the date is known",
  stance: "Choose whether this supports or contradicts the rumor",
  confidence: "Choose how likely the claim is to be true",
};

/** Friendlier words for an enum the editor has not chosen yet than the API's "X must be one of…". */
function explainUnchosen(body: Record<string, unknown>, fields: FieldErrors | undefined): FieldErrors | undefined {
  if (!fields) return fields;
  const out = { ...fields };
  for (const [field, words] of Object.entries(CHOOSE)) if (out[field] && body[field] === undefined) out[field] = words;
  const citations = Array.isArray(body.citations) ? body.citations : [];
  citations.forEach((c, i) => {
    const key = `citations.${i}.outlet`;
    if (out[key] && isRecord(c) && (c.outlet === "" || c.outlet === null || c.outlet === undefined))
      out[key] = "Choose the outlet this source comes from";
  });
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function peopleProblems(people: unknown): FieldErrors {
  const [a, b] = Array.isArray(people) ? people : [];
  const fields: FieldErrors = {};
  if (typeof a !== "string" || !isPersonSlug(a)) fields["people.0"] = "Choose the first person from the list, or create them";
  if (typeof b !== "string" || !isPersonSlug(b)) fields["people.1"] = "Choose the second person from the list, or create them";
  if (!fields["people.0"] && !fields["people.1"] && a === b) fields["people.1"] = "Choose two different people";
  return fields;
}

/** A failure of the claim form, with the unchosen enums worded for an editor. */
function claimFailure(failure: ActionFailure, body: Record<string, unknown>): ActionFailure {
  return failure.fields ? { ...failure, fields: explainUnchosen(body, failure.fields) } : failure;
}

const createFromForm = editorAction(
  async (actor, people: unknown, body: CreateClaimPayload): Promise<ClaimFormResult> => {
    const problems = peopleProblems(people);
    if (Object.keys(problems).length > 0) {
      // Report every other field's problem in the same answer, not one round-trip at a time.
      const parsed = createClaimSchema.safeParse({ ...body, pair: "placeholder--pair" });
      const others = parsed.success ? {} : fieldErrorsFromZod(parsed.error.issues);
      return {
        ok: false,
        code: "invalid_input",
        message: "Some fields need fixing.",
        fields: explainUnchosen(body, { ...problems, ...others }),
      };
    }
    const [a, b] = people as [string, string];
    const created = createClaim(getDb(), actor, { ...body, pair: canonicalPairSlug(a, b) }, { createPairIfMissing: true });
    redirect(`${editClaimPath(created.id)}?done=${created.status === "published" ? "published" : "created"}`);
  },
  { failure: (failure, [, body]) => claimFailure(failure, body) },
);

const updateFromForm = editorAction(
  async (actor, id: unknown, body: UpdateClaimPayload, publish: boolean): Promise<ClaimFormResult> => {
    if (typeof id !== "number" || !Number.isSafeInteger(id) || id < 1)
      return { ok: false, code: "not_found", message: "That claim does not exist." };
    const db = getDb();
    let updated = updateClaim(db, actor, id, body);
    if (publish) {
      try {
        updated = publishClaim(db, actor, id, { version: updated.version, reason: body.reason ?? null });
      } catch (error) {
        // The edit landed and only the publish failed: the form must rebase on the saved version.
        return { ...claimFailure(actionFailure(error), body), saved: claimToJson(updated) };
      }
    }
    const done = publish ? "published" : updated.version === body.version ? "unchanged" : "saved";
    redirect(`${editClaimPath(id)}?done=${done}`);
  },
  { failure: (failure, [, body]) => claimFailure(failure, body) },
);

/** Creates or edits a claim from the claim form. Success redirects to the claim's edit page; failure keeps the form as typed. */
export async function saveClaimAction(_prev: ClaimFormResult, request: SaveClaimRequest): Promise<ClaimFormResult> {
  if (!isRecord(request) || !isRecord(request.body)) return { ok: false, code: "invalid_input", message: "The form sent nothing to save." };
  if (request.mode === "create") return createFromForm(request.people, request.body);
  if (request.mode === "update") return updateFromForm(request.id, request.body, request.publish === true);
  return { ok: false, code: "invalid_input", message: "Unknown save mode." };
}

export type CreatedPerson = { ok: true; person: { slug: string; name: string; description: string | null } } | ActionFailure;

/** Inline "new person" from a people picker. */
export const createPersonAction = editorAction(async (actor, input: { name?: unknown; description?: unknown }): Promise<CreatedPerson> => {
  const person = createPerson(getDb(), actor, { name: input?.name, description: input?.description });
  return { ok: true, person: { slug: person.slug, name: person.name, description: person.description } };
});

export type CreatedOutlet = { ok: true; outlet: OutletRecord } | ActionFailure;

/** Inline "new outlet" from a citation's outlet picker. */
export const createOutletAction = editorAction(
  async (actor, input: { name?: unknown; url?: unknown; grade?: unknown }): Promise<CreatedOutlet> => ({
    ok: true,
    outlet: createOutlet(getDb(), actor, { name: input?.name, url: input?.url, grade: input?.grade }),
  }),
);

function versionFrom(form: FormData): number {
  const raw = String(formValue(form, "version") ?? "");
  return /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
}

/** Retracts a published claim with its correction note; readers then see it struck through. */
export const retractClaimAction = editorAction(
  async (actor, id: number, _prev: FormResult, form: FormData): Promise<FormResult> => {
    retractClaim(getDb(), actor, id, { version: versionFrom(form), correction: String(formValue(form, "correction") ?? "") });
    redirect(`${editClaimPath(id)}?done=retracted`);
  },
  { failure: (failure, [, , form]) => ({ ...failure, values: { correction: String(formValue(form, "correction") ?? "") } }) },
);

/** Discards a never-published draft; its revisions stay in the log. */
export const discardDraftAction = editorAction(async (actor, id: number, _prev: FormResult, form: FormData): Promise<FormResult> => {
  discardDraft(getDb(), actor, id, { version: versionFrom(form) });
  redirect(`/editor?discarded=${id}`);
});
