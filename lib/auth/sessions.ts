import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { nowIso, type Tx } from "@/lib/write";
import { userColumns, type UserView } from "./accounts";
import { hashSecret, newSecret } from "./tokens";

// Sessions: the browser's cookie token. Only its hash is stored.

export const SESSION_DAYS = 14;

/** Opens a session for a user inside the caller's transaction; returns the raw token for the cookie. */
export function openSession(tx: Tx, userId: number): { token: string; expiresAt: string } {
  const token = newSecret();
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000).toISOString();
  tx.insert(sessions)
    .values({ tokenHash: hashSecret(token), userId, expiresAt })
    .run();
  return { token, expiresAt };
}

/** The active, enabled user behind a session token, or null. */
export function userForSession(db: Db, token: string | undefined | null): UserView | null {
  if (!token) return null;
  const row = db
    .select(userColumns)
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashSecret(token)), gt(sessions.expiresAt, nowIso()), isNull(users.disabledAt)))
    .get();
  return row ?? null;
}

export function signOut(db: Db, token: string | undefined | null): void {
  if (token)
    db.delete(sessions)
      .where(eq(sessions.tokenHash, hashSecret(token)))
      .run();
}
