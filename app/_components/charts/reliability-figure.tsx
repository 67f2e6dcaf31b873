import { reliabilityDescription, reliabilitySummary, type ReliabilityChartData } from "@/lib/charts/reliability-chart";
import { RELIABILITY_SVG_HEIGHT, reliabilityTableHtml } from "@/lib/charts/svg/reliability-svg";
import { CHARTS_CSS } from "./charts-css";
import { ChartPicture } from "./chart-picture";
import "./charts.css";

/**
 * A reliability diagram drawn on the server: the SVG as an image of `src`
 * (ADR 21), a summary sentence and the data table — complete without
 * JavaScript.
 */
export function ReliabilityFigure({
  data,
  title,
  id,
  src,
  headingLevel = 3,
}: {
  data: ReliabilityChartData;
  title: string;
  id: string;
  /** The diagram's image path (without the theme query). */
  src: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="charts chart-card chart-reliability" aria-labelledby={`${id}-heading`}>
      <style href="rumor-ledger-charts" precedence="default">
        {CHARTS_CSS}
      </style>
      <Heading id={`${id}-heading`}>{title}</Heading>
      <p className="chart-summary">{reliabilitySummary(data)}</p>
      <div className="rl-fig">
        <ChartPicture src={src} height={RELIABILITY_SVG_HEIGHT} alt={`${title}. ${reliabilityDescription(data)}`} />
      </div>
      <details className="chart-data">
        <summary>Data table</summary>
        <div
          className="table-wrap"
          tabIndex={0}
          role="region"
          aria-label={`Data: ${title}`}
          dangerouslySetInnerHTML={{ __html: reliabilityTableHtml(data, title) }}
        />
      </details>
    </article>
  );
}
