import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { claims } from "@/db/schema";
import { loadClaimViews } from "./load";
import type { ClaimView } from "./types";

/** One claim in any status, drafts included: for signed-in editors only. Null when missing. */
export function editorClaimById(db: Db, id: number): ClaimView | null {
  if (!Number.isSafeInteger(id) || id < 1) return null;
  return loadClaimViews(db, { where: eq(claims.id, id) })[0] ?? null;
}

/** Every draft, most recently changed first. Drafts never reach readers. */
export function draftClaims(db: Db): ClaimView[] {
  return loadClaimViews(db, { where: eq(claims.status, "draft"), order: "occurred-desc" }).sort((a, b) =>
    b.updatedAt.localeCompare(a.updatedAt),
  );
}
