"use client";

import { useState } from "react";
import type { PersonOption } from "@/lib/editor/pickers";
import { NewPersonPanel } from "./inline-create-panel";

/** The text shown for a person in the picker; names shared by two people carry the slug to tell them apart. */
export function personLabel(person: PersonOption, people: PersonOption[]): string {
  const twins = people.filter((p) => p.name.toLowerCase() === person.name.toLowerCase()).length > 1;
  return twins ? `${person.name} (${person.slug})` : person.name;
}

/** The person a typed text names: a picker label, a name, or a slug. */
function resolve(text: string, people: PersonOption[]): PersonOption | null {
  const t = text.trim().toLowerCase();
  if (!t) return null;
  return people.find((p) => personLabel(p, people).toLowerCase() === t) ?? people.find((p) => p.slug === t) ?? null;
}

interface PickerProps {
  /** The input's id (labels and error summaries point here). */
  id: string;
  label: string;
  value: string;
  onChange: (slug: string) => void;
  people: PersonOption[];
  onCreated: (person: PersonOption) => void;
  error?: string;
  hint?: string;
  /** Shared datalist of every person, rendered once by the form. */
  listId: string;
  /** A name to start with when no one is chosen (a suggested name not yet in the ledger). */
  initialText?: string;
}

/**
 * A person picker: type to search the ledger's people (a native datalist, so
 * it works with any keyboard and screen reader), or create a new person inline.
 */
export function PersonPicker({ id, label, value, onChange, people, onCreated, error, hint, listId, initialText = "" }: PickerProps) {
  const selected = people.find((p) => p.slug === value) ?? null;
  const [text, setText] = useState(selected ? personLabel(selected, people) : initialText);
  const [shownValue, setShownValue] = useState(value);
  const [creating, setCreating] = useState(false);
  // Follow a value set from outside (a person created inline, a conflict resolved).
  if (value !== shownValue) {
    setShownValue(value);
    if (value && resolve(text, people)?.slug !== value) setText(selected ? personLabel(selected, people) : value);
    if (!value && resolve(text, people)) setText("");
  }
  const typedButUnknown = text.trim() !== "" && !resolve(text, people);
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;

  function change(next: string) {
    setText(next);
    const match = resolve(next, people);
    const slug = match?.slug ?? "";
    setShownValue(slug);
    if (slug !== value) onChange(slug);
  }

  return (
    <div className="field person-picker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        list={listId}
        autoComplete="off"
        value={text}
        onChange={(e) => change(e.target.value)}
        placeholder="Type a name…"
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId, `${id}-status`].filter(Boolean).join(" ")}
      />
      {hint ? (
        <p id={hintId!} className="field-hint">
          {hint}
        </p>
      ) : null}
      <p id={`${id}-status`} className="picker-status" aria-live="polite">
        {selected ? (
          <>
            <span aria-hidden="true">✓ </span>
            <span className="visually-hidden">Selected: </span>
            {selected.name}
            {selected.description ? <span className="muted"> — {selected.description}</span> : null}
          </>
        ) : typedButUnknown ? (
          <span className="muted">No one called “{text.trim()}” in the ledger yet.</span>
        ) : null}
      </p>
      {error ? (
        <p id={errorId!} className="field-error">
          {error}
        </p>
      ) : null}
      {creating ? (
        <NewPersonPanel
          initialName={typedButUnknown ? text.trim() : ""}
          onCancel={() => setCreating(false)}
          onCreated={(person) => {
            setCreating(false);
            onCreated(person);
            setText(person.name);
            setShownValue(person.slug);
            onChange(person.slug);
          }}
        />
      ) : (
        <button type="button" className="link-button small" onClick={() => setCreating(true)}>
          {typedButUnknown ? `+ Create “${text.trim()}” as a new person` : "+ New person"}
        </button>
      )}
    </div>
  );
}
