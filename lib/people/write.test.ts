import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { ValidationError } from "@/lib/errors";
import { rowCounts, seededDb } from "@/lib/testing/fixtures";
import { personBySlug } from "./queries";
import { createPerson } from "./write";

let db: Db;
let editor: Actor;
let cleanup: () => void;
beforeEach(() => ({ db, editor, cleanup } = seededDb()));
afterEach(() => cleanup());

describe("createPerson", () => {
  it("slugs the name (transliterating accents) and stores aliases and description", () => {
    const person = createPerson(db, editor, { name: "  Beyoncé Knowles  ", aliases: ["Queen B"], description: " Singer. " });
    expect(person).toMatchObject({ slug: "beyonce-knowles", name: "Beyoncé Knowles", aliases: ["Queen B"], description: "Singer." });
    expect(personBySlug(db, "beyonce-knowles")?.id).toBe(person.id);
  });

  it("defaults aliases to none and an empty description to null", () => {
    expect(createPerson(db, editor, { name: "Solo Name", description: "" })).toMatchObject({ aliases: [], description: null });
  });

  it.each([
    ["no name", {}, "name"],
    ["a blank name", { name: "   " }, "name"],
    ["a name with no Latin letter or digit", { name: "王菲" }, "name"],
    ["a name whose slug is taken", { name: "Tom  Cruise" }, "name"],
    ["aliases that are not a list", { name: "New Person", aliases: "Alias" }, "aliases"],
    ["too many aliases", { name: "New Person", aliases: Array.from({ length: 11 }, (_, i) => `A${i}`) }, "aliases"],
    ["a description too long", { name: "New Person", description: "x".repeat(301) }, "description"],
    ["an unknown field", { name: "New Person", slug: "chosen" }, "slug"],
  ])("refuses %s and writes nothing", (_name, input, field) => {
    const before = rowCounts(db);
    let error: unknown;
    try {
      createPerson(db, editor, input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields?.[field]).toEqual(expect.any(String));
    expect(rowCounts(db)).toEqual(before);
  });
});
