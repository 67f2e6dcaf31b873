import { analyseArticle, type Article } from "./article";
import { leadDate } from "./claim-dates";
import { corpusInput, type CorpusArticle } from "./corpus-files";
import { candidateCouples, coupleFeatures, coupleProbability, type CoupleModel } from "./couples";
import { dateCandidates, sentenceDates, type DateCandidate, type DateModel } from "./dating";
import { extractClaims } from "./extract";
import { SENTENCE_CLASSES, classProbabilities, sentenceFeatures, softmax, type SentenceClass, type SentenceModel } from "./learned";
import { mergeDuplicates } from "./merge";
import { claimsOf, hostsOf, rulesCouples } from "./rules";
import { datesMatch, normaliseName, normaliseQuote, scoreArticle, type ScorableClaim } from "./score";
import type { LedgerNames } from "./types";
import type { RawClaim } from "./walk";

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
  return labelArticle(a, ledger).sentences;
}

/** One claim the rules found, its candidate dates, and which of them the keyed claim it stands for accepts. */
export interface LabelledDates {
  article: string;
  candidates: DateCandidate[];
  right: boolean[];
}

/** An article read once, with its sentences labelled from the rules alone; its claims' dates are labelled per model (`labelDates`). */
export function labelArticle(a: CorpusArticle, ledger: LedgerNames): { article: Article; sentences: LabelledSentence[] } {
  const article = analyseArticle(corpusInput(a), ledger);
  // What extractClaims gives with the rules alone, without headlines and slugs.
  const suggestions = mergeDuplicates(
    claimsOf(article, null).filter((c) => c.occurredOn <= article.published.slice(0, c.occurredOn.length)),
    article.published,
  );
  return { article, sentences: labelKinds(a, article, suggestions) };
}

const pairKey = (pair: readonly string[]) => pair.map(normaliseName).sort().join("|");

/**
 * Each claim of the rules with the keyed claim of the same pair and kind it stands for (the one
 * sharing most of its speaker, quote, date and outlet; any of them when several share as much), and
 * which candidate dates that key accepts. A claim no key stands for, or whose candidates the key
 * accepts none of, teaches nothing and is left out.
 */
export function labelDates(a: CorpusArticle, article: Article, claims: readonly RawClaim[]): LabelledDates[] {
  const lead = leadDate(article, 1);
  const datesOf = sentenceDates(article);
  const same = (x: string | null, y: string | null) => x !== null && y !== null && normaliseName(x) === normaliseName(y);
  const rows: LabelledDates[] = [];
  for (const claim of claims) {
    const keys = a.key.claims.filter((k) => pairKey(k.pair) === pairKey(claim.pair) && k.kind === claim.kind);
    if (!keys.length) continue;
    const shared = (k: ScorableClaim) =>
      (same(k.speaker, claim.speaker) ? 2 : 0) +
      (k.quote && claim.quote && normaliseQuote(k.quote).slice(0, 30) === normaliseQuote(claim.quote).slice(0, 30) ? 2 : 0) +
      (datesMatch(k, claim) ? 1 : 0) +
      (same(k.outlet, claim.outlet) ? 1 : 0);
    const most = Math.max(...keys.map(shared));
    const standsFor = keys.filter((k) => shared(k) === most);
    const candidates = dateCandidates(article, claim, lead, datesOf);
    const right = candidates.map((c) => standsFor.some((k) => datesMatch(k, c)));
    if (right.some(Boolean)) rows.push({ article: a.name, candidates, right });
  }
  return rows;
}

function labelKinds(a: CorpusArticle, article: Article, suggestions: readonly RawClaim[]): LabelledSentence[] {
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

/** A candidate couple of an article, described as the couple filter sees it, and whether a keyed claim is about it. */
export interface LabelledCouple {
  article: string;
  features: string[];
  keyed: boolean;
}

/** Every candidate couple of an article (the rules' own and any two named in one sentence), labelled from its keys. */
export function labelCouples(a: CorpusArticle, article: Article): LabelledCouple[] {
  const { found } = rulesCouples(article);
  const candidates = candidateCouples(article, found);
  const hosts = hostsOf(article);
  const keyed = new Set(a.key.claims.map((k) => pairKey(k.pair)));
  return candidates.map((pair) => ({
    article: a.name,
    features: coupleFeatures(article, pair, found, candidates, hosts),
    keyed: keyed.has(pairKey(pair)),
  }));
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  /** A feature must occur in this many training sentences to get weights. */
  minCount: number;
  threshold: number;
  besideThreshold: number;
}

export const TRAIN_DEFAULTS: TrainOptions = { epochs: 30, rate: 0.2, l2: 1e-4, minCount: 5, threshold: 0.4, besideThreshold: 0.45 };

/**
 * Stochastic gradient descent's schedule, shared by the three trainers: each epoch visits every row once
 * in an order shuffled from a fixed seed (so the same rows always give the same model), with a rate
 * that decays by epoch.
 */
function inShuffledEpochs(
  rows: number,
  options: { epochs: number; rate: number },
  seed: number,
  visit: (row: number, rate: number) => void,
): void {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const order = Array.from({ length: rows }, (_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const rate = options.rate / (1 + epoch * 0.3);
    for (const i of order) visit(i, rate);
  }
}

/**
 * Each model is trained once per seed, visiting the rows in a different order, and the weights are averaged. One order
 * alone leaves the model's answers to the order: three seeds' cross-validation differed by 17 matched claims of 7,039,
 * as much as a rule change measures. Averaging the three keeps that noise out of what a change is judged by.
 */
const SEEDS = [7, 8, 9] as const;

/** The mean of one weight over the seeds' runs, summed in the runs' order. */
const mean = (values: readonly number[]) => values.reduce((t, v) => t + v, 0) / values.length;

/**
 * Multinomial logistic regression by stochastic gradient descent with L2, over sparse binary
 * features; averaged over runs shuffled from fixed seeds, so the same sentences always give the same model.
 */
export function trainSentenceModel(rows: readonly LabelledSentence[], options: TrainOptions = TRAIN_DEFAULTS): SentenceModel {
  const classes = [...SENTENCE_CLASSES];
  const count = new Map<string, number>();
  for (const r of rows) for (const f of r.features) count.set(f, (count.get(f) ?? 0) + 1);
  const features = [...count]
    .filter(([, c]) => c >= options.minCount)
    .map(([f]) => f)
    .sort();
  const runs = SEEDS.map((seed) => {
    const weights: Record<string, number[]> = Object.fromEntries(features.map((f) => [f, new Array<number>(classes.length).fill(0)]));
    const bias = new Array<number>(classes.length).fill(0);
    inShuffledEpochs(rows.length, options, seed, (i, rate) => {
      const present = rows[i].features.filter((f) => weights[f]);
      const p = classProbabilities({ weights, bias }, present);
      const y = classes.indexOf(rows[i].label);
      for (let k = 0; k < classes.length; k++) {
        const gradient = p[k] - (k === y ? 1 : 0);
        bias[k] -= rate * gradient;
        for (const f of present) weights[f][k] -= rate * (gradient + options.l2 * weights[f][k]);
      }
    });
    return { weights, bias };
  });
  const weights = Object.fromEntries(features.map((f) => [f, classes.map((_, k) => mean(runs.map((r) => r.weights[f][k])))]));
  const bias = classes.map((_, k) => mean(runs.map((r) => r.bias[k])));
  // Rounded, and without features that barely move any class: a smaller file, the same answers to three decimals.
  const round = (v: number) => Math.round(v * 1000) / 1000;
  const kept: Record<string, number[]> = {};
  for (const [f, w] of Object.entries(weights)) if (w.some((v) => Math.abs(v) >= 0.005)) kept[f] = w.map(round);
  return { classes, weights: kept, bias: bias.map(round), threshold: options.threshold, besideThreshold: options.besideThreshold };
}

/** Stochastic gradient descent over one weight per feature (the date chooser and the couple filter). */
interface LinearTrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  /** A feature must describe this many training rows (claims, couples) to get a weight. */
  minCount: number;
}

/** The weights worth keeping, sorted and rounded to three decimals: a smaller file, the same answers. */
function keptWeights(weights: Iterable<[string, number]>): Record<string, number> {
  const kept: Record<string, number> = {};
  for (const [f, w] of [...weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    if (Math.abs(w) >= 0.005) kept[f] = Math.round(w * 1000) / 1000;
  return kept;
}

export interface DateTrainOptions extends LinearTrainOptions {
  margin: number;
}

export const DATE_TRAIN_DEFAULTS: DateTrainOptions = { epochs: 20, rate: 0.1, l2: 1e-4, margin: 1, minCount: 3 };

/**
 * The date chooser's weights: a softmax over each claim's candidates, maximising the probability of
 * the candidates its key accepts, by stochastic gradient descent with L2, averaged over runs shuffled from fixed seeds.
 */
export function trainDateModel(rows: readonly LabelledDates[], options: DateTrainOptions = DATE_TRAIN_DEFAULTS): DateModel {
  const count = new Map<string, number>();
  for (const r of rows) for (const f of new Set(r.candidates.flatMap((c) => c.features))) count.set(f, (count.get(f) ?? 0) + 1);
  const features = [...count].filter(([, n]) => n >= options.minCount).map(([f]) => f);
  const runs = SEEDS.map((seed) => {
    const weights = new Map<string, number>(features.map((f) => [f, 0]));
    inShuffledEpochs(rows.length, options, seed, (i, rate) => {
      const { candidates, right } = rows[i];
      const z = candidates.map((c) => c.features.reduce((t, f) => t + (weights.get(f) ?? 0), 0));
      const p = softmax(z);
      const pRight = p.reduce((t, v, k) => t + (right[k] ? v : 0), 0);
      candidates.forEach((c, k) => {
        const gradient = p[k] - (right[k] ? p[k] / pRight : 0);
        // (Features too rare to weigh are left out of the update as they are of the score.)
        for (const f of c.features) {
          const w = weights.get(f);
          if (w !== undefined) weights.set(f, w - rate * (gradient + options.l2 * w));
        }
      });
    });
    return weights;
  });
  return { margin: options.margin, weights: keptWeights(features.map((f) => [f, mean(runs.map((r) => r.get(f)!))])) };
}

export interface CoupleTrainOptions extends LinearTrainOptions {
  threshold: number;
}

export const COUPLE_TRAIN_DEFAULTS: CoupleTrainOptions = { epochs: 20, rate: 0.1, l2: 1e-4, minCount: 3, threshold: 0.4 };

/** The couple filter's weights: logistic regression by stochastic gradient descent with L2, averaged over runs shuffled from fixed seeds. */
export function trainCoupleModel(rows: readonly LabelledCouple[], options: CoupleTrainOptions = COUPLE_TRAIN_DEFAULTS): CoupleModel {
  const count = new Map<string, number>();
  for (const r of rows) for (const f of r.features) count.set(f, (count.get(f) ?? 0) + 1);
  const features = [...count].filter(([, n]) => n >= options.minCount).map(([f]) => f);
  const runs = SEEDS.map((seed) => {
    const weights: Record<string, number> = Object.fromEntries(features.map((f) => [f, 0]));
    inShuffledEpochs(rows.length, options, seed, (i, rate) => {
      const present = rows[i].features.filter((f) => Object.hasOwn(weights, f));
      const gradient = coupleProbability({ weights }, present) - (rows[i].keyed ? 1 : 0);
      for (const f of present) weights[f] -= rate * (gradient + options.l2 * weights[f]);
    });
    return weights;
  });
  return { threshold: options.threshold, weights: keptWeights(features.map((f) => [f, mean(runs.map((r) => r[f]))])) };
}

/**
 * Trains the three models on the given read articles: the sentence classifier, the date chooser on
 * the claims the rules and that classifier find together, and the couple filter on every candidate
 * couple, labelled from the keys. Each is trained without the filter in place: it only ever takes
 * claims away, and a date chooser trained on fewer claims moved some it should not (words said on
 * air to the publication day).
 */
function trainAll(
  labelled: readonly { a: CorpusArticle; article: Article; sentences: LabelledSentence[] }[],
  options: TrainOptions,
): SentenceModel {
  const model = trainSentenceModel(
    labelled.flatMap((l) => l.sentences),
    options,
  );
  const dates = trainDateModel(labelled.flatMap(({ a, article }) => labelDates(a, article, claimsOf(article, model))));
  const couples = trainCoupleModel(labelled.flatMap(({ a, article }) => labelCouples(a, article)));
  return { ...model, dates, couples };
}

/** Trains the sentence classifier, the date chooser and the couple filter on every tuning article. */
export function trainOnCorpus(
  articles: readonly CorpusArticle[],
  ledger: LedgerNames,
  options: TrainOptions = TRAIN_DEFAULTS,
): SentenceModel {
  return trainAll(
    articles.filter((a) => a.set === "tune").map((a) => ({ a, ...labelArticle(a, ledger) })),
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
 * with models trained on the other folds only — the sentence classifier alone, then with the date
 * chooser, then with the couple filter too — and with the rules alone for comparison.
 */
export function crossValidate(
  articles: readonly CorpusArticle[],
  ledger: LedgerNames,
  folds = 5,
  options: TrainOptions = TRAIN_DEFAULTS,
): { rules: FoldScore; sentences: FoldScore; withoutCouples: FoldScore; withModel: FoldScore } {
  const tune = articles.filter((a) => a.set === "tune");
  const rows = new Map(tune.map((a) => [a.name, { a, ...labelArticle(a, ledger) }]));
  const rules: FoldScore = { matched: 0, suggested: 0, keyed: 0 };
  const sentences: FoldScore = { matched: 0, suggested: 0, keyed: 0 };
  const withoutCouples: FoldScore = { matched: 0, suggested: 0, keyed: 0 };
  const withModel: FoldScore = { matched: 0, suggested: 0, keyed: 0 };
  const add = (total: FoldScore, s: { matched: number; suggested: number; keyed: number }) => {
    total.matched += s.matched;
    total.suggested += s.suggested;
    total.keyed += s.keyed;
  };
  for (let fold = 0; fold < folds; fold++) {
    const training = tune.filter((_, i) => i % folds !== fold).map((a) => rows.get(a.name)!);
    const all = trainAll(training, options);
    const model = { ...all, dates: undefined, couples: undefined };
    for (const [i, a] of tune.entries()) {
      if (i % folds !== fold) continue;
      add(rules, scoreArticle(a.key.claims, extractClaims(corpusInput(a), ledger, null)));
      add(sentences, scoreArticle(a.key.claims, extractClaims(corpusInput(a), ledger, model)));
      add(withoutCouples, scoreArticle(a.key.claims, extractClaims(corpusInput(a), ledger, { ...all, couples: undefined })));
      add(withModel, scoreArticle(a.key.claims, extractClaims(corpusInput(a), ledger, all)));
    }
  }
  return { rules, sentences, withoutCouples, withModel };
}
