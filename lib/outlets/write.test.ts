import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { outlets } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { rowCounts, seededDb } from "@/lib/testing/fixtures";
import { createOutlet, updateOutlet } from "./write";

let db: Db;
let editor: Actor;
let admin: Actor;
let cleanup: () => void;
beforeEach(() => ({ db, editor, admin, cleanup } = seededDb()));
afterEach(() => cleanup());

function fieldError(fn: () => unknown): Record<string, string> {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).fields ?? {};
  }
  throw new Error("expected a ValidationError");
}

describe("createOutlet", () => {
  it("lets an editor add an outlet with a slug from its name", () => {
    expect(createOutlet(db, editor, { name: "The Hollywood Reporter", url: "https://www.hollywoodreporter.com", grade: "B" })).toMatchObject({
      slug: "the-hollywood-reporter",
      url: "https://www.hollywoodreporter.com",
      grade: "B",
    });
    expect(createOutlet(db, editor, { name: "A Publicist", grade: "F" }).url).toBeNull();
  });

  it.each([
    [{ name: "X Outlet", grade: "Z" }, "grade"],
    [{ name: "X Outlet" }, "grade"],
    [{ grade: "A" }, "name"],
    [{ name: "X Outlet", grade: "A", url: "javascript:alert(1)" }, "url"],
    [{ name: "X Outlet", grade: "A", url: "/relative" }, "url"],
    [{ name: "Variety", grade: "A" }, "name"],
    [{ name: "VARIETY!", grade: "A" }, "name"],
  ])("refuses %j and writes nothing", (input, field) => {
    const before = rowCounts(db);
    expect(fieldError(() => createOutlet(db, editor, input))).toHaveProperty(field);
    expect(rowCounts(db)).toEqual(before);
  });
});

describe("updateOutlet", () => {
  it("lets an admin change the grade without touching the rest", () => {
    const updated = updateOutlet(db, admin, "variety", { grade: "B" });
    expect(updated).toMatchObject({ slug: "variety", name: "Variety", url: "https://variety.com", grade: "B" });
  });

  it("clears the URL when sent empty", () => {
    expect(updateOutlet(db, admin, "variety", { url: "" }).url).toBeNull();
  });

  it("is admin-only, refuses bad grades and answers 404 for an unknown outlet", () => {
    const before = db.select().from(outlets).where(eq(outlets.slug, "variety")).get();
    expect(() => updateOutlet(db, editor, "variety", { grade: "E" })).toThrow(ForbiddenError);
    expect(fieldError(() => updateOutlet(db, admin, "variety", { grade: "G" }))).toHaveProperty("grade");
    expect(fieldError(() => updateOutlet(db, admin, "variety", { slug: "renamed" }))).toHaveProperty("slug");
    expect(db.select().from(outlets).where(eq(outlets.slug, "variety")).get()).toEqual(before);
    expect(() => updateOutlet(db, admin, "no-such-outlet", { grade: "A" })).toThrow(NotFoundError);
  });
});
