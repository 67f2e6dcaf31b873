import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { claims } from "@/db/schema";
import { loadClaimViews } from "./load";
import type { ClaimView } from "./types";

/** Any claim by id, drafts included: for signed-in editors only. */
export function editorClaimById(db: Db, id: number): ClaimView | null {
  if (!Number.isSafeInteger(id) || id < 1) return null;
  return loadClaimViews(db, { where: eq(claims.id, id) })[0] ?? null;
}

/** Every draft, most recently created first. Drafts never reach readers. */
export function draftClaims(db: Db): ClaimView[] {
  return loadClaimViews(db, { where: eq(claims.status, "draft"), order: "occurred-desc" }).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
