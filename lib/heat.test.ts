import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { HEAT_HALF_LIFE_DAYS, displayHeat, heatFromNet, heatLabel, heatOn, netEvidence, type HeatEvidence } from "./heat";
import { confidenceGrade } from "./confidence";
import { dateInterval } from "./dates";
import { CLAIM_STATUSES, CONFIDENCE_LEVELS, STANCES, type ConfidenceLevel } from "@/db/enums";

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2000, 0, 1);
const LAST_DAY_INDEX = (Date.UTC(2030, 11, 31) - FIRST_DAY) / DAY_MS;

const isoOfIndex = (n: number) => new Date(FIRST_DAY + n * DAY_MS).toISOString().slice(0, 10);
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const maxIso = (dates: string[]) => dates.reduce((a, b) => (a > b ? a : b));

/** A calendar day between 2000-01-01 and 2030-12-31 as YYYY-MM-DD. */
const isoDay = fc.integer({ min: 0, max: LAST_DAY_INDEX }).map(isoOfIndex);

const claim = fc.record<HeatEvidence>({
  status: fc.constantFrom(...CLAIM_STATUSES),
  stance: fc.constantFrom(...STANCES),
  confidence: fc.constantFrom(...CONFIDENCE_LEVELS),
  occurredStart: isoDay,
});
const claims = fc.array(claim, { maxLength: 25 });
const publishedClaim = (stance: HeatEvidence["stance"]) =>
  fc.record<HeatEvidence>({
    status: fc.constant("published"),
    stance: fc.constant(stance),
    confidence: fc.constantFrom(...CONFIDENCE_LEVELS),
    occurredStart: isoDay,
  });

/** Inserts an item anywhere in a list: heat must not depend on where. */
const insertAt = <T>(list: T[], item: T, index: number): T[] => {
  const i = index % (list.length + 1);
  return [...list.slice(0, i), item, ...list.slice(i)];
};

/** Levels ranked weakest (0) to strongest. */
const strength = (level: ConfidenceLevel) => CONFIDENCE_LEVELS.length - 1 - CONFIDENCE_LEVELS.indexOf(level);

const c = (
  stance: HeatEvidence["stance"],
  confidence: ConfidenceLevel,
  occurredStart: string,
  status: HeatEvidence["status"] = "published",
): HeatEvidence => ({ status, stance, confidence, occurredStart });

describe("heat, worked examples", () => {
  it("is 0 with no evidence", () => {
    expect(heatOn([], "2025-06-05")).toBe(0);
    expect(netEvidence([], "2025-06-05")).toBe(0);
  });

  it("one confirmed supporting claim on its day: net 0.97", () => {
    const evidence = [c("supports", "confirmed", "2025-06-05")];
    expect(netEvidence(evidence, "2025-06-05")).toBe(0.97);
    expect(heatOn(evidence, "2025-06-05")).toBeCloseTo(100 * (1 - Math.exp(-0.97)), 10);
    expect(displayHeat(heatOn(evidence, "2025-06-05"))).toBe(62);
  });

  it("halves the evidence after 30 days and quarters it after 60", () => {
    expect(HEAT_HALF_LIFE_DAYS).toBe(30);
    const evidence = [c("supports", "likely", "2025-06-01")];
    expect(netEvidence(evidence, "2025-07-01")).toBeCloseTo(0.41, 12);
    expect(netEvidence(evidence, "2025-07-31")).toBeCloseTo(0.205, 12);
    expect(netEvidence(evidence, "2025-06-16")).toBeCloseTo(0.82 / Math.SQRT2, 12);
  });

  it("weighs each supporting claim by its confidence midpoint", () => {
    for (const level of CONFIDENCE_LEVELS) {
      expect(netEvidence([c("supports", level, "2025-06-01")], "2025-06-01")).toBe(confidenceGrade(level).midpoint);
      expect(netEvidence([c("contradicts", level, "2025-06-01")], "2025-06-01")).toBe(-confidenceGrade(level).midpoint);
    }
  });

  it("a contradiction as strong as the support cancels it", () => {
    const evidence = [c("supports", "likely", "2025-06-01"), c("contradicts", "likely", "2025-06-01")];
    expect(heatOn(evidence, "2025-06-01")).toBe(0);
    expect(heatOn(evidence, "2025-09-01")).toBe(0);
  });

  it("net contradicting evidence is 0 heat, not negative", () => {
    const evidence = [c("supports", "speculative", "2025-06-01"), c("contradicts", "confirmed", "2025-06-01")];
    expect(netEvidence(evidence, "2025-06-01")).toBeCloseTo(0.32 - 0.97, 12);
    expect(heatOn(evidence, "2025-06-01")).toBe(0);
  });

  it("a claim counts from its first day, not before", () => {
    const evidence = [c("supports", "confirmed", "2025-06-05")];
    expect(heatOn(evidence, "2025-06-04")).toBe(0);
    expect(heatOn(evidence, "2025-06-05")).toBeGreaterThan(0);
  });

  it("a month-precision claim counts from the first of its month", () => {
    const { start } = dateInterval("2025-05");
    const evidence = [c("supports", "likely", start)];
    expect(heatOn(evidence, "2025-04-30")).toBe(0);
    expect(netEvidence(evidence, "2025-05-01")).toBe(0.82);
  });

  it("drafts, retractions and neutral claims count for nothing", () => {
    const evidence = [
      c("supports", "confirmed", "2025-06-01", "draft"),
      c("supports", "confirmed", "2025-06-01", "retracted"),
      c("neutral", "confirmed", "2025-06-01"),
    ];
    expect(heatOn(evidence, "2025-06-10")).toBe(0);
  });

  it("accepts any iterable", () => {
    const set = new Set([c("supports", "confirmed", "2025-06-05")]);
    expect(heatOn(set, "2025-06-05")).toBe(heatOn([...set], "2025-06-05"));
  });
});

describe("heatFromNet", () => {
  it("is 0 for no or net-contradicting evidence", () => {
    expect(heatFromNet(0)).toBe(0);
    expect(heatFromNet(-0.5)).toBe(0);
    expect(heatFromNet(-100)).toBe(0);
  });

  it("closes ~63% of the gap to 100 per unit of support", () => {
    expect(heatFromNet(1)).toBeCloseTo(100 * (1 - 1 / Math.E), 12);
    expect(heatFromNet(2)).toBeCloseTo(100 * (1 - Math.exp(-2)), 12);
  });

  it("is bounded and monotone", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(heatFromNet(lo)).toBeGreaterThanOrEqual(0);
        expect(heatFromNet(hi)).toBeLessThanOrEqual(100);
        expect(heatFromNet(lo)).toBeLessThanOrEqual(heatFromNet(hi));
      }),
    );
  });
});

describe("heat properties", () => {
  it("is bounded: always a finite number in [0, 100]", () => {
    fc.assert(
      fc.property(claims, isoDay, (evidence, on) => {
        const heat = heatOn(evidence, on);
        expect(Number.isFinite(heat)).toBe(true);
        expect(heat).toBeGreaterThanOrEqual(0);
        expect(heat).toBeLessThanOrEqual(100);
      }),
    );
  });

  it("stays bounded under a pile of confirmed support on one day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), isoDay, (n, on) => {
        const heat = heatOn(
          Array.from({ length: n }, () => c("supports", "confirmed", on)),
          on,
        );
        expect(heat).toBeGreaterThan(0);
        expect(heat).toBeLessThanOrEqual(100);
      }),
    );
  });

  it("does not depend on the order of the claims", () => {
    fc.assert(
      fc.property(claims, isoDay, fc.infiniteStream(fc.nat()), (evidence, on, keys) => {
        const tagged = evidence.map((e) => ({ e, k: keys.next().value as number }));
        const shuffled = tagged.sort((x, y) => x.k - y.k).map((t) => t.e);
        expect(heatOn(shuffled, on)).toBeCloseTo(heatOn(evidence, on), 9);
      }),
    );
  });

  it("is monotone: adding a published supporting claim never lowers heat", () => {
    fc.assert(
      fc.property(claims, publishedClaim("supports"), fc.nat(), isoDay, (evidence, extra, at, on) => {
        expect(heatOn(insertAt(evidence, extra, at), on)).toBeGreaterThanOrEqual(heatOn(evidence, on));
      }),
      { numRuns: 500 },
    );
  });

  it("is monotone: a supporting claim that has happened raises heat unless it is already saturated", () => {
    fc.assert(
      fc.property(claims, publishedClaim("supports"), fc.integer({ min: 0, max: 365 }), (evidence, extra, age) => {
        // Within a year its weight is still well above floating-point noise.
        const on = addDays(extra.occurredStart, age);
        fc.pre(netEvidence(evidence, on) >= 0);
        const before = heatOn(evidence, on);
        fc.pre(before < 99);
        expect(heatOn([...evidence, extra], on)).toBeGreaterThan(before);
      }),
    );
  });

  it("is monotone: adding a published contradicting claim never raises heat", () => {
    fc.assert(
      fc.property(claims, publishedClaim("contradicts"), fc.nat(), isoDay, (evidence, extra, at, on) => {
        expect(heatOn(insertAt(evidence, extra, at), on)).toBeLessThanOrEqual(heatOn(evidence, on));
      }),
      { numRuns: 500 },
    );
  });

  it("is monotone: raising a supporting claim's confidence never lowers heat", () => {
    fc.assert(
      fc.property(
        claims,
        publishedClaim("supports"),
        fc.constantFrom(...CONFIDENCE_LEVELS),
        fc.nat(),
        isoDay,
        (evidence, base, other, at, on) => {
          const [weaker, stronger] = strength(base.confidence) <= strength(other) ? [base.confidence, other] : [other, base.confidence];
          const i = at % (evidence.length + 1);
          const withWeaker = insertAt(evidence, { ...base, confidence: weaker }, i);
          const withStronger = insertAt(evidence, { ...base, confidence: stronger }, i);
          expect(heatOn(withStronger, on)).toBeGreaterThanOrEqual(heatOn(withWeaker, on));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("is monotone: raising a contradicting claim's confidence never raises heat", () => {
    fc.assert(
      fc.property(
        claims,
        publishedClaim("contradicts"),
        fc.constantFrom(...CONFIDENCE_LEVELS),
        fc.nat(),
        isoDay,
        (evidence, base, other, at, on) => {
          const [weaker, stronger] = strength(base.confidence) <= strength(other) ? [base.confidence, other] : [other, base.confidence];
          const i = at % (evidence.length + 1);
          const withWeaker = insertAt(evidence, { ...base, confidence: weaker }, i);
          const withStronger = insertAt(evidence, { ...base, confidence: stronger }, i);
          expect(heatOn(withStronger, on)).toBeLessThanOrEqual(heatOn(withWeaker, on));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("decays: with no new claims, net evidence halves every 30 days", () => {
    fc.assert(
      fc.property(
        fc.array(claim, { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 6 }),
        (evidence, wait, halvings) => {
          const start = addDays(maxIso(evidence.map((e) => e.occurredStart)), wait);
          const later = addDays(start, halvings * HEAT_HALF_LIFE_DAYS);
          const now = netEvidence(evidence, start);
          expect(netEvidence(evidence, addDays(start, HEAT_HALF_LIFE_DAYS))).toBeCloseTo(now / 2, 12);
          expect(netEvidence(evidence, later)).toBeCloseTo(now / 2 ** halvings, 12);
        },
      ),
    );
  });

  /**
   * When supporting and contradicting claims cancel exactly, the computed net
   * evidence is floating-point noise (±1e-16) whose sign can flip from one day
   * to the next, so heat can "rise" from 0 to ~1e-14. That is far below what
   * anyone sees (heat is shown rounded), so the property allows 1e-9 of noise.
   */
  const NOISE = 1e-9;

  it("decays: with no new claims, heat never rises over time", () => {
    fc.assert(
      fc.property(claims, isoDay, fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 }), (evidence, from, wait, more) => {
        const last = maxIso([from, ...evidence.map((e) => e.occurredStart)]);
        const t1 = addDays(last, wait);
        const t2 = addDays(t1, more);
        expect(heatOn(evidence, t2)).toBeLessThanOrEqual(heatOn(evidence, t1) + NOISE);
      }),
      { numRuns: 500 },
    );
  });

  it("decays: exactly cancelling evidence stays cold day after day (noise only)", () => {
    // Found by fast-check. On 1 April: +0.82 − 0.01 + 0.07125 − 0.12125 + 0.01 − 0.485 − 0.285 = 0 exactly,
    // but the floating-point sum is −5.6e-17 one day and +1.1e-16 the next.
    const evidence = [
      c("supports", "likely", "2025-04-01"),
      c("contradicts", "debunked", "2025-03-02"),
      c("supports", "plausible", "2025-01-01"),
      c("contradicts", "confirmed", "2025-01-01"),
      c("supports", "debunked", "2025-03-02"),
      c("contradicts", "confirmed", "2025-03-02"),
      c("contradicts", "plausible", "2025-03-02"),
    ];
    let previous = heatOn(evidence, "2025-04-01");
    for (let d = 1; d <= 400; d++) {
      const heat = heatOn(evidence, addDays("2025-04-01", d));
      expect(Math.abs(netEvidence(evidence, addDays("2025-04-01", d)))).toBeLessThan(1e-12);
      expect(heat).toBeLessThanOrEqual(previous + NOISE);
      expect(displayHeat(heat)).toBe(0);
      previous = heat;
    }
  });

  it("decays towards 0 and eventually reads Cold", () => {
    fc.assert(
      fc.property(claims, (evidence) => {
        const last = maxIso(["2000-01-01", ...evidence.map((e) => e.occurredStart)]);
        const muchLater = addDays(last, 20 * 365);
        expect(heatOn(evidence, muchLater)).toBeLessThan(1e-6);
        expect(heatLabel(heatOn(evidence, muchLater))).toBe("Cold");
      }),
    );
  });

  it("decays: a supported story with nothing new is strictly cooler 30 days on", () => {
    fc.assert(
      fc.property(claims, publishedClaim("supports"), fc.integer({ min: 0, max: 400 }), (evidence, extra, wait) => {
        const all = [...evidence, extra];
        const t1 = addDays(maxIso(all.map((e) => e.occurredStart)), wait);
        fc.pre(netEvidence(all, t1) > 1e-9);
        expect(heatOn(all, addDays(t1, HEAT_HALF_LIFE_DAYS))).toBeLessThan(heatOn(all, t1));
      }),
    );
  });

  it("drafts and retracted claims leave heat unchanged", () => {
    fc.assert(
      fc.property(
        claims,
        fc.array(
          fc.record<HeatEvidence>({
            status: fc.constantFrom("draft" as const, "retracted" as const),
            stance: fc.constantFrom(...STANCES),
            confidence: fc.constantFrom(...CONFIDENCE_LEVELS),
            occurredStart: isoDay,
          }),
          { minLength: 1, maxLength: 10 },
        ),
        fc.nat(),
        isoDay,
        (evidence, ignored, at, on) => {
          let mixed = evidence;
          ignored.forEach((e, k) => (mixed = insertAt(mixed, e, at + k * 7)));
          expect(heatOn(mixed, on)).toBe(heatOn(evidence, on));
          expect(netEvidence(mixed, on)).toBe(netEvidence(evidence, on));
        },
      ),
    );
  });

  it("retracting or unpublishing a claim is the same as removing it", () => {
    fc.assert(
      fc.property(
        fc.array(claim, { minLength: 1, maxLength: 25 }),
        fc.nat(),
        fc.constantFrom("draft" as const, "retracted" as const),
        isoDay,
        (evidence, at, status, on) => {
          const i = at % evidence.length;
          const demoted = evidence.map((e, k) => (k === i ? { ...e, status } : e));
          const removed = evidence.filter((_, k) => k !== i);
          expect(heatOn(demoted, on)).toBe(heatOn(removed, on));
        },
      ),
    );
  });

  it("neutral claims leave heat unchanged, whatever their confidence", () => {
    fc.assert(
      fc.property(
        claims,
        fc.array(publishedClaim("neutral"), { minLength: 1, maxLength: 10 }),
        fc.nat(),
        isoDay,
        (evidence, neutral, at, on) => {
          let mixed = evidence;
          neutral.forEach((e, k) => (mixed = insertAt(mixed, e, at + k * 5)));
          expect(heatOn(mixed, on)).toBe(heatOn(evidence, on));
        },
      ),
    );
  });

  it("future-dated claims don't count yet", () => {
    fc.assert(
      fc.property(
        claims,
        fc.array(claim, { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 0, max: LAST_DAY_INDEX - 1 }),
        fc.nat(),
        (evidence, future, dayIndex, at) => {
          const on = isoOfIndex(dayIndex);
          const upcoming = future.map((e, k) => ({ ...e, occurredStart: addDays(on, 1 + ((at + k * 13) % 400)) }));
          let mixed = evidence;
          upcoming.forEach((e, k) => (mixed = insertAt(mixed, e, at + k * 3)));
          expect(heatOn(mixed, on)).toBe(heatOn(evidence, on));
          expect(netEvidence(mixed, on)).toBe(netEvidence(evidence, on));
        },
      ),
    );
  });

  it("a future claim starts counting on its own day", () => {
    fc.assert(
      fc.property(publishedClaim("supports"), (extra) => {
        const dayBefore = addDays(extra.occurredStart, -1);
        expect(heatOn([extra], dayBefore)).toBe(0);
        expect(heatOn([extra], extra.occurredStart)).toBeCloseTo(heatFromNet(confidenceGrade(extra.confidence).midpoint), 12);
      }),
    );
  });
});

describe("displayHeat and heatLabel", () => {
  it("rounds for display", () => {
    expect(displayHeat(70.5)).toBe(71);
    expect(displayHeat(70.49)).toBe(70);
    expect(displayHeat(0)).toBe(0);
    expect(displayHeat(100)).toBe(100);
  });

  it.each([
    [100, "Scorching"],
    [75, "Scorching"],
    [74.99, "Hot"],
    [50, "Hot"],
    [49.99, "Warm"],
    [25, "Warm"],
    [24.99, "Cooling"],
    [5, "Cooling"],
    [4.99, "Cold"],
    [0, "Cold"],
  ])("%f reads %s", (heat, label) => {
    expect(heatLabel(heat)).toBe(label);
  });

  it("labels never get cooler as heat rises", () => {
    const order = ["Cold", "Cooling", "Warm", "Hot", "Scorching"];
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(order.indexOf(heatLabel(lo))).toBeLessThanOrEqual(order.indexOf(heatLabel(hi)));
      }),
    );
  });
});
