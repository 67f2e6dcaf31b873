import { expect } from "vitest";
import type { Db } from "@/db/client";
import type { UserRole } from "@/db/enums";
import { createUser, type UserView } from "@/lib/auth/accounts";
import { AppError } from "@/lib/errors";

/** The password of every account made by `account()`. */
export const TEST_PASSWORD = "a long enough password";

/** The AppError a promise rejects with (fails the test when it resolves or throws something else). */
export async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** An account made through createUser, with TEST_PASSWORD. */
export function account(db: Db, email = "ed@example.com", role: UserRole = "editor"): Promise<UserView> {
  return createUser(db, { email, name: "Ed Itor", role, password: TEST_PASSWORD });
}
