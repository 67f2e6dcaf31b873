import Link from "next/link";
import type { RevisionAction } from "@/db/enums";
import type { RevisionView } from "@/lib/claims/revisions";
import { editClaimPath } from "@/lib/urls";

export const ACTION_WORDS: Record<RevisionAction, string> = {
  create: "Created",
  update: "Edited",
  publish: "Published",
  retract: "Retracted",
  discard: "Discarded draft",
  import: "Imported",
  settle: "Settled",
  unsettle: "Reopened (unsettled)",
};

/** A timestamp in UTC, readable and machine-readable. */
export function Timestamp({ iso }: { iso: string }) {
  const d = new Date(iso);
  const text = Number.isNaN(d.getTime())
    ? iso
    : `${d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })}, ${d.toISOString().slice(11, 16)} UTC`;
  return <time dateTime={iso}>{text}</time>;
}

export function RevisionAuthor({ author }: { author: RevisionView["author"] }) {
  return author ? <span title={author.email}>{author.name}</span> : <span className="muted">system</span>;
}

/** "Edited “Headline” — headline, details" with a link to the claim (unless it was discarded). */
export function RevisionWhat({ revision }: { revision: RevisionView }) {
  const fields = revision.action === "update" ? revision.changes.map((c) => c.label.toLowerCase()) : [];
  return (
    <>
      <span className={`action-tag action-${revision.action}`}>{ACTION_WORDS[revision.action]}</span>{" "}
      {revision.action === "discard" ? (
        <span>“{revision.headline}”</span>
      ) : (
        <Link href={editClaimPath(revision.claimId)} prefetch={false}>
          “{revision.headline}”
        </Link>
      )}
      {fields.length > 0 ? <span className="muted"> — {fields.join(", ")}</span> : null}
      {revision.reason ? <span className="muted"> · “{revision.reason}”</span> : null}
    </>
  );
}
