"use client";

import { useActionState } from "react";
import { signInAction, type SignInState } from "./actions";

export function LoginForm({ next }: { next: string }) {
  // The permalink gives the form a real action for posts sent before JavaScript runs (React would write action="", invalid HTML).
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInAction, { email: "" }, "/login");
  const emailError = state.fields?.email;
  const passwordError = state.fields?.password;
  return (
    <form action={formAction} className="card stack-form login-form" noValidate>
      <input type="hidden" name="next" value={next} />
      {state.message && !emailError && !passwordError ? (
        <p className={`form-alert${state.throttled ? " form-alert-warn" : ""}`} role="alert">
          {state.message}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="login-email">Email</label>
        <input
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? "login-email-error" : undefined}
        />
        {emailError ? (
          <p id="login-email-error" className="field-error">
            {emailError}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="login-password">Password</label>
        <input
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={passwordError ? "login-password-error" : undefined}
        />
        {passwordError ? (
          <p id="login-password-error" className="field-error" role="alert">
            {passwordError}
          </p>
        ) : null}
      </div>
      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </div>
    </form>
  );
}
