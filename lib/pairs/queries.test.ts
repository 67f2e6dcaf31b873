import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { demoPairs } from "@/db/seed/demo";
import { ANA_TOM, readerLedger, type FixturePair } from "@/lib/testing/reader-ledger";
import { findPair, outletsForPair, trendingPairs } from "./queries";

let db: Db;
let cleanup: () => void;
let fx: FixturePair;
let hot: FixturePair;
let warm: FixturePair;
let cold: FixturePair;
beforeAll(() => ({ db, cleanup, fx, hot, warm, cold } = readerLedger()));
afterAll(() => cleanup?.());

describe("trendingPairs", () => {
  it("orders every pair by heat, hottest first", () => {
    const list = trendingPairs(db, "2030-01-11");
    expect(list).toHaveLength(demoPairs.length + 4);
    const heats = list.map((p) => p.heat);
    expect(heats).toEqual([...heats].sort((x, y) => y - x));
    expect(list[0].slug).toBe(hot.slug);
    expect(list[1].slug).toBe(warm.slug);
    expect(list[0].heat).toBeGreaterThan(list[1].heat);
    expect(list.find((p) => p.slug === cold.slug)!.heat).toBe(0);
  });

  it("counts only published claims: drafts and retractions neither heat a pair nor count", () => {
    const w = trendingPairs(db, "2030-01-11").find((p) => p.slug === warm.slug)!;
    expect(w.publishedClaims).toBe(1);
    expect(w.heat).toBeLessThan(trendingPairs(db, "2030-01-11").find((p) => p.slug === hot.slug)!.heat);
  });

  it("puts Ana de Armas & Tom Cruise first in June 2025, when their story broke", () => {
    const list = trendingPairs(db, "2025-06-10");
    expect(list[0].slug).toBe(ANA_TOM);
    expect(list[0].heat).toBeGreaterThan(0);
    expect(list[0].people.map((p) => p.name)).toEqual(["Ana de Armas", "Tom Cruise"]);
  });

  it("lets heat fade: the same pair is cooler a year later", () => {
    const june = trendingPairs(db, "2025-06-10").find((p) => p.slug === ANA_TOM)!.heat;
    const later = trendingPairs(db, "2026-06-10").find((p) => p.slug === ANA_TOM)!.heat;
    expect(later).toBeLessThan(june);
  });
});

describe("findPair", () => {
  it("finds a pair by its canonical slug, with its people and published-claim count", () => {
    const result = findPair(db, ANA_TOM);
    expect(result && "found" in result).toBe(true);
    if (!result || !("found" in result)) return;
    expect(result.found.slug).toBe(ANA_TOM);
    expect(result.found.people.map((p) => p.slug)).toEqual(["ana-de-armas", "tom-cruise"]);
    const demoAnaTom = demoPairs.find((p) => [...p.people].sort().join("--") === ANA_TOM)!;
    expect(result.found.publishedClaims).toBe(demoAnaTom.claims.filter((c) => (c.status ?? "published") === "published").length);
  });

  it("answers a reversed slug with the canonical slug to redirect to", () => {
    expect(findPair(db, "tom-cruise--ana-de-armas")).toEqual({ redirectTo: ANA_TOM });
    expect(findPair(db, "fx-beta--fx-alpha")).toEqual({ redirectTo: fx.slug });
  });

  it("returns null for an unknown pair, a malformed slug or a person paired with themself", () => {
    expect(findPair(db, "nobody-here--no-one-else")).toBeNull();
    expect(findPair(db, "no-one-else--nobody-here")).toBeNull();
    expect(findPair(db, "ana-de-armas")).toBeNull();
    expect(findPair(db, "ana-de-armas--ana-de-armas")).toBeNull();
    expect(findPair(db, "Ana-De-Armas--Tom-Cruise")).toBeNull();
    expect(findPair(db, "")).toBeNull();
  });

  it("counts published claims only (not the fixture's drafts or retraction)", () => {
    const result = findPair(db, fx.slug);
    if (!result || !("found" in result)) throw new Error("fixture pair missing");
    expect(result.found.publishedClaims).toBe(4);
  });
});

describe("outletsForPair", () => {
  it("lists the outlets cited by reader-visible claims, by name, with citation counts", () => {
    expect(outletsForPair(db, fx.id).map((o) => [o.slug, o.citations])).toEqual([
      ["daily-glimmer", 1],
      ["deadline", 2], // one of them on the retracted claim, which readers still see
      ["usa-today", 1],
      ["variety", 2], // not counting the draft's citation
    ]);
  });

  it("leaves out an outlet cited only by a draft", () => {
    expect(outletsForPair(db, fx.id).map((o) => o.slug)).not.toContain("starwatch-social");
  });

  it("gives each outlet its grade", () => {
    const ana = findPair(db, ANA_TOM);
    if (!ana || !("found" in ana)) throw new Error("Ana/Tom pair missing");
    const list = outletsForPair(db, ana.found.id);
    expect(list.map((o) => o.slug)).toEqual(
      expect.arrayContaining(["variety", "deadline", "entertainment-tonight", "associated-press", "usa-today", "the-graham-norton-show"]),
    );
    expect(list.find((o) => o.slug === "variety")!.grade).toBe("A");
  });
});
