"use client";

// The lazy interactive layer (ADR 17): chart-island imports this module on demand, so recharts and
// every view below load in one chunk after the server SVG has painted.

import type { AnyChartData } from "@/lib/charts/chart-data";
import { ActivityView } from "./recharts/activity-view";
import { ConfidenceView } from "./recharts/confidence-view";
import { HeatView } from "./recharts/heat-view";
import { TimelineView } from "./recharts/timeline-view";

/** The interactive chart of a view: tooltips on hover, arrow keys through the data (recharts' accessibility layer). */
export default function RechartsView({ data, height }: { data: AnyChartData; height: number }) {
  switch (data.view) {
    case "heat":
      return <HeatView data={data} height={height} />;
    case "activity":
      return <ActivityView data={data} height={height} />;
    case "confidence":
      return <ConfidenceView data={data} height={height} />;
    case "timeline":
      return <TimelineView data={data} height={height} />;
  }
}
