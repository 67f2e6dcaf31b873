import type { CorpusArticle, CorpusSet } from "./corpus-files";
import { CORPUS_SETS, corpusInput } from "./corpus-files";
import { SCORED_FIELDS, scoreArticle, summarise, type ArticleScore, type ScorableClaim, type ScoreSummary } from "./score";
import type { ExtractInput, LedgerNames } from "./types";

/** Anything shaped like `extractClaims`; tests pass fakes. */
export type Extractor = (input: ExtractInput, ledger: LedgerNames) => ScorableClaim[];

export interface ArticleResult {
  set: CorpusSet;
  name: string;
  score: ArticleScore;
  /** What was scored, for explaining the misses (never printed for holdout articles). */
  keys: ScorableClaim[];
  suggestions: ScorableClaim[];
  /** Set when the extractor threw on this article; its keys then count as missed. */
  error?: string;
}

export interface Evaluation {
  articles: ArticleResult[];
  /** Micro-averages per set; tune, holdout and seed are never pooled. */
  sets: { set: CorpusSet; summary: ScoreSummary }[];
  errors: number;
}

/** Runs the extractor over every article (text, publication date and outlet from its key) and scores it. */
export function evaluateCorpus(articles: readonly CorpusArticle[], extract: Extractor, ledger: LedgerNames): Evaluation {
  const results = articles.map((article): ArticleResult => {
    const input = corpusInput(article);
    const keys = article.key.claims;
    try {
      const suggestions = extract(input, ledger);
      return { set: article.set, name: article.name, score: scoreArticle(keys, suggestions), keys, suggestions };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { set: article.set, name: article.name, score: scoreArticle(keys, []), keys, suggestions: [], error: message };
    }
  });
  const sets = CORPUS_SETS.filter((set) => results.some((r) => r.set === set)).map((set) => ({
    set,
    summary: summarise(results.filter((r) => r.set === set).map((r) => r.score)),
  }));
  return { articles: results, sets, errors: results.filter((r) => r.error !== undefined).length };
}

const figure = (value: number | null) => (value === null ? "   –" : value.toFixed(2));

const SET_TITLES: Record<CorpusSet, string> = {
  tune: "tune (the extractor may be tuned on these)",
  holdout: "holdout (never tuned on: the honest figures)",
  seed: "seed (the seed article's eleven demo claims)",
};

/** The report as plain text: a table per set, then its micro-averages and field accuracies. */
export function formatEvaluation(evaluation: Evaluation): string {
  const width = Math.max(20, ...evaluation.articles.map((a) => a.name.length)) + 2;
  const lines: string[] = [];
  for (const { set, summary } of evaluation.sets) {
    lines.push(`${SET_TITLES[set]}: ${summary.articles} article${summary.articles === 1 ? "" : "s"}`);
    lines.push(`  ${"article".padEnd(width)}    P      R   matched/suggested/keyed`);
    for (const a of evaluation.articles.filter((r) => r.set === set)) {
      const counts = `${a.score.matched}/${a.score.suggested}/${a.score.keyed}`;
      const row = `  ${a.name.padEnd(width)} ${figure(a.score.precision)}   ${figure(a.score.recall)}   ${counts}`;
      lines.push(a.error === undefined ? row : `${row}   ERROR: ${a.error}`);
    }
    const counts = `${summary.matched}/${summary.suggested}/${summary.keyed}`;
    lines.push(
      `  ${"micro".padEnd(width)} ${figure(summary.precision)}   ${figure(summary.recall)}   ${counts}   pair+date recall ${figure(summary.pairDateRecall)}`,
    );
    const fields = SCORED_FIELDS.map((f) => `${f} ${figure(summary.fields[f])}`).join("  ");
    lines.push(`  over ${summary.matched} matched: ${fields}`, "");
  }
  if (evaluation.errors > 0) lines.push(`The extractor failed on ${evaluation.errors} article(s); their keys count as missed.`);
  return lines.join("\n").trimEnd() + "\n";
}

/** The report for machines: per-article scores (without match indices) and per-set summaries. */
export function evaluationJson(evaluation: Evaluation) {
  return {
    sets: evaluation.sets,
    articles: evaluation.articles.map(({ set, name, score, error }) => {
      // Keys and suggestions stay out: the figures are enough, and holdout keys stay unread.
      const { matches, ...rest } = score;
      void matches;
      return { set, name, ...rest, ...(error === undefined ? {} : { error }) };
    }),
    errors: evaluation.errors,
  };
}
