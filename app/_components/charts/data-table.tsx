"use client";

import { useState } from "react";
import type { ChartView } from "@/lib/charts/types";
import { loadPageCharts } from "./lazy-layer";

/**
 * A chart's data table, fetched when the reader opens it: the four tables are
 * several hundred elements a reader rarely opens, so the page does not carry
 * them. Without JavaScript the link opens the chart's embed, which has the
 * same table.
 */
export function DataTable({ slug, view, label, embedHref }: { slug: string; view: ChartView; label: string; embedHref: string }) {
  const [html, setHtml] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  function load(open: boolean) {
    if (!open || html !== null) return;
    setFailed(false);
    loadPageCharts(slug).then(
      (charts) => setHtml(charts.get(view)?.tableHtml ?? ""),
      () => setFailed(true),
    );
  }
  return (
    <details className="chart-data" onToggle={(e) => load(e.currentTarget.open)}>
      <summary>Data table</summary>
      {html !== null ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />
      ) : (
        <p className="muted table-note" role={failed ? "alert" : undefined}>
          {failed ? "The table could not be loaded. " : null}
          <a href={embedHref}>Open this chart with its data table</a>
        </p>
      )}
    </details>
  );
}
