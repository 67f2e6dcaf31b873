"use client";

import { useState } from "react";
import type { PersonOption } from "@/lib/editor/pickers";
import type { FieldErrors } from "@/lib/errors";
import { FieldError, fieldId } from "./field-bits";
import { PersonPicker } from "./person-picker";

/** Other people a claim mentions (the host of the party): chips with a remove button, and a picker to add more. */
export function MentionsField({
  value,
  onChange,
  people,
  onCreated,
  errors,
  listId,
}: {
  value: string[];
  onChange: (next: string[]) => void;
  people: PersonOption[];
  onCreated: (p: PersonOption) => void;
  errors: FieldErrors;
  listId: string;
}) {
  const [pending, setPending] = useState("");
  const nameOf = (slug: string) => people.find((p) => p.slug === slug)?.name ?? slug;
  const add = () => {
    if (pending && !value.includes(pending)) onChange([...value, pending]);
    setPending("");
  };
  return (
    <fieldset className="form-section mentions">
      <legend>Also mentioned</legend>
      <p className="field-hint">Other people in the claim, e.g. the host of the party. Optional.</p>
      <FieldError errorKey="mentions" errors={errors} />
      {value.length > 0 ? (
        <ul className="chips" aria-label="Mentioned people">
          {value.map((slug, i) => (
            <li key={slug} className="chip">
              {nameOf(slug)}
              <button
                type="button"
                className="chip-remove"
                onClick={() => onChange(value.filter((s) => s !== slug))}
                aria-label={`Remove ${nameOf(slug)}`}
              >
                ×
              </button>
              <FieldError errorKey={`mentions.${i}`} errors={errors} />
            </li>
          ))}
        </ul>
      ) : null}
      <div className="picker-with-add">
        <PersonPicker
          id={fieldId("mentions-new")}
          label="Add a person"
          value={pending}
          onChange={setPending}
          people={people}
          onCreated={onCreated}
          listId={listId}
        />
        <button type="button" className="secondary" onClick={add} disabled={!pending}>
          Add
        </button>
      </div>
    </fieldset>
  );
}
