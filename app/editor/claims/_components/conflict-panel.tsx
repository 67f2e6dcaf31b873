"use client";

import { useEffect, useRef } from "react";
import { FIELD_LABELS } from "@/lib/claims/field-labels";
import type { ClaimDraft, DraftField } from "@/lib/claims/claim-draft";
import { MERGEABLE_FIELDS, MULTILINE_FIELDS, type ConflictChoice, type ConflictRow } from "@/lib/claims/claim-merge";
import type { FormVocabulary } from "@/lib/editor/form-vocabulary";
import type { OutletOption, PersonOption } from "@/lib/editor/pickers";

export const FIELD_NAMES: Record<DraftField, string> = FIELD_LABELS;

export interface Decision {
  choice: ConflictChoice;
  merged?: string;
}

interface Props {
  rows: ConflictRow[];
  mine: ClaimDraft;
  theirs: ClaimDraft;
  theirVersion: number;
  theirUpdatedAt: string;
  decisions: Partial<Record<DraftField, Decision>>;
  onDecide: (field: DraftField, decision: Decision) => void;
  onApply: (andSave: boolean) => void;
  pending: boolean;
  vocabulary: FormVocabulary;
  people: PersonOption[];
  outlets: OutletOption[];
}

/** A field's value as words, for showing two versions side by side. */
function show(draft: ClaimDraft, field: DraftField, vocabulary: FormVocabulary, people: PersonOption[], outlets: OutletOption[]): string {
  const person = (slug: string) => people.find((p) => p.slug === slug)?.name ?? slug;
  switch (field) {
    case "kind":
      return vocabulary.kinds.find((k) => k.value === draft.kind)?.label ?? "(not chosen)";
    case "stance":
      return vocabulary.stances.find((s) => s.value === draft.stance)?.label ?? "(not chosen)";
    case "precision":
      return vocabulary.precisions.find((p) => p.value === draft.precision)?.label ?? "(not chosen)";
    case "confidence": {
      const g = vocabulary.confidence.find((c) => c.value === draft.confidence);
      return g ? `${g.label} (${g.min}–${g.max}%)` : "(not chosen)";
    }
    case "speaker":
      return draft.speaker ? person(draft.speaker) : "(none)";
    case "mentions":
      return draft.mentions.length ? draft.mentions.map(person).join(", ") : "(none)";
    case "citations":
      return draft.citations.length
        ? draft.citations
            .map(
              (c, i) =>
                `${i + 1}. ${outlets.find((o) => o.slug === c.outlet)?.name ?? (c.outlet || "(no outlet)")}${c.title ? ` — “${c.title}”` : ""}${c.url ? ` — ${c.url}` : ""}${c.publishedOn ? ` (${c.publishedOn})` : ""}${c.quote ? ` — quote: “${c.quote}”` : ""}`,
            )
            .join("\n")
        : "(no sources)";
    default:
      return draft[field].trim() === "" ? "(empty)" : draft[field];
  }
}

const WHO: Record<ConflictRow["changedBy"], string> = {
  you: "You changed this",
  them: "They changed this",
  both: "You both changed this",
};

/**
 * The 409 view: the colleague's saved values beside the editor's typed ones,
 * field by field, with a choice (or a hand merge) for each. Nothing is saved
 * until the editor applies their choices; nothing typed is thrown away.
 */
export function ConflictPanel({
  rows,
  mine,
  theirs,
  theirVersion,
  theirUpdatedAt,
  decisions,
  onDecide,
  onApply,
  pending,
  vocabulary,
  people,
  outlets,
}: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: "start" });
  }, []);
  const when = new Date(theirUpdatedAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
  return (
    <section className="conflict card" aria-labelledby="conflict-heading" data-testid="conflict">
      <h2 id="conflict-heading" ref={heading} tabIndex={-1}>
        Someone else saved this claim while you were editing
      </h2>
      <p>
        Version {theirVersion} was saved {when}. <strong>Your changes are not saved yet, and nothing you typed is lost.</strong> For each
        field that differs, choose what to keep, then save against version {theirVersion}.
      </p>
      {rows.length === 0 ? <p className="form-notice">Their changes and yours do not overlap: apply to keep both.</p> : null}
      <ol className="conflict-list">
        {rows.map((row) => {
          const decision = decisions[row.field] ?? { choice: row.suggested };
          const name = `resolve-${row.field}`;
          const mergeable = MERGEABLE_FIELDS.has(row.field);
          return (
            <li key={row.field} className="conflict-row">
              <fieldset>
                <legend>
                  {FIELD_NAMES[row.field]} <span className="muted">· {WHO[row.changedBy]}</span>
                </legend>
                <div className="conflict-options">
                  <label className={`conflict-option${decision.choice === "theirs" ? " chosen" : ""}`}>
                    <span className="conflict-option-head">
                      <input
                        type="radio"
                        name={name}
                        checked={decision.choice === "theirs"}
                        onChange={() => onDecide(row.field, { choice: "theirs" })}
                      />
                      Use theirs (version {theirVersion})
                    </span>
                    <span className="conflict-value" data-testid={`theirs-${row.field}`}>
                      {show(theirs, row.field, vocabulary, people, outlets)}
                    </span>
                  </label>
                  <label className={`conflict-option${decision.choice === "mine" ? " chosen" : ""}`}>
                    <span className="conflict-option-head">
                      <input
                        type="radio"
                        name={name}
                        checked={decision.choice === "mine"}
                        onChange={() => onDecide(row.field, { choice: "mine" })}
                      />
                      Keep yours
                    </span>
                    <span className="conflict-value" data-testid={`mine-${row.field}`}>
                      {show(mine, row.field, vocabulary, people, outlets)}
                    </span>
                  </label>
                </div>
                {mergeable ? (
                  <div className={`conflict-merge${decision.choice === "merge" ? " chosen" : ""}`}>
                    <label className="conflict-option-head">
                      <input
                        type="radio"
                        name={name}
                        checked={decision.choice === "merge"}
                        onChange={() => onDecide(row.field, { choice: "merge", merged: decision.merged })}
                      />
                      Merge by hand
                    </label>
                    {decision.choice === "merge" ? (
                      MULTILINE_FIELDS.has(row.field) ? (
                        <textarea
                          aria-label={`Merged ${FIELD_NAMES[row.field].toLowerCase()}`}
                          rows={5}
                          value={decision.merged ?? ""}
                          onChange={(e) => onDecide(row.field, { choice: "merge", merged: e.target.value })}
                        />
                      ) : (
                        <input
                          type="text"
                          aria-label={`Merged ${FIELD_NAMES[row.field].toLowerCase()}`}
                          value={decision.merged ?? ""}
                          onChange={(e) => onDecide(row.field, { choice: "merge", merged: e.target.value })}
                        />
                      )
                    ) : null}
                  </div>
                ) : null}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="form-actions">
        <button type="button" onClick={() => onApply(true)} disabled={pending}>
          {pending ? "Saving…" : `Save with these choices`}
        </button>
        <button type="button" className="secondary" onClick={() => onApply(false)} disabled={pending}>
          Apply and keep editing
        </button>
      </div>
    </section>
  );
}
