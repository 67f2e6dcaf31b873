import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTempDb } from "@/lib/testing/temp-db";
import { apiTokens } from "@/db/schema";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { insertUser } from "@/lib/testing/fixtures";
import { createApiToken, revokeApiToken, userForApiToken } from "./api-tokens";

let db: Db;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTempDb()));
afterEach(() => cleanup());
describe("personal API tokens", () => {
  it("returns the secret once, stores only its hash, and maps it back to the user", () => {
    const editor = insertUser(db, "editor");
    const { token, record } = createApiToken(db, editor, { name: "newsroom script" });
    expect(token).toMatch(/^rl_[\w-]{43}$/);
    expect(record).toMatchObject({ name: "newsroom script", revokedAt: null, lastUsedAt: null });
    const stored = db.select().from(apiTokens).where(eq(apiTokens.id, record.id)).get()!;
    expect(stored.tokenHash).not.toContain(token);
    expect(userForApiToken(db, token)?.id).toBe(editor.userId);
    expect(db.select().from(apiTokens).where(eq(apiTokens.id, record.id)).get()!.lastUsedAt).not.toBeNull();
  });

  it("rejects a revoked token, and a token cannot be revoked twice or by someone else", () => {
    const editor = insertUser(db, "editor");
    const other = insertUser(db, "editor");
    const { token, record } = createApiToken(db, editor, { name: "t" });
    expect(() => revokeApiToken(db, other, record.id)).toThrow(NotFoundError);
    expect(userForApiToken(db, token)).not.toBeNull();
    revokeApiToken(db, editor, record.id);
    expect(userForApiToken(db, token)).toBeNull();
    expect(() => revokeApiToken(db, editor, record.id)).toThrow(NotFoundError);
  });

  it("needs a name", () => {
    const editor = insertUser(db, "editor");
    expect(() => createApiToken(db, editor, { name: "" })).toThrow(ValidationError);
    expect(() => createApiToken(db, editor, {})).toThrow(ValidationError);
  });
});
