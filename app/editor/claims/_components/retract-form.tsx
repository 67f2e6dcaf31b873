"use client";

import { useActionState } from "react";
import type { FormResult } from "@/lib/http/action-state";

/** The correction note and the retract button. A stale version is reported and the retry uses the new one; the note is kept. */
export function RetractForm({ action, version }: { action: (prev: FormResult, form: FormData) => Promise<FormResult>; version: number }) {
  const [state, formAction, pending] = useActionState(action, null);
  const failure = state && !state.ok ? state : null;
  const current = failure?.current as { version?: number; status?: string } | undefined;
  const retryVersion = failure?.code === "edit_conflict" && current?.version ? current.version : version;
  const error = failure?.fields?.correction;
  return (
    <form action={formAction} className="stack-form" noValidate>
      <input type="hidden" name="version" value={retryVersion} />
      {failure && !error ? (
        <p className="form-alert" role="alert">
          {failure.code === "edit_conflict"
            ? `A colleague saved version ${retryVersion} of this claim meanwhile. Check their change in the History, then press Retract again — your note is kept.`
            : failure.message}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="retract-correction">Correction note</label>
        <textarea
          id="retract-correction"
          name="correction"
          rows={3}
          required
          defaultValue={failure?.values?.correction ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={`retract-correction-hint${error ? " retract-correction-error" : ""}`}
        />
        <p id="retract-correction-hint" className="field-hint">
          Shown to readers beside the struck-through claim. Say what was wrong and what is true instead.
        </p>
        {error ? (
          <p id="retract-correction-error" className="field-error">
            {error}
          </p>
        ) : null}
      </div>
      <div className="form-actions">
        <button type="submit" className="danger" disabled={pending}>
          {pending ? "Retracting…" : "Retract claim"}
        </button>
      </div>
    </form>
  );
}
