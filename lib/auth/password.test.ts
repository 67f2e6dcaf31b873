import { describe, expect, it } from "vitest";
import { DUMMY_HASH, hashPassword, scryptParams, verifyPassword } from "./password";

describe("password hashing (scrypt)", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("stores parameters and a per-password salt, never the password", async () => {
    const [a, b] = await Promise.all([hashPassword("same password here"), hashPassword("same password here")]);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{86}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain("same password");
  });

  it("uses the full cost everywhere but a vitest worker", () => {
    expect(scryptParams({ NODE_ENV: "production" })).toEqual({ N: 32768, r: 8, p: 1 });
    expect(scryptParams({ NODE_ENV: "production", VITEST: "true" })).toEqual({ N: 32768, r: 8, p: 1 });
    expect(scryptParams({ NODE_ENV: "test", VITEST: "true" })).toEqual({ N: 1024, r: 8, p: 1 });
  });

  it("checks an unknown e-mail against a dummy hash of the same cost as real ones", async () => {
    const real = await hashPassword("some password here");
    expect(DUMMY_HASH.split("$").slice(0, 4)).toEqual(real.split("$").slice(0, 4));
  });

  it("verifies a hash made at the production cost", async () => {
    // Made once at N=32768 (a server's cost); verification reads the cost from the hash itself.
    const stored =
      "scrypt$32768$8$1$MDEyMzQ1Njc4OWFiY2RlZg$9rcVF-DZ8uU77qz3H_v29-n2g8c877AOCRXSQvC_fs3Pc4zxIt0cGPunMU7eTb_r8Lrt0GQ9DdIyJEVBIp7OBg";
    expect(await verifyPassword("correct horse battery staple", stored)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", stored)).toBe(false);
  });

  it("treats canonically equivalent Unicode as the same password", async () => {
    const hash = await hashPassword("caf\u00e9 au lait please");
    expect(await verifyPassword("cafe\u0301 au lait please", hash)).toBe(true);
  });

  it("returns false (never throws) for malformed hashes, and the dummy hash never verifies", async () => {
    for (const stored of ["", "plain", "bcrypt$x$y$z$a$b", "scrypt$x$8$1$AAAA$AAAA", "scrypt$32768$8$1$AAAA$", "scrypt$1$2$3"]) {
      expect(await verifyPassword("anything at all", stored)).toBe(false);
    }
    expect(await verifyPassword("", DUMMY_HASH)).toBe(false);
    expect(await verifyPassword("AAAAAAAAAAAAAAAAAAAAAA", DUMMY_HASH)).toBe(false);
  });
});
