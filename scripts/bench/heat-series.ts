/**
 * Heat series for one big pair: the lib function the pair page and embeds use
 * (heatChartData: daily series, thinning, markers, peak) against a plain
 * single-pass loop over the same rows computing the same daily values.
 */
import { heatChartData } from "../../lib/charts/heat-chart";
import type { ChartClaim } from "../../lib/charts/types";
import { CONFIDENCE_SCALE } from "../../lib/confidence";
import { dateInterval } from "../../lib/dates";
import { HEAT_HALF_LIFE_DAYS } from "../../lib/heat";
import { synthLedger } from "../../lib/synth";

const DAY_MS = 86_400_000;

function bestOf(runs: number, fn: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

export function benchHeatSeries(size: number) {
  const ledger = synthLedger({ claims: size, pairs: 1, seed: 3 });
  const claims: ChartClaim[] = [...ledger.claims].map((c, i) => {
    const { start, end } = dateInterval(c.occurredOn);
    return {
      id: i + 1,
      kind: c.kind,
      headline: c.headline,
      occurredOn: c.occurredOn,
      precision: c.precision,
      occurredStart: start,
      occurredEnd: end,
      stance: c.stance,
      confidence: c.confidence,
      status: "published" as const,
    };
  });
  claims.sort((a, b) => a.occurredStart.localeCompare(b.occurredStart) || a.id - b.id);
  const today = "2026-11-25";
  const midpoint = new Map(CONFIDENCE_SCALE.map((g) => [g.level, g.midpoint]));

  // The baseline: one loop, no objects beyond two arrays, the same formula.
  const plain = () => {
    const days = new Float64Array(claims.length);
    const weights = new Float64Array(claims.length);
    for (let i = 0; i < claims.length; i++) {
      const c = claims[i];
      days[i] = Math.floor(Date.parse(c.occurredStart) / DAY_MS);
      weights[i] = (c.stance === "supports" ? 1 : c.stance === "contradicts" ? -1 : 0) * midpoint.get(c.confidence)!;
    }
    const first = days[0] - 30;
    const last = Math.floor(Date.parse(today) / DAY_MS);
    const decay = Math.pow(0.5, 1 / HEAT_HALF_LIFE_DAYS);
    const out = new Float64Array(last - first + 1);
    let net = 0;
    let j = 0;
    for (let d = first; d <= last; d++) {
      net *= decay;
      while (j < days.length && days[j] === d) net += weights[j++];
      out[d - first] = net > 0 ? 100 * (1 - Math.exp(-net)) : 0;
    }
    return out;
  };
  const lib = () => heatChartData(claims, {}, today);

  // Same answer first: the lib's peak equals the plain loop's maximum.
  const series = plain();
  const peak = lib().peak?.heat ?? 0;
  if (Math.abs(Math.max(...series) - peak) > 0.05) throw new Error(`heat series disagree: ${Math.max(...series)} vs ${peak}`);

  for (let i = 0; i < 3; i++) {
    plain();
    lib();
  }
  const ours = bestOf(7, lib);
  const baseline = bestOf(7, plain);
  return {
    figure: `heat series for a ${size.toLocaleString("en")}-claim pair (ms, best of 7)`,
    ours: `${ours.toFixed(1)} ms`,
    baseline: `${baseline.toFixed(1)} ms`,
    ratio: (baseline / ours).toFixed(2),
    target: "≥ 0.5",
    ok: baseline / ours >= 0.5,
  };
}
