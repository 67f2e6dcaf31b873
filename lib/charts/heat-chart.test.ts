import { describe, expect, it } from "vitest";
import { heatOn } from "@/lib/heat";
import { dailyHeat, HEAT_MAX_MARKERS, heatChartData, heatSummary } from "./heat-chart";
import { dayFromEpoch, epochDay } from "./range";
import { claim } from "./testing/claims";

const story = [
  claim("2025-02", { headline: "Dined out in London", confidence: "likely", precision: "circa" }),
  claim("2025-02", { headline: "Walked through London", confidence: "likely", precision: "circa" }),
  claim("2025-05-17", { kind: "appearance", headline: "At the party together", confidence: "likely" }),
  claim("2025-06-01", { kind: "denial", stance: "contradicts", confidence: "confirmed", headline: "Rep: just friends" }),
  claim("2025-06-20", { kind: "statement", stance: "neutral", confidence: "confirmed" }),
  claim("2025-07-04", { kind: "confirmation", stance: "supports", confidence: "confirmed", headline: "They confirm it" }),
  claim("2025-03-01", { status: "draft", confidence: "confirmed" }),
  claim("2025-03-02", { status: "retracted", confidence: "confirmed" }),
  claim("2024", { kind: "report", stance: "contradicts", confidence: "plausible" }),
];

describe("dailyHeat", () => {
  it("agrees with heatOn on every day, computed in one pass", () => {
    const start = epochDay("2023-12-01");
    const end = epochDay("2026-03-01");
    const series = dailyHeat(story, start, end);
    expect(series).toHaveLength(end - start + 1);
    for (const p of series) expect(Math.abs(p.heat - heatOn(story, p.date))).toBeLessThan(1e-9);
  });

  it("counts evidence from before the window", () => {
    const [first] = dailyHeat(story, epochDay("2025-03-01"), epochDay("2025-03-01"));
    expect(first.heat).toBeCloseTo(heatOn(story, "2025-03-01"), 9);
    expect(first.heat).toBeGreaterThan(0);
  });

  it("ignores drafts and retracted claims", () => {
    const onlyUnpublished = [claim("2025-01-01", { status: "draft" }), claim("2025-01-01", { status: "retracted" })];
    expect(dailyHeat(onlyUnpublished, epochDay("2025-01-01"), epochDay("2025-01-10")).every((p) => p.heat === 0)).toBe(true);
  });
});

describe("heatChartData", () => {
  const data = heatChartData(story, {}, "2025-12-31");

  it("finds the peak and the claim that lifted heat to it", () => {
    expect(data.peak?.date).toBe("2025-02-01");
    expect(data.peak?.heat).toBe(Math.round(heatOn(story, "2025-02-01")));
    expect(data.peak?.after?.headline).toBe("Walked through London");
  });

  it("marks confirmations and denials on the line, at that day's heat", () => {
    expect(data.markers.map((m) => [m.kind, m.headline])).toEqual([
      ["denial", "Rep: just friends"],
      ["confirmation", "They confirm it"],
    ]);
    const denial = data.markers[0];
    expect(denial.heat).toBeCloseTo(heatOn(story, dayFromEpoch(denial.day)), 0);
  });

  it("keeps every jump exactly while thinning the drawn points", () => {
    const long = heatChartData(story, { from: "2020-01-01" }, "2026-06-30");
    expect(long.points.length).toBeLessThan(320);
    for (const day of ["2025-05-17", "2025-05-16", "2025-07-04"]) {
      const p = long.points.find((x) => x.date === day);
      expect(p, day).toBeDefined();
      expect(p!.heat).toBeCloseTo(heatOn(story, day), 1);
    }
  });

  it("starts a month before the first claim that moves heat and ends today by default", () => {
    expect(dayFromEpoch(data.startDay)).toBe("2023-12-02");
    expect(dayFromEpoch(data.endDay)).toBe("2025-12-31");
    expect(data.endIsToday).toBe(true);
  });

  it("honours a date range and summarises months", () => {
    const june = heatChartData(story, { from: "2025-06", to: "2025-06" }, "2025-12-31");
    expect(dayFromEpoch(june.startDay)).toBe("2025-06-01");
    expect(dayFromEpoch(june.endDay)).toBe("2025-06-30");
    expect(june.months).toHaveLength(1);
    expect(june.months[0]).toMatchObject({ month: "2025-06", label: "June 2025", claims: 2 });
    expect(june.endIsToday).toBe(false);
  });

  it("says it in one sentence", () => {
    expect(heatSummary(data)).toBe(
      `Heat peaked at ${data.peak!.heat} in February 2025 after “Walked through London”, and stands at ${data.current.heat} today; 1 denial and 1 confirmation are marked on the line.`,
    );
    expect(heatSummary(heatChartData([], {}, "2025-01-01"))).toBe("No published claims in this period, so heat stayed at 0.");
    expect(heatSummary(heatChartData([claim("2025-01-01", { stance: "neutral" })], {}, "2025-02-01"))).toBe(
      "Heat stayed at 0: none of the 1 published claim in this period points to a romance.",
    );
  });
});

describe("a pair with evidence nearly every day", () => {
  it("draws a bounded number of points and keeps the peak", () => {
    const dense = Array.from({ length: 3000 }, (_, i) => {
      const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      return claim(day, {
        id: i + 1,
        stance: i % 3 === 0 ? "contradicts" : "supports",
        confidence: i % 7 === 0 ? "confirmed" : "plausible",
      });
    });
    const data = heatChartData(dense, {}, "2028-06-30");
    expect(data.points.length).toBeLessThanOrEqual(250);
    expect(data.points.some((p) => Math.round(p.heat) === data.peak!.heat)).toBe(true);
    expect(data.points[0].day).toBe(data.startDay);
    expect(data.points.at(-1)!.day).toBe(data.endDay);
  });
});

describe("a pair with many confirmations and denials", () => {
  it("marks only the latest HEAT_MAX_MARKERS and says how many there are", () => {
    const many = Array.from({ length: HEAT_MAX_MARKERS + 25 }, (_, i) => {
      const day = new Date(Date.UTC(2024, 0, 1) + i * 3 * 86_400_000).toISOString().slice(0, 10);
      return claim(day, {
        id: i + 1,
        kind: i % 2 ? "denial" : "confirmation",
        stance: i % 2 ? "contradicts" : "supports",
        confidence: "confirmed",
      });
    });
    const data = heatChartData(many, {}, "2025-01-31");
    expect(data.markerCount).toBe(HEAT_MAX_MARKERS + 25);
    expect(data.markers).toHaveLength(HEAT_MAX_MARKERS);
    expect(data.markers[0].id).toBe(26);
    expect(heatSummary(data)).toContain(`the latest ${HEAT_MAX_MARKERS} of ${HEAT_MAX_MARKERS + 25} confirmations and denials`);
  });
});
