"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ActivityChartData } from "@/lib/charts/activity-chart";
import { KIND_LABELS } from "@/lib/vocabulary";
import { AXIS, GRID, Patterns, Tip } from "./kit";

/** Claims per month (or year), stacked by kind. */
export function ActivityView({ data, height }: { data: ActivityChartData; height: number }) {
  const rows = [
    ...data.bins.map((b) => ({
      label: data.binning === "month" ? b.shortLabel + (b.key.endsWith("-01") ? ` ${b.key.slice(0, 4)}` : "") : b.key,
      full: b.label,
      ...b.counts,
      total: b.total,
    })),
    ...data.yearOnly.map((b) => ({ label: `${b.key}*`, full: `${b.key} (month unknown)`, ...b.counts, total: b.total })),
  ];
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={rows} margin={{ top: 26, right: 12, bottom: 8, left: 0 }}>
        <Patterns id="ra" keys={data.kinds} />
        <CartesianGrid vertical={false} stroke={GRID} />
        <XAxis dataKey="label" tick={AXIS} stroke="var(--c-axis)" interval="preserveStartEnd" />
        <YAxis
          allowDecimals={false}
          width={36}
          tick={AXIS}
          stroke="var(--c-axis)"
          label={{ value: "Number of claims", position: "top", offset: 12, dx: 34, ...AXIS, fill: "var(--c-text)" }}
        />
        <Tooltip
          cursor={{ fill: "var(--c-grid)", fillOpacity: 0.5 }}
          content={({ active, payload }) => {
            if (!active || !payload?.length) return null;
            const row = payload[0].payload as Record<string, number | string>;
            return (
              <Tip
                lines={[
                  String(row.full),
                  `${row.total} claims`,
                  ...data.kinds.filter((k) => Number(row[k]) > 0).map((k) => `${KIND_LABELS[k]}: ${row[k]}`),
                ]}
              />
            );
          }}
        />
        {data.kinds.map((k) => (
          <Bar
            key={k}
            dataKey={k}
            name={KIND_LABELS[k]}
            stackId="a"
            fill={`url(#ra-${k})`}
            stroke="var(--c-bg)"
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
