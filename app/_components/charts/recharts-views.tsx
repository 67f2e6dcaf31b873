"use client";

import {
  Area,
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  ReferenceArea,
  ReferenceDot,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from "recharts";
import { STANCES, type ClaimKind } from "@/db/enums";
import type { AnyChartData } from "@/lib/charts/chart-data";
import type { ActivityChartData } from "@/lib/charts/activity-chart";
import type { ConfidenceChartData } from "@/lib/charts/confidence-chart";
import type { HeatChartData } from "@/lib/charts/heat-chart";
import type { TimelineChartData, TimelineItem } from "@/lib/charts/timeline-chart";
import { timeTicks } from "@/lib/charts/svg/kit";
import { KIND_PATTERNS, kindShapePath, markerPath, STANCE_PATTERNS } from "@/lib/charts/svg/marks";
import { KIND_LABELS, STANCE_LABELS } from "@/lib/vocabulary";

const kindColor = (k: ClaimKind) => `var(--k-${k})`;
const AXIS = { fontSize: 11, fill: "var(--c-muted)" };
const GRID = "var(--c-grid)";
const dayLabel = (day: number) =>
  new Date(day * 86_400_000).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

function Tip({ lines }: { lines: string[] }) {
  return <div className="chart-tooltip">{lines.map((l, i) => (i === 0 ? <strong key={i}>{l}</strong> : <div key={i}>{l}</div>))}</div>;
}

/** Pattern fills matching the server SVG, so the second channel survives the swap. */
function Patterns({ id, keys }: { id: string; keys: readonly string[] }) {
  const overlay: Record<string, string> = {
    diag: "M-2,2L2,-2M0,8L8,0M6,10L10,6",
    anti: "M-2,6L2,10M0,0L8,8M6,-2L10,2",
    hlines: "M0,2H8M0,6H8",
    vlines: "M2,0V8M6,0V8",
    cross: "M0,0L8,8M8,0L0,8",
    grid: "M0,4H8M4,0V8",
  };
  return (
    <defs>
      {keys.map((k) => {
        const kind = (STANCES as readonly string[]).includes(k)
          ? STANCE_PATTERNS[k as (typeof STANCES)[number]]
          : KIND_PATTERNS[k as ClaimKind];
        return (
          <pattern key={k} id={`${id}-${k}`} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" fill={(STANCES as readonly string[]).includes(k) ? `var(--s-${k})` : kindColor(k as ClaimKind)} />
            {kind === "dots" ? (
              <>
                <circle cx="2" cy="2" r="1.3" fill="var(--c-bg)" />
                <circle cx="6" cy="6" r="1.3" fill="var(--c-bg)" />
              </>
            ) : overlay[kind] ? (
              <path d={overlay[kind]} stroke="var(--c-bg)" strokeOpacity={0.55} strokeWidth={1.6} fill="none" />
            ) : null}
          </pattern>
        );
      })}
    </defs>
  );
}

function HeatView({ data, height }: { data: HeatChartData; height: number }) {
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

function ActivityView({ data, height }: { data: ActivityChartData; height: number }) {
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

function ConfidenceView({ data, height }: { data: ConfidenceChartData; height: number }) {
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

function TimelineView({ data, height }: { data: TimelineChartData; height: number }) {
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

/** The interactive chart of a view: tooltips on hover, arrow keys through the data (recharts' accessibility layer). */
export default function RechartsView({ data, height }: { data: AnyChartData; height: number }) {
  switch (data.view) {
    case "heat":
      return <HeatView data={data} height={height} />;
    case "activity":
      return <ActivityView data={data} height={height} />;
    case "confidence":
      return <ConfidenceView data={data} height={height} />;
    case "timeline":
      return <TimelineView data={data} height={height} />;
  }
}
