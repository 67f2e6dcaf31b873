"use client";

import { useActionState } from "react";
import type { FormResult } from "@/lib/http/action-state";
import { createUserAction } from "./actions";

/** Admin: a new editor or admin account, with field-level errors; the password is never sent back. */
export function CreateUserForm({ minPasswordLength }: { minPasswordLength: number }) {
  const [state, formAction, pending] = useActionState<FormResult, FormData>(createUserAction, null);
  const failure = state && !state.ok ? state : null;
  const fields = failure?.fields ?? {};
  const values = failure?.values ?? {};
  const a11y = (name: string, hint = false) => ({
    id: `new-user-${name}`,
    name,
    "aria-invalid": fields[name] ? (true as const) : undefined,
    "aria-describedby":
      [hint ? `new-user-${name}-hint` : null, fields[name] ? `new-user-${name}-error` : null].filter(Boolean).join(" ") || undefined,
  });
  const error = (name: string) =>
    fields[name] ? (
      <p id={`new-user-${name}-error`} className="field-error">
        {fields[name]}
      </p>
    ) : null;
  return (
    <form action={formAction} className="card stack-form" noValidate>
      {failure && Object.keys(fields).length === 0 ? (
        <p className="form-alert" role="alert">
          {failure.message}
        </p>
      ) : null}
      {state?.ok ? (
        <p className="form-notice" role="status">
          {state.message}
        </p>
      ) : null}
      <div className="grid-2">
        <div className="field">
          <label htmlFor="new-user-email">Email</label>
          <input type="email" autoComplete="off" defaultValue={values.email ?? ""} {...a11y("email")} />
          {error("email")}
        </div>
        <div className="field">
          <label htmlFor="new-user-name">Name</label>
          <input type="text" autoComplete="off" defaultValue={values.name ?? ""} {...a11y("name")} />
          {error("name")}
        </div>
        <div className="field">
          <label htmlFor="new-user-role">Role</label>
          <select defaultValue={values.role ?? "editor"} {...a11y("role")}>
            <option value="editor">Editor — logs and edits claims</option>
            <option value="admin">Admin — also manages accounts and outlet grades</option>
          </select>
          {error("role")}
        </div>
        <div className="field">
          <label htmlFor="new-user-password">Initial password</label>
          <input type="password" autoComplete="new-password" {...a11y("password", true)} />
          <p id="new-user-password-hint" className="field-hint">
            At least {minPasswordLength} characters.
          </p>
          {error("password")}
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create account"}
        </button>
      </div>
    </form>
  );
}
