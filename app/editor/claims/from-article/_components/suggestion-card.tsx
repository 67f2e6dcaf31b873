"use client";

import type { ClaimKind, ConfidenceLevel, DatePrecision, Stance } from "@/db/enums";
import type { FormVocabulary } from "@/lib/editor/form-vocabulary";
import type { PersonOption } from "@/lib/editor/pickers";
import type { FieldErrors } from "@/lib/errors";
import { PersonPicker } from "../../_components/person-picker";
import { editClaimPath } from "@/lib/urls";

/** One suggestion as the editor reviews it: slugs for people, "" for an empty text. */
export interface CardDraft {
  key: string;
  people: [string, string];
  names: [string, string];
  kind: ClaimKind;
  headline: string;
  occurredOn: string;
  precision: DatePrecision;
  place: string;
  speaker: string;
  speakerName: string;
  quote: string;
  mentions: string[];
  mentionNames: string[];
  stance: Stance;
  confidence: ConfidenceLevel;
  evidence: string;
  outletName: string | null;
  duplicateOf: number | null;
  /** Added by the editor from a sentence the extractor drew no claim from. */
  added: boolean;
}

interface Props {
  index: number;
  card: CardDraft;
  onChange: (patch: Partial<CardDraft>) => void;
  onDrop: () => void;
  vocabulary: FormVocabulary;
  people: PersonOption[];
  onPersonCreated: (p: PersonOption) => void;
  listId: string;
  errors: FieldErrors;
}

/** The evidence sentence with the quote (when there is one) marked inside it. */
function Evidence({ text, quote }: { text: string; quote: string }) {
  const at = quote ? text.indexOf(quote) : -1;
  if (at < 0) return <mark className="evidence-mark">{text}</mark>;
  return (
    <>
      {text.slice(0, at)}
      <mark className="evidence-mark">{quote}</mark>
      {text.slice(at + quote.length)}
    </>
  );
}

/** An editable suggestion card beside the sentence it came from. */
export function SuggestionCard({ index, card, onChange, onDrop, vocabulary, people, onPersonCreated, listId, errors }: Props) {
  const id = (f: string) => `s${index}-${f}`;
  const err = (f: string) => errors[`claims.${index}.${f}`];
  const title = `Suggestion ${index + 1}`;
  const mentionSlugs = new Set(card.mentions);
  return (
    <li className={`suggestion${card.duplicateOf ? " duplicate" : ""}`} aria-label={title} data-testid="suggestion">
      <div className="suggestion-head">
        <h3>
          {title}: {card.headline || "(no headline)"}
          {card.added ? <span className="added-tag">added by you</span> : null}
        </h3>
        <button type="button" className="link-button small link-danger" onClick={onDrop}>
          Drop suggestion {index + 1}
        </button>
      </div>
      {card.duplicateOf ? (
        <p className="form-notice" role="note">
          Already in the ledger (same pair, kind and date): <a href={editClaimPath(card.duplicateOf)}>claim {card.duplicateOf}</a>. It will
          not be saved again.
        </p>
      ) : null}
      <div className="suggestion-body">
        <div>
          <blockquote className="evidence" aria-label={`Evidence for suggestion ${index + 1}`}>
            <Evidence text={card.evidence} quote={card.quote} />
          </blockquote>
          {card.outletName ? <p className="muted small">Attributed to {card.outletName}; saved with the article as its source.</p> : null}
        </div>
        <div className="suggestion-fields">
          <div className="grid-2">
            {[0, 1].map((i) => (
              <PersonPicker
                key={i}
                id={id(`person-${i}`)}
                label={i === 0 ? "First person" : "Second person"}
                value={card.people[i]}
                initialText={card.people[i] ? "" : card.names[i]}
                onChange={(slug) => onChange({ people: (i === 0 ? [slug, card.people[1]] : [card.people[0], slug]) as [string, string] })}
                people={people}
                onCreated={onPersonCreated}
                listId={listId}
                error={err("people") ?? err("pair")}
              />
            ))}
          </div>
          <div className="field">
            <label htmlFor={id("headline")}>Headline</label>
            <input
              id={id("headline")}
              type="text"
              value={card.headline}
              onChange={(e) => onChange({ headline: e.target.value })}
              aria-invalid={err("headline") ? true : undefined}
            />
            {err("headline") ? <p className="field-error">{err("headline")}</p> : null}
          </div>
          <div className="grid-2">
            <Select
              id={id("kind")}
              label="Kind"
              value={card.kind}
              choices={vocabulary.kinds}
              onChange={(v) => onChange({ kind: v as ClaimKind })}
            />
            <Select
              id={id("stance")}
              label="Stance"
              value={card.stance}
              choices={vocabulary.stances}
              onChange={(v) => onChange({ stance: v as Stance })}
            />
            <div className="field">
              <label htmlFor={id("date")}>Date</label>
              <input
                id={id("date")}
                type="text"
                inputMode="numeric"
                value={card.occurredOn}
                onChange={(e) => onChange({ occurredOn: e.target.value })}
                aria-invalid={err("occurredOn") ? true : undefined}
              />
              {err("occurredOn") ? <p className="field-error">{err("occurredOn")}</p> : null}
            </div>
            <Select
              id={id("precision")}
              label="Precision"
              value={card.precision}
              choices={vocabulary.precisions}
              onChange={(v) => onChange({ precision: v as DatePrecision })}
            />
            <div className="field">
              <label htmlFor={id("place")}>Place</label>
              <input id={id("place")} type="text" value={card.place} onChange={(e) => onChange({ place: e.target.value })} />
            </div>
            <Select
              id={id("confidence")}
              label="Confidence"
              value={card.confidence}
              choices={vocabulary.confidence.map((c) => ({ value: c.value, label: `${c.label} (${c.min}–${c.max}%)` }))}
              onChange={(v) => onChange({ confidence: v as ConfidenceLevel })}
            />
          </div>
          <PersonPicker
            id={id("speaker")}
            label="Speaker (optional)"
            value={card.speaker}
            initialText={card.speaker ? "" : card.speakerName}
            onChange={(slug) => onChange({ speaker: slug, speakerName: slug ? "" : card.speakerName })}
            people={people}
            onCreated={onPersonCreated}
            listId={listId}
            error={err("speaker")}
          />
          <div className="field">
            <label htmlFor={id("quote")}>Quote (optional)</label>
            <textarea id={id("quote")} rows={2} value={card.quote} onChange={(e) => onChange({ quote: e.target.value })} />
          </div>
          <div className="field">
            <p className="field-label">Also mentioned</p>
            {card.mentions.length === 0 && card.mentionNames.length === 0 ? <p className="muted small">No one else.</p> : null}
            <ul className="chips">
              {card.mentions.map((slug) => (
                <li key={slug} className="chip">
                  {people.find((p) => p.slug === slug)?.name ?? slug}{" "}
                  <button
                    type="button"
                    className="link-button small"
                    onClick={() => onChange({ mentions: card.mentions.filter((m) => m !== slug) })}
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ul>
            {card.mentionNames.map((name, i) => (
              <PersonPicker
                key={name}
                id={id(`mention-${i}`)}
                label={`Mentioned: ${name}`}
                value=""
                initialText={name}
                onChange={(slug) => {
                  if (slug && !mentionSlugs.has(slug))
                    onChange({ mentions: [...card.mentions, slug], mentionNames: card.mentionNames.filter((n) => n !== name) });
                }}
                people={people}
                onCreated={onPersonCreated}
                listId={listId}
              />
            ))}
          </div>
        </div>
      </div>
    </li>
  );
}

function Select({
  id,
  label,
  value,
  choices,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  choices: { value: string; label: string }[];
  onChange: (v: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
