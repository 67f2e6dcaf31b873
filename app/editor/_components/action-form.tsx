"use client";

import { useActionState } from "react";
import type { FormResult } from "@/lib/http/action-state";

/**
 * A small form around a server action: its fields come from the server
 * component, and the action's answer (a notice or an error) shows beside the
 * button. Works without JavaScript too (the action posts as a plain form).
 * React resets the form after the action, and a <select> resets to the value
 * it was mounted with: key a select by its saved value so it shows the new one.
 */
export function ActionForm({
  action,
  children,
  submitLabel,
  pendingLabel = "Saving…",
  className,
  buttonClassName,
  label,
}: {
  action: (previous: FormResult, form: FormData) => Promise<FormResult>;
  children?: React.ReactNode;
  submitLabel: string;
  pendingLabel?: string;
  className?: string;
  buttonClassName?: string;
  /** An accessible name for the form, when the button alone does not say what it changes. */
  label?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className={`action-form${className ? ` ${className}` : ""}`} aria-label={label}>
      {children}
      <button type="submit" className={buttonClassName} disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </button>
      {state ? (
        <p className={state.ok ? "form-notice inline" : "form-alert inline"} role={state.ok ? "status" : "alert"}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
