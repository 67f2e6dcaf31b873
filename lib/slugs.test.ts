import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PAIR_SEPARATOR, canonicalPairSlug, isPersonSlug, slugifyName, splitPairSlug } from "./slugs";

/** Well-formed person slugs: lowercase ASCII words joined by single hyphens. */
const word = fc.stringMatching(/^[a-z0-9]{1,8}$/);
const personSlug = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join("-"));
const twoDistinctSlugs = fc.tuple(personSlug, personSlug).filter(([a, b]) => a !== b);

/** Names with the kinds of characters editors actually type, plus anything at all. */
const nameish = fc.oneof(
  fc.string({ unit: fc.constantFrom(..."aAéÉèçñøßÆœ -–—'’.&!?_/\\|@#$%^*()[]{}\t\n0123456789".split("")), maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ maxLength: 30 }),
);

describe("slugifyName", () => {
  it.each([
    ["Ana de Armas", "ana-de-armas"],
    ["Tom Cruise", "tom-cruise"],
    ["David Beckham", "david-beckham"],
    ["Beyoncé", "beyonce"],
    ["Beyonce\u0301", "beyonce"], // decomposed accent
    ["Zoë Kravitz", "zoe-kravitz"],
    ["Penélope Cruz", "penelope-cruz"],
    ["Jean-Luc Picard", "jean-luc-picard"],
    ["  Tom   Cruise  ", "tom-cruise"],
    ["Tom -- Cruise", "tom-cruise"],
    ["Tom - - Cruise", "tom-cruise"],
    ["-Tom-", "tom"],
    ['Dwayne "The Rock" Johnson', "dwayne-the-rock-johnson"],
    ["Sinéad O'Connor", "sinead-oconnor"],
    ["Entertainment Tonight", "entertainment-tonight"],
    ["USA Today", "usa-today"],
    ["Blink-182", "blink-182"],
    ["50 Cent", "50-cent"],
  ])("%j → %j", (name, slug) => {
    expect(slugifyName(name)).toBe(slug);
  });

  it("never produces the pair separator, and always yields a person slug or nothing", () => {
    fc.assert(
      fc.property(nameish, (name) => {
        const slug = slugifyName(name);
        expect(slug).not.toContain(PAIR_SEPARATOR);
        if (slug !== "") expect(isPersonSlug(slug)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(nameish, (name) => {
        const slug = slugifyName(name);
        expect(slugifyName(slug)).toBe(slug);
      }),
      { numRuns: 1000 },
    );
  });

  it("leaves a well-formed slug unchanged", () => {
    fc.assert(
      fc.property(personSlug, (slug) => {
        expect(slugifyName(slug)).toBe(slug);
      }),
    );
  });

  it("ignores case", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."abcXYZ -01".split("")), maxLength: 20 }), (name) => {
        expect(slugifyName(name.toUpperCase())).toBe(slugifyName(name.toLowerCase()));
      }),
    );
  });

  it("keeps every ASCII letter and digit of the name, in order", () => {
    fc.assert(
      fc.property(nameish, (name) => {
        const asciiAlnum = name
          .normalize()
          .replace(/[^A-Za-z0-9]/g, "")
          .toLowerCase();
        const kept = slugifyName(name).replace(/-/g, "");
        // Transliteration may add letters (é → e, ß → ss), never drop ASCII ones.
        let i = 0;
        for (const ch of kept) if (ch === asciiAlnum[i]) i++;
        expect(i).toBe(asciiAlnum.length);
      }),
      { numRuns: 1000 },
    );
  });

  it("gives nothing for a name with nothing to transliterate", () => {
    expect(slugifyName("")).toBe("");
    expect(slugifyName("   ")).toBe("");
    expect(slugifyName("--")).toBe("");
    expect(slugifyName("🎤")).toBe("");
  });
});

describe("isPersonSlug", () => {
  it.each(["ana-de-armas", "beyonce", "blink-182", "a", "50-cent"])("accepts %j", (slug) => {
    expect(isPersonSlug(slug)).toBe(true);
  });
  it.each(["", "-ana", "ana-", "ana--de", "Ana", "beyoncé", "ana de armas", "ana_de", "ana-de-armas\n"])("rejects %j", (slug) => {
    expect(isPersonSlug(slug)).toBe(false);
  });
});

describe("canonicalPairSlug", () => {
  it("joins the two slugs alphabetically with --", () => {
    expect(canonicalPairSlug("tom-cruise", "ana-de-armas")).toBe("ana-de-armas--tom-cruise");
    expect(canonicalPairSlug("ana-de-armas", "tom-cruise")).toBe("ana-de-armas--tom-cruise");
  });

  it("puts a prefix first", () => {
    expect(canonicalPairSlug("ana-b", "ana")).toBe("ana--ana-b");
  });

  it("rejects a pair of one person with themself", () => {
    expect(() => canonicalPairSlug("tom-cruise", "tom-cruise")).toThrow(RangeError);
    fc.assert(
      fc.property(personSlug, (a) => {
        expect(() => canonicalPairSlug(a, a)).toThrow(RangeError);
      }),
    );
  });

  it("does not depend on the order of the people", () => {
    fc.assert(
      fc.property(twoDistinctSlugs, ([a, b]) => {
        expect(canonicalPairSlug(a, b)).toBe(canonicalPairSlug(b, a));
      }),
    );
  });

  it("is the two slugs, smaller first, joined by the separator", () => {
    fc.assert(
      fc.property(twoDistinctSlugs, ([a, b]) => {
        const slug = canonicalPairSlug(a, b);
        const [first, second] = a < b ? [a, b] : [b, a];
        expect(slug).toBe(`${first}${PAIR_SEPARATOR}${second}`);
        expect(slug.split(PAIR_SEPARATOR)).toHaveLength(2);
      }),
    );
  });
});

describe("splitPairSlug", () => {
  it("splits a pair slug", () => {
    expect(splitPairSlug("ana-de-armas--tom-cruise")).toEqual(["ana-de-armas", "tom-cruise"]);
  });

  it("keeps the given order, so a reversed slug can be redirected", () => {
    expect(splitPairSlug("tom-cruise--ana-de-armas")).toEqual(["tom-cruise", "ana-de-armas"]);
  });

  it.each([
    "",
    "ana-de-armas",
    "ana-de-armas--",
    "--tom-cruise",
    "ana--tom--cruise",
    "ana---tom",
    "tom-cruise--tom-cruise",
    "Ana--Tom",
    "ana de armas--tom",
    "ana-de-armas--tom-cruise-",
  ])("rejects %j", (slug) => {
    expect(splitPairSlug(slug)).toBeNull();
  });

  it("round-trips canonicalPairSlug", () => {
    fc.assert(
      fc.property(twoDistinctSlugs, ([a, b]) => {
        const parts = splitPairSlug(canonicalPairSlug(a, b));
        expect(parts).not.toBeNull();
        expect([...parts!].sort()).toEqual([a, b].sort());
        expect(canonicalPairSlug(...parts!)).toBe(canonicalPairSlug(a, b));
      }),
    );
  });

  it("round-trips slugs made from arbitrary names", () => {
    fc.assert(
      fc.property(nameish, nameish, (x, y) => {
        const a = slugifyName(x);
        const b = slugifyName(y);
        fc.pre(a !== "" && b !== "" && a !== b);
        expect(splitPairSlug(canonicalPairSlug(a, b))).toEqual([a, b].sort());
      }),
      { numRuns: 500 },
    );
  });

  it("accepts only what it can rebuild exactly", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."ab1-".split("")), maxLength: 12 }), (slug) => {
        const parts = splitPairSlug(slug);
        if (parts) {
          expect(parts.join(PAIR_SEPARATOR)).toBe(slug);
          expect(isPersonSlug(parts[0]) && isPersonSlug(parts[1])).toBe(true);
          expect(parts[0]).not.toBe(parts[1]);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
