import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { claims } from "@/db/schema";
import { loadClaimViews, readerVisible } from "@/lib/claims/load";
import type { ClaimView } from "@/lib/claims/types";

/** How many entries a feed carries. */
export const FEED_SIZE = 50;

/**
 * The claims a feed carries: published and retracted (a retraction is a
 * correction readers must see), most recently changed first, so an edited or
 * retracted claim comes back to the top as an updated entry. Never a draft.
 */
export function feedClaims(db: Db, options: { pairId?: number; limit?: number } = {}): ClaimView[] {
  const where = options.pairId === undefined ? readerVisible() : and(readerVisible(), eq(claims.pairId, options.pairId));
  const ids = db
    .select({ id: claims.id })
    .from(claims)
    .where(where)
    .orderBy(desc(claims.updatedAt), desc(claims.id))
    .limit(options.limit ?? FEED_SIZE)
    .all()
    .map((r) => r.id);
  if (ids.length === 0) return [];
  const byId = new Map(loadClaimViews(db, { where: inArray(claims.id, ids) }).map((c) => [c.id, c]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
