"use server";

import { refresh } from "next/cache";
import { getDb } from "@/db/client";
import { actorForAction } from "@/lib/auth/session";
import { createApiToken, revokeApiToken } from "@/lib/auth/users";
import { actionFailure, formValue, SIGNED_OUT, type FormResult } from "@/lib/http/action-state";

/** Creates a personal API token; the secret is in the answer once and never again. */
export async function createTokenAction(_prev: FormResult, form: FormData): Promise<FormResult> {
  const actor = await actorForAction();
  if (!actor) return SIGNED_OUT;
  const name = String(formValue(form, "name") ?? "");
  try {
    const { token, record } = createApiToken(getDb(), actor, { name });
    refresh();
    return { ok: true, message: `Token “${record.name}” created.`, secret: token };
  } catch (error) {
    return { ...actionFailure(error), values: { name } };
  }
}

/** Revokes one of the signed-in editor's own tokens at once. */
export async function revokeTokenAction(id: number, _prev: FormResult, _form: FormData): Promise<FormResult> {
  const actor = await actorForAction();
  if (!actor) return SIGNED_OUT;
  try {
    revokeApiToken(getDb(), actor, id);
    refresh();
    return { ok: true, message: "Revoked." };
  } catch (error) {
    return actionFailure(error);
  }
}
