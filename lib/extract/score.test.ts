import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CLAIM_KINDS, STANCES } from "@/db/enums";
import { maximumWeightMatching } from "./matching";
import { SCORED_FIELDS, datesMatch, mentionsF1, placeCorrect, quoteCorrect, scoreArticle, summarise, type ScorableClaim } from "./score";

const claim = (over: Partial<ScorableClaim> = {}): ScorableClaim => ({
  pair: ["Sienna Marlowe", "Jasper Quill"],
  kind: "sighting",
  occurredOn: "2025-09-16",
  precision: "day",
  place: "Osteria Lume, West Hollywood",
  speaker: null,
  quote: null,
  outlet: "The Daily Glimmer",
  mentions: [],
  stance: "supports",
  ...over,
});

const NAMES = ["Ana Reyes", "Bo Lind", "Cy Moss", "Di Park"];
const arbitraryDate = fc.oneof(
  fc
    .record({ y: fc.integer({ min: 2015, max: 2027 }), precision: fc.constantFrom("year", "circa") })
    .map(({ y, precision }) => ({ occurredOn: `${y}`, precision })),
  fc
    .record({ y: fc.integer({ min: 2015, max: 2027 }), m: fc.integer({ min: 1, max: 12 }) })
    .map(({ y, m }) => ({ occurredOn: `${y}-${String(m).padStart(2, "0")}`, precision: "month" })),
  fc
    .record({ y: fc.integer({ min: 2015, max: 2027 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
    .map(({ y, m, d }) => ({
      occurredOn: `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
      precision: "day",
    })),
) as fc.Arbitrary<Pick<ScorableClaim, "occurredOn" | "precision">>;

const arbitraryClaim: fc.Arbitrary<ScorableClaim> = fc
  .record({
    pair: fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 2, maxLength: 2 }) as fc.Arbitrary<[string, string]>,
    kind: fc.constantFrom(...CLAIM_KINDS),
    date: arbitraryDate,
    place: fc.option(fc.constantFrom("London", "Villa Serafina, Lake Como"), { nil: null }),
    speaker: fc.option(fc.constantFrom(...NAMES), { nil: null }),
    quote: fc.option(fc.constantFrom("We're just friends", "No comment"), { nil: null }),
    outlet: fc.option(fc.constantFrom("Variety", "Hush Magazine"), { nil: null }),
    mentions: fc.uniqueArray(fc.constantFrom("Maisie Carrow", "Hugo Lindell"), { maxLength: 2 }),
    stance: fc.constantFrom(...STANCES),
  })
  .map(({ date, ...rest }) => ({ ...rest, ...date }));

const shuffled = <T>(items: readonly T[], seed: number): T[] => {
  const copy = [...items];
  let state = seed || 1;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
};

describe("scoring properties", () => {
  it("keys scored against themselves score 1 on everything", () => {
    fc.assert(
      fc.property(fc.array(arbitraryClaim, { minLength: 1, maxLength: 8 }), (keys) => {
        const score = scoreArticle(keys, keys);
        expect(score.precision).toBe(1);
        expect(score.recall).toBe(1);
        expect(score.pairDateMatched).toBe(keys.length);
        for (const f of SCORED_FIELDS) expect(summarise([score]).fields[f]).toBe(1);
      }),
    );
  });

  it("does not depend on the order of keys or suggestions", () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryClaim, { maxLength: 7 }),
        fc.array(arbitraryClaim, { maxLength: 7 }),
        fc.nat(),
        (keys, suggestions, seed) => {
          const a = scoreArticle(keys, suggestions);
          const b = scoreArticle(shuffled(keys, seed), shuffled(suggestions, seed + 7));
          expect(b.matched).toBe(a.matched);
          expect(b.pairDateMatched).toBe(a.pairDateMatched);
          const agreement = (s: typeof a) => SCORED_FIELDS.reduce((n, f) => n + s.fieldTotals[f], 0);
          expect(agreement(b)).toBeCloseTo(agreement(a), 9);
        },
      ),
    );
  });

  it("never matches more than either side has, nor more than the pair-and-date diagnostic", () => {
    fc.assert(
      fc.property(fc.array(arbitraryClaim, { maxLength: 7 }), fc.array(arbitraryClaim, { maxLength: 7 }), (keys, suggestions) => {
        const s = scoreArticle(keys, suggestions);
        expect(s.matched).toBeLessThanOrEqual(Math.min(keys.length, suggestions.length));
        expect(s.matched).toBeLessThanOrEqual(s.pairDateMatched);
        expect(new Set(s.matches.map(([k]) => k)).size).toBe(s.matched);
        expect(new Set(s.matches.map(([, g]) => g)).size).toBe(s.matched);
      }),
    );
  });
});

describe("what matches", () => {
  it.each([
    ["the same day", { occurredOn: "2025-06-03", precision: "day" }, "2025-06-03", true],
    ["a day one off an exact key", { occurredOn: "2025-06-03", precision: "day" }, "2025-06-04", false],
    ["a finer suggestion cut to the key's month", { occurredOn: "2025-06", precision: "month" }, "2025-06-17", true],
    ["a finer suggestion cut to the key's year", { occurredOn: "2023", precision: "year" }, "2023-11-02", true],
    ["a coarser suggestion (month for a day key)", { occurredOn: "2025-06-03", precision: "day" }, "2025-06", false],
    ["a coarser suggestion (year for a circa month key)", { occurredOn: "2019-08", precision: "circa" }, "2019", false],
    ["circa month, one month before", { occurredOn: "2019-08", precision: "circa" }, "2019-07", true],
    ["circa month, one month after, as a day", { occurredOn: "2019-08", precision: "circa" }, "2019-09-30", true],
    ["circa month, two months off", { occurredOn: "2019-08", precision: "circa" }, "2019-10", false],
    ["circa month across a year end", { occurredOn: "2025-01", precision: "circa" }, "2024-12", true],
    ["exact month, one month off", { occurredOn: "2019-08", precision: "month" }, "2019-09", false],
    ["circa year, one year off", { occurredOn: "2018", precision: "circa" }, "2017", true],
    ["circa year, two years off", { occurredOn: "2018", precision: "circa" }, "2020", false],
    ["circa day (a weekend) across a month end", { occurredOn: "2025-03-01", precision: "circa" }, "2025-02-28", true],
    ["circa day, two days off", { occurredOn: "2025-08-09", precision: "circa" }, "2025-08-11", false],
    ["a malformed suggestion", { occurredOn: "2025-06", precision: "month" }, "June 2025", false],
  ] as const)("%s", (_, key, suggested, expected) => {
    expect(datesMatch(key, { occurredOn: suggested })).toBe(expected);
  });

  it("compares pairs unordered, case-folded and whitespace-collapsed", () => {
    const score = scoreArticle([claim()], [claim({ pair: ["JASPER  QUILL", " sienna marlowe"] })]);
    expect(score.matched).toBe(1);
  });

  it("needs the same kind, but the diagnostic does not", () => {
    const score = scoreArticle([claim()], [claim({ kind: "appearance" })]);
    expect(score.matched).toBe(0);
    expect(score.pairDateMatched).toBe(1);
  });

  it("needs the same pair even for the diagnostic", () => {
    const score = scoreArticle([claim()], [claim({ pair: ["Sienna Marlowe", "Jasper Quinn"] })]);
    expect(score.pairDateMatched).toBe(0);
  });

  it("finds the largest one-to-one matching where a greedy pass would not", () => {
    // The first key (circa June) could take either suggestion; greedily taking July leaves the
    // exact-July key without a partner.
    const keys = [claim({ occurredOn: "2025-06", precision: "circa" }), claim({ occurredOn: "2025-07", precision: "month" })];
    const suggestions = [claim({ occurredOn: "2025-07-02" }), claim({ occurredOn: "2025-06-20" })];
    const score = scoreArticle(keys, suggestions);
    expect(score.matched).toBe(2);
    expect(score.matches).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it("matches a duplicate suggestion only once", () => {
    const score = scoreArticle([claim()], [claim(), claim()]);
    expect(score).toMatchObject({ matched: 1, precision: 0.5, recall: 1 });
  });

  it("prefers, among largest matchings, the one whose fields agree", () => {
    const keys = [claim({ speaker: "Nadia Ferro", kind: "statement" }), claim({ speaker: null, kind: "statement" })];
    const suggestions = [claim({ speaker: null, kind: "statement" }), claim({ speaker: "nadia ferro", kind: "statement" })];
    expect(scoreArticle(keys, suggestions).fieldTotals.speaker).toBe(2);
  });
});

describe("field scores over matched claims", () => {
  it.each([
    ["Osteria Lume, West Hollywood", "West Hollywood", true],
    ["Osteria Lume, West Hollywood", "osteria lume", true],
    ["London", "The Ivy, London", true],
    ["Osteria Lume, West Hollywood", "Los Angeles", false],
    [null, null, true],
    [null, "London", false],
    ["London", null, false],
  ] as const)("place %j against %j is %s", (key, suggested, expected) => {
    expect(placeCorrect(key, suggested)).toBe(expected);
  });

  it.each([
    ["She's not wrong. I'm extremely annoying", "“She’s not wrong. I’m extremely   annoying.”", true],
    ["Rafe is my favourite person to annoy. Make of that what you will", "rafe is my favourite person to annoy", true],
    ["unbelievable", "really amazing", false],
    [null, null, true],
    [null, "No comment", false],
    ["No comment", "", false],
  ] as const)("quote %j against %j is %s", (key, suggested, expected) => {
    expect(quoteCorrect(key, suggested)).toBe(expected);
  });

  it("scores mentions by set F1, two empty sets being perfect", () => {
    expect(mentionsF1([], [])).toBe(1);
    expect(mentionsF1(["Maisie Carrow"], [])).toBe(0);
    expect(mentionsF1(["Maisie Carrow", "Hugo Lindell"], ["maisie  carrow"])).toBeCloseTo(2 / 3, 9);
    expect(mentionsF1(["Maisie Carrow"], ["Maisie Carrow", "Maisie Carrow"])).toBe(1);
  });

  it("scores stance, speaker and outlet exactly, null equal to null, names case-folded", () => {
    const key = claim({ kind: "statement", speaker: "Nadia Ferro", outlet: "Pulse Weekly", stance: "neutral" });
    const right = scoreArticle([key], [claim({ kind: "statement", speaker: "NADIA FERRO", outlet: "pulse weekly", stance: "neutral" })]);
    expect(right.fieldTotals).toMatchObject({ speaker: 1, outlet: 1, stance: 1 });
    const wrong = scoreArticle([key], [claim({ kind: "statement", speaker: null, outlet: "Celebrity Wire", stance: "supports" })]);
    expect(wrong.fieldTotals).toMatchObject({ speaker: 0, outlet: 0, stance: 0 });
  });
});

describe("summaries", () => {
  it("micro-averages over claims, not articles", () => {
    const good = scoreArticle([claim()], [claim()]);
    const poor = scoreArticle(
      [claim(), claim({ occurredOn: "2025-09-17" })],
      [claim({ kind: "report" }), claim({ kind: "report" }), claim({ kind: "report" })],
    );
    const summary = summarise([good, poor]);
    expect(summary).toMatchObject({ articles: 2, keyed: 3, suggested: 4, matched: 1, precision: 0.25 });
    expect(summary.recall).toBeCloseTo(1 / 3, 9);
    // The report suggestions meet the first key on pair and date; the second key is a day later.
    expect(summary.pairDateRecall).toBeCloseTo(2 / 3, 9);
  });

  it("reports no precision when nothing was suggested and no field accuracy when nothing matched", () => {
    const summary = summarise([scoreArticle([claim()], [])]);
    expect(summary.precision).toBeNull();
    expect(summary.recall).toBe(0);
    expect(summary.fields.stance).toBeNull();
  });
});

describe("the matching itself", () => {
  it("maximises the total weight and leaves zero-weight cells unpaired", () => {
    expect(
      maximumWeightMatching(
        [
          [3, 2],
          [2, 0],
        ],
        2,
      ),
    ).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(
      maximumWeightMatching(
        [
          [0, 0],
          [0, 5],
        ],
        2,
      ),
    ).toEqual([[1, 1]]);
    expect(maximumWeightMatching([], 3)).toEqual([]);
    expect(maximumWeightMatching([[1], [1], [1]], 1)).toHaveLength(1);
  });
});
