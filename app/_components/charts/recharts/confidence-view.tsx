"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { STANCES } from "@/db/enums";
import type { ConfidenceChartData } from "@/lib/charts/confidence-chart";
import { STANCE_LABELS } from "@/lib/vocabulary";
import { AXIS, GRID, Patterns, Tip } from "./kit";

/** Claims per confidence level, stacked by stance. */
export function ConfidenceView({ data, height }: { data: ConfidenceChartData; height: number }) {
  const rows = data.rows.map((r) => ({ label: r.label, range: r.range, ...r.counts, total: r.total }));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <Patterns id="rc" keys={STANCES} />
        <CartesianGrid horizontal={false} stroke={GRID} />
        <XAxis
          type="number"
          allowDecimals={false}
          tick={AXIS}
          stroke="var(--c-axis)"
          label={{ value: "Number of claims", position: "insideBottomRight", offset: -4, ...AXIS }}
        />
        <YAxis type="category" dataKey="label" width={86} tick={{ ...AXIS, fill: "var(--c-text)" }} stroke="var(--c-axis)" />
        <Tooltip
          cursor={{ fill: "var(--c-grid)", fillOpacity: 0.5 }}
          content={({ active, payload }) => {
            if (!active || !payload?.length) return null;
            const row = payload[0].payload as Record<string, number | string>;
            return <Tip lines={[`${row.label} (${row.range})`, ...STANCES.map((s) => `${STANCE_LABELS[s]}: ${row[s]}`)]} />;
          }}
        />
        {STANCES.map((s) => (
          <Bar
            key={s}
            dataKey={s}
            name={STANCE_LABELS[s]}
            stackId="c"
            fill={`url(#rc-${s})`}
            stroke="var(--c-bg)"
            barSize={14}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
