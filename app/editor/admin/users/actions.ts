"use server";

import { refresh } from "next/cache";
import { getDb } from "@/db/client";
import { actorForAction } from "@/lib/auth/session";
import { createUser, updateUser } from "@/lib/auth/users";
import { ForbiddenError } from "@/lib/errors";
import { actionFailure, formValue, SIGNED_OUT, type FormResult } from "@/lib/http/action-state";

/** Admin: opens an account. createUser itself does not know who asks, so the admin check is here. */
export async function createUserAction(_prev: FormResult, form: FormData): Promise<FormResult> {
  const values = { email: String(formValue(form, "email") ?? ""), name: String(formValue(form, "name") ?? ""), role: String(formValue(form, "role") ?? "editor") };
  const actor = await actorForAction();
  if (!actor) return { ...SIGNED_OUT, values };
  try {
    if (actor.role !== "admin") throw new ForbiddenError("Only admins create accounts.");
    const user = await createUser(getDb(), { ...values, password: String(formValue(form, "password") ?? "") });
    refresh();
    return { ok: true, message: `Account created for ${user.email} (${user.role}). Give them the password by a safe channel; they can sign in now.` };
  } catch (error) {
    return { ...actionFailure(error), values };
  }
}

/** Admin: changes an account's role. */
export async function changeRoleAction(id: number, _prev: FormResult, form: FormData): Promise<FormResult> {
  const actor = await actorForAction();
  if (!actor) return SIGNED_OUT;
  try {
    const user = updateUser(getDb(), actor, id, { role: formValue(form, "role") });
    refresh();
    return { ok: true, message: `Now ${user.role}.` };
  } catch (error) {
    const failure = actionFailure(error);
    return failure.fields ? { ...failure, message: Object.values(failure.fields)[0] } : failure;
  }
}

/** Admin: disables (ending its sessions) or re-enables an account. */
export async function setDisabledAction(id: number, disabled: boolean, _prev: FormResult, _form: FormData): Promise<FormResult> {
  const actor = await actorForAction();
  if (!actor) return SIGNED_OUT;
  try {
    updateUser(getDb(), actor, id, { disabled });
    refresh();
    return { ok: true, message: disabled ? "Disabled; signed out everywhere." : "Enabled." };
  } catch (error) {
    const failure = actionFailure(error);
    return failure.fields ? { ...failure, message: Object.values(failure.fields)[0] } : failure;
  }
}
