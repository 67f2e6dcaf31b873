"use server";

import { refresh } from "next/cache";
import { getDb } from "@/db/client";
import { actorForAction } from "@/lib/auth/session";
import { actionFailure, formValue, SIGNED_OUT, type FormResult } from "@/lib/http/action-state";
import { updateOutlet } from "@/lib/outlets/write";

/** Admin: an outlet's name, website and reliability grade (updateOutlet refuses editors). */
export async function updateOutletAction(slug: string, _prev: FormResult, form: FormData): Promise<FormResult> {
  const actor = await actorForAction();
  if (!actor) return SIGNED_OUT;
  try {
    const outlet = updateOutlet(getDb(), actor, slug, { name: formValue(form, "name"), url: formValue(form, "url"), grade: formValue(form, "grade") || undefined });
    refresh();
    return { ok: true, message: `Saved: ${outlet.name}, ${outlet.grade === null ? "not yet graded" : `grade ${outlet.grade}`}.` };
  } catch (error) {
    const failure = actionFailure(error);
    // One line beside the row: name the field that needs fixing.
    return failure.fields ? { ...failure, message: Object.entries(failure.fields).map(([f, m]) => (m.toLowerCase().startsWith(f) ? m : `${f}: ${m}`)).join("; ") } : failure;
  }
}
