import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { requireEditorPage } from "@/lib/auth/session";
import { editorClaimById } from "@/lib/claims/editor-queries";
import { claimToJson } from "@/lib/claims/types";
import { formatDay } from "@/lib/dates";
import { formVocabulary } from "@/lib/editor/form-vocabulary";
import { outletOptions, personOptions } from "@/lib/editor/pickers";
import { idParam } from "@/lib/http/api";
import { ClaimCard } from "@/app/_components/claim-card";
import { ActionForm } from "../../_components/action-form";
import { discardDraftAction, retractClaimAction } from "../actions";
import { ClaimForm } from "../_components/claim-form";
import { RetractForm } from "../_components/retract-form";
import { claimHistoryPath, claimPath, editClaimPath } from "@/lib/urls";

export const metadata: Metadata = { title: "Edit claim", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES: Record<string, string> = {
  created: "Saved as a draft. Only editors can see it until it is published.",
  published: "Published. Readers can see it now.",
  saved: "Saved.",
  unchanged: "Nothing had changed, so nothing new was saved.",
  retracted: "Retracted. Readers now see it struck through, with your correction.",
};

const STATUS_WORDS = { draft: "Draft", published: "Published", retracted: "Retracted" } as const;

export default async function EditClaimPage({ params, searchParams }: Props) {
  const { id: raw } = await params;
  const { done } = await searchParams;
  await requireEditorPage(editClaimPath(raw));
  const id = idParam(raw);
  const db = getDb();
  const claim = id === null ? null : editorClaimById(db, id);
  if (!claim) notFound();
  const [a, b] = claim.pair.people;
  const notice = typeof done === "string" ? NOTICES[done] : undefined;

  return (
    <>
      <p className="eyebrow">
        <Link href="/editor">Editors’ desk</Link> · {a.name} &amp; {b.name}
      </p>
      <div className="page-head">
        <h1>{claim.status === "retracted" ? "Retracted claim" : "Edit claim"}</h1>
        <div className="page-actions">
          <span className={`badge status-${claim.status}`} data-testid="claim-status">
            {STATUS_WORDS[claim.status]}
          </span>
          <span className="muted">version {claim.version}</span>
          <Link href={claimHistoryPath(claim.id)}>History</Link>
          {claim.status !== "draft" ? <Link href={claimPath(claim.id)}>View as readers see it</Link> : null}
        </div>
      </div>
      {notice ? (
        <p className="form-notice" role="status">
          {notice} {done === "saved" ? `(version ${claim.version})` : null}
        </p>
      ) : null}

      {claim.status === "retracted" ? (
        <>
          <p className="lede">
            Retracted {claim.retractedAt ? `on ${formatDay(claim.retractedAt)}` : ""}. A retraction is final: the claim stays visible to
            readers, struck through, with its correction. To record new evidence, log a new claim.
          </p>
          <ClaimCard claim={claim} headingLevel={2} />
        </>
      ) : (
        // Keyed by version: after a save the page re-renders with the new version and the form starts fresh from it.
        <ClaimForm
          key={claim.version}
          mode="edit"
          claim={claimToJson(claim)}
          vocabulary={formVocabulary()}
          people={personOptions(db)}
          outlets={outletOptions(db)}
        />
      )}

      {claim.status === "published" ? (
        <section className="danger-zone" aria-labelledby="retract-heading">
          <h2 id="retract-heading">Retract this claim</h2>
          <p>
            Retract when the claim turns out to be wrong. It is not deleted: readers keep seeing it, struck through, with your correction
            note and the date.
          </p>
          <RetractForm key={claim.version} action={retractClaimAction.bind(null, claim.id)} version={claim.version} />
        </section>
      ) : null}

      {claim.status === "draft" ? (
        <section className="danger-zone" aria-labelledby="discard-heading">
          <h2 id="discard-heading">Discard this draft</h2>
          <p>The draft was never published, so it can be thrown away. Its revision history is kept.</p>
          <details>
            <summary>Discard…</summary>
            <ActionForm
              action={discardDraftAction.bind(null, claim.id)}
              submitLabel="Yes, discard this draft"
              pendingLabel="Discarding…"
              buttonClassName="danger"
            >
              <input type="hidden" name="version" value={claim.version} />
            </ActionForm>
          </details>
        </section>
      ) : null}
    </>
  );
}
