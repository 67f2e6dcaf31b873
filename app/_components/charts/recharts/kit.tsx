"use client";

// What the recharts views share: axis and grid styles, the tooltip body, and the pattern fills.

import { STANCES, type ClaimKind } from "@/db/enums";
import { KIND_PATTERNS, STANCE_PATTERNS } from "@/lib/charts/svg/marks";

export const kindColor = (k: ClaimKind) => `var(--k-${k})`;
export const AXIS = { fontSize: 11, fill: "var(--c-muted)" };
export const GRID = "var(--c-grid)";
export const dayLabel = (day: number) =>
  new Date(day * 86_400_000).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function Tip({ lines }: { lines: string[] }) {
  return <div className="chart-tooltip">{lines.map((l, i) => (i === 0 ? <strong key={i}>{l}</strong> : <div key={i}>{l}</div>))}</div>;
}

/** Pattern fills matching the server SVG, so the second channel survives the swap. */
export function Patterns({ id, keys }: { id: string; keys: readonly string[] }) {
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
