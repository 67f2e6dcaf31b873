"use server";

import { refresh } from "next/cache";
import { getDb } from "@/db/client";
import { adminAction } from "@/lib/auth/action-wrappers";
import { createUser, updateUser } from "@/lib/auth/accounts";
import { formValue, type ActionFailure, type FormResult } from "@/lib/http/action-state";

/** What the admin typed into the new-account form (never the password), for the form to show again. */
function typedAccount(form: FormData) {
  return {
    email: String(formValue(form, "email") ?? ""),
    name: String(formValue(form, "name") ?? ""),
    role: String(formValue(form, "role") ?? "editor"),
  };
}

/** One line beside the account's row: a field's words, when there are any. */
const fieldAsMessage = (failure: ActionFailure): ActionFailure =>
  failure.fields ? { ...failure, message: Object.values(failure.fields)[0] } : failure;

/** Admin: opens an account. createUser itself does not know who asks, so the admin check is the wrapper's. */
export const createUserAction = adminAction(
  async (_actor, _prev: FormResult, form: FormData): Promise<FormResult> => {
    const user = await createUser(getDb(), { ...typedAccount(form), password: String(formValue(form, "password") ?? "") });
    refresh();
    return {
      ok: true,
      message: `Account created for ${user.email} (${user.role}). Give them the password by a safe channel; they can sign in now.`,
    };
  },
  { forbidden: "Only admins create accounts.", failure: (failure, [, form]) => ({ ...failure, values: typedAccount(form) }) },
);

/** Admin: changes an account's role. */
export const changeRoleAction = adminAction(
  async (actor, id: number, _prev: FormResult, form: FormData): Promise<FormResult> => {
    const user = updateUser(getDb(), actor, id, { role: formValue(form, "role") });
    refresh();
    return { ok: true, message: `Now ${user.role}.` };
  },
  { forbidden: "Only admins manage accounts.", failure: fieldAsMessage },
);

/** Admin: disables (ending its sessions) or re-enables an account. */
export const setDisabledAction = adminAction(
  async (actor, id: number, disabled: boolean, _prev: FormResult, _form: FormData): Promise<FormResult> => {
    updateUser(getDb(), actor, id, { disabled });
    refresh();
    return { ok: true, message: disabled ? "Disabled; signed out everywhere." : "Enabled." };
  },
  { forbidden: "Only admins manage accounts.", failure: fieldAsMessage },
);
