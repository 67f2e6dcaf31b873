"use client";

import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from "react";
import type { AnyChartData } from "@/lib/charts/chart-data";
import type { ChartView } from "@/lib/charts/types";
import { loadPageCharts, onReached } from "./lazy-layer";

// recharts (~130 KB gzip) is its own chunk, asked for only when a reader reaches or touches a chart.
const loadRecharts = () => import("./recharts-views");
const RechartsView = lazy(loadRecharts);

/**
 * Shows the server-rendered chart (its children) until the reader reaches or
 * touches it; then fetches recharts and the chart's data together and swaps
 * in the interactive version at the same height, so nothing jumps. If either
 * fails to load, the server chart simply stays.
 */
export function ChartIsland({
  slug,
  view,
  height,
  label,
  children,
}: {
  slug: string;
  view: ChartView;
  height: number;
  label: string;
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [data, setData] = useState<AnyChartData | null>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let live = true;
    const stop = onReached(el, () => {
      Promise.all([loadPageCharts(slug), loadRecharts()]).then(
        ([charts]) => {
          const chart = charts.get(view);
          if (live && chart) setData(chart.data);
        },
        () => undefined,
      );
    });
    return () => {
      live = false;
      stop();
    };
  }, [slug, view]);
  return (
    <div ref={box} className="chart-live">
      {data ? (
        <Suspense fallback={children}>
          <div className="chart-interactive" style={{ height }} role="figure" aria-label={label}>
            <RechartsView data={data} height={height} />
          </div>
        </Suspense>
      ) : (
        children
      )}
    </div>
  );
}
