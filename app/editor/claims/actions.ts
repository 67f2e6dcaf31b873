"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { actorForAction } from "@/lib/auth/session";
import { createClaimSchema } from "@/lib/claims/input";
import { claimToJson, type ClaimJson } from "@/lib/claims/types";
import { createClaim, discardDraft, publishClaim, retractClaim, updateClaim } from "@/lib/claims/write";
import { fieldErrorsFromZod, type FieldErrors } from "@/lib/errors";
import { actionFailure, formValue, SIGNED_OUT, type ActionFailure, type FormResult } from "@/lib/http/action-state";
import { createOutlet, type OutletRecord } from "@/lib/outlets/write";
import { createPerson } from "@/lib/people/write";
import { canonicalPairSlug, isPersonSlug } from "@/lib/slugs";

/** A save from the claim form: the JSON the write API takes, built by the client from its state. */
export type SaveClaimRequest =
  | { mode: "create"; people: [string, string]; body: Record<string, unknown> }
  | { mode: "update"; id: number; body: Record<string, unknown>; publish: boolean };

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
    if (out[key] && isRecord(c) && (c.outlet === "" || c.outlet === null || c.outlet === undefined)) out[key] = "Choose the outlet this source comes from";
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

async function createFromForm(people: unknown, body: Record<string, unknown>): Promise<ClaimFormResult> {
  const actor = await actorForAction();
  if (!actor) return SIGNED_OUT;
  const problems = peopleProblems(people);
  if (Object.keys(problems).length > 0) {
    // Report every other field's problem in the same answer, not one round-trip at a time.
    const parsed = createClaimSchema.safeParse({ ...body, pair: "placeholder--pair" });
    const others = parsed.success ? {} : fieldErrorsFromZod(parsed.error.issues);
    return { ok: false, code: "invalid_input", message: "Some fields need fixing.", fields: explainUnchosen(body, { ...problems, ...others }) };
  }
  const [a, b] = people as [string, string];
  let created: ReturnType<typeof createClaim>;
  try {
    created = createClaim(getDb(), actor, { ...body, pair: canonicalPairSlug(a, b) }, { createPairIfMissing: true });
  } catch (error) {
    const failure = actionFailure(error);
    return { ...failure, fields: explainUnchosen(body, failure.fields) };
  }
  redirect(`/editor/claims/${created.id}?done=${created.status === "published" ? "published" : "created"}`);
}

async function updateFromForm(id: unknown, body: Record<string, unknown>, publish: boolean): Promise<ClaimFormResult> {
  const actor = await actorForAction();
  if (!actor) return SIGNED_OUT;
  if (typeof id !== "number" || !Number.isSafeInteger(id) || id < 1) return { ok: false, code: "not_found", message: "That claim does not exist." };
  const db = getDb();
  let updated: ReturnType<typeof updateClaim> | null = null;
  try {
    updated = updateClaim(db, actor, id, body);
    if (publish) updated = publishClaim(db, actor, id, { version: updated.version, reason: body.reason ?? null });
  } catch (error) {
    const failure = actionFailure(error);
    // If the edit landed and only the publish failed, the form must rebase on the saved version.
    const saved = updated ? claimToJson(updated) : undefined;
    return { ...failure, fields: explainUnchosen(body, failure.fields), ...(saved ? { saved } : {}) };
  }
  const done = publish ? "published" : updated.version === body.version ? "unchanged" : "saved";
  redirect(`/editor/claims/${id}?done=${done}`);
}

/** Creates or edits a claim from the claim form. Success redirects to the claim's edit page; failure keeps the form as typed. */
export async function saveClaimAction(_prev: ClaimFormResult, request: SaveClaimRequest): Promise<ClaimFormResult> {
  if (!isRecord(request) || !isRecord(request.body)) return { ok: false, code: "invalid_input", message: "The form sent nothing to save." };
  if (request.mode === "create") return createFromForm(request.people, request.body);
  if (request.mode === "update") return updateFromForm(request.id, request.body, request.publish === true);
  return { ok: false, code: "invalid_input", message: "Unknown save mode." };
}

export type CreatedPerson = { ok: true; person: { slug: string; name: string; description: string | null } } | ActionFailure;

/** Inline "new person" from a people picker. */
export async function createPersonAction(input: { name?: unknown; description?: unknown }): Promise<CreatedPerson> {
  const actor = await actorForAction();
  if (!actor) return SIGNED_OUT;
  try {
    const person = createPerson(getDb(), actor, { name: input?.name, description: input?.description });
    return { ok: true, person: { slug: person.slug, name: person.name, description: person.description } };
  } catch (error) {
    return actionFailure(error);
  }
}

export type CreatedOutlet = { ok: true; outlet: OutletRecord } | ActionFailure;

/** Inline "new outlet" from a citation's outlet picker. */
export async function createOutletAction(input: { name?: unknown; url?: unknown; grade?: unknown }): Promise<CreatedOutlet> {
  const actor = await actorForAction();
  if (!actor) return SIGNED_OUT;
  try {
    return { ok: true, outlet: createOutlet(getDb(), actor, { name: input?.name, url: input?.url, grade: input?.grade }) };
  } catch (error) {
    return actionFailure(error);
  }
}

function versionFrom(form: FormData): number {
  const raw = String(formValue(form, "version") ?? "");
  return /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
}

/** Retracts a published claim with its correction note; readers then see it struck through. */
export async function retractClaimAction(id: number, _prev: FormResult, form: FormData): Promise<FormResult> {
  const correction = String(formValue(form, "correction") ?? "");
  const actor = await actorForAction();
  if (!actor) return { ...SIGNED_OUT, values: { correction } };
  try {
    retractClaim(getDb(), actor, id, { version: versionFrom(form), correction });
  } catch (error) {
    return { ...actionFailure(error), values: { correction } };
  }
  redirect(`/editor/claims/${id}?done=retracted`);
}

/** Discards a never-published draft; its revisions stay in the log. */
export async function discardDraftAction(id: number, _prev: FormResult, form: FormData): Promise<FormResult> {
  const actor = await actorForAction();
  if (!actor) return SIGNED_OUT;
  try {
    discardDraft(getDb(), actor, id, { version: versionFrom(form) });
  } catch (error) {
    return actionFailure(error);
  }
  redirect(`/editor?discarded=${id}`);
}
