import { describe, expect, it } from "vitest";
import { confidenceChartData, confidenceSummary } from "./confidence-chart";
import { claim } from "./testing/claims";

describe("confidenceChartData", () => {
  const data = confidenceChartData([
    claim("2025-01-01", { confidence: "likely" }),
    claim("2025-01-02", { confidence: "likely" }),
    claim("2025-01-03", { confidence: "speculative" }),
    claim("2025-01-04", { confidence: "confirmed", stance: "contradicts" }),
    claim("2025-01-05", { confidence: "confirmed", stance: "neutral" }),
    claim("2025-01-06", { confidence: "debunked", status: "retracted" }),
    claim("2025-01-07", { confidence: "likely", status: "draft" }),
  ]);

  it("counts published claims per level of the whole scale, by stance", () => {
    expect(data.rows.map((r) => r.level)).toEqual(["confirmed", "likely", "plausible", "speculative", "doubtful", "debunked"]);
    expect(data.rows[0].counts).toEqual({ supports: 0, neutral: 1, contradicts: 1 });
    expect(data.rows[1]).toMatchObject({ total: 2, range: "70–95%", midpoint: 0.82 });
    expect(data.rows[5].total).toBe(0);
    expect(data.totals).toEqual({ supports: 3, neutral: 1, contradicts: 1 });
    expect(data.maxTotal).toBe(2);
  });

  it("says it in one sentence", () => {
    expect(confidenceSummary(data)).toBe(
      "Of 5 published claims, 3 support the rumor (2 likely and 1 speculative), 1 contradicts it (1 confirmed) and 1 is neutral.",
    );
    expect(confidenceSummary(confidenceChartData([claim("2025-01-01", { stance: "neutral" })]))).toBe(
      "Of 1 published claim, none supports the rumor, none contradicts it and 1 is neutral.",
    );
  });
});
