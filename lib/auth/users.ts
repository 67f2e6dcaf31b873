import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { USER_ROLES, type UserRole } from "@/db/enums";
import { apiTokens, sessions, users } from "@/db/schema";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { LIMITS, requiredText } from "@/lib/validation";
import { isStorageUnavailable, nowIso, parseInput, writeTransaction } from "@/lib/write";
import type { Actor } from "./actor";
import { DUMMY_HASH, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "./password";
import { releaseAttempt, reserveAttempt } from "./throttle";
import { hashSecret, newSecret } from "./tokens";

export interface UserView {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  disabledAt: string | null;
  createdAt: string;
}

const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  disabledAt: users.disabledAt,
  createdAt: users.createdAt,
};

const email = z
  .string({ error: "Email is required" })
  .trim()
  .toLowerCase()
  .max(254, "Email is too long")
  .pipe(z.email({ error: "Enter a valid email address" }));

export const createUserSchema = z
  .object({
    email,
    name: requiredText(LIMITS.name, "Name"),
    role: z.enum(USER_ROLES, { error: "Role must be editor or admin" }).default("editor"),
    password: z
      .string({ error: "Password is required" })
      .min(MIN_PASSWORD_LENGTH, `Password must be at least ${MIN_PASSWORD_LENGTH} characters`)
      .max(1024, "Password is too long"),
  })
  .strict();

/** Creates an account (command line, admin page, demo). A taken e-mail is a field error. */
export async function createUser(db: Db, input: unknown): Promise<UserView> {
  const data = parseInput(createUserSchema, input);
  const passwordHash = await hashPassword(data.password);
  return writeTransaction(db, (tx) => {
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, data.email)).get()) {
      throw new ValidationError("Some fields need fixing.", { email: "An account with this email already exists" });
    }
    const now = nowIso();
    return tx
      .insert(users)
      .values({ email: data.email, name: data.name, role: data.role, passwordHash, createdAt: now, updatedAt: now })
      .returning(userColumns)
      .get();
  });
}

export function listUsers(db: Db): UserView[] {
  return db.select(userColumns).from(users).orderBy(users.email).all();
}

/** Admin: change a role or disable/enable an account. Disabling ends its sessions and tokens at once. An admin cannot demote or disable themself. */
export function updateUser(db: Db, actor: Actor, id: number, input: unknown): UserView {
  if (actor.role !== "admin") throw new ForbiddenError("Only admins manage accounts.");
  const data = parseInput(z.object({ role: z.enum(USER_ROLES).optional(), disabled: z.boolean().optional() }).strict(), input);
  if (id === actor.userId && (data.disabled || (data.role && data.role !== "admin"))) {
    throw new ValidationError("You cannot demote or disable your own account.", { role: "Ask another admin to change your own account" });
  }
  return writeTransaction(db, (tx) => {
    const set: Partial<typeof users.$inferInsert> = { updatedAt: nowIso() };
    if (data.role) set.role = data.role;
    if (data.disabled !== undefined) set.disabledAt = data.disabled ? nowIso() : null;
    const row = tx.update(users).set(set).where(eq(users.id, id)).returning(userColumns).get();
    if (!row) throw new NotFoundError(`No user ${id}.`);
    if (data.disabled) {
      tx.delete(sessions).where(eq(sessions.userId, id)).run();
      // Revoke rather than merely ignore the tokens: re-enabling the account must not revive them.
      tx.update(apiTokens)
        .set({ revokedAt: nowIso() })
        .where(and(eq(apiTokens.userId, id), isNull(apiTokens.revokedAt)))
        .run();
    }
    return row;
  });
}

// Sign-in throttling lives in throttle.ts; these names stay importable from here.
export { assertNotThrottled, THROTTLE } from "./throttle";

export const SESSION_DAYS = 14;

/**
 * Checks e-mail and password (throttled per account and per address, see
 * throttle.ts) and opens
 * a session. Returns the raw session token for the cookie; only its hash is stored.
 * Wrong e-mail and wrong password fail identically.
 */
export async function signIn(
  db: Db,
  input: { email?: unknown; password?: unknown },
  address: string,
): Promise<{ token: string; user: UserView; expiresAt: string }> {
  const emailAddress = typeof input.email === "string" ? input.email.trim().toLowerCase() : "";
  const password = typeof input.password === "string" ? input.password : "";
  if (!emailAddress || !password) {
    throw new ValidationError("Enter your email and password.", {
      ...(emailAddress ? {} : { email: "Email is required" }),
      ...(password ? {} : { password: "Password is required" }),
    });
  }
  // The attempt is counted before the (slow) password check and stays counted unless it succeeds.
  const reserved = reserveAttempt(db, emailAddress, address);
  const row = db
    .select({ ...userColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, emailAddress))
    .get();
  let ok: boolean;
  try {
    ok = await verifyPassword(password, row?.passwordHash ?? DUMMY_HASH);
  } catch (error) {
    releaseAttempt(db, reserved); // never checked (the hashing queue is full): not a failure
    throw error;
  }
  if (!row || !ok || row.disabledAt) {
    throw new ValidationError("That email and password do not match an active account.", { password: "Email or password is incorrect" });
  }
  const token = newSecret();
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000).toISOString();
  writeTransaction(db, (tx) => {
    releaseAttempt(tx, reserved);
    tx.insert(sessions)
      .values({ tokenHash: hashSecret(token), userId: row.id, expiresAt })
      .run();
  });
  const { passwordHash: _omit, ...user } = row;
  return { token, user, expiresAt };
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

// ---- Personal API tokens -------------------------------------------------

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
