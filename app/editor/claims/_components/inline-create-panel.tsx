"use client";

import { useId, useState, useTransition, type ReactNode } from "react";
import type { OutletOption, PersonOption } from "@/lib/editor/pickers";
import type { FieldErrors } from "@/lib/errors";
import { createOutletAction, createPersonAction } from "../actions";

/** One text input of an inline-create panel; `name` is also the key of its field error. */
interface PanelField {
  name: string;
  label: ReactNode;
  type?: "text" | "url";
  placeholder?: string;
}

type CreateResult<T> = { ok: true; created: T } | { ok: false; message: string; fields?: FieldErrors };

interface InlineCreatePanelProps<T> {
  /** The group's accessible name and visible title ("New person"). */
  title: string;
  fields: PanelField[];
  initial?: Record<string, string>;
  /** A note under the inputs. */
  hint?: string;
  submitLabel: string;
  create: (values: Record<string, string>) => Promise<CreateResult<T>>;
  onCreated: (created: T) => void;
  onCancel: () => void;
}

/**
 * A small form inside the claim form that creates a record (a person, an outlet)
 * without leaving the page. It is a group, not a <form>: forms cannot nest, so
 * Enter in its inputs creates the record instead of submitting the claim form.
 */
export function InlineCreatePanel<T>({
  title,
  fields,
  initial = {},
  hint,
  submitLabel,
  create,
  onCreated,
  onCancel,
}: InlineCreatePanelProps<T>) {
  const id = useId();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((f) => [f.name, initial[f.name] ?? ""])),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function submit() {
    startTransition(async () => {
      const result = await create(values);
      if (result.ok) onCreated(result.created);
      else {
        setErrors(result.fields ?? {});
        setMessage(result.fields ? null : result.message);
      }
    });
  }

  function enterCreates(e: React.KeyboardEvent) {
    if (e.key === "Enter") {
      e.preventDefault();
      submit();
    }
  }

  return (
    <div className="inline-create" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="inline-create-title">
        {title}
      </p>
      {message ? (
        <p className="form-alert" role="alert">
          {message}
        </p>
      ) : null}
      {fields.map((field, index) => {
        const inputId = `${id}-${field.name}`;
        const error = errors[field.name];
        return (
          <div className="field" key={field.name}>
            <label htmlFor={inputId}>{field.label}</label>
            <input
              id={inputId}
              type={field.type ?? "text"}
              value={values[field.name]}
              autoFocus={index === 0}
              placeholder={field.placeholder}
              onChange={(e) => setValues((all) => ({ ...all, [field.name]: e.target.value }))}
              onKeyDown={enterCreates}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${inputId}-error` : undefined}
            />
            {error ? (
              // The first input's error is announced: it is where a refused creation usually fails.
              <p id={`${inputId}-error`} className="field-error" role={index === 0 ? "alert" : undefined}>
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      {hint ? <p className="field-hint">{hint}</p> : null}
      <div className="form-actions">
        <button type="button" onClick={submit} disabled={pending}>
          {pending ? "Creating…" : submitLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

const optional = (label: string) => (
  <>
    {label} <span className="muted">(optional)</span>
  </>
);

/** Adds a person from a person picker, starting from the name the editor typed. */
export function NewPersonPanel({
  initialName,
  onCancel,
  onCreated,
}: {
  initialName: string;
  onCancel: () => void;
  onCreated: (p: PersonOption) => void;
}) {
  return (
    <InlineCreatePanel<PersonOption>
      title="New person"
      fields={[
        { name: "name", label: "Name" },
        { name: "description", label: optional("One-line description"), placeholder: "e.g. British singer-songwriter" },
      ]}
      initial={{ name: initialName }}
      submitLabel="Create person"
      create={async (values) => {
        const result = await createPersonAction({ name: values.name, description: values.description });
        return result.ok ? { ok: true, created: result.person } : result;
      }}
      onCreated={onCreated}
      onCancel={onCancel}
    />
  );
}

/** Adds an outlet from an outlet picker. No grade here: only admins grade outlets (on the outlets page). */
export function NewOutletPanel({ onCancel, onCreated }: { onCancel: () => void; onCreated: (o: OutletOption) => void }) {
  return (
    <InlineCreatePanel<OutletOption>
      title="New outlet"
      fields={[
        { name: "name", label: "Outlet name" },
        { name: "url", label: optional("Website"), type: "url", placeholder: "https://…" },
      ]}
      hint="An admin grades every new outlet; until then readers see “not yet graded”."
      submitLabel="Create outlet"
      create={async (values) => {
        const result = await createOutletAction({ name: values.name, url: values.url });
        return result.ok ? { ok: true, created: result.outlet } : result;
      }}
      onCreated={onCreated}
      onCancel={onCancel}
    />
  );
}
