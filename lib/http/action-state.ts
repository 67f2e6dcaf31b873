import "server-only";
import { unstable_rethrow } from "next/navigation";
import { AppError, type FieldErrors } from "@/lib/errors";

/**
 * What a server action answers a form with. Forms show `message` in an alert
 * and `fields` beside their inputs; `current` is the record as it is now on a
 * conflict (409).
 */
export interface ActionFailure {
  ok: false;
  code: string;
  message: string;
  fields?: FieldErrors;
  current?: unknown;
  /** What the editor typed, for the form to show again (React resets a form after its action; never a password). */
  values?: Record<string, string>;
}

/** The answer to a plain form (useActionState): a notice, a failure, or nothing yet. `secret` is shown once. */
export type FormResult = { ok: true; message: string; secret?: string } | ActionFailure | null;

/**
 * One field of a form an action was given. An action is callable over HTTP with
 * any arguments, so `form` may not be FormData at all: then every field is missing
 * (and the action answers with its usual field errors) instead of a TypeError and a 500.
 */
export function formValue(form: unknown, name: string): FormDataEntryValue | null {
  return form instanceof FormData ? form.get(name) : null;
}

export const SIGNED_OUT: ActionFailure = {
  ok: false,
  code: "unauthenticated",
  message: "You are signed out (your session ended). Sign in again in another tab, then retry — nothing you typed here is lost.",
};

/**
 * Translates an error thrown by lib/ into a form answer, the way
 * lib/http/api.ts does for the API. Next's own control-flow throws
 * (redirect, notFound, forbidden) pass through untouched.
 */
export function actionFailure(error: unknown): ActionFailure {
  unstable_rethrow(error);
  if (error instanceof AppError) {
    const current = error.details?.current;
    return { ok: false, code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}), ...(current !== undefined ? { current } : {}) };
  }
  console.error("[action] failed:", error);
  return { ok: false, code: "internal", message: "Something went wrong on our side. Nothing was saved; try again." };
}
