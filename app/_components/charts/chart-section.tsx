import { chartDescription, chartSummary, VIEW_TITLES, type AnyChartData } from "@/lib/charts/chart-data";
import { pageChartImagePath, pageChartTitle } from "@/lib/charts/page-chart-images";
import { chartSvgHeight } from "@/lib/charts/svg/render";
import type { ChartView } from "@/lib/charts/types";
import { embedHeight } from "@/lib/embeds/layout";
import { embedPath } from "@/lib/embeds/urls";
import "./charts.css";
import { CHARTS_CSS } from "./charts-css";
import { ChartIsland } from "./chart-island";
import { ChartLegend } from "./chart-legend";
import { ChartPicture } from "./chart-picture";
import { DataTable } from "./data-table";
import { EmbedIsland } from "./embed-island";

/**
 * The pair page's charts. Each view is the server-drawn SVG as an image
 * (usable before any JavaScript, and without it; its markup is not in the
 * page, ADR 21). The page carries no chart data: when a reader reaches or
 * touches a chart, the browser fetches recharts and the
 * same data object (charts.json) and swaps in the interactive version; data
 * tables and the embed control also load when first opened (ADR 17).
 */
export function ChartSection({
  pair,
  charts,
  baseUrl,
}: {
  pair: { slug: string; name: string };
  charts: { view: ChartView; data: AnyChartData }[];
  baseUrl: string;
}) {
  return (
    <section id="charts" aria-labelledby="charts-heading" className="charts">
      <style href="rumor-ledger-charts" precedence="default">
        {CHARTS_CSS}
      </style>
      <h2 id="charts-heading">How the story developed</h2>
      <div className="chart-grid">
        {charts.map(({ view, data }) => {
          const title = pageChartTitle(view, pair.name);
          const headingId = `chart-${view}-heading`;
          return (
            <article key={view} className={`chart-card chart-${view}`} aria-labelledby={headingId}>
              <h3 id={headingId}>{VIEW_TITLES[view]}</h3>
              <p className="chart-summary">{chartSummary(data)}</p>
              <div className="rl-fig">
                <ChartLegend data={data} />
                <ChartIsland slug={pair.slug} view={view} height={chartSvgHeight(data)} label={title}>
                  <div className="chart-static">
                    <ChartPicture
                      src={pageChartImagePath(pair.slug, view)}
                      height={chartSvgHeight(data)}
                      alt={`${title}. ${chartDescription(data)}`}
                    />
                  </div>
                </ChartIsland>
              </div>
              <DataTable slug={pair.slug} view={view} label={`Data: ${VIEW_TITLES[view]}`} embedHref={embedPath(pair.slug, view)} />
              <EmbedIsland
                view={view}
                slug={pair.slug}
                baseUrl={baseUrl}
                title={title}
                defaultHeight={embedHeight(data, 640)}
                embedHref={embedPath(pair.slug, view)}
              />
            </article>
          );
        })}
      </div>
    </section>
  );
}
