import { refsIn, type Article } from "./article";
import { isMentionOnly, type Pair } from "./pairs";

/**
 * A couple filter learned from the keyed corpus (ADR 19, seventeenth pass). The rules find the
 * couples an article is about (rules.ts); on text they were not written for, some of those are
 * wrong — one of a couple with an ex told in passing, a listed guest, a friend. The filter weighs
 * each of the rules' couples against what the article says of its two people (how often and where
 * each is named, the words right around their names, what the sentences naming both say, how many
 * other people each shares a sentence with) and drops a couple it scores as unlikely, unless that
 * would drop them all. Logistic regression, trained by `npm run extract:train`; no download, no
 * service.
 */
export interface CoupleModel {
  /** The probability under which one of the rules' couples is dropped. */
  threshold: number;
  weights: Record<string, number>;
}

const coupleKey = (p: readonly string[]) => [...p].sort().join("|");

const bucket = (n: number) => (n <= 0 ? "0" : n === 1 ? "1" : n === 2 ? "2" : n <= 4 ? "3-4" : n <= 7 ? "5-7" : "8+");

/** Words of a sentence naming both that tell what the two are to each other. */
const RELATION_RE =
  /\b(?:dating|romance|romantic|couple|split|engaged|married|together|kiss\w*|spotted|seen|boyfriend|girlfriend|fianc\w*|husband|wife|relationship|linked|rumou?r\w*|ex|pair|duo|hand in hand|arm in arm|divorc\w*|wedding|host\w*|guest\w*|friend\w*|sister|brother|mother|father|daughter|son|co-?star\w*|director|producer|manager|rep|publicist|spokes\w*|bride|groom)\b/gi;

/** What the filter reads of an article, once for all its candidates. */
interface ArticleFacts {
  /** Per person, how often referred to (pronouns too) and how often named. */
  refs: Map<string, number>;
  named: Map<string, number>;
  /** Per sentence, whom it names, and whom it refers to at all (a pronoun too: "She kissed Marsh"); mere mentions such as a host or a bride left out. */
  sentences: { sentence: Article["sentences"][number]; names: Set<string>; about: Set<string> }[];
  /** The text with every naming of a person (pronouns too) blotted out at the same length, so that the words around a name never hold another. */
  blotted: string;
}

const factsOf = new WeakMap<Article, ArticleFacts>();
function facts(article: Article): ArticleFacts {
  let known = factsOf.get(article);
  if (known) return known;
  const refs = new Map<string, number>();
  const named = new Map<string, number>();
  const chars = article.text.split("");
  for (const r of article.refs) {
    refs.set(r.value.person, (refs.get(r.value.person) ?? 0) + 1);
    if (r.value.via !== "pronoun") named.set(r.value.person, (named.get(r.value.person) ?? 0) + 1);
    for (let i = r.start; i < r.end; i++) chars[i] = "\u0001";
  }
  const sentences = article.sentences.map((sentence) => {
    const kept = refsIn(article, sentence).filter((r) => !isMentionOnly(article, r));
    return {
      sentence,
      names: new Set(kept.filter((r) => r.value.via !== "pronoun").map((r) => r.value.person)),
      about: new Set(kept.map((r) => r.value.person)),
    };
  });
  known = { refs, named, sentences, blotted: chars.join("") };
  factsOf.set(article, known);
  return known;
}

/**
 * The couples to weigh: the rules' own, then any two of the two to four people a sentence names.
 * (Training sees them all; the filter only ever drops one of the rules' couples.)
 */
export function candidateCouples(article: Article, found: readonly Pair[]): Pair[] {
  const seen = new Map<string, Pair>(found.map((p) => [coupleKey(p), p]));
  for (const { names: named } of facts(article).sentences) {
    const names = [...named];
    if (names.length < 2 || names.length > 4) continue;
    for (let i = 0; i < names.length; i++)
      for (let j = i + 1; j < names.length; j++) {
        const pair = [names[i], names[j]].sort() as Pair;
        if (!seen.has(coupleKey(pair))) seen.set(coupleKey(pair), pair);
      }
  }
  return [...seen.values()];
}

const WORD_RE = /[A-Za-z'’]+|"|[,:;.]|\u0001+/g;
const words = (text: string) =>
  (text.replace(/[“”"]/g, ' " ').replace(/\d+/g, " NUM ").match(WORD_RE) ?? []).map((w) =>
    w.startsWith("\u0001") ? "PERSON" : w.toLowerCase(),
  );

/** What the article says of a candidate couple, as the filter's features. */
export function coupleFeatures(
  article: Article,
  pair: Pair,
  found: readonly Pair[],
  candidates: readonly Pair[],
  hosts: ReadonlySet<string>,
): string[] {
  const f = new Set<string>(["bias"]);
  const at = found.findIndex((q) => coupleKey(q) === coupleKey(pair));
  f.add(`rules:${at < 0 ? "no" : Math.min(at, 3)}`);
  f.add(`rulesCouples:${Math.min(found.length, 4)}`);
  const { refs, named, sentences, blotted: text } = facts(article);
  const rank = (n: string) => [...refs.values()].filter((v) => v > (refs.get(n) ?? 0)).length;
  const [r0, r1] = pair.map(rank).sort((a, b) => a - b);
  f.add(`ranks:${Math.min(r0, 3)}-${Math.min(r1, 4)}`);
  const [n0, n1] = pair.map((n) => named.get(n) ?? 0).sort((a, b) => a - b);
  f.add(`namedLess:${bucket(n0)}`);
  f.add(`namedMore:${bucket(n1)}`);
  const [d0, d1] = pair.map((n) => candidates.filter((q) => q.includes(n)).length).sort((a, b) => a - b);
  f.add(`shares:${Math.min(d0, 3)}-${Math.min(d1, 4)}`);
  f.add(`inRulesCouples:${pair.filter((n) => found.some((q) => q.includes(n))).length}`);
  if (pair.some((n) => hosts.has(n))) f.add("host");
  const lede = article.sentences.find((s) => s.prose);
  let both = 0;
  // (A sentence about both may name one of them by a pronoun; candidates come only from names.)
  for (const { sentence, about: names } of sentences) {
    if (!names.has(pair[0]) || !names.has(pair[1])) continue;
    both++;
    if (!sentence.prose) f.add("bothInHeading");
    if (sentence === lede) f.add("bothInLede");
    f.add(`othersBeside:${Math.min(names.size - 2, 2)}`);
    for (const m of sentence.text.matchAll(RELATION_RE)) f.add(`says:${m[0].toLowerCase()}`);
  }
  f.add(`both:${bucket(both)}`);
  // The two words right before and after each naming of either: "her ex-husband X", "X, who hosted". (Across a sentence's
  // end too: kept within the sentence, they lost matches in cross-validation and held aside alike; ADR 19.)
  for (const r of article.refs) {
    if (!pair.includes(r.value.person) || r.value.via === "pronoun") continue;
    const before = words(text.slice(Math.max(0, r.start - 40), r.start)).slice(-2);
    const after = words(text.slice(r.end, r.end + 40)).slice(0, 2);
    if (before.length) f.add(`before:${before.at(-1)}`);
    if (before.length === 2) f.add(`before2:${before.join("_")}`);
    if (after.length) f.add(`after:${after[0]}`);
    if (after.length === 2) f.add(`after2:${after.join("_")}`);
  }
  return [...f];
}

/** The probability that a candidate couple is one the article's claims are about. */
export function coupleProbability(model: Pick<CoupleModel, "weights">, features: readonly string[]): number {
  const z = features.reduce((t, f) => t + (model.weights[f] ?? 0), 0);
  return 1 / (1 + Math.exp(-z));
}

/** The rules' couples without those the filter finds unlikely; all of them when it would drop every one. */
export function chooseCouples(article: Article, found: readonly Pair[], model: CoupleModel, hosts: ReadonlySet<string>): Pair[] {
  if (found.length < 2) return [...found];
  const candidates = candidateCouples(article, found);
  const kept = found.filter((p) => coupleProbability(model, coupleFeatures(article, p, found, candidates, hosts)) >= model.threshold);
  return kept.length ? kept : [...found];
}
