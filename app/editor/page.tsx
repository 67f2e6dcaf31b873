import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { requireEditorPage } from "@/lib/auth/session";
import { draftClaims } from "@/lib/claims/editor-queries";
import { suggestionsForDashboard } from "@/lib/claims/settlement-suggestions";
import { recentRevisions } from "@/lib/claims/revisions";
import { formatDay, formatPartialDate } from "@/lib/dates";
import { formVocabulary } from "@/lib/editor/form-vocabulary";
import { displayHeat } from "@/lib/heat";
import { trendingPairs } from "@/lib/pairs/queries";
import { KindBadge, PairStatusBadge } from "@/app/_components/badges";
import { ActionForm } from "./_components/action-form";
import { RevisionAuthor, RevisionWhat, Timestamp } from "./_components/revision-bits";
import { setPairStatusAction } from "./actions";
import { SettlementSuggestions } from "./settlement-suggestions";
import { claimHistoryPath, editClaimPath, pairPath } from "@/lib/urls";

export const metadata: Metadata = { title: "Editors’ dashboard", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditorDashboard({ searchParams }: Props) {
  const user = await requireEditorPage("/editor");
  const { discarded } = await searchParams;
  const db = getDb();
  const drafts = draftClaims(db);
  const recent = recentRevisions(db, 15);
  const suggestions = suggestionsForDashboard(db);
  const pairs = trendingPairs(db, undefined, "editors");
  const { pairStatuses } = formVocabulary();

  return (
    <>
      <div className="page-head">
        <div>
          <p className="eyebrow">Editors’ desk</p>
          <h1>Hello, {user.name}</h1>
        </div>
        <div className="page-actions">
          <Link href="/editor/claims/new" className="button">
            + Log a new claim
          </Link>
          <Link href="/editor/claims/from-article" className="button secondary">
            Claims from an article
          </Link>
          <Link href="/editor/import" className="button secondary">
            Import a batch
          </Link>
        </div>
      </div>
      {discarded ? (
        <p className="form-notice" role="status">
          Draft discarded. Its history is kept in the revision log.
        </p>
      ) : null}

      <section aria-labelledby="drafts-heading">
        <h2 id="drafts-heading">
          Drafts <span className="count">{drafts.length}</span>
        </h2>
        {drafts.length === 0 ? (
          <p className="empty">No drafts. Everything logged is published.</p>
        ) : (
          <ul className="row-list" data-testid="drafts">
            {drafts.map((c) => (
              <li key={c.id} className="row-item">
                <div>
                  <Link href={editClaimPath(c.id)} className="row-title" prefetch={false}>
                    {c.headline}
                  </Link>
                  <p className="row-meta">
                    {c.pair.people[0].name} &amp; {c.pair.people[1].name} · {formatPartialDate(c.occurredOn, c.precision)} ·{" "}
                    <KindBadge kind={c.kind} /> · edited {formatDay(c.updatedAt)} · v{c.version}
                  </p>
                </div>
                <Link href={editClaimPath(c.id)} className="button secondary small" prefetch={false}>
                  Edit
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <SettlementSuggestions total={suggestions.total} items={suggestions.items} />

      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading">Recent changes</h2>
        {recent.length === 0 ? (
          <p className="empty">No changes yet.</p>
        ) : (
          <ol className="change-list" data-testid="recent-changes">
            {recent.map((r) => (
              <li key={r.id} className="change-item">
                <p className="change-what">
                  <RevisionWhat revision={r} />
                </p>
                <p className="row-meta">
                  <Timestamp iso={r.createdAt} /> · <RevisionAuthor author={r.author} /> ·{" "}
                  <Link href={claimHistoryPath(r.claimId)} prefetch={false}>
                    History
                  </Link>
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="pairs-heading">
        <h2 id="pairs-heading">Pairs</h2>
        <ul className="change-list pair-rows">
          {pairs.map((p) => {
            const names = `${p.people[0].name} & ${p.people[1].name}`;
            return (
              <li key={p.id} className="change-item pair-row">
                <div>
                  <Link href={pairPath(p.slug)} prefetch={false} className="row-title">
                    {names}
                  </Link>
                  <p className="row-meta">
                    <PairStatusBadge status={p.status} /> · {p.publishedClaims} published · heat {displayHeat(p.heat)} ·{" "}
                    <Link href={`/editor/claims/new?pair=${p.slug}`} prefetch={false}>
                      Log a claim
                    </Link>
                  </p>
                </div>
                <ActionForm
                  action={setPairStatusAction.bind(null, p.slug)}
                  submitLabel="Set status"
                  buttonClassName="secondary small"
                  className="inline-form"
                  label={`Status of ${names}`}
                >
                  <label className="visually-hidden" htmlFor={`status-${p.slug}`}>
                    Status of {names}
                  </label>
                  <select key={p.status} id={`status-${p.slug}`} name="status" defaultValue={p.status}>
                    {pairStatuses.map((s) => (
                      <option key={s.value} value={s.value}>
                        {s.label}
                      </option>
                    ))}
                  </select>
                </ActionForm>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="more-heading">
        <h2 id="more-heading">More</h2>
        <ul className="link-grid">
          <li>
            <Link href="/editor/account">Your account and API tokens</Link>
          </li>
          <li>
            <Link href="/editor/admin/outlets">Outlets and reliability grades</Link>
            {user.role === "admin" ? null : <span className="muted"> (read-only for editors)</span>}
          </li>
          {user.role === "admin" ? (
            <li>
              <Link href="/editor/admin/users">Editor accounts</Link>
            </li>
          ) : null}
          <li>
            <Link href="/how-we-grade">How we grade (the published scale)</Link>
          </li>
        </ul>
      </section>
    </>
  );
}
