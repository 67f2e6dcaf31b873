"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/request";
import { safeReturnPath } from "@/lib/auth/return-path";
import { clientAddress, sessionToken } from "@/lib/auth/session";
import { signIn } from "@/lib/auth/sign-in";
import { signOut } from "@/lib/auth/sessions";
import { RateLimitedError } from "@/lib/errors";
import { actionFailure, formValue } from "@/lib/http/action-state";

export interface SignInState {
  /** What was typed in the email box, so a failed attempt keeps it (never the password). */
  email: string;
  message?: string;
  fields?: Record<string, string>;
  throttled?: boolean;
}

/** The URL this request came in on; sessionCookieOptions makes the cookie Secure unless it is plain-http localhost. */
async function requestUrl(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  try {
    return new URL(`${proto}://${host}/`).toString();
  } catch {
    return "https://unknown.invalid/"; // a malformed Host header: err on the side of a Secure cookie
  }
}

export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const email = String(formValue(form, "email") ?? "");
  const next = safeReturnPath(formValue(form, "next"));
  let session: Awaited<ReturnType<typeof signIn>>;
  try {
    session = await signIn(getDb(), { email, password: formValue(form, "password") }, await clientAddress());
  } catch (error) {
    if (error instanceof RateLimitedError) {
      const minutes = Math.ceil(error.retryAfterSeconds / 60);
      return {
        email,
        throttled: true,
        message: `Too many failed sign-ins. For your account's safety, wait ${minutes} minutes before trying again.`,
      };
    }
    const failure = actionFailure(error);
    return { email, message: failure.message, fields: failure.fields };
  }
  (await cookies()).set(SESSION_COOKIE, session.token, sessionCookieOptions(await requestUrl(), session.expiresAt));
  redirect(next);
}

export async function signOutAction(): Promise<void> {
  signOut(getDb(), await sessionToken());
  (await cookies()).delete(SESSION_COOKIE);
  redirect("/");
}
