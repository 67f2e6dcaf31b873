import type { AnyChartData } from "../chart-data";
import { ACTIVITY_SVG_HEIGHT, activitySvg } from "./activity-svg";
import { CONFIDENCE_SVG_HEIGHT, confidenceSvg } from "./confidence-svg";
import { HEAT_SVG_HEIGHT, heatSvg } from "./heat-svg";
import type { SvgOptions } from "./kit";
import { timelineSvg, timelineSvgHeight } from "./timeline-svg";

/** The server-rendered SVG of a view, complete without JavaScript. */
export function chartSvg(data: AnyChartData, options: SvgOptions): string {
  switch (data.view) {
    case "heat":
      return heatSvg(data, options);
    case "activity":
      return activitySvg(data, options);
    case "confidence":
      return confidenceSvg(data, options);
    case "timeline":
      return timelineSvg(data, options);
  }
}

/** The chart's pixel height (the same in both modes and at every width). */
export function chartSvgHeight(data: AnyChartData): number {
  switch (data.view) {
    case "heat":
      return HEAT_SVG_HEIGHT;
    case "activity":
      return ACTIVITY_SVG_HEIGHT;
    case "confidence":
      return CONFIDENCE_SVG_HEIGHT;
    case "timeline":
      return timelineSvgHeight(data);
  }
}
