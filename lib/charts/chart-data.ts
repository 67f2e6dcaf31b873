import { todayIso } from "@/lib/dates";
import { activityChartData, activitySummary, type ActivityChartData } from "./activity-chart";
import { confidenceChartData, confidenceSummary, type ConfidenceChartData } from "./confidence-chart";
import { heatChartData, heatSummary, type HeatChartData } from "./heat-chart";
import { timelineChartData, timelineSummary, type TimelineChartData } from "./timeline-chart";
import type { ChartClaim, ChartRange, ChartView } from "./types";

export type AnyChartData = HeatChartData | ActivityChartData | ConfidenceChartData | TimelineChartData;

/** The data of one view: the single source both renderings (server SVG, interactive chart) draw from. */
export function chartData(
  view: ChartView,
  claims: readonly ChartClaim[],
  range: ChartRange = {},
  today: string = todayIso(),
): AnyChartData {
  switch (view) {
    case "heat":
      return heatChartData(claims, range, today);
    case "activity":
      return activityChartData(claims, range);
    case "confidence":
      return confidenceChartData(claims, range);
    case "timeline":
      return timelineChartData(claims, range);
  }
}

/** The view's one-sentence summary, generated from its data. */
export function chartSummary(data: AnyChartData): string {
  switch (data.view) {
    case "heat":
      return heatSummary(data);
    case "activity":
      return activitySummary(data);
    case "confidence":
      return confidenceSummary(data);
    case "timeline":
      return timelineSummary(data);
  }
}

export const VIEW_TITLES: Record<ChartView, string> = {
  heat: "Heat over time",
  activity: "Claims per month",
  confidence: "How sure the evidence is",
  timeline: "Timeline of claims",
};

/** "Heat over time: Ana de Armas & Tom Cruise" */
export function chartTitle(view: ChartView, pairName: string): string {
  return `${VIEW_TITLES[view]}: ${pairName}`;
}

/** What the picture shows, for <desc>: the summary plus how to read the chart. */
export function chartDescription(data: AnyChartData): string {
  const how: Record<ChartView, string> = {
    heat: "Line chart of heat from 0 to 100 by day; triangles mark confirmations (pointing up) and denials (pointing down).",
    activity: "Stacked bar chart of published claims per month by kind; claims dated only to a year are shown apart.",
    confidence: "Horizontal bar chart of published claims at each confidence level, split by stance toward the rumor.",
    timeline: "Claims on a time axis, one lane per kind; the shape shows the kind and its size the confidence.",
  };
  return `${how[data.view]} ${chartSummary(data)} The data table below has every value.`;
}
