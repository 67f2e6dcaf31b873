"use client";

import { useId, useState, useTransition } from "react";
import type { FormVocabulary } from "@/lib/editor/form-vocabulary";
import type { OutletOption, PersonOption } from "@/lib/editor/pickers";
import type { FieldErrors } from "@/lib/errors";
import type { SentenceDraft } from "@/lib/extract/sentence-drafts";
import type { ReviewedSuggestion } from "@/lib/extract/suggest";
import { NewOutletPanel } from "../../_components/inline-create-panel";
import { saveSuggestionsAction, suggestFromArticleAction } from "../actions";
import { SuggestionCard, type CardDraft } from "./suggestion-card";
import { editClaimPath } from "@/lib/urls";

interface Props {
  vocabulary: FormVocabulary;
  people: PersonOption[];
  outlets: OutletOption[];
}

let counter = 0;
function toCard(s: ReviewedSuggestion): CardDraft {
  return {
    key: `card-${++counter}`,
    people: [s.slugs.pair[0] ?? "", s.slugs.pair[1] ?? ""],
    names: s.pair,
    kind: s.kind,
    headline: s.headline,
    occurredOn: s.occurredOn,
    precision: s.precision,
    place: s.place ?? "",
    speaker: s.slugs.speaker ?? "",
    speakerName: s.speaker ?? "",
    quote: s.quote ?? "",
    mentions: s.slugs.mentions.filter((m): m is string => m !== null),
    mentionNames: s.mentions.filter((_, i) => s.slugs.mentions[i] === null),
    stance: s.stance,
    confidence: s.confidence,
    evidence: s.evidence,
    outletName: s.outlet,
    duplicateOf: s.duplicateOf,
    added: false,
  };
}

/** A card for a claim the extractor missed, drafted from the sentence the editor picked. */
function fromSentence(d: SentenceDraft, outletName: string | null): CardDraft {
  return {
    key: `card-${++counter}`,
    people: [d.slugs[0] ?? "", d.slugs[1] ?? ""],
    names: d.pair,
    kind: d.kind,
    headline: d.headline,
    occurredOn: d.occurredOn,
    precision: d.precision,
    place: "",
    speaker: "",
    speakerName: "",
    quote: "",
    mentions: [],
    mentionNames: [],
    stance: d.stance,
    confidence: d.confidence,
    evidence: d.sentence,
    outletName,
    duplicateOf: null,
    added: true,
  };
}

/** A sentence as a choice in a list: whole when short, else its opening words. */
function sentenceLabel(text: string): string {
  return text.length <= 140 ? text : `${text.slice(0, 137).replace(/\s+\S*$/, "")} …`;
}

/** Paste an article, review the claims it suggests, save the kept ones as drafts in one go. */
export function FromArticle({ vocabulary, people: initialPeople, outlets: initialOutlets }: Props) {
  const listId = useId();
  const [people, setPeople] = useState(initialPeople);
  const [outlets, setOutlets] = useState(initialOutlets);
  const [text, setText] = useState("");
  const [published, setPublished] = useState("");
  const [url, setUrl] = useState("");
  const [outlet, setOutlet] = useState("");
  const [creatingOutlet, setCreatingOutlet] = useState(false);
  const [cards, setCards] = useState<CardDraft[] | null>(null);
  const [sentences, setSentences] = useState<SentenceDraft[]>([]);
  const [picked, setPicked] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ claims: { id: number; headline: string }[]; duplicates: number } | null>(null);
  const [pending, startTransition] = useTransition();
  const outletName = outlets.find((o) => o.slug === outlet)?.name ?? null;

  function suggest() {
    setSaved(null);
    startTransition(async () => {
      const result = await suggestFromArticleAction({ text, published, url, outlet: outletName });
      if (!result.ok) {
        setErrors(result.fields ?? {});
        setMessage(result.message);
        return;
      }
      setErrors({});
      setMessage(
        result.claims.length === 0
          ? result.sentences.length === 0
            ? "No claims found in this text. Nothing to review."
            : "No claims found in this text. If it holds one, add it from its sentence below."
          : null,
      );
      setCards(result.claims.map(toCard));
      setSentences(result.sentences);
      setPicked(
        Math.max(
          0,
          result.sentences.findIndex((d) => d.toCheck),
        ),
      );
    });
  }

  function save() {
    const kept = (cards ?? []).filter((c) => !c.duplicateOf);
    startTransition(async () => {
      const result = await saveSuggestionsAction({
        article: { outlet, url, published },
        claims: kept.map((c) => ({
          people: c.people,
          kind: c.kind,
          headline: c.headline,
          occurredOn: c.occurredOn,
          precision: c.precision,
          place: c.place || null,
          speaker: c.speaker || null,
          quote: c.quote || null,
          mentions: c.mentions,
          stance: c.stance,
          confidence: c.confidence,
        })),
      });
      if (!result.ok) {
        // Errors come keyed by the index among the kept cards; the cards list shows them by position.
        const fields: FieldErrors = {};
        for (const [key, value] of Object.entries(result.fields ?? {})) {
          const m = /^claims\.(\d+)\.(.*)$/.exec(key);
          fields[m ? `claims.${(cards ?? []).indexOf(kept[Number(m[1])])}.${m[2]}` : key] = value;
        }
        setErrors(fields);
        setMessage(result.message);
        return;
      }
      setErrors({});
      setMessage(null);
      setSaved({ claims: result.saved, duplicates: result.duplicates.length });
      setCards(null);
      setSentences([]);
    });
  }

  /** The sentences that read like a claim no suggestion came from, by index: listed first for the editor to check. */
  const toCheck = sentences.flatMap((d, i) => (d.toCheck ? [i] : []));
  const sentenceOption = (i: number) => (
    <option key={i} value={i}>
      {sentenceLabel(sentences[i].sentence)}
    </option>
  );

  function addFromSentence() {
    const draft = sentences[picked];
    if (!draft) return;
    setMessage(null);
    setCards((all) => [...(all ?? []), fromSentence(draft, outletName)]);
  }

  const update = (key: string, patch: Partial<CardDraft>) =>
    setCards((all) => (all ?? []).map((c) => (c.key === key ? { ...c, ...patch } : c)));
  const keptCount = (cards ?? []).filter((c) => !c.duplicateOf).length;
  const fieldError = (key: string) => (errors[key] ? <p className="field-error">{errors[key]}</p> : null);

  return (
    <div className="from-article">
      <datalist id={listId}>
        {people.map((p) => (
          <option key={p.slug} value={p.name} />
        ))}
      </datalist>
      {message ? (
        <p className="form-alert" role="alert">
          {message}
        </p>
      ) : null}
      {saved ? (
        <div className="form-notice" role="status" data-testid="saved">
          <p>
            Saved {saved.claims.length} draft{saved.claims.length === 1 ? "" : "s"}, each citing the article:
          </p>
          <ul>
            {saved.claims.map((c) => (
              <li key={c.id}>
                <a href={editClaimPath(c.id)}>{c.headline}</a>
              </li>
            ))}
          </ul>
          {saved.duplicates > 0 ? (
            <p>
              {saved.duplicates} {saved.duplicates === 1 ? "claim was" : "claims were"} already in the ledger (same pair, kind and date) and{" "}
              {saved.duplicates === 1 ? "was" : "were"} not saved again.
            </p>
          ) : null}
        </div>
      ) : null}
      <fieldset className="form-section">
        <legend>The article</legend>
        <div className="field">
          <label htmlFor="article-text">Article text (headline and body)</label>
          <textarea
            id="article-text"
            rows={12}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={errors.text ? true : undefined}
          />
          {fieldError("text")}
        </div>
        <div className="grid-2">
          <div className="field">
            <label htmlFor="article-published">Publication date</label>
            <input
              id="article-published"
              type="text"
              inputMode="numeric"
              placeholder="YYYY-MM-DD"
              value={published}
              onChange={(e) => setPublished(e.target.value)}
              aria-invalid={errors.published ? true : undefined}
            />
            {fieldError("published")}
            {fieldError("article.published")}
          </div>
          <div className="field">
            <label htmlFor="article-url">
              Article link <span className="muted">(optional)</span>
            </label>
            <input
              id="article-url"
              type="url"
              placeholder="https://…"
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              aria-invalid={errors.url ? true : undefined}
            />
            {fieldError("url")}
            {fieldError("article.url")}
          </div>
          <div className="field">
            <label htmlFor="article-outlet">Outlet that published it</label>
            <select
              id="article-outlet"
              value={outlet}
              onChange={(e) => setOutlet(e.target.value)}
              aria-invalid={errors["article.outlet"] ? true : undefined}
            >
              <option value="">— choose an outlet —</option>
              {outlets.map((o) => (
                <option key={o.slug} value={o.slug}>
                  {o.name}
                </option>
              ))}
            </select>
            {fieldError("article.outlet")}
            {creatingOutlet ? (
              <NewOutletPanel
                onCancel={() => setCreatingOutlet(false)}
                onCreated={(o) => {
                  setCreatingOutlet(false);
                  setOutlets((all) => [...all, o]);
                  setOutlet(o.slug);
                }}
              />
            ) : (
              <button type="button" className="link-button small" onClick={() => setCreatingOutlet(true)}>
                + New outlet
              </button>
            )}
          </div>
        </div>
        <button type="button" onClick={suggest} disabled={pending}>
          {pending && !cards ? "Reading…" : "Suggest claims"}
        </button>
      </fieldset>

      {cards && cards.length > 0 ? (
        <section aria-labelledby="suggestions-heading" className="suggestions">
          <h2 id="suggestions-heading">
            Suggestions <span className="count">{cards.length}</span>
          </h2>
          <p className="field-hint">
            Nothing is saved until you press “Save selected as drafts”. Fix what is wrong, drop what is not a claim.
          </p>
          <ol className="suggestion-list">
            {cards.map((card, i) => (
              <SuggestionCard
                key={card.key}
                index={i}
                card={card}
                onChange={(patch) => update(card.key, patch)}
                onDrop={() => setCards((all) => (all ?? []).filter((c) => c.key !== card.key))}
                vocabulary={vocabulary}
                people={people}
                onPersonCreated={(p) => setPeople((all) => [...all, p])}
                listId={listId}
                errors={errors}
              />
            ))}
          </ol>
        </section>
      ) : null}

      {cards && sentences.length > 0 ? (
        <section aria-labelledby="missed-heading" className="form-section missed-claim">
          <h2 id="missed-heading">Add a claim it missed</h2>
          <p className="field-hint">
            Pick the sentence the claim is in: a card opens with the people it names and a first guess at the rest, for you to complete.
          </p>
          {toCheck.length > 0 ? (
            <p className="field-hint to-check">
              {toCheck.length === 1
                ? "One sentence looks like it holds a claim no suggestion covers: it is first in the list, under “Worth a second look”."
                : `${toCheck.length} sentences look like they hold a claim no suggestion covers: they are first in the list, under “Worth a second look”.`}
            </p>
          ) : null}
          <div className="field">
            <label htmlFor="missed-sentence">Sentence</label>
            <select id="missed-sentence" value={picked} onChange={(e) => setPicked(Number(e.target.value))}>
              {toCheck.length > 0 ? (
                <>
                  <optgroup label="Worth a second look">{toCheck.map(sentenceOption)}</optgroup>
                  <optgroup label="Every other sentence">{sentences.map((d, i) => (d.toCheck ? null : sentenceOption(i)))}</optgroup>
                </>
              ) : (
                sentences.map((_, i) => sentenceOption(i))
              )}
            </select>
          </div>
          <button type="button" className="secondary" onClick={addFromSentence}>
            Add a claim from this sentence
          </button>
        </section>
      ) : null}

      {cards && cards.length > 0 ? (
        <button type="button" onClick={save} disabled={pending || keptCount === 0}>
          Save selected as drafts ({keptCount})
        </button>
      ) : null}
    </div>
  );
}
