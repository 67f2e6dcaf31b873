"use client";

import { useState } from "react";
import { emptyCitation, type CitationDraft } from "@/lib/claims/claim-draft";
import type { FormVocabulary } from "@/lib/editor/form-vocabulary";
import type { OutletOption } from "@/lib/editor/pickers";
import type { FieldErrors } from "@/lib/errors";
import { FieldError, FieldHint, fieldId, inputA11y } from "./field-bits";
import { NewOutletPanel } from "./inline-create-panel";

interface Props {
  citations: CitationDraft[];
  onChange: (next: CitationDraft[]) => void;
  outlets: OutletOption[];
  onOutletCreated: (outlet: OutletOption) => void;
  grades: FormVocabulary["grades"];
  errors: FieldErrors;
}

/** The claim's sources: one row per citation, added and removed freely; publishing needs at least one. */
export function CitationsField({ citations, onChange, outlets, onOutletCreated, grades, errors }: Props) {
  const update = (index: number, patch: Partial<CitationDraft>) =>
    onChange(citations.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <fieldset className="form-section" aria-describedby={errors.citations ? `${fieldId("citations")}-error` : undefined}>
      <legend>Sources</legend>
      <p className="field-hint">
        At least one source is needed to publish. Every source names its outlet; the outlet’s reliability grade is shown to readers.
      </p>
      <FieldError errorKey="citations" errors={errors} />
      {citations.length === 0 ? <p className="empty small">No sources yet.</p> : null}
      <ol className="citation-list">
        {citations.map((c, i) => (
          <li key={c.key} className="citation-row">
            <CitationRow
              index={i}
              citation={c}
              onChange={(patch) => update(i, patch)}
              onRemove={() => onChange(citations.filter((_, j) => j !== i))}
              outlets={outlets}
              onOutletCreated={onOutletCreated}
              grades={grades}
              errors={errors}
            />
          </li>
        ))}
      </ol>
      <button type="button" className="secondary" onClick={() => onChange([...citations, emptyCitation()])}>
        + Add {citations.length === 0 ? "a" : "another"} source
      </button>
    </fieldset>
  );
}

function CitationRow({
  index,
  citation,
  onChange,
  onRemove,
  outlets,
  onOutletCreated,
  grades,
  errors,
}: {
  index: number;
  citation: CitationDraft;
  onChange: (patch: Partial<CitationDraft>) => void;
  onRemove: () => void;
  outlets: OutletOption[];
  onOutletCreated: (outlet: OutletOption) => void;
  grades: FormVocabulary["grades"];
  errors: FieldErrors;
}) {
  const [creating, setCreating] = useState(false);
  const key = (f: string) => `citations.${index}.${f}`;
  const gradeWords = new Map(grades.map((g) => [g.value, g.label]));
  return (
    <div className="citation" role="group" aria-label={`Source ${index + 1}`}>
      <div className="citation-head">
        <span className="citation-number">Source {index + 1}</span>
        <button type="button" className="link-button small link-danger" onClick={onRemove}>
          Remove source {index + 1}
        </button>
      </div>
      <div className="grid-2">
        <div className="field">
          <label htmlFor={fieldId(key("outlet"))}>Outlet</label>
          <select {...inputA11y(key("outlet"), errors)} value={citation.outlet} onChange={(e) => onChange({ outlet: e.target.value })}>
            <option value="">— choose an outlet —</option>
            {outlets.map((o) => (
              <option key={o.slug} value={o.slug}>
                {o.name} ({o.grade === null ? "not yet graded" : (gradeWords.get(o.grade) ?? o.grade)})
              </option>
            ))}
          </select>
          <FieldError errorKey={key("outlet")} errors={errors} />
          {creating ? (
            <NewOutletPanel
              onCancel={() => setCreating(false)}
              onCreated={(outlet) => {
                setCreating(false);
                onOutletCreated(outlet);
                onChange({ outlet: outlet.slug });
              }}
            />
          ) : (
            <button type="button" className="link-button small" onClick={() => setCreating(true)}>
              + New outlet
            </button>
          )}
        </div>
        <div className="field">
          <label htmlFor={fieldId(key("url"))}>Link</label>
          <input
            type="url"
            inputMode="url"
            placeholder="https://…"
            {...inputA11y(key("url"), errors)}
            value={citation.url}
            onChange={(e) => onChange({ url: e.target.value })}
          />
          <FieldError errorKey={key("url")} errors={errors} />
        </div>
        <div className="field">
          <label htmlFor={fieldId(key("title"))}>
            Title <span className="muted">(optional)</span>
          </label>
          <input
            type="text"
            {...inputA11y(key("title"), errors)}
            value={citation.title}
            onChange={(e) => onChange({ title: e.target.value })}
          />
          <FieldError errorKey={key("title")} errors={errors} />
        </div>
        <div className="field">
          <label htmlFor={fieldId(key("publishedOn"))}>
            Published on <span className="muted">(optional)</span>
          </label>
          <input
            type="text"
            inputMode="numeric"
            placeholder="YYYY-MM-DD"
            {...inputA11y(key("publishedOn"), errors, true)}
            value={citation.publishedOn}
            onChange={(e) => onChange({ publishedOn: e.target.value })}
          />
          <FieldHint errorKey={key("publishedOn")}>YYYY-MM-DD, YYYY-MM or YYYY</FieldHint>
          <FieldError errorKey={key("publishedOn")} errors={errors} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={fieldId(key("quote"))}>
          Quote from this source <span className="muted">(optional, short)</span>
        </label>
        <textarea
          rows={2}
          {...inputA11y(key("quote"), errors)}
          value={citation.quote}
          onChange={(e) => onChange({ quote: e.target.value })}
        />
        <FieldError errorKey={key("quote")} errors={errors} />
      </div>
    </div>
  );
}
