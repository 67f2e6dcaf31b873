"use client";

import { Area, CartesianGrid, ComposedChart, ReferenceDot, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { HeatChartData } from "@/lib/charts/heat-chart";
import { timeTicks } from "@/lib/charts/svg/kit";
import { markerPath } from "@/lib/charts/svg/marks";
import { AXIS, dayLabel, GRID, Tip } from "./kit";

/** Heat over time: the area, its peak, and the denial/confirmation markers. */
export function HeatView({ data, height }: { data: HeatChartData; height: number }) {
  const peakDay = data.peak ? Math.round(Date.parse(`${data.peak.date}T00:00:00Z`) / 86_400_000) : null;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart data={data.points} margin={{ top: 26, right: 12, bottom: 8, left: 0 }}>
        <CartesianGrid vertical={false} stroke={GRID} />
        <XAxis
          dataKey="day"
          type="number"
          domain={[data.startDay, data.endDay]}
          ticks={timeTicks(data.startDay, data.endDay, 5).map((t) => t.day)}
          tickFormatter={(d: number) => timeTicks(d, d + 1, 1)[0]?.label ?? ""}
          tick={AXIS}
          stroke="var(--c-axis)"
          label={{ value: "Date", position: "insideBottomRight", offset: -4, ...AXIS }}
        />
        <YAxis
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          width={36}
          tick={AXIS}
          stroke="var(--c-axis)"
          label={{ value: "Heat (0–100)", position: "top", offset: 12, dx: 22, ...AXIS, fill: "var(--c-text)" }}
        />
        <Tooltip
          content={({ active, payload }) =>
            active && payload?.length ? (
              <Tip lines={[dayLabel(Number(payload[0].payload.day)), `Heat ${Math.round(Number(payload[0].payload.heat))}`]} />
            ) : null
          }
        />
        <Area
          type="linear"
          dataKey="heat"
          name="Heat"
          stroke="var(--c-heat)"
          strokeWidth={2.25}
          fill="var(--c-heat)"
          fillOpacity={0.14}
          isAnimationActive={false}
        />
        {data.peak && peakDay !== null ? (
          <ReferenceDot
            x={peakDay}
            y={data.peak.heat}
            r={3.5}
            fill="var(--c-heat)"
            stroke="var(--c-bg)"
            label={{ value: `Peak ${data.peak.heat}`, position: "top", fontSize: 11, fontWeight: 600, fill: "var(--c-text)" }}
          />
        ) : null}
        {data.markers.map((m) => (
          <ReferenceDot
            key={m.id}
            x={m.day}
            y={m.heat}
            ifOverflow="visible"
            shape={(p: { cx?: number; cy?: number }) => (
              <path
                transform={`translate(${p.cx ?? 0} ${(p.cy ?? 0) + (m.kind === "denial" ? -9 : 9)})`}
                d={markerPath(m.kind, 6)}
                fill="var(--c-marker)"
                stroke="var(--c-bg)"
              >
                <title>{`${m.kind === "denial" ? "Denial" : "Confirmation"}, ${m.dateLabel}: ${m.headline}`}</title>
              </path>
            )}
          />
        ))}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
