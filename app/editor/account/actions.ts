"use server";

import { refresh } from "next/cache";
import { getDb } from "@/db/client";
import { editorAction } from "@/lib/auth/action-wrappers";
import { createApiToken, revokeApiToken } from "@/lib/auth/api-tokens";
import { formValue, SIGNED_OUT, type FormResult } from "@/lib/http/action-state";

/** Creates a personal API token; the secret is in the answer once and never again. */
export const createTokenAction = editorAction(
  async (actor, _prev: FormResult, form: FormData): Promise<FormResult> => {
    const { token, record } = createApiToken(getDb(), actor, { name: String(formValue(form, "name") ?? "") });
    refresh();
    return { ok: true, message: `Token “${record.name}” created.`, secret: token };
  },
  // A failed create gives the typed name back; signing out answers as it always has.
  {
    failure: (failure, [, form]) =>
      failure === SIGNED_OUT ? failure : { ...failure, values: { name: String(formValue(form, "name") ?? "") } },
  },
);

/** Revokes one of the signed-in editor's own tokens at once. */
export const revokeTokenAction = editorAction(async (actor, id: number, _prev: FormResult, _form: FormData): Promise<FormResult> => {
  revokeApiToken(getDb(), actor, id);
  refresh();
  return { ok: true, message: "Revoked." };
});
