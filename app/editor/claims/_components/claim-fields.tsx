"use client";

import type { ClaimDraft } from "@/lib/claims/claim-draft";
import { dateProblem, formatPartialDate, naturalPrecision } from "@/lib/dates";
import type { FormVocabulary } from "@/lib/editor/form-vocabulary";
import type { PersonOption } from "@/lib/editor/pickers";
import type { FieldErrors } from "@/lib/errors";
import { ConfidenceField, StanceField } from "./choice-fields";
import { FieldError, FieldHint, fieldId, inputA11y } from "./field-bits";
import { MentionsField } from "./mentions-field";
import { PersonPicker } from "./person-picker";

interface Props {
  draft: ClaimDraft;
  set: <K extends keyof ClaimDraft>(field: K, value: ClaimDraft[K]) => void;
  errors: FieldErrors;
  vocabulary: FormVocabulary;
  people: PersonOption[];
  onPersonCreated: (p: PersonOption) => void;
  listId: string;
}

const HEADLINE_MAX = 200;

/** Every claim field between the pair and the sources. */
export function ClaimFields({ draft, set, errors, vocabulary, people, onPersonCreated, listId }: Props) {
  const kind = vocabulary.kinds.find((k) => k.value === draft.kind);
  const precision = vocabulary.precisions.find((p) => p.value === draft.precision);
  const date = draft.occurredOn.trim();
  const problem = date && draft.precision ? dateProblem(date, draft.precision) : null;

  function setDate(value: string) {
    set("occurredOn", value);
    // Follow the precision the typed date has, unless the editor said it is approximate.
    const natural = naturalPrecision(value.trim());
    if (natural && draft.precision !== "circa" && natural !== draft.precision) set("precision", natural);
  }

  return (
    <>
      <fieldset className="form-section">
        <legend>What</legend>
        <div className="field">
          <label htmlFor={fieldId("kind")}>Kind of claim</label>
          <select
            {...inputA11y("kind", errors, true)}
            value={draft.kind}
            onChange={(e) => set("kind", e.target.value as ClaimDraft["kind"])}
          >
            {draft.kind === "" ? <option value="">— choose —</option> : null}
            {vocabulary.kinds.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
          <FieldHint errorKey="kind">{kind?.description ?? "What sort of evidence this is."}</FieldHint>
          <FieldError errorKey="kind" errors={errors} />
        </div>
        <div className="field">
          <label htmlFor={fieldId("headline")}>Headline</label>
          <input
            type="text"
            {...inputA11y("headline", errors, true)}
            value={draft.headline}
            onChange={(e) => set("headline", e.target.value)}
            placeholder="e.g. Seen walking and dining out together in London"
          />
          <FieldHint errorKey="headline">
            One line, in your own words.{" "}
            <span className={draft.headline.length > HEADLINE_MAX ? "over-limit" : undefined}>
              {draft.headline.length}/{HEADLINE_MAX}
            </span>
          </FieldHint>
          <FieldError errorKey="headline" errors={errors} />
        </div>
        <div className="field">
          <label htmlFor={fieldId("details")}>
            Details <span className="muted">(optional)</span>
          </label>
          <textarea rows={3} {...inputA11y("details", errors)} value={draft.details} onChange={(e) => set("details", e.target.value)} />
          <FieldError errorKey="details" errors={errors} />
        </div>
        <div className="grid-2">
          <div className="field">
            <label htmlFor={fieldId("quote")}>
              Quote <span className="muted">(optional)</span>
            </label>
            <textarea rows={2} {...inputA11y("quote", errors, true)} value={draft.quote} onChange={(e) => set("quote", e.target.value)} />
            <FieldHint errorKey="quote">A short on-record quote; say who said it.</FieldHint>
            <FieldError errorKey="quote" errors={errors} />
          </div>
          <PersonPicker
            id={fieldId("speaker")}
            label="Speaker (optional)"
            value={draft.speaker}
            onChange={(slug) => set("speaker", slug)}
            people={people}
            onCreated={onPersonCreated}
            error={errors.speaker}
            listId={listId}
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>When and where</legend>
        <div className="grid-2">
          <div className="field">
            <label htmlFor={fieldId("occurredOn")}>Date it happened</label>
            <input
              type="text"
              inputMode="numeric"
              placeholder="YYYY-MM-DD, YYYY-MM or YYYY"
              {...inputA11y("occurredOn", errors, true)}
              value={draft.occurredOn}
              onChange={(e) => setDate(e.target.value)}
            />
            <FieldHint errorKey="occurredOn">
              Only as precise as it is known — never invent a day.{" "}
              {date && !problem && draft.precision ? (
                <>
                  Readers will see: <strong>{formatPartialDate(date, draft.precision)}</strong>
                </>
              ) : null}
            </FieldHint>
            <FieldError errorKey="occurredOn" errors={errors} />
          </div>
          <div className="field">
            <label htmlFor={fieldId("precision")}>Precision</label>
            <select
              {...inputA11y("precision", errors, true)}
              value={draft.precision}
              onChange={(e) => set("precision", e.target.value as ClaimDraft["precision"])}
            >
              {draft.precision === "" ? <option value="">— choose —</option> : null}
              {vocabulary.precisions.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
            </select>
            <FieldHint errorKey="precision">{precision?.description ?? "How precisely the date is known."}</FieldHint>
            <FieldError errorKey="precision" errors={errors} />
          </div>
          <div className="field">
            <label htmlFor={fieldId("reportedOn")}>
              First reported on <span className="muted">(optional)</span>
            </label>
            <input
              type="text"
              inputMode="numeric"
              placeholder="YYYY-MM-DD"
              {...inputA11y("reportedOn", errors, true)}
              value={draft.reportedOn}
              onChange={(e) => set("reportedOn", e.target.value)}
            />
            <FieldHint errorKey="reportedOn">When the news first broke, if different from the date above.</FieldHint>
            <FieldError errorKey="reportedOn" errors={errors} />
          </div>
          <div className="field">
            <label htmlFor={fieldId("place")}>
              Place <span className="muted">(optional)</span>
            </label>
            <input
              type="text"
              {...inputA11y("place", errors)}
              value={draft.place}
              onChange={(e) => set("place", e.target.value)}
              placeholder="e.g. London"
            />
            <FieldError errorKey="place" errors={errors} />
          </div>
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>How sure</legend>
        <StanceField value={draft.stance} onChange={(v) => set("stance", v)} stances={vocabulary.stances} errors={errors} />
        <ConfidenceField value={draft.confidence} onChange={(v) => set("confidence", v)} scale={vocabulary.confidence} errors={errors} />
      </fieldset>

      <MentionsField
        value={draft.mentions}
        onChange={(m) => set("mentions", m)}
        people={people}
        onCreated={onPersonCreated}
        errors={errors}
        listId={listId}
      />
    </>
  );
}
