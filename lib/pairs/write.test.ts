import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { createPerson } from "@/lib/people/write";
import { rowCounts, seededDb } from "@/lib/testing/fixtures";
import { findPair } from "./queries";
import { createPair, setPairStatus } from "./write";

let db: Db;
let editor: Actor;
let cleanup: () => void;
beforeEach(() => ({ db, editor, cleanup } = seededDb()));
afterEach(() => cleanup());

function fields(fn: () => unknown): Record<string, string> {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).fields ?? {};
  }
  throw new Error("expected a ValidationError");
}

describe("createPair", () => {
  it("stores the pair under its canonical slug whatever the order, rumored by default", () => {
    createPerson(db, editor, { name: "Zed Zimmer" });
    const pair = createPair(db, editor, { people: ["zed-zimmer", "ana-de-armas"] });
    expect(pair).toEqual({ slug: "ana-de-armas--zed-zimmer", people: ["ana-de-armas", "zed-zimmer"], status: "rumored" });
    // A pair with no published claim is for editors only (lib/pairs/visibility.ts).
    expect(findPair(db, "ana-de-armas--zed-zimmer")).toBeNull();
    expect(findPair(db, "zed-zimmer--ana-de-armas", undefined, "editors")).toEqual({ redirectTo: "ana-de-armas--zed-zimmer" });
    const found = findPair(db, "ana-de-armas--zed-zimmer", undefined, "editors");
    expect(found && "found" in found ? found.found.heat : null).toBe(0);
  });

  it.each([
    ["the same person twice", { people: ["tom-cruise", "tom-cruise"] }, "people"],
    ["one person", { people: ["tom-cruise"] }, "people"],
    ["no people", {}, "people"],
    ["an unknown person", { people: ["tom-cruise", "nobody-at-all"] }, "people.1"],
    ["a malformed slug", { people: ["tom-cruise", "Not A Slug!"] }, "people.1"],
    ["a pair that exists (in the other order)", { people: ["tom-cruise", "ana-de-armas"] }, "people"],
    ["a wrong status", { people: ["tom-cruise", "david-beckham"], status: "engaged" }, "status"],
  ])("refuses %s and writes nothing", (_name, input, field) => {
    const before = rowCounts(db);
    expect(fields(() => createPair(db, editor, input))).toHaveProperty(field);
    expect(rowCounts(db)).toEqual(before);
  });
});

describe("setPairStatus", () => {
  it("sets a known status and refuses others", () => {
    expect(setPairStatus(db, editor, "ana-de-armas--tom-cruise", { status: "dating" }).status).toBe("dating");
    expect(fields(() => setPairStatus(db, editor, "ana-de-armas--tom-cruise", { status: "married" }))).toHaveProperty("status");
    expect(() => setPairStatus(db, editor, "nobody--tom-cruise", { status: "split" })).toThrow(NotFoundError);
  });
});
