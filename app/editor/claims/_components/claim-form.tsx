"use client";

import { startTransition, useActionState, useEffect, useId, useRef, useState } from "react";
import {
  changedDraftFields,
  createPayload,
  draftFromClaim,
  remapCitationErrors,
  updatePayload,
  type ClaimDraft,
  type DraftField,
} from "@/lib/claims/claim-draft";
import { conflictRows, mergeSeed, resolveConflict } from "@/lib/claims/claim-merge";
import type { ClaimJson } from "@/lib/claims/types";
import type { FormVocabulary } from "@/lib/editor/form-vocabulary";
import type { OutletOption, PersonOption } from "@/lib/editor/pickers";
import type { FieldErrors } from "@/lib/errors";
import { saveClaimAction, type ClaimFormResult, type SaveClaimRequest } from "../actions";
import { CitationsField } from "./citations-field";
import { ClaimFields } from "./claim-fields";
import { ConflictPanel, FIELD_NAMES, type Decision } from "./conflict-panel";
import { ErrorSummary } from "./error-summary";
import { PersonPicker } from "./person-picker";

type Props = {
  vocabulary: FormVocabulary;
  people: PersonOption[];
  outlets: OutletOption[];
} & ({ mode: "create"; initial: ClaimDraft } | { mode: "edit"; claim: ClaimJson });

interface Conflict {
  theirs: ClaimJson;
  decisions: Partial<Record<DraftField, Decision>>;
}

/**
 * The claim form. It keeps every field in client state and sends the write
 * API's JSON to a server action, so whatever happens on the server — a
 * field error, a signed-out session, a colleague's newer version — what the
 * editor typed stays on screen.
 */
export function ClaimForm(props: Props) {
  const { vocabulary } = props;
  const listId = useId();
  const [people, setPeople] = useState(props.people);
  const [outlets, setOutlets] = useState(props.outlets);
  const loaded = props.mode === "edit" ? props.claim : null;
  const [base, setBase] = useState<ClaimDraft | null>(() => (loaded ? draftFromClaim(loaded) : null));
  const [version, setVersion] = useState(loaded?.version ?? 0);
  const [status, setStatus] = useState(loaded?.status ?? "draft");
  const [draft, setDraft] = useState<ClaimDraft>(() => (props.mode === "edit" ? draftFromClaim(props.claim) : props.initial));
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);

  // The draft as it was sent, to map the server's error keys back to its rows.
  const sent = useRef<ClaimDraft>(draft);
  const [result, dispatch, pending] = useActionState<ClaimFormResult, SaveClaimRequest>(async (previous, request) => {
    const answer = await saveClaimAction(previous, request);
    if (answer) {
      setErrors(remapCitationErrors(sent.current, answer.fields ?? {}));
      if (answer.saved) rebase(answer.saved);
      const current = answer.current as ClaimJson | undefined;
      if (current?.status === "retracted")
        rebase(current); // retracted meanwhile: final, nothing to reconcile
      else if (answer.code === "edit_conflict" && current) startConflict(current);
    }
    return answer;
  }, null);

  function rebase(claim: ClaimJson) {
    setBase(draftFromClaim(claim));
    setVersion(claim.version);
    setStatus(claim.status);
  }

  function startConflict(theirs: ClaimJson) {
    const theirsDraft = draftFromClaim(theirs);
    const decisions: Conflict["decisions"] = {};
    for (const row of conflictRows(base ?? theirsDraft, draft, theirsDraft)) {
      decisions[row.field] =
        row.suggested === "merge"
          ? { choice: "merge", merged: mergeSeed(row.field, theirsDraft[row.field] as string, draft[row.field] as string) }
          : { choice: row.suggested };
    }
    setConflict({ theirs, decisions });
  }

  function set<K extends keyof ClaimDraft>(field: K, value: ClaimDraft[K]) {
    setDraft((d) => ({ ...d, [field]: value }));
    // An edited field's old error no longer applies.
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== field && !k.startsWith(`${String(field)}.`))));
  }

  function submit(publish: boolean, from: { draft: ClaimDraft; base: ClaimDraft | null; version: number } = { draft, base, version }) {
    let request: SaveClaimRequest;
    if (props.mode === "create")
      request = { mode: "create", people: from.draft.people, body: createPayload(from.draft, publish ? "published" : "draft") };
    else request = { mode: "update", id: props.claim.id, body: updatePayload(from.base!, from.draft, from.version, reason), publish };
    sent.current = from.draft;
    startTransition(() => dispatch(request));
  }

  function applyConflict(andSave: boolean) {
    if (!conflict) return;
    const theirsDraft = draftFromClaim(conflict.theirs);
    const resolved = resolveConflict(draft, theirsDraft, conflict.decisions);
    setDraft(resolved);
    rebase(conflict.theirs);
    setConflict(null);
    if (andSave) submit(false, { draft: resolved, base: theirsDraft, version: conflict.theirs.version });
  }

  const theirsDraft = conflict ? draftFromClaim(conflict.theirs) : null;
  const rows = conflict && theirsDraft ? conflictRows(base ?? theirsDraft, draft, theirsDraft) : [];
  const unsaved = props.mode === "edit" && base ? changedDraftFields(base, draft) : [];
  const addPerson = (p: PersonOption) =>
    setPeople((list) => (list.some((x) => x.slug === p.slug) ? list : [...list, p].sort((a, b) => a.name.localeCompare(b.name))));
  const addOutlet = (o: OutletOption) =>
    setOutlets((list) => (list.some((x) => x.slug === o.slug) ? list : [...list, o].sort((a, b) => a.name.localeCompare(b.name))));
  const showAlert = result && !conflict && !(result.code === "invalid_input" && result.fields);
  const alertBox = useRef<HTMLParagraphElement>(null);
  // The buttons sit at the bottom of a long form: bring a new message into view.
  useEffect(() => {
    alertBox.current?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [result]);

  return (
    <form className="claim-form" onSubmit={(e) => e.preventDefault()} noValidate aria-busy={pending}>
      <datalist id={listId}>
        {people.map((p) => (
          <option
            key={p.slug}
            value={people.filter((q) => q.name.toLowerCase() === p.name.toLowerCase()).length > 1 ? `${p.name} (${p.slug})` : p.name}
          >
            {p.description ?? p.slug}
          </option>
        ))}
      </datalist>

      {conflict && theirsDraft ? (
        <ConflictPanel
          rows={rows}
          mine={draft}
          theirs={theirsDraft}
          theirVersion={conflict.theirs.version}
          theirUpdatedAt={conflict.theirs.updatedAt}
          decisions={conflict.decisions}
          onDecide={(field, decision) =>
            setConflict((c) =>
              c
                ? {
                    ...c,
                    decisions: {
                      ...c.decisions,
                      [field]:
                        decision.choice === "merge" && decision.merged === undefined
                          ? { choice: "merge", merged: mergeSeed(field, theirsDraft[field] as string, draft[field] as string) }
                          : decision,
                    },
                  }
                : c,
            )
          }
          onApply={applyConflict}
          pending={pending}
          vocabulary={vocabulary}
          people={people}
          outlets={outlets}
        />
      ) : null}

      {status === "retracted" ? (
        <p className="form-alert" role="alert">
          A colleague retracted this claim while you were editing (now version {version}). A retracted claim is final and cannot be edited;
          your text is still below if you want to copy it into a new claim.
        </p>
      ) : showAlert ? (
        <p className="form-alert" role="alert" ref={alertBox}>
          {result.message}
        </p>
      ) : null}
      {!conflict ? <ErrorSummary errors={errors} answer={result} /> : null}

      <fieldset className="form-section">
        <legend>Who</legend>
        {props.mode === "create" ? (
          <>
            <p className="field-hint">The pair this claim is about. Pick two people; a new pair is started if they have none yet.</p>
            {errors.pair ? <p className="field-error">{errors.pair}</p> : null}
            <div className="grid-2">
              {([0, 1] as const).map((i) => (
                <PersonPicker
                  key={i}
                  id={`claim-people-${i}`}
                  label={i === 0 ? "First person" : "Second person"}
                  value={draft.people[i]}
                  onChange={(slug) => set("people", (i === 0 ? [slug, draft.people[1]] : [draft.people[0], slug]) as [string, string])}
                  people={people}
                  onCreated={addPerson}
                  error={errors[`people.${i}`]}
                  listId={listId}
                />
              ))}
            </div>
          </>
        ) : (
          <p className="pair-fixed">
            {draft.people.map((slug) => people.find((p) => p.slug === slug)?.name ?? slug).join(" & ")}{" "}
            <span className="muted">(a claim stays with its pair; to move it, discard or retract it and log it again)</span>
          </p>
        )}
      </fieldset>

      <ClaimFields
        draft={draft}
        set={set}
        errors={errors}
        vocabulary={vocabulary}
        people={people}
        onPersonCreated={addPerson}
        listId={listId}
      />

      <CitationsField
        citations={draft.citations}
        onChange={(c) => set("citations", c)}
        outlets={outlets}
        onOutletCreated={addOutlet}
        grades={vocabulary.grades}
        errors={errors}
      />

      <div className="form-section save-bar">
        {props.mode === "edit" ? (
          <div className="field">
            <label htmlFor="claim-reason">
              Reason for this change <span className="muted">(shown in the history)</span>
            </label>
            <input
              id="claim-reason"
              type="text"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              placeholder="e.g. Fixed the date after checking the Variety piece"
            />
          </div>
        ) : null}
        {props.mode === "edit" ? (
          <p className="muted small" aria-live="polite">
            Editing version {version}
            {unsaved.length > 0
              ? ` · unsaved changes: ${unsaved.map((f) => FIELD_NAMES[f].toLowerCase()).join(", ")}`
              : " · no unsaved changes"}
          </p>
        ) : null}
        <div className="form-actions">
          {status === "retracted" ? null : status === "draft" ? (
            <>
              <button type="button" onClick={() => submit(true)} disabled={pending || !!conflict}>
                {pending ? "Saving…" : props.mode === "create" ? "Publish" : "Save and publish"}
              </button>
              <button type="button" className="secondary" onClick={() => submit(false)} disabled={pending || !!conflict}>
                Save draft
              </button>
            </>
          ) : (
            <button type="button" onClick={() => submit(false)} disabled={pending || !!conflict}>
              {pending ? "Saving…" : "Save changes"}
            </button>
          )}
        </div>
        {status === "draft" ? <p className="field-hint">Drafts are seen only by editors. Publishing needs at least one source.</p> : null}
      </div>
    </form>
  );
}
