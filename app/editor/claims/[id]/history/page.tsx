import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { requireEditorPage } from "@/lib/auth/session";
import { editorClaimById } from "@/lib/claims/editor-queries";
import { revisionsForClaim } from "@/lib/claims/revisions";
import { idParam } from "@/lib/http/api";
import { RevisionAuthor, ACTION_WORDS, Timestamp } from "../../../_components/revision-bits";
import { FieldDiff } from "../../_components/field-diff";
import { claimHistoryPath, editClaimPath } from "@/lib/urls";

export const metadata: Metadata = { title: "Claim history", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function ClaimHistoryPage({ params }: Props) {
  const { id: raw } = await params;
  await requireEditorPage(claimHistoryPath(raw));
  const id = idParam(raw);
  const db = getDb();
  const revisions = id === null ? [] : revisionsForClaim(db, id);
  const claim = id === null ? null : editorClaimById(db, id);
  // A discarded draft has no claim row any more, but its history stays readable.
  if (!claim && revisions.length === 0) notFound();
  const headline = claim?.headline ?? revisions[0]?.headline;

  return (
    <>
      <p className="eyebrow">
        <Link href="/editor">Editors’ desk</Link>
        {claim ? (
          <>
            {" "}
            · <Link href={editClaimPath(claim.id)}>Edit this claim</Link>
          </>
        ) : null}
      </p>
      <h1>History</h1>
      <p className="lede">
        “{headline}” — every change, newest first: who, when, why, and what changed.{!claim ? " This draft was discarded." : null}
      </p>
      <ol className="history">
        {revisions.map((r) => (
          <li key={r.id} className="card revision" data-testid="revision">
            <header className="revision-head">
              <span className={`action-tag action-${r.action}`}>{ACTION_WORDS[r.action]}</span>
              <span>
                by <RevisionAuthor author={r.author} />
              </span>
              <Timestamp iso={r.createdAt} />
              <span className="muted">version {r.version}</span>
            </header>
            {r.reason ? (
              <p className="revision-reason">
                <strong>{r.action === "retract" ? "Correction:" : "Reason:"}</strong> {r.reason}
              </p>
            ) : null}
            {r.changes.length === 0 ? (
              <p className="muted">No field changed.</p>
            ) : (
              <details open={r.action !== "create" && r.action !== "discard" && r.action !== "import"}>
                <summary>
                  {r.action === "create" || r.action === "import"
                    ? "The claim as first saved"
                    : r.action === "discard"
                      ? "The draft as discarded"
                      : `${r.changes.length} ${r.changes.length === 1 ? "field" : "fields"} changed`}
                </summary>
                <div className="table-wrap">
                  <table className="diff-table">
                    <thead>
                      <tr>
                        <th scope="col">Field</th>
                        <th scope="col">Before</th>
                        <th scope="col">After</th>
                      </tr>
                    </thead>
                    <tbody>
                      {r.changes.map((change) => (
                        <FieldDiff
                          key={change.field}
                          change={change}
                          plain={r.action === "create" || r.action === "import" || r.action === "discard"}
                        />
                      ))}
                    </tbody>
                  </table>
                </div>
              </details>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
