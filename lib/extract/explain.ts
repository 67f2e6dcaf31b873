import type { ArticleResult } from "./evaluate";
import { fieldScores, SCORED_FIELDS, type ScorableClaim } from "./score";

const describe = (c: ScorableClaim) => `${c.kind} ${c.occurredOn} (${c.precision}) ${c.pair.join(" & ")}`;
const show = (value: unknown) => (Array.isArray(value) ? `[${value.join(", ")}]` : JSON.stringify(value));

/**
 * For each tune or seed article: the keys nothing matched, the suggestions that matched
 * nothing, and the wrong fields of each match. Holdout articles are never explained, so that
 * running this while tuning cannot leak what the held-aside articles contain.
 */
export function explainMisses(results: readonly ArticleResult[]): string {
  const lines: string[] = [];
  for (const r of results.filter((a) => a.set !== "holdout")) {
    const matchedKeys = new Set(r.score.matches.map(([k]) => k));
    const matchedSuggestions = new Set(r.score.matches.map(([, s]) => s));
    const article: string[] = [];
    r.keys.forEach((k, i) => matchedKeys.has(i) || article.push(`  missed     ${describe(k)}`));
    r.suggestions.forEach((s, i) => matchedSuggestions.has(i) || article.push(`  unmatched  ${describe(s)}`));
    for (const [k, s] of r.score.matches) {
      const [key, suggestion] = [r.keys[k], r.suggestions[s]];
      const scores = fieldScores(key, suggestion);
      const wrong = SCORED_FIELDS.filter((f) => scores[f] < 1).map((f) => `${f} ${show(suggestion[f])} (key ${show(key[f])})`);
      if (wrong.length > 0) article.push(`  fields     ${describe(key)}: ${wrong.join("; ")}`);
    }
    if (article.length > 0) lines.push(`${r.set}/${r.name}`, ...article);
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
