/**
 * The article extractor on the seed article: median time per run, scaled to a 400-word
 * article (the budget is 100 ms per 400 words). The first run (loading compromise's
 * lexicon and chrono's parsers) is reported apart.
 */
import fs from "node:fs";
import path from "node:path";
import { extractClaims } from "../../lib/extract/extract";

export function benchExtract(runs = 21) {
  const text = fs.readFileSync(path.resolve(import.meta.dirname, "../../lib/extract/corpus/seed/seed-article.txt"), "utf8");
  const words = text.split(/\s+/).filter(Boolean).length;
  const time = () => {
    const started = performance.now();
    extractClaims({ text, published: "2025-06-05" });
    return performance.now() - started;
  };
  const first = time();
  const times = Array.from({ length: runs }, time).sort((a, b) => a - b);
  const per400 = (times[Math.floor(runs / 2)] * 400) / words;
  return {
    figure: `extract claims, ms per 400-word article (seed, ${words} words; median of ${runs}, first run ${first.toFixed(0)} ms)`,
    ours: `${per400.toFixed(1)} ms`,
    baseline: "—",
    ratio: "—",
    target: "≤ 100 ms",
    ok: per400 <= 100,
  };
}

// `npx tsx scripts/bench/extract.ts` prints just this figure.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) console.log(benchExtract());
