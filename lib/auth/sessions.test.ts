import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTempDb } from "@/lib/testing/temp-db";
import { insertSession } from "@/lib/testing/fixtures";
import { account as makeAccount, TEST_PASSWORD } from "@/lib/testing/accounts";
import { signIn } from "./sign-in";
import { signOut, userForSession } from "./sessions";

let db: Db;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTempDb()));
afterEach(() => cleanup());
const PASSWORD = TEST_PASSWORD;
const account = (email?: string, role?: "editor" | "admin") => makeAccount(db, email, role);

describe("sessions", () => {
  it("ends a session on sign-out; unknown and expired tokens are nobody", async () => {
    const user = await account();
    const { token } = await signIn(db, { email: "ed@example.com", password: PASSWORD }, "a");
    signOut(db, token);
    expect(userForSession(db, token)).toBeNull();
    expect(userForSession(db, "never-issued")).toBeNull();
    expect(userForSession(db, undefined)).toBeNull();
    const expired = insertSession(db, user.id, new Date(Date.now() - 1000).toISOString());
    expect(userForSession(db, expired)).toBeNull();
  });
});
