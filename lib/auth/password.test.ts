import { describe, expect, it } from "vitest";
import { DUMMY_HASH, hashPassword, verifyPassword } from "./password";

describe("password hashing (scrypt)", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("stores parameters and a per-password salt, never the password", async () => {
    const [a, b] = await Promise.all([hashPassword("same password here"), hashPassword("same password here")]);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{86}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain("same password");
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
