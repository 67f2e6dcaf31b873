import { reliabilityDescription, reliabilitySummary, type ReliabilityChartData } from "@/lib/charts/reliability-chart";
import { reliabilitySvg, reliabilityTableHtml } from "@/lib/charts/svg/reliability-svg";
import { CHARTS_CSS } from "./chart-section";
import "./charts.css";

/**
 * A reliability diagram rendered on the server: SVG with title and desc, a
 * summary sentence and the data table — complete without JavaScript.
 */
export function ReliabilityFigure({
  data,
  title,
  id,
  headingLevel = 3,
}: {
  data: ReliabilityChartData;
  title: string;
  id: string;
  headingLevel?: 2 | 3;
}) {
  const svg = reliabilitySvg(data, { mode: "fluid", width: 640, theme: "light", idPrefix: id, title, desc: reliabilityDescription(data) });
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="charts chart-card chart-reliability" aria-labelledby={`${id}-heading`}>
      <style href="rumor-ledger-charts" precedence="default">
        {CHARTS_CSS}
      </style>
      <Heading id={`${id}-heading`}>{title}</Heading>
      <p className="chart-summary">{reliabilitySummary(data)}</p>
      <div className="rl-fig" dangerouslySetInnerHTML={{ __html: svg }} />
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
