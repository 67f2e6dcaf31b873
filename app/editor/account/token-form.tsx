"use client";

import { useActionState, useState } from "react";
import type { FormResult } from "@/lib/http/action-state";
import { createTokenAction } from "./actions";

/** Names and creates a token, then shows its secret this one time with a copy button. */
export function TokenForm() {
  const [state, formAction, pending] = useActionState<FormResult, FormData>(createTokenAction, null);
  const [copied, setCopied] = useState(false);
  const failure = state && !state.ok ? state : null;
  const error = failure?.fields?.name;
  return (
    <>
      <form action={formAction} className="inline-fields" onSubmit={() => setCopied(false)}>
        <div className="field">
          <label htmlFor="token-name">Token name</label>
          <input
            id="token-name"
            name="name"
            type="text"
            required
            placeholder="e.g. Import script on my laptop"
            defaultValue={failure?.values?.name ?? ""}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "token-name-error" : undefined}
          />
          {error ? (
            <p id="token-name-error" className="field-error">
              {error}
            </p>
          ) : null}
        </div>
        <button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create token"}
        </button>
      </form>
      {failure && !error ? (
        <p className="form-alert" role="alert">
          {failure.message}
        </p>
      ) : null}
      {state?.ok && state.secret ? (
        <div className="secret-once" role="status">
          <p>
            <strong>{state.message}</strong> Copy it now: it is shown only this once and cannot be recovered. Send it as{" "}
            <code>Authorization: Bearer …</code>.
          </p>
          <div className="secret-row">
            <code className="secret" data-testid="new-token">
              {state.secret}
            </code>
            <button
              type="button"
              className="secondary small"
              onClick={() => {
                void navigator.clipboard?.writeText(state.secret!).then(() => setCopied(true));
              }}
            >
              {copied ? "Copied" : "Copy"}
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
