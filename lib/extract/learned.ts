import { outletsIn, quotesIn, refsIn, type Article } from "./article";
import { attributionOf } from "./attribution";
import { confidenceOf, stanceOf } from "./classify";
import { findPlace } from "./places";
import type { Sentence } from "./sentences";
import type { CoupleModel } from "./couples";
import type { DateModel } from "./dating";
import type { RawClaim, Step, Walk } from "./walk";
import { CLAIM_KINDS, type ClaimKind } from "@/lib/vocabulary";

/**
 * A sentence classifier learned from the keyed corpus (ADR 19, eighth pass): which kind of claim a
 * sentence carries, or none. The rules decide first; the model speaks for a sentence they left
 * without a claim when it rates a kind high enough, and beside their claims only for a kind of
 * another family, rated higher still (eighteenth pass). Multinomial logistic regression over the
 * sentence's words and word pairs, with people, pronouns, outlets and numbers replaced by tags so
 * that it learns how gossip says things, not who it is about. Trained by
 * `npm run extract:train` into `sentence-model.json`; no download, no service.
 */
export const SENTENCE_CLASSES = ["none", ...CLAIM_KINDS] as const;
export type SentenceClass = (typeof SENTENCE_CLASSES)[number];

export interface SentenceModel {
  classes: SentenceClass[];
  /** Per feature, one weight per class. */
  weights: Record<string, number[]>;
  bias: number[];
  /**
   * The probability a kind needs before the model adds a claim to a sentence the rules left without one. It need not
   * beat "none": a kind the model rates this high is worth an editor's look (ADR 19, eighteenth pass).
   */
  threshold: number;
  /** The probability a kind needs before the model adds a claim of another family beside the rules' claims in a sentence. */
  besideThreshold: number;
  /** The date chooser trained beside it (dating.ts), when there is one. */
  dates?: DateModel;
  /** The couple filter trained beside it (couples.ts), when there is one. */
  couples?: CoupleModel;
}

/** The words of a sentence as the model sees them: tagged names, unigrams and bigrams, and two flags. */
export function sentenceFeatures(article: Article, sentence: Sentence): string[] {
  const spans = [
    ...refsIn(article, sentence).map((r) => ({ start: r.start, end: r.end, tag: r.value.via === "pronoun" ? " PRON " : " PERSON " })),
    ...outletsIn(article, sentence).map((o) => ({ start: o.start, end: o.end, tag: " OUTLET " })),
  ].sort((x, y) => y.start - x.start);
  let text = sentence.text;
  for (const s of spans) text = text.slice(0, s.start - sentence.start) + s.tag + text.slice(s.end - sentence.start);
  const words = (
    text
      .replace(/[“”"]/g, ' " ')
      .replace(/\d+/g, " NUM ")
      .match(/PERSON|PRON|OUTLET|NUM|[A-Za-z'’]+|"|[?!:]/g) ?? []
  ).map((w) => (/^(?:PERSON|PRON|OUTLET|NUM)$/.test(w) ? w : w.toLowerCase().replace(/’/g, "'")));
  const features = [...words.map((w) => `u:${w}`), ...words.slice(1).map((w, i) => `b:${words[i]}_${w}`)];
  if (quotesIn(article, sentence).length) features.push("f:quote");
  if (sentence.paragraph <= 2) features.push("f:lede");
  return [...new Set(features)];
}

/** The probability of each class for a sentence's features. */
export function classProbabilities(model: Pick<SentenceModel, "weights" | "bias">, features: readonly string[]): number[] {
  const z = [...model.bias];
  for (const f of features) {
    const w = model.weights[f];
    if (w) for (let k = 0; k < z.length; k++) z[k] += w[k];
  }
  return softmax(z);
}

/** Scores as probabilities that sum to one (shifted by the largest first, so no exponential overflows). */
export function softmax(z: readonly number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** The kind of claim the model rates most likely for a sentence, when it rates it at least `threshold`; never "none". */
export function predictedKind(
  model: SentenceModel,
  features: readonly string[],
  threshold: number = model.threshold,
): { kind: ClaimKind; p: number } | null {
  const p = classProbabilities(model, features);
  let best = -1;
  for (let k = 0; k < p.length; k++) if (model.classes[k] !== "none" && (best < 0 || p[k] > p[best])) best = k;
  return best >= 0 && p[best] >= threshold ? { kind: model.classes[best] as ClaimKind, p: p[best] } : null;
}

const NOT_SEEN_RE =
  /\b(?:not|never|no longer)\s+(?:been\s+)?(?:seen|spotted|photographed|pictured|snapped|together)\b|n['’]t\s+(?:been\s+)?(?:seen|spotted|photographed|pictured|snapped)\b/i;
const OUTINGS: ReadonlySet<ClaimKind> = new Set(["sighting", "appearance", "professional"]);
const WORDS: ReadonlySet<ClaimKind> = new Set(["statement", "denial", "confirmation", "speculation"]);

/**
 * Kinds that read one piece of evidence in rival ways: words on record or from a source (statement, denial,
 * confirmation, speculation), and the pair seen together (sighting, appearance). A report and professional work
 * are families of their own.
 */
export function kindFamily(kind: ClaimKind): string {
  return WORDS.has(kind) ? "words" : kind === "sighting" || kind === "appearance" ? "together" : kind;
}

/**
 * A claim of the kind the model rates at least `threshold` for a sentence: for the pair the sentence
 * names or means ("the pair", "they", one of the couple in focus), dated as the rules date that kind,
 * with the speaker and quote the rules find. The walk asks for one where the rules found no claim
 * (at the model's `threshold`) and beside the rules' claims (at its `besideThreshold`).
 */
export function learnedClaim(w: Walk, step: Step, model: SentenceModel, threshold: number): RawClaim | null {
  const { article } = w;
  const { sentence, quotes, bare, named, pair, pairRef, sentenceOutlet, dates } = step;
  const predicted = predictedKind(model, sentenceFeatures(article, sentence), threshold);
  if (!predicted) return null;
  const { kind } = predicted;
  const claimPair =
    pair ?? (pairRef || [...named].some((n) => w.focus.includes(n)) ? w.focus : (w.pairs.find((p) => p.some((n) => named.has(n))) ?? null));
  if (!claimPair) return null;
  // Words need quotation marks or a speaker; an outing needs the pair there, not just one of them named.
  const attribution = WORDS.has(kind) ? attributionOf(article, sentence, quotes) : null;
  if (WORDS.has(kind) && !quotes.length && !attribution) return null;
  if (OUTINGS.has(kind) && !(named.has(claimPair[0]) && named.has(claimPair[1])) && !pairRef) return null;
  // "have not been seen together since the spring": an outing denied is none.
  if ((kind === "sighting" || kind === "appearance") && NOT_SEEN_RE.test(bare)) return null;
  const speaker = attribution?.role === "person" && attribution.speaker && kind !== "speculation" ? attribution.speaker : null;
  const otherOutlet = outletsIn(article, sentence).find((o) => o.value !== article.outlet)?.value ?? null;
  // As the rules date them: an unnamed source's undated words and the article's own report are of its day (a split in the
  // background included); another outlet's undated report is of the month, circa.
  const when =
    (kind === "speculation" && !dates.length) || (kind === "report" && !otherOutlet)
      ? { occurredOn: article.published, precision: "day" as const }
      : kind === "report" && !dates.length
        ? { occurredOn: article.published.slice(0, 7), precision: "circa" as const }
        : w.dates.dateFor(article, dates, sentence, attribution?.at ?? null, speaker);
  const words = `${quotes.map((q) => q.text).join(" ")} ${bare}`;
  return {
    pair: claimPair,
    kind,
    ...when,
    place: OUTINGS.has(kind) ? findPlace(article.masked.slice(sentence.start, sentence.end)) : null,
    speaker,
    quote: WORDS.has(kind) || kind === "report" ? (quotes[0]?.text ?? null) : null,
    outlet: kind === "report" ? (otherOutlet ?? article.outlet) : OUTINGS.has(kind) ? article.outlet : (sentenceOutlet ?? article.outlet),
    mentions: [],
    stance: stanceOf(kind, words),
    confidence: confidenceOf(
      kind,
      kind === "speculation" ? "insider" : speaker ? (claimPair.includes(speaker) ? "pair" : "third-party") : null,
      otherOutlet !== null,
    ),
    evidence: sentence.text,
    sentence: sentence.index,
  };
}
