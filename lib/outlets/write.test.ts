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
  it("lets an editor add an outlet with a slug from its name; it is not yet graded", () => {
    expect(createOutlet(db, editor, { name: "The Hollywood Reporter", url: "https://www.hollywoodreporter.com" })).toMatchObject({
      slug: "the-hollywood-reporter",
      url: "https://www.hollywoodreporter.com",
      grade: null,
    });
    expect(createOutlet(db, editor, { name: "A Publicist" }).url).toBeNull();
  });

  it("refuses an editor who grades the outlet they add (403), and writes nothing", () => {
    const before = rowCounts(db);
    expect(() => createOutlet(db, editor, { name: "Graded By An Editor", grade: "A" })).toThrow(ForbiddenError);
    expect(rowCounts(db)).toEqual(before);
  });

  it("lets an admin add a graded outlet, and grade an editor's outlet later", () => {
    expect(createOutlet(db, admin, { name: "Admin Outlet", grade: "B" }).grade).toBe("B");
    createOutlet(db, editor, { name: "Editor Outlet" });
    expect(updateOutlet(db, admin, "editor-outlet", { name: "Editor Outlet Renamed" }).grade).toBeNull();
    expect(updateOutlet(db, admin, "editor-outlet", { grade: "C" }).grade).toBe("C");
  });

  it.each([
    [{ name: "X Outlet", grade: "Z" }, "grade"],
    [{ url: "https://x.example" }, "name"],
    [{ name: "X Outlet", url: "javascript:alert(1)" }, "url"],
    [{ name: "X Outlet", url: "/relative" }, "url"],
    [{ name: "Variety" }, "name"],
    [{ name: "VARIETY!" }, "name"],
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
