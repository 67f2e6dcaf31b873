import { describe, expect, it } from "vitest";
import { activityChartData, activitySummary } from "./activity-chart";
import { claim } from "./testing/claims";

const claims = [
  claim("2025-02", { precision: "circa" }),
  claim("2025-02-14"),
  claim("2025-05", { kind: "appearance" }),
  claim("2025-06-05", { kind: "statement" }),
  claim("2025-06", { kind: "statement" }),
  claim("2025-06-20", { kind: "speculation" }),
  claim("2025", { kind: "professional" }),
  claim("2023", { kind: "statement", precision: "circa" }),
  claim("2025-03", { status: "draft" }),
  claim("2025-04", { status: "retracted" }),
];

describe("activityChartData", () => {
  const data = activityChartData(claims);

  it("bins month-dated claims by month, empty months included", () => {
    expect(data.binning).toBe("month");
    expect(data.bins.map((b) => [b.key, b.total])).toEqual([
      ["2025-02", 2],
      ["2025-03", 0],
      ["2025-04", 0],
      ["2025-05", 1],
      ["2025-06", 3],
    ]);
    expect(data.bins[0].approximate).toBe(1);
    expect(data.bins[4].counts).toMatchObject({ statement: 2, speculation: 1 });
  });

  it("never spreads a year-only claim over months: it goes to its own year", () => {
    expect(data.yearOnly.map((b) => [b.key, b.total])).toEqual([
      ["2023", 1],
      ["2025", 1],
    ]);
    expect(data.claimCount).toBe(8);
    expect(data.kinds).toEqual(["sighting", "appearance", "statement", "speculation", "professional"]);
    expect(data.maxTotal).toBe(3);
  });

  it("switches to years for a story longer than eight years", () => {
    const long = activityChartData([claim("2010-01-05"), claim("2024-03"), claim("2015")]);
    expect(long.binning).toBe("year");
    expect(long.bins).toHaveLength(15);
    expect(long.yearOnly).toHaveLength(0);
    expect(long.bins.find((b) => b.key === "2015")?.total).toBe(1);
  });

  it("honours a date range", () => {
    expect(activityChartData(claims, { from: "2025-06" }).claimCount).toBe(4);
  });

  it("says it in one sentence, honest about year-only dates", () => {
    expect(activitySummary(data)).toBe(
      "The busiest month was June 2025, with 3 published claims (2 on-record statements among them); 2 claims are dated only to a year and are shown apart.",
    );
    expect(activitySummary(activityChartData([claim("2025-06-01")]))).toBe(
      "The busiest month was June 2025, with 1 published claim (a sighting).",
    );
    expect(activitySummary(activityChartData([claim("2025")]))).toBe(
      "The only published claim is dated only to a year, so it is shown by year, not by month.",
    );
    expect(activitySummary(activityChartData([]))).toBe("No published claims in this period.");
  });
});
