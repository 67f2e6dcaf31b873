import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { RevisionAction } from "@/db/enums";
import { revisions, users } from "@/db/schema";
import { asSnapshot, claimChanges, type FieldChange } from "./diff";

export interface RevisionView {
  id: number;
  claimId: number;
  action: RevisionAction;
  version: number;
  reason: string | null;
  createdAt: string;
  /** Who made the change; null for a change with no signed-in author (seed, system). */
  author: { name: string; email: string } | null;
  /** The claim's headline after the change (before it, for a discard). */
  headline: string;
  changes: FieldChange[];
}

function toView(row: {
  id: number;
  claimId: number;
  action: RevisionAction;
  version: number;
  reason: string | null;
  createdAt: string;
  before: unknown;
  after: unknown;
  authorName: string | null;
  authorEmail: string | null;
}): RevisionView {
  const before = asSnapshot(row.before);
  const after = asSnapshot(row.after);
  return {
    id: row.id,
    claimId: row.claimId,
    action: row.action,
    version: row.version,
    reason: row.reason,
    createdAt: row.createdAt,
    author: row.authorName !== null && row.authorEmail !== null ? { name: row.authorName, email: row.authorEmail } : null,
    headline: after?.headline ?? before?.headline ?? `Claim ${row.claimId}`,
    changes: claimChanges(before, after),
  };
}

const columns = {
  id: revisions.id,
  claimId: revisions.claimId,
  action: revisions.action,
  version: revisions.version,
  reason: revisions.reason,
  createdAt: revisions.createdAt,
  before: revisions.before,
  after: revisions.after,
  authorName: users.name,
  authorEmail: users.email,
};

/** The latest changes across every claim, newest first, for the editors' dashboard. */
export function recentRevisions(db: Db, limit = 15): RevisionView[] {
  return db
    .select(columns)
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.userId))
    .orderBy(desc(revisions.id))
    .limit(limit)
    .all()
    .map(toView);
}

/** Every revision of one claim, newest first (kept even after a draft is discarded). */
export function revisionsForClaim(db: Db, claimId: number): RevisionView[] {
  return db
    .select(columns)
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.userId))
    .where(eq(revisions.claimId, claimId))
    .orderBy(desc(revisions.id))
    .all()
    .map(toView);
}
