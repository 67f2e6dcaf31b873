import type { FieldErrors } from "@/lib/errors";

/** The DOM id of the input for an error key ("citations.0.url" → "claim-citations-0-url"). */
export function fieldId(key: string): string {
  return `claim-${key.replace(/\./g, "-")}`;
}

/** aria-describedby from the ids that apply, or undefined. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(" ");
  return list === "" ? undefined : list;
}

/** Props that tie an input to its hint and its error. */
export function inputA11y(key: string, errors: FieldErrors, hint = false) {
  const id = fieldId(key);
  const error = errors[key];
  return {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(hint && `${id}-hint`, error && `${id}-error`),
  } as const;
}

export function FieldError({ errorKey, errors }: { errorKey: string; errors: FieldErrors }) {
  const message = errors[errorKey];
  if (!message) return null;
  return (
    <p id={`${fieldId(errorKey)}-error`} className="field-error">
      {message}
    </p>
  );
}

export function FieldHint({ errorKey, children }: { errorKey: string; children: React.ReactNode }) {
  return (
    <p id={`${fieldId(errorKey)}-hint`} className="field-hint">
      {children}
    </p>
  );
}
