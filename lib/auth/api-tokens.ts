import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { apiTokens, users } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { requiredText } from "@/lib/validation";
import { isStorageUnavailable, nowIso, parseInput, writeTransaction } from "@/lib/write";
import type { Actor } from "./actor";
import { userColumns, type UserView } from "./accounts";
import { hashSecret, newSecret } from "./tokens";

// Personal API tokens: scripts authenticate with a bearer token. Only its hash is stored.

export interface ApiTokenView {
  id: number;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/**
 * Creates a personal API token. The secret is returned once and never stored.
 * In an explicit transaction: an autocommit `INSERT … RETURNING` read with
 * .get() commits when the statement is reset, where better-sqlite3 drops a
 * failed commit (full disk) — the caller would get a token that was never saved.
 */
export function createApiToken(db: Db, actor: Actor, input: unknown): { token: string; record: ApiTokenView } {
  const data = parseInput(z.object({ name: requiredText(80, "Token name") }).strict(), input);
  const token = newSecret("rl_");
  const record = writeTransaction(db, (tx) =>
    tx
      .insert(apiTokens)
      .values({ userId: actor.userId, name: data.name, tokenHash: hashSecret(token), createdAt: nowIso() })
      .returning({
        id: apiTokens.id,
        name: apiTokens.name,
        createdAt: apiTokens.createdAt,
        lastUsedAt: apiTokens.lastUsedAt,
        revokedAt: apiTokens.revokedAt,
      })
      .get(),
  );
  return { token, record };
}

export function listApiTokens(db: Db, actor: Actor): ApiTokenView[] {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, actor.userId))
    .orderBy(apiTokens.id)
    .all();
}

/** Revokes one of the actor's own tokens (in a transaction, for the reason given at createApiToken: a revocation must not be reported that did not land). */
export function revokeApiToken(db: Db, actor: Actor, id: number): void {
  const row = writeTransaction(db, (tx) =>
    tx
      .update(apiTokens)
      .set({ revokedAt: nowIso() })
      .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, actor.userId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id })
      .get(),
  );
  if (!row) throw new NotFoundError("No such active token on your account.");
}

/** The enabled user behind an unrevoked API token, or null. */
export function userForApiToken(db: Db, token: string): UserView | null {
  const hash = hashSecret(token);
  const row = db
    .select({ ...userColumns, tokenId: apiTokens.id })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hash), isNull(apiTokens.revokedAt), isNull(users.disabledAt)))
    .get();
  if (!row) return null;
  try {
    db.update(apiTokens).set({ lastUsedAt: nowIso() }).where(eq(apiTokens.id, row.tokenId)).run();
  } catch (error) {
    // Bookkeeping only: a read with a valid token must still work when the store cannot take writes.
    if (!isStorageUnavailable(error)) throw error;
  }
  const { tokenId: _omit, ...user } = row;
  return user;
}
