import { describe, expect, it } from "vitest";
import { epochDay } from "./range";
import { claim } from "./testing/claims";
import { TIMELINE_MAX_ITEMS, timelineChartData, timelineSummary } from "./timeline-chart";

describe("timelineChartData", () => {
  const claims = [
    claim("2025-02", { precision: "circa", id: 101 }),
    claim("2025-02", { precision: "circa", id: 102, headline: "Second sighting" }),
    claim("2025-05-17", { kind: "appearance", id: 103, confidence: "plausible" }),
    claim("2023", { kind: "statement", id: 104, stance: "neutral", confidence: "confirmed" }),
    claim("2025-06-05", { kind: "speculation", id: 105, headline: "Talk of romance", confidence: "speculative" }),
    claim("2025-01-01", { status: "draft", id: 106 }),
  ];
  const data = timelineChartData(claims);

  it("puts each published claim in its kind's lane, with a link", () => {
    expect(data.lanes.map((l) => l.kind)).toEqual(["sighting", "appearance", "statement", "speculation"]);
    expect(data.items.map((i) => i.id).sort()).toEqual([101, 102, 103, 104, 105]);
    expect(data.items.find((i) => i.id === 103)).toMatchObject({
      lane: 1,
      href: "/claims/103",
      confidenceLabel: "Plausible",
      midpoint: 0.57,
    });
  });

  it("spans the whole interval an imprecise date can mean", () => {
    const year = data.items.find((i) => i.id === 104)!;
    expect([year.startDay, year.endDay]).toEqual([epochDay("2023-01-01"), epochDay("2023-12-31")]);
    expect(year.dateLabel).toBe("2023");
    expect(data.items.find((i) => i.id === 101)!.dateLabel).toBe("c. February 2025");
  });

  it("never puts two marks on top of each other", () => {
    const sightings = data.items.filter((i) => i.kind === "sighting");
    expect(new Set(sightings.map((i) => i.row)).size).toBe(2);
    expect(data.lanes[0].rows).toBe(2);
  });

  it("says it in one sentence", () => {
    expect(timelineSummary(data)).toBe(
      "5 published claims from 2023 to 5 June 2025, most often sightings (2); the latest is “Talk of romance”.",
    );
    expect(timelineSummary(timelineChartData([claim("2025-06-05", { headline: "Only one" })]))).toBe(
      "1 published claim on 5 June 2025: “Only one”.",
    );
    expect(timelineSummary(timelineChartData([]))).toBe("No published claims in this period.");
  });
});

describe("a pair with more claims than a timeline can show", () => {
  it("draws the latest TIMELINE_MAX_ITEMS and says so in the summary", () => {
    const many = Array.from({ length: TIMELINE_MAX_ITEMS + 50 }, (_, i) =>
      claim(`20${String(10 + Math.floor(i / 12)).padStart(2, "0")}-${String((i % 12) + 1).padStart(2, "0")}`, {
        id: i + 1,
        precision: "month",
      }),
    );
    const data = timelineChartData(many);
    expect(data.claimCount).toBe(TIMELINE_MAX_ITEMS + 50);
    expect(data.items).toHaveLength(TIMELINE_MAX_ITEMS);
    expect(Math.min(...data.items.map((i) => i.id))).toBe(51);
    expect(timelineSummary(data)).toMatch(
      new RegExp(`^The latest ${TIMELINE_MAX_ITEMS} of ${TIMELINE_MAX_ITEMS + 50} published claims .*narrow the dates`),
    );
  });
});
