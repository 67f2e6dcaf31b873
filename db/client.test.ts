import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createApiToken, userForApiToken } from "@/lib/auth/api-tokens";
import { createPerson } from "@/lib/people/write";
import { insertUser } from "@/lib/testing/fixtures";
import { UnavailableError } from "@/lib/errors";
import { isReadOnlyDatabase, openDatabase } from "./client";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rumor-ledger-readonly-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("DATABASE_READONLY", () => {
  it("is on only for the value 1", () => {
    expect(isReadOnlyDatabase({ DATABASE_READONLY: "1" } as unknown as NodeJS.ProcessEnv)).toBe(true);
    expect(isReadOnlyDatabase({ DATABASE_READONLY: "0" } as unknown as NodeJS.ProcessEnv)).toBe(false);
    expect(isReadOnlyDatabase({} as unknown as NodeJS.ProcessEnv)).toBe(false);
  });

  it("opens an existing file read-only: reads work, a write is a 503 UnavailableError and changes nothing, a token still authenticates", () => {
    const file = path.join(dir, "ledger.db");
    const writable = openDatabase(file, { readonly: false });
    const editor = insertUser(writable, "editor");
    createPerson(writable, editor, { name: "Before Readonly" });
    const { token } = createApiToken(writable, editor, { name: "reader script" });
    writable.$client.close();

    const db = openDatabase(file, { readonly: true });
    try {
      expect(db.$client.readonly).toBe(true);
      const before = db.$client.prepare("SELECT count(*) AS n FROM people").get();
      expect(() => createPerson(db, editor, { name: "During Readonly" })).toThrow(UnavailableError);
      expect(db.$client.prepare("SELECT count(*) AS n FROM people").get()).toEqual(before);
      // Presenting a token records when it was last used; that bookkeeping must not break reads.
      expect(userForApiToken(db, token)).toMatchObject({ id: editor.userId });
    } finally {
      db.$client.close();
    }
  });

  it("refuses to create a missing file", () => {
    expect(() => openDatabase(path.join(dir, "missing.db"), { readonly: true })).toThrow();
  });
});
