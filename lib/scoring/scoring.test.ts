import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CLAIM_STATUSES, CONFIDENCE_LEVELS, SETTLEMENT_OUTCOMES } from "@/db/enums";
import { brierScore, wilsonInterval } from "./brier";
import { calibration, calibrationByYear } from "./calibration";
import { firstPublication, settledForecasts, type RevisionSnapshot, type ScoringClaim } from "./first-publication";
import { suggestedGrade } from "./grade";

const level = fc.constantFrom(...CONFIDENCE_LEVELS);
const outcome = fc.constantFrom(...SETTLEMENT_OUTCOMES);
const forecast = fc.record({ probability: fc.double({ min: 0, max: 1, noNaN: true }), outcome: fc.constantFrom(0 as const, 1 as const) });

/** A claim published once (revision 1), optionally edited later (revisions 2…, any status and confidence). */
const claimArb = (id: number) =>
  fc
    .record({
      status: fc.constantFrom(...CLAIM_STATUSES),
      outcome: fc.option(outcome, { nil: null }),
      first: level,
      later: fc.array(fc.record({ status: fc.constantFrom("published", "retracted"), confidence: level }), { maxLength: 3 }),
    })
    .map(({ status, outcome, first, later }): ScoringClaim => ({
      id,
      status,
      outcome,
      revisions: [
        { id: 1, status: status === "draft" ? "draft" : "published", confidence: first, createdAt: "2025-03-01T00:00:00Z" },
        ...later.map((l, i) => ({
          id: 2 + i,
          status: status === "draft" ? "draft" : l.status,
          confidence: l.confidence,
          createdAt: "2025-06-01T00:00:00Z",
        })),
      ],
    }));
const claimsArb = fc.integer({ min: 0, max: 25 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => claimArb(i + 1))));

describe("brierScore", () => {
  it("is 0 for a perfect record", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(0 as const, 1 as const), { minLength: 1 }),
        (outcomes) => brierScore(outcomes.map((o) => ({ probability: o, outcome: o }))) === 0,
      ),
    );
  });

  it("is bounded in [0, 1], and 1 only for a record that was sure and always wrong", () => {
    fc.assert(
      fc.property(fc.array(forecast, { minLength: 1 }), (list) => {
        const b = brierScore(list)!;
        return b >= 0 && b <= 1;
      }),
    );
    expect(
      brierScore([
        { probability: 1, outcome: 0 },
        { probability: 0, outcome: 1 },
      ]),
    ).toBe(1);
  });

  it("does not depend on the order of the forecasts", () => {
    fc.assert(
      fc.property(
        fc
          .array(forecast, { minLength: 1 })
          .chain((l) => fc.tuple(fc.constant(l), fc.shuffledSubarray(l, { minLength: l.length, maxLength: l.length }))),
        ([a, b]) => brierScore(a) === brierScore(b),
      ),
    );
  });

  it("is null with nothing to score, and a known value for a known record", () => {
    expect(brierScore([])).toBeNull();
    // Likely (0.82) came true, plausible (0.57) did not: ((0.18)² + (0.57)²) / 2 = 0.17865.
    expect(
      brierScore([
        { probability: 0.82, outcome: 1 },
        { probability: 0.57, outcome: 0 },
      ]),
    ).toBeCloseTo(0.17865, 10);
  });
});

describe("wilsonInterval", () => {
  it("contains the observed share and stays inside [0, 1]", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
        ([k, n]) => {
          const { low, high } = wilsonInterval(k, n)!;
          return low >= 0 && high <= 1 && low <= k / n + 1e-12 && high >= k / n - 1e-12;
        },
      ),
    );
  });

  it("matches the textbook value and narrows with more trials", () => {
    const half = wilsonInterval(5, 10)!;
    expect(half.low).toBeCloseTo(0.2366, 4);
    expect(half.high).toBeCloseTo(0.7634, 4);
    const more = wilsonInterval(500, 1000)!;
    expect(more.high - more.low).toBeLessThan(half.high - half.low);
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});

describe("calibration of settled claims", () => {
  it("is bounded, and its counts add up", () => {
    fc.assert(
      fc.property(claimsArb, (claims) => {
        const c = calibration(settledForecasts(claims));
        if (c.brier !== null && (c.brier < 0 || c.brier > 1)) return false;
        return c.bins.reduce((n, b) => n + b.settled, 0) === c.settled && c.bins.every((b) => b.borneOut <= b.settled);
      }),
    );
  });

  it("does not depend on the order of the claims", () => {
    fc.assert(
      fc.property(
        claimsArb.chain((l) => fc.tuple(fc.constant(l), fc.shuffledSubarray(l, { minLength: l.length, maxLength: l.length }))),
        ([a, b]) => {
          expect(calibration(settledForecasts(b))).toEqual(calibration(settledForecasts(a)));
        },
      ),
    );
  });

  it("is unaffected by drafts and open claims", () => {
    fc.assert(
      fc.property(claimsArb, claimsArb, (claims, noise) => {
        const extra = noise.map((c, i): ScoringClaim => ({
          ...c,
          id: 1000 + i,
          ...(i % 2 ? { status: "draft" as const } : { outcome: null }),
        }));
        expect(calibration(settledForecasts([...claims, ...extra]))).toEqual(calibration(settledForecasts(claims)));
      }),
    );
  });

  it("is unaffected by revisions made after first publication", () => {
    fc.assert(
      fc.property(
        claimsArb,
        fc.array(fc.record({ confidence: level, status: fc.constantFrom("published", "retracted") }), { minLength: 1, maxLength: 4 }),
        (claims, edits) => {
          const edited = claims.map((c) => ({
            ...c,
            revisions: [
              ...c.revisions,
              ...edits.map((e, i): RevisionSnapshot => ({ id: 100 + i, ...e, createdAt: "2026-01-01T00:00:00Z" })),
            ],
          }));
          expect(calibration(settledForecasts(edited))).toEqual(calibration(settledForecasts(claims)));
        },
      ),
    );
  });

  it("scores a perfect record at the scale's own limit: confirmed claims that came true, debunked ones that did not", () => {
    const perfect = Array.from({ length: 10 }, (_, i): ScoringClaim => ({
      id: i,
      status: "published",
      outcome: i % 2 ? "borne-out" : "shown-false",
      revisions: [{ id: 1, status: "published", confidence: i % 2 ? "confirmed" : "debunked", createdAt: "2025-01-01T00:00:00Z" }],
    }));
    const c = calibration(settledForecasts(perfect));
    // Midpoints 0.97 and 0.02: (0.03² + 0.02²) / 2.
    expect(c.brier).toBeCloseTo(0.00065, 10);
    expect(c.bins.find((b) => b.level === "confirmed")).toMatchObject({ settled: 5, borneOut: 5, share: 1, withinRange: true });
    expect(c.bins.find((b) => b.level === "debunked")).toMatchObject({ settled: 5, borneOut: 0, share: 0, withinRange: true });
  });

  it("reads the confidence at first publication, not the draft before it nor the regrade after it", () => {
    const revisions: RevisionSnapshot[] = [
      { id: 3, status: "published", confidence: "confirmed", createdAt: "2025-09-01T00:00:00Z" },
      { id: 1, status: "draft", confidence: "speculative", createdAt: "2025-01-01T00:00:00Z" },
      { id: 2, status: "published", confidence: "plausible", createdAt: "2025-02-01T00:00:00Z" },
    ];
    expect(firstPublication(revisions)).toEqual({ confidence: "plausible", at: "2025-02-01T00:00:00Z" });
    expect(firstPublication([{ id: 1, status: "draft", confidence: "likely", createdAt: "2025-01-01T00:00:00Z" }])).toBeNull();
  });

  it("groups by the year of first publication", () => {
    const claim = (id: number, at: string): ScoringClaim => ({
      id,
      status: "published",
      outcome: "borne-out",
      revisions: [{ id: 1, status: "published", confidence: "likely", createdAt: at }],
    });
    const years = calibrationByYear(
      settledForecasts([claim(1, "2026-02-01T00:00:00Z"), claim(2, "2025-05-01T00:00:00Z"), claim(3, "2026-07-01T00:00:00Z")]),
    );
    expect(years.map((y) => [y.year, y.calibration.settled])).toEqual([
      [2025, 1],
      [2026, 2],
    ]);
  });
});

describe("suggestedGrade", () => {
  const record = (borneOut: number, settled: number) => ({ settled, interval: wilsonInterval(borneOut, settled) });
  it("suggests nothing with too few settled claims", () => {
    expect(suggestedGrade(record(4, 4))).toEqual({ grade: null, reason: "too-few-settled", settled: 4, needed: 5 });
  });
  it("asks for more evidence before the top grades", () => {
    expect(suggestedGrade(record(5, 5)).grade).toBe("C");
    expect(suggestedGrade(record(10, 10)).grade).toBe("B");
    expect(suggestedGrade(record(40, 40)).grade).toBe("A");
    expect(suggestedGrade(record(1, 10)).grade).toBe("E");
    expect(suggestedGrade(record(6, 10)).grade).toBe("D");
  });
  it("never suggests a better grade for a worse record", () => {
    const order = ["A", "B", "C", "D", "E"];
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 200 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.constant(n))),
        ([k, n]) => {
          return order.indexOf(suggestedGrade(record(k, n)).grade!) >= order.indexOf(suggestedGrade(record(k + 1, n)).grade!);
        },
      ),
    );
  });
});
