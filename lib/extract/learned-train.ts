import { analyseArticle } from "./article";
import { corpusInput, type CorpusArticle } from "./corpus-files";
import { extractClaims } from "./extract";
import { SENTENCE_CLASSES, classProbabilities, sentenceFeatures, type SentenceClass, type SentenceModel } from "./learned";
import { normaliseQuote, scoreArticle } from "./score";
import type { LedgerNames } from "./types";

/**
 * Training the sentence classifier (ADR 19, eighth pass) from the keyed tuning articles. Pure: the
 * caller reads the corpus and writes the model.
 */
export interface LabelledSentence {
  article: string;
  features: string[];
  label: SentenceClass;
}

/**
 * Each prose sentence of an article with the kind of the keyed claim it carries, or "none". A keyed
 * claim is placed on the sentence of the rules' suggestion it matched, else on the sentence holding
 * its quote. A keyed claim placed nowhere leaves every sentence naming its pair (or "the pair",
 * "they") unlabelled rather than "none": the claim is in one of them.
 */
export function labelSentences(a: CorpusArticle, ledger: LedgerNames): LabelledSentence[] {
  const article = analyseArticle(corpusInput(a), ledger);
  const suggestions = extractClaims(corpusInput(a), ledger, null);
  const { matches } = scoreArticle(a.key.claims, suggestions);
  const labels = new Map<number, SentenceClass>();
  const unknown = new Set<number>();
  const matched = new Set(matches.map(([k]) => k));
  for (const [k, s] of matches) {
    const sentence = article.sentences.find((x) => x.prose && suggestions[s].evidence.includes(x.text));
    if (sentence) labels.set(sentence.index, a.key.claims[k].kind);
  }
  a.key.claims.forEach((claim, k) => {
    if (matched.has(k)) return;
    const quote = claim.quote ? normaliseQuote(claim.quote).slice(0, 40) : null;
    const quoted = quote ? article.sentences.find((x) => normaliseQuote(x.text).includes(quote)) : undefined;
    if (quoted) {
      if (!labels.has(quoted.index)) labels.set(quoted.index, claim.kind);
      return;
    }
    const names = claim.pair.flatMap((n) => [n.split(/\s+/)[0], n.split(/\s+/).at(-1)!]);
    // An outing without a quote: the one sentence naming its place and one of its pair.
    const venue = claim.place?.split(",")[0].trim();
    const placed = venue ? article.sentences.filter((x) => x.prose && x.text.includes(venue) && names.some((n) => x.text.includes(n))) : [];
    if (placed.length === 1) {
      if (!labels.has(placed[0].index)) labels.set(placed[0].index, claim.kind);
      return;
    }
    for (const s of article.sentences)
      if (names.some((n) => s.text.includes(n)) || /\b(?:the (?:pair|couple|two)|they)\b/i.test(s.text)) unknown.add(s.index);
  });
  return article.sentences
    .filter((s) => s.prose && (labels.has(s.index) || !unknown.has(s.index)))
    .map((s) => ({ article: a.name, features: sentenceFeatures(article, s), label: labels.get(s.index) ?? "none" }));
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  /** A feature must occur in this many training sentences to get weights. */
  minCount: number;
  threshold: number;
}

export const TRAIN_DEFAULTS: TrainOptions = { epochs: 30, rate: 0.2, l2: 1e-4, minCount: 5, threshold: 0.7 };

/**
 * Multinomial logistic regression by stochastic gradient descent with L2, over sparse binary
 * features; shuffled with a fixed seed, so the same sentences always give the same model.
 */
export function trainSentenceModel(rows: readonly LabelledSentence[], options: TrainOptions = TRAIN_DEFAULTS): SentenceModel {
  const classes = [...SENTENCE_CLASSES];
  const count = new Map<string, number>();
  for (const r of rows) for (const f of r.features) count.set(f, (count.get(f) ?? 0) + 1);
  const weights: Record<string, number[]> = {};
  for (const [f, c] of [...count].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    if (c >= options.minCount) weights[f] = new Array<number>(classes.length).fill(0);
  const bias = new Array<number>(classes.length).fill(0);
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const rate = options.rate / (1 + epoch * 0.3);
    for (const i of order) {
      const features = rows[i].features.filter((f) => weights[f]);
      const p = classProbabilities({ weights, bias }, features);
      const y = classes.indexOf(rows[i].label);
      for (let k = 0; k < classes.length; k++) {
        const gradient = p[k] - (k === y ? 1 : 0);
        bias[k] -= rate * gradient;
        for (const f of features) weights[f][k] -= rate * (gradient + options.l2 * weights[f][k]);
      }
    }
  }
  // Rounded, and without features that barely move any class: a smaller file, the same answers to three decimals.
  const round = (v: number) => Math.round(v * 1000) / 1000;
  const kept: Record<string, number[]> = {};
  for (const [f, w] of Object.entries(weights)) if (w.some((v) => Math.abs(v) >= 0.005)) kept[f] = w.map(round);
  return { classes, weights: kept, bias: bias.map(round), threshold: options.threshold };
}

/** Trains on every tuning article's labelled sentences. */
export function trainOnCorpus(
  articles: readonly CorpusArticle[],
  ledger: LedgerNames,
  options: TrainOptions = TRAIN_DEFAULTS,
): SentenceModel {
  return trainSentenceModel(
    articles.filter((a) => a.set === "tune").flatMap((a) => labelSentences(a, ledger)),
    options,
  );
}

export interface FoldScore {
  matched: number;
  suggested: number;
  keyed: number;
}

/**
 * k-fold cross-validation by article over the tuning set: each fold's articles are extracted
 * with a model trained on the other folds only, with the rules alone for comparison.
 */
export function crossValidate(
  articles: readonly CorpusArticle[],
  ledger: LedgerNames,
  folds = 5,
  options: TrainOptions = TRAIN_DEFAULTS,
): { rules: FoldScore; withModel: FoldScore } {
  const tune = articles.filter((a) => a.set === "tune");
  const rows = new Map(tune.map((a) => [a.name, labelSentences(a, ledger)]));
  const rules: FoldScore = { matched: 0, suggested: 0, keyed: 0 };
  const withModel: FoldScore = { matched: 0, suggested: 0, keyed: 0 };
  const add = (total: FoldScore, s: { matched: number; suggested: number; keyed: number }) => {
    total.matched += s.matched;
    total.suggested += s.suggested;
    total.keyed += s.keyed;
  };
  for (let fold = 0; fold < folds; fold++) {
    const model = trainSentenceModel(
      tune.filter((_, i) => i % folds !== fold).flatMap((a) => rows.get(a.name)!),
      options,
    );
    for (const [i, a] of tune.entries()) {
      if (i % folds !== fold) continue;
      add(rules, scoreArticle(a.key.claims, extractClaims(corpusInput(a), ledger, null)));
      add(withModel, scoreArticle(a.key.claims, extractClaims(corpusInput(a), ledger, model)));
    }
  }
  return { rules, withModel };
}
