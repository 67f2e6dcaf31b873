import { CLAIM_KINDS, type ClaimKind, type Stance } from "@/db/enums";
import { n1, type Frame } from "./kit";

/** The second channel of the timeline: each kind has its own shape, so colour never has to carry the meaning alone. */
export const KIND_SHAPES: Record<ClaimKind, string> = {
  sighting: "circle",
  appearance: "star",
  statement: "square",
  report: "triangle",
  speculation: "diamond",
  denial: "cross",
  confirmation: "check",
  professional: "hexagon",
};

function polygon(points: [number, number][]): string {
  return `M${points.map(([x, y]) => `${n1(x)},${n1(y)}`).join("L")}Z`;
}

/** Path data for a kind's shape of radius r, centred on (0,0). */
export function kindShapePath(kind: ClaimKind, r: number): string {
  switch (KIND_SHAPES[kind]) {
    case "circle":
      return `M${n1(-r)},0a${n1(r)},${n1(r)} 0 1,0 ${n1(2 * r)},0a${n1(r)},${n1(r)} 0 1,0 ${n1(-2 * r)},0Z`;
    case "square": {
      const s = r * 0.88;
      return polygon([
        [-s, -s],
        [s, -s],
        [s, s],
        [-s, s],
      ]);
    }
    case "triangle":
      return polygon([
        [0, -r * 1.15],
        [r * 1.05, r * 0.75],
        [-r * 1.05, r * 0.75],
      ]);
    case "diamond":
      return polygon([
        [0, -r * 1.2],
        [r * 1.05, 0],
        [0, r * 1.2],
        [-r * 1.05, 0],
      ]);
    case "star": {
      const pts: [number, number][] = [];
      for (let i = 0; i < 10; i++) {
        const rad = i % 2 === 0 ? r * 1.25 : r * 0.55;
        const a = (Math.PI / 5) * i - Math.PI / 2;
        pts.push([rad * Math.cos(a), rad * Math.sin(a)]);
      }
      return polygon(pts);
    }
    case "cross": {
      const w = r * 0.38;
      const l = r * 1.05;
      return polygon([
        [-l, -l + w],
        [-l + w, -l],
        [0, -w],
        [l - w, -l],
        [l, -l + w],
        [w, 0],
        [l, l - w],
        [l - w, l],
        [0, w],
        [-l + w, l],
        [-l, l - w],
        [-w, 0],
      ]);
    }
    case "check": {
      const k = r / 8;
      return polygon([
        [-8 * k, 0],
        [-5 * k, -3 * k],
        [-2.5 * k, -0.5 * k],
        [5 * k, -8 * k],
        [8 * k, -5 * k],
        [-2.5 * k, 5.5 * k],
      ]);
    }
    default: {
      const pts: [number, number][] = [];
      for (let i = 0; i < 6; i++) pts.push([r * 1.05 * Math.cos((Math.PI / 3) * i), r * 1.05 * Math.sin((Math.PI / 3) * i)]);
      return polygon(pts);
    }
  }
}

/** Heat-view marker shapes: ▲ for a confirmation, ▼ for a denial. */
export function markerPath(kind: "confirmation" | "denial", r: number): string {
  return kind === "confirmation"
    ? polygon([
        [0, -r],
        [r, r * 0.8],
        [-r, r * 0.8],
      ])
    : polygon([
        [-r, -r * 0.8],
        [r, -r * 0.8],
        [0, r],
      ]);
}

type PatternKind = "solid" | "diag" | "anti" | "dots" | "hlines" | "vlines" | "cross" | "grid";

/** Fill patterns: the second channel of stacked bars. */
export const KIND_PATTERNS: Record<ClaimKind, PatternKind> = {
  sighting: "solid",
  appearance: "diag",
  statement: "dots",
  report: "hlines",
  speculation: "anti",
  denial: "cross",
  confirmation: "grid",
  professional: "vlines",
};
export const STANCE_PATTERNS: Record<Stance, PatternKind> = { supports: "solid", neutral: "dots", contradicts: "diag" };

function overlay(kind: PatternKind, paint: string): string {
  const line = (d: string) => `<path d="${d}" stroke-width="1.6"${paint} fill="none"/>`;
  switch (kind) {
    case "diag":
      return line("M-2,2L2,-2M0,8L8,0M6,10L10,6");
    case "anti":
      return line("M-2,6L2,10M0,0L8,8M6,-2L10,2");
    case "hlines":
      return line("M0,2H8M0,6H8");
    case "vlines":
      return line("M2,0V8M6,0V8");
    case "cross":
      return line("M0,0L8,8M8,0L0,8");
    case "grid":
      return line("M0,4H8M4,0V8");
    case "dots":
      return `<circle cx="2" cy="2" r="1.3"${paint.replace("stroke", "fill")}/><circle cx="6" cy="6" r="1.3"${paint.replace("stroke", "fill")}/>`;
    default:
      return "";
  }
}

/** Pattern id for a kind or stance within one chart. */
export const patternId = (f: Frame, key: ClaimKind | Stance) => `${f.o.idPrefix}-p-${key}`;

/** <pattern> definitions: the role's colour as a base with a light overlay of lines or dots. */
export function patternDefs(f: Frame, keys: readonly (ClaimKind | Stance)[]): string {
  const out = keys.map((key) => {
    const kind = (CLAIM_KINDS as readonly string[]).includes(key) ? KIND_PATTERNS[key as ClaimKind] : STANCE_PATTERNS[key as Stance];
    const ov = overlay(kind, `${f.paint({ stroke: "bg" })} stroke-opacity="0.55"`.replace(/ class="s-bg"/, ` class="s-bg f-bg"`));
    return `<pattern id="${patternId(f, key)}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8"${f.paint({ fill: key })}/>${ov}</pattern>`;
  });
  return `<defs>${out.join("")}</defs>`;
}
