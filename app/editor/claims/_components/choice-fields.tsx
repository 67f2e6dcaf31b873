import Link from "next/link";
import type { ConfidenceLevel, Stance } from "@/db/enums";
import type { FormVocabulary } from "@/lib/editor/form-vocabulary";
import type { FieldErrors } from "@/lib/errors";
import { describedBy, FieldError, fieldId } from "./field-bits";

/** The published confidence scale as a radio group, each level with its range and typical evidence. */
export function ConfidenceField({
  value,
  onChange,
  scale,
  errors,
}: {
  value: ConfidenceLevel | "";
  onChange: (v: ConfidenceLevel) => void;
  scale: FormVocabulary["confidence"];
  errors: FieldErrors;
}) {
  const id = fieldId("confidence");
  return (
    <fieldset
      className="choice-group"
      id={id}
      aria-describedby={describedBy(`${id}-hint`, errors.confidence && `${id}-error`)}
      aria-invalid={errors.confidence ? true : undefined}
    >
      <legend>Confidence</legend>
      <p id={`${id}-hint`} className="field-hint">
        How likely is the claim itself true? Grade the evidence, not the rumor.{" "}
        <Link href="/how-we-grade#confidence-heading">How we grade</Link>
      </p>
      <FieldError errorKey="confidence" errors={errors} />
      <div className="choice-list">
        {scale.map((g) => (
          <label key={g.value} className={`choice${value === g.value ? " chosen" : ""}`}>
            <input type="radio" name="confidence" value={g.value} checked={value === g.value} onChange={() => onChange(g.value)} />
            <span className="choice-text">
              <span className="choice-label">
                {g.label}{" "}
                <span className="choice-range">
                  {g.min}–{g.max}%
                </span>
              </span>
              <span className="choice-description">{g.evidence}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const STANCE_SYMBOLS: Record<Stance, string> = { supports: "▲", neutral: "■", contradicts: "▼" };

/** Whether the claim points toward the romance, away from it, or neither. */
export function StanceField({
  value,
  onChange,
  stances,
  errors,
}: {
  value: Stance | "";
  onChange: (v: Stance) => void;
  stances: FormVocabulary["stances"];
  errors: FieldErrors;
}) {
  const id = fieldId("stance");
  return (
    <fieldset
      className="choice-group"
      id={id}
      aria-describedby={describedBy(`${id}-hint`, errors.stance && `${id}-error`)}
      aria-invalid={errors.stance ? true : undefined}
    >
      <legend>Stance toward the romance rumor</legend>
      <p id={`${id}-hint`} className="field-hint">
        Supporting claims raise the pair’s heat, contradicting ones lower it, neutral ones leave it.
      </p>
      <FieldError errorKey="stance" errors={errors} />
      <div className="choice-row">
        {stances.map((s) => (
          <label key={s.value} className={`choice compact${value === s.value ? " chosen" : ""}`}>
            <input type="radio" name="stance" value={s.value} checked={value === s.value} onChange={() => onChange(s.value)} />
            <span aria-hidden="true">{STANCE_SYMBOLS[s.value]}</span> {s.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
