import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { ValidationError } from "@/lib/errors";
import { writeTransaction } from "@/lib/write";
import { userColumns, type UserView } from "./accounts";
import { DUMMY_HASH, verifyPassword } from "./password";
import { openSession } from "./sessions";
import { releaseAttempt, reserveAttempt } from "./throttle";

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
  const { token, expiresAt } = writeTransaction(db, (tx) => {
    releaseAttempt(tx, reserved);
    return openSession(tx, row.id);
  });
  const { passwordHash: _omit, ...user } = row;
  return { token, user, expiresAt };
}
