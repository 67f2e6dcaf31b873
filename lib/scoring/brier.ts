/**
 * Proper scoring of probability forecasts against what happened. Pure: no I/O,
 * no dates, no database — the property tests drive these directly.
 */

/** One forecast: the probability given that the claim is true (0–1), and whether it was (1) or not (0). */
export interface Forecast {
  probability: number;
  outcome: 0 | 1;
}

/**
 * The Brier score: the mean squared distance between each forecast and its
 * outcome. 0 is a perfect record, 1 the worst possible; null for no forecasts
 * (there is nothing to score, which is not the same as scoring 0).
 */
export function brierScore(forecasts: readonly Forecast[]): number | null {
  if (forecasts.length === 0) return null;
  let sum = 0;
  for (const f of forecasts) {
    if (!(f.probability >= 0 && f.probability <= 1)) throw new RangeError(`A forecast must be between 0 and 1, got ${f.probability}`);
    sum += (f.probability - f.outcome) ** 2;
  }
  // Summing in the order given can differ in the last bit between orders; round so the score is order-invariant.
  return Math.round((sum / forecasts.length) * 1e12) / 1e12;
}

/** z for a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

/**
 * The Wilson score interval for a share of successes: unlike the naive ± it
 * stays inside [0, 1] and behaves for small counts and for 0 or n successes.
 * Null when there are no trials.
 */
export function wilsonInterval(successes: number, trials: number, z: number = Z_95): { low: number; high: number } | null {
  if (trials <= 0) return null;
  if (successes < 0 || successes > trials) throw new RangeError(`successes must be between 0 and ${trials}, got ${successes}`);
  const p = successes / trials;
  const z2 = z * z;
  const centre = p + z2 / (2 * trials);
  const margin = z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  const denominator = 1 + z2 / trials;
  return { low: Math.max(0, (centre - margin) / denominator), high: Math.min(1, (centre + margin) / denominator) };
}
