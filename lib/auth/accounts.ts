import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { USER_ROLES, type UserRole } from "@/db/enums";
import { apiTokens, sessions, users } from "@/db/schema";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { LIMITS, requiredText } from "@/lib/validation";
import { nowIso, parseInput, writeTransaction } from "@/lib/write";
import type { Actor } from "./actor";
import { hashPassword, MIN_PASSWORD_LENGTH } from "./password";

// Accounts: who may sign in, with which role. Sign-in, sessions and API tokens are in their own modules.

export interface UserView {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  disabledAt: string | null;
  createdAt: string;
}

/** The columns of a user that leave this layer (never the password hash). */
export const userColumns = {
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
