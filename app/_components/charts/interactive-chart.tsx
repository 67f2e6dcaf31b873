"use client";

import { lazy, Suspense, useEffect, useState, type ReactNode } from "react";
import type { AnyChartData } from "@/lib/charts/chart-data";

// recharts (~116 KB gzip) loads only after the page is usable, in its own chunk.
const RechartsView = lazy(() => import("./recharts-views"));

/**
 * Shows the server-rendered chart (its children) until the browser has
 * loaded recharts, then the interactive version of the same data at the
 * same height, so nothing jumps.
 */
export function InteractiveChart({ data, height, label, children }: { data: AnyChartData; height: number; label: string; children: ReactNode }) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  if (!mounted) return <>{children}</>;
  return (
    <Suspense fallback={children}>
      <div className="chart-interactive" style={{ height }} role="figure" aria-label={label}>
        <RechartsView data={data} height={height} />
      </div>
    </Suspense>
  );
}
