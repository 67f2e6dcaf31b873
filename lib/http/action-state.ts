import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { ErrorCode, FieldErrors } from "@/lib/errors";
import { errorBody } from "./error-body";

/**
 * What a server action answers a form with. Forms show `message` in an alert
 * and `fields` beside their inputs; `current` is the record as it is now on a
 * conflict (409).
 */
export interface ActionFailure {
  ok: false;
  code: ErrorCode;
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

export const SIGNED_OUT: Readonly<ActionFailure> = {
  ok: false,
  code: "unauthenticated",
  message: "You are signed out (your session ended). Sign in again in another tab, then retry — nothing you typed here is lost.",
};

/**
 * Translates an error thrown by lib/ into a form answer through the same
 * errorBody() the API answers with. Next's own control-flow throws
 * (redirect, notFound, forbidden) pass through untouched.
 */
export function actionFailure(error: unknown): ActionFailure {
  unstable_rethrow(error);
  const { body } = errorBody(error, {
    where: "[action]",
    internalMessage: "Something went wrong on our side. Nothing was saved; try again.",
  });
  const { code, message, fields } = body.error;
  return { ok: false, code, message, ...(fields ? { fields } : {}), ...(body.current !== undefined ? { current: body.current } : {}) };
}
