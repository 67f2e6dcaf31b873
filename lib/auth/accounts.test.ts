import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTempDb } from "@/lib/testing/temp-db";
import { sessions } from "@/db/schema";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { account as makeAccount, rejection, TEST_PASSWORD } from "@/lib/testing/accounts";
import { createUser, updateUser } from "./accounts";
import { createApiToken, userForApiToken } from "./api-tokens";
import { signIn } from "./sign-in";
import { userForSession } from "./sessions";

let db: Db;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTempDb()));
afterEach(() => cleanup());
const PASSWORD = TEST_PASSWORD;
const account = (email?: string, role?: "editor" | "admin") => makeAccount(db, email, role);

describe("createUser", () => {
  it("normalises the e-mail and refuses a duplicate as a field error", async () => {
    const user = await account("  Ed@Example.COM ");
    expect(user).toMatchObject({ email: "ed@example.com", role: "editor", disabledAt: null });
    const error = await rejection(account("ED@example.com"));
    expect(error.fields).toHaveProperty("email");
  });

  it.each([
    [{ email: "not-an-email", name: "X", password: PASSWORD }, "email"],
    [{ email: "x@example.com", name: "X", password: "short" }, "password"],
    [{ email: "x@example.com", name: " ", password: PASSWORD }, "name"],
    [{ email: "x@example.com", name: "X", password: PASSWORD, role: "owner" }, "role"],
  ])("refuses bad input %j", async (input, field) => {
    expect((await rejection(createUser(db, input))).fields).toHaveProperty(field);
  });
});

describe("disabled accounts", { timeout: 60_000 }, () => {
  it("cannot sign in, lose their sessions and tokens, and re-enabling does not revive them", async () => {
    const admin = await account("admin@example.com", "admin");
    const user = await account();
    const actor = { userId: user.id, role: user.role };
    const { token: session } = await signIn(db, { email: "ed@example.com", password: PASSWORD }, "a");
    const { token } = createApiToken(db, actor, { name: "script" });

    updateUser(db, { userId: admin.id, role: "admin" }, user.id, { disabled: true });
    expect(userForSession(db, session)).toBeNull();
    expect(userForApiToken(db, token)).toBeNull();
    expect(db.select().from(sessions).where(eq(sessions.userId, user.id)).all()).toEqual([]);
    expect(await rejection(signIn(db, { email: "ed@example.com", password: PASSWORD }, "a"))).toBeInstanceOf(ValidationError);

    updateUser(db, { userId: admin.id, role: "admin" }, user.id, { disabled: false });
    expect(userForSession(db, session)).toBeNull();
    expect(userForApiToken(db, token)).toBeNull();
    expect((await signIn(db, { email: "ed@example.com", password: PASSWORD }, "a")).user.id).toBe(user.id);
  });

  it("only admins manage accounts, and not their own role or access", async () => {
    const admin = await account("admin@example.com", "admin");
    const user = await account();
    expect(() => updateUser(db, { userId: user.id, role: "editor" }, admin.id, { disabled: true })).toThrow(ForbiddenError);
    expect(() => updateUser(db, { userId: admin.id, role: "admin" }, admin.id, { disabled: true })).toThrow(ValidationError);
    expect(() => updateUser(db, { userId: admin.id, role: "admin" }, admin.id, { role: "editor" })).toThrow(ValidationError);
    expect(() => updateUser(db, { userId: admin.id, role: "admin" }, 9999, { role: "editor" })).toThrow(NotFoundError);
    expect(updateUser(db, { userId: admin.id, role: "admin" }, user.id, { role: "admin" }).role).toBe("admin");
  });
});
