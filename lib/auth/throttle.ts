import "server-only";
import { and, count, eq, gt, inArray, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { loginAttempts } from "@/db/schema";
import { RateLimitedError } from "@/lib/errors";
import { writeTransaction } from "@/lib/write";

/** Sign-in attempts allowed per account and per client address in a sliding window. */
export const THROTTLE = { windowMinutes: 15, perAccount: 5, perAddress: 20 } as const;

const accountKey = (email: string) => `email:${email.trim().toLowerCase()}`;
const addressKey = (address: string) => `ip:${address}`;
const windowStart = (now: Date) => new Date(now.getTime() - THROTTLE.windowMinutes * 60_000).toISOString();

function attemptsSince(db: Pick<Db, "select">, key: string, since: string): number {
  return db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.key, key), gt(loginAttempts.attemptedAt, since)))
    .get()!.n;
}

/** Throws 429 when this account or this address has used up its attempts in the window. */
export function assertNotThrottled(db: Db, email: string, address: string, now = new Date()): void {
  const since = windowStart(now);
  if (
    attemptsSince(db, accountKey(email), since) >= THROTTLE.perAccount ||
    attemptsSince(db, addressKey(address), since) >= THROTTLE.perAddress
  ) {
    throw new RateLimitedError(THROTTLE.windowMinutes * 60);
  }
}

/**
 * Reserves one attempt for this account and this address, before the password
 * is checked: in one immediate transaction it counts the window's attempts —
 * failed ones and ones still being checked — and records this one, or throws
 * 429. Concurrent wrong passwords therefore cannot all pass the check before
 * any of them is recorded. Returns the rows to release if the attempt turns out
 * not to be a failure (right password, or never checked).
 */
export function reserveAttempt(db: Db, email: string, address: string, now = new Date()): number[] {
  return writeTransaction(db, (tx) => {
    const since = windowStart(now);
    if (
      attemptsSince(tx, accountKey(email), since) >= THROTTLE.perAccount ||
      attemptsSince(tx, addressKey(address), since) >= THROTTLE.perAddress
    ) {
      throw new RateLimitedError(THROTTLE.windowMinutes * 60);
    }
    const at = now.toISOString();
    const rows = tx
      .insert(loginAttempts)
      .values([
        { key: accountKey(email), attemptedAt: at },
        { key: addressKey(address), attemptedAt: at },
      ])
      .returning({ id: loginAttempts.id })
      .all();
    // Keep the table small: forget attempts older than a day.
    tx.delete(loginAttempts)
      .where(lt(loginAttempts.attemptedAt, new Date(now.getTime() - 86_400_000).toISOString()))
      .run();
    return rows.map((r) => r.id);
  });
}

/** Gives back a reservation: the attempt succeeded, or its password was never checked (503). */
export function releaseAttempt(db: Pick<Db, "delete">, ids: number[]): void {
  if (ids.length) db.delete(loginAttempts).where(inArray(loginAttempts.id, ids)).run();
}
