import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  CONFIDENCE_LEVELS,
  CONFIDENCE_SCALE,
  confidenceForProbability,
  confidenceGrade,
  confidenceRangeLabel,
  type ConfidenceLevel,
} from "./confidence";

/** The published confidence scale: level, range and chart midpoint. */
const PUBLISHED: ReadonlyArray<[ConfidenceLevel, string, number, number, number]> = [
  ["confirmed", "Confirmed", 95, 100, 0.97],
  ["likely", "Likely", 70, 95, 0.82],
  ["plausible", "Plausible", 45, 70, 0.57],
  ["speculative", "Speculative", 20, 45, 0.32],
  ["doubtful", "Doubtful", 5, 20, 0.12],
  ["debunked", "Debunked", 0, 5, 0.02],
];

const rank = (level: ConfidenceLevel) => CONFIDENCE_LEVELS.indexOf(level);

describe("the published confidence scale", () => {
  it("has exactly the six published levels, strongest first", () => {
    expect(CONFIDENCE_SCALE.map((g) => g.level)).toEqual(PUBLISHED.map(([level]) => level));
    expect([...CONFIDENCE_LEVELS]).toEqual(PUBLISHED.map(([level]) => level));
  });

  it.each(PUBLISHED)("%s is labelled %s with range %i–%i%% and midpoint %f", (level, label, min, max, midpoint) => {
    const grade = confidenceGrade(level);
    expect(grade.level).toBe(level);
    expect(grade.label).toBe(label);
    expect(grade.min).toBe(min);
    expect(grade.max).toBe(max);
    expect(grade.midpoint).toBe(midpoint);
    expect(grade.evidence.trim().length).toBeGreaterThan(0);
  });

  it("ranges tile 0–100% without gaps or overlaps", () => {
    const ascending = [...CONFIDENCE_SCALE].reverse();
    expect(ascending[0].min).toBe(0);
    expect(ascending[ascending.length - 1].max).toBe(100);
    for (let i = 1; i < ascending.length; i++) {
      expect(ascending[i].min).toBe(ascending[i - 1].max);
    }
  });

  it("each midpoint lies inside its own range and midpoints strictly fall down the scale", () => {
    for (const g of CONFIDENCE_SCALE) {
      expect(g.midpoint * 100).toBeGreaterThanOrEqual(g.min);
      expect(g.midpoint * 100).toBeLessThanOrEqual(g.max);
    }
    for (let i = 1; i < CONFIDENCE_SCALE.length; i++) {
      expect(CONFIDENCE_SCALE[i].midpoint).toBeLessThan(CONFIDENCE_SCALE[i - 1].midpoint);
    }
  });

  it("labels are unique", () => {
    expect(new Set(CONFIDENCE_SCALE.map((g) => g.label)).size).toBe(CONFIDENCE_SCALE.length);
  });

  it("rejects an unknown level", () => {
    expect(() => confidenceGrade("certain" as ConfidenceLevel)).toThrow(/Unknown confidence level/);
  });
});

describe("confidenceRangeLabel", () => {
  it.each([
    ["confirmed", "Confirmed (95–100%)"],
    ["likely", "Likely (70–95%)"],
    ["plausible", "Plausible (45–70%)"],
    ["speculative", "Speculative (20–45%)"],
    ["doubtful", "Doubtful (5–20%)"],
    ["debunked", "Debunked (0–5%)"],
  ] as const)("%s → %s", (level, text) => {
    expect(confidenceRangeLabel(level)).toBe(text);
  });
});

describe("confidenceForProbability", () => {
  it.each([
    [1, "confirmed"],
    [0.99, "confirmed"],
    [0.95, "confirmed"],
    [0.9499, "likely"],
    [0.8, "likely"],
    [0.7, "likely"],
    [0.6999, "plausible"],
    [0.5, "plausible"],
    [0.45, "plausible"],
    [0.4499, "speculative"],
    [0.3, "speculative"],
    [0.2, "speculative"],
    [0.1999, "doubtful"],
    [0.1, "doubtful"],
    [0.05, "doubtful"],
    [0.0499, "debunked"],
    [0.01, "debunked"],
    [0, "debunked"],
  ] as const)("%f → %s (boundaries go to the stronger level)", (p, level) => {
    expect(confidenceForProbability(p)).toBe(level);
  });

  it("maps every level's midpoint back to that level", () => {
    for (const g of CONFIDENCE_SCALE) expect(confidenceForProbability(g.midpoint)).toBe(g.level);
  });

  it.each([-0.01, 1.01, -Infinity, Infinity, NaN, 42])("rejects %f", (p) => {
    expect(() => confidenceForProbability(p)).toThrow(RangeError);
  });

  it("always returns a level whose range contains the probability", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (p) => {
        const g = confidenceGrade(confidenceForProbability(p));
        expect(p * 100).toBeGreaterThanOrEqual(g.min);
        expect(p * 100).toBeLessThanOrEqual(g.max);
      }),
    );
  });

  it("is monotone: a higher probability never gets a weaker level", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(rank(confidenceForProbability(hi))).toBeLessThanOrEqual(rank(confidenceForProbability(lo)));
      }),
    );
  });
});
