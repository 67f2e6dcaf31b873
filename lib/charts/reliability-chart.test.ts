import { describe, expect, it } from "vitest";
import { calibration } from "@/lib/scoring/calibration";
import type { SettledForecast } from "@/lib/scoring/first-publication";
import { reliabilityChartData, reliabilityDescription, reliabilitySummary } from "./reliability-chart";
import { reliabilitySvg, reliabilityTableHtml } from "./svg/reliability-svg";

const forecast = (claimId: number, confidence: SettledForecast["confidence"], outcome: SettledForecast["outcome"]): SettledForecast => ({
  claimId,
  confidence,
  outcome,
  publishedAt: "2026-01-01T00:00:00Z",
});

describe("the reliability diagram", () => {
  const data = reliabilityChartData(
    calibration([
      forecast(1, "likely", "borne-out"),
      forecast(2, "likely", "borne-out"),
      forecast(3, "likely", "shown-false"),
      forecast(4, "debunked", "shown-false"),
    ]),
  );

  it("says in one sentence which levels kept their promise", () => {
    expect(reliabilitySummary(data)).toBe(
      "Of 4 settled claims, 1 of 2 levels used came true within their promised range; likely came true less often than promised (67% against 70%–95%). Brier score 0.184 (0 is perfect).",
    );
    expect(reliabilitySummary(reliabilityChartData(calibration([])))).toMatch(/No settled claims yet/);
  });

  it("is an accessible SVG: role img, title and desc, a dot per level with claims, and a data table with every level", () => {
    const svg = reliabilitySvg(data, {
      mode: "fixed",
      width: 640,
      theme: "dark",
      idPrefix: "t",
      title: "Reliability",
      desc: reliabilityDescription(data),
    });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="t-t t-d"/);
    expect(svg).toContain('<title id="t-t">Reliability</title>');
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg).toContain("2/3");
    const table = reliabilityTableHtml(data, "Caption");
    expect(table.match(/<tr>/g)).toHaveLength(1 + 6 + 1);
    expect(table).toContain("<caption>Caption</caption>");
    expect(table).toContain("Brier 0.184");
  });
});
