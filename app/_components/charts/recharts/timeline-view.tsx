"use client";

import { CartesianGrid, ReferenceArea, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from "recharts";
import type { TimelineChartData, TimelineItem } from "@/lib/charts/timeline-chart";
import { timeTicks } from "@/lib/charts/svg/kit";
import { kindShapePath } from "@/lib/charts/svg/marks";
import { KIND_LABELS, STANCE_LABELS } from "@/lib/vocabulary";
import { AXIS, GRID, kindColor, Tip } from "./kit";

/** One lane per kind, one mark per claim; a click opens the claim. */
export function TimelineView({ data, height }: { data: TimelineChartData; height: number }) {
  // Lanes top to bottom, rows inside a lane: y counts down from the top.
  const laneStart: number[] = [];
  let y = 0;
  for (const lane of data.lanes) {
    laneStart.push(y);
    y += lane.rows + 0.8;
  }
  const points = data.items.map((i) => ({ ...i, x: i.midDay, y: -(laneStart[i.lane] + i.row + 0.5) }));
  const pad = Math.max(12, (data.endDay - data.startDay) * 0.04);
  const domain: [number, number] = [Math.floor(data.startDay - pad), Math.ceil(data.endDay + pad)];
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ScatterChart margin={{ top: 8, right: 12, bottom: 8, left: 0 }}>
        <CartesianGrid horizontal={false} stroke={GRID} />
        <XAxis
          dataKey="x"
          type="number"
          domain={domain}
          ticks={timeTicks(domain[0], domain[1], 5).map((t) => t.day)}
          tickFormatter={(d: number) => timeTicks(d, d + 1, 1)[0]?.label ?? ""}
          tick={AXIS}
          stroke="var(--c-axis)"
        />
        <YAxis
          dataKey="y"
          type="number"
          domain={[-y + 0.5, 0]}
          ticks={data.lanes.map((_, i) => -(laneStart[i] + 0.5))}
          tickFormatter={(v: number) => KIND_LABELS[data.lanes[laneStart.findIndex((s) => -(s + 0.5) === v)]?.kind] ?? ""}
          width={110}
          tick={{ ...AXIS, fill: "var(--c-text)" }}
          stroke="var(--c-axis)"
        />
        <ZAxis range={[60, 60]} />
        {points
          .filter((p) => p.endDay > p.startDay)
          .map((p) => (
            <ReferenceArea
              key={`band-${p.id}`}
              x1={p.startDay}
              x2={p.endDay + 1}
              y1={p.y - 0.13}
              y2={p.y + 0.13}
              ifOverflow="hidden"
              fill={kindColor(p.kind)}
              fillOpacity={0.22}
              stroke={kindColor(p.kind)}
              strokeOpacity={0.8}
              strokeDasharray={p.precision === "circa" ? "3 2" : undefined}
            />
          ))}
        <Tooltip
          cursor={false}
          content={({ active, payload }) => {
            if (!active || !payload?.length) return null;
            const item = payload[0].payload as TimelineItem;
            return (
              <Tip
                lines={[
                  item.headline,
                  `${item.dateLabel} · ${KIND_LABELS[item.kind]}`,
                  `Confidence: ${item.confidenceLabel} · ${STANCE_LABELS[item.stance]}`,
                  "Click to open the claim",
                ]}
              />
            );
          }}
        />
        {data.lanes.map((lane) => (
          <Scatter
            key={lane.kind}
            name={KIND_LABELS[lane.kind]}
            data={points.filter((p) => p.kind === lane.kind)}
            isAnimationActive={false}
            onClick={(p: { payload?: TimelineItem }) => {
              if (p?.payload?.href) window.location.assign(p.payload.href);
            }}
            shape={(p: { cx?: number; cy?: number; payload?: TimelineItem }) => (
              <path
                transform={`translate(${p.cx ?? 0} ${p.cy ?? 0})`}
                d={kindShapePath(lane.kind, 3.5 + 5 * (p.payload?.midpoint ?? 0.5))}
                fill={kindColor(lane.kind)}
                stroke="var(--c-marker)"
                strokeOpacity={0.6}
                strokeWidth={0.8}
                style={{ cursor: "pointer" }}
              />
            )}
          />
        ))}
      </ScatterChart>
    </ResponsiveContainer>
  );
}
