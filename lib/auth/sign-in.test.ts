import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTempDb } from "@/lib/testing/temp-db";
import { loginAttempts, sessions } from "@/db/schema";
import { OverloadedError, RateLimitedError, ValidationError } from "@/lib/errors";
import { account as makeAccount, rejection, TEST_PASSWORD } from "@/lib/testing/accounts";
import { passwordHashing } from "./password";
import { signIn } from "./sign-in";
import { userForSession } from "./sessions";
import { assertNotThrottled, THROTTLE } from "./throttle";

let db: Db;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTempDb()));
afterEach(() => cleanup());
const PASSWORD = TEST_PASSWORD;
const account = (email?: string, role?: "editor" | "admin") => makeAccount(db, email, role);

describe("signIn and sessions", () => {
  it("opens a session for the right password; the cookie token maps back to the user and only its hash is stored", async () => {
    const user = await account();
    const { token, user: signedIn, expiresAt } = await signIn(db, { email: "ED@example.com", password: PASSWORD }, "10.0.0.1");
    expect(signedIn.id).toBe(user.id);
    expect(signedIn).not.toHaveProperty("passwordHash");
    expect(Date.parse(expiresAt)).toBeGreaterThan(Date.now());
    expect(userForSession(db, token)?.id).toBe(user.id);
    expect(
      db
        .select()
        .from(sessions)
        .all()
        .map((s) => s.tokenHash),
    ).not.toContain(token);
  });

  it("fails the same way for a wrong password and an unknown e-mail", async () => {
    await account();
    const wrong = await rejection(signIn(db, { email: "ed@example.com", password: "not the password" }, "a"));
    const unknown = await rejection(signIn(db, { email: "nobody@example.com", password: "not the password" }, "a"));
    expect(wrong).toBeInstanceOf(ValidationError);
    expect(unknown.message).toBe(wrong.message);
    expect(unknown.fields).toEqual(wrong.fields);
  });

  it("asks for missing fields without counting a failure", async () => {
    const error = await rejection(signIn(db, { email: "", password: 42 }, "a"));
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(["email", "password"]);
  });
});

// Each attempt is a real scrypt check (tens to hundreds of ms on a busy machine): these tests make dozens.
describe("sign-in throttling", { timeout: 60_000 }, () => {
  it(`answers 429 after ${THROTTLE.perAccount} failures for an account, even with the right password`, async () => {
    await account();
    for (let i = 0; i < THROTTLE.perAccount; i++) {
      expect(await rejection(signIn(db, { email: "ed@example.com", password: `wrong guess ${i}` }, `10.0.0.${i}`))).toBeInstanceOf(
        ValidationError,
      );
    }
    const blocked = await rejection(signIn(db, { email: "ed@example.com", password: PASSWORD }, "10.9.9.9"));
    expect(blocked).toBeInstanceOf(RateLimitedError);
    expect(blocked.status).toBe(429);
    expect((blocked as RateLimitedError).retryAfterSeconds).toBe(THROTTLE.windowMinutes * 60);
  });

  it("throttles one account without locking out another", async () => {
    await account("ed@example.com");
    await account("other@example.com");
    for (let i = 0; i < THROTTLE.perAccount; i++)
      await rejection(signIn(db, { email: "ed@example.com", password: "wrong guess" }, "10.0.0.1"));
    expect((await signIn(db, { email: "other@example.com", password: PASSWORD }, "10.0.0.2")).user.email).toBe("other@example.com");
  });

  it(`throttles an address after ${THROTTLE.perAddress} failures across accounts`, async () => {
    await account();
    for (let i = 0; i < THROTTLE.perAddress; i++)
      await rejection(signIn(db, { email: `guess${i}@example.com`, password: "wrong guess" }, "203.0.113.7"));
    expect(await rejection(signIn(db, { email: "ed@example.com", password: PASSWORD }, "203.0.113.7"))).toBeInstanceOf(RateLimitedError);
    expect((await signIn(db, { email: "ed@example.com", password: PASSWORD }, "198.51.100.1")).user.email).toBe("ed@example.com");
  });

  it("forgets failures older than the window", async () => {
    await account();
    for (let i = 0; i < THROTTLE.perAccount; i++) await rejection(signIn(db, { email: "ed@example.com", password: "wrong guess" }, "a"));
    expect(() => assertNotThrottled(db, "ed@example.com", "b")).toThrow(RateLimitedError);
    const later = new Date(Date.now() + (THROTTLE.windowMinutes + 1) * 60_000);
    expect(() => assertNotThrottled(db, "ed@example.com", "b", later)).not.toThrow();
  });
});

describe("sign-in throttling under concurrency", { timeout: 60_000 }, () => {
  it(`checks at most ${THROTTLE.perAccount} of 30 concurrent wrong passwords for one account`, async () => {
    await account();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => rejection(signIn(db, { email: "ed@example.com", password: `wrong guess ${i}` }, `10.1.0.${i}`))),
    );
    const checked = results.filter((e) => e instanceof ValidationError).length;
    expect(checked).toBe(THROTTLE.perAccount);
    expect(results.filter((e) => e instanceof RateLimitedError)).toHaveLength(30 - THROTTLE.perAccount);
    expect(db.select().from(loginAttempts).where(eq(loginAttempts.key, "email:ed@example.com")).all()).toHaveLength(THROTTLE.perAccount);
  });

  it("counts a correct sign-in as no failure", async () => {
    await account();
    for (let i = 0; i < THROTTLE.perAccount + 2; i++) await signIn(db, { email: "ed@example.com", password: PASSWORD }, "10.2.0.1");
    expect(() => assertNotThrottled(db, "ed@example.com", "10.2.0.1")).not.toThrow();
  });

  it("answers 503 when the hashing queue is full, and does not count that attempt", async () => {
    await account();
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const { concurrency, maxWaiting } = passwordHashing.options;
    const blockers = Array.from({ length: concurrency + maxWaiting }, () => passwordHashing.run(() => gate));
    try {
      for (let i = 0; i < THROTTLE.perAccount + 1; i++) {
        const error = await rejection(signIn(db, { email: "ed@example.com", password: PASSWORD }, "10.3.0.1"));
        expect(error).toBeInstanceOf(OverloadedError);
        expect(error.status).toBe(503);
      }
      expect(db.select().from(loginAttempts).all()).toHaveLength(0);
    } finally {
      open();
      await Promise.all(blockers);
    }
    expect((await signIn(db, { email: "ed@example.com", password: PASSWORD }, "10.3.0.1")).user.email).toBe("ed@example.com");
  });
});
