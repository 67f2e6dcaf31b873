import { quotesIn, refsIn, type Article } from "./article";
import { namesItsOccasion } from "./claim-dates";
import { BACKGROUND_RE } from "./date-clues";
import { findDates, type FoundDate } from "./dates";
import { REBUTTAL_RE } from "./events";
import { outsideQuotes } from "./quotes";
import type { RawClaim, When } from "./walk";

/**
 * A date chooser learned from the keyed corpus (ADR 19, fifteenth pass). The rules date each claim
 * (claim-dates.ts); the chooser then weighs that date against the other dates the claim could
 * have — the publication day, the lead's news day, and the dates of its own sentence and of the
 * three before and the one after it — and moves the claim to another only when that scores
 * clearly higher, and never away from a date the rules read in the claim's own sentence or took from
 * the occasion it names. Each candidate is described by where it comes from (the rules, the same
 * sentence, two sentences up, the same paragraph…), its precision, how long before publication it
 * lies, whether its sentence quotes or names the pair or the speaker or tells background, and the
 * claim's own sentence's words; a linear score over those, trained as a softmax over each claim's
 * candidates. Trained by `npm run extract:train` with the sentence classifier; no download, no service.
 */
export interface DateModel {
  /** How much higher than the rules' date another must score before it is chosen. */
  margin: number;
  weights: Record<string, number>;
}

export interface DateCandidate extends When {
  features: string[];
}

const DAY_MS = 86_400_000;

/** How long before publication a date lies, in buckets ("0" for the day itself or a date not yet past). */
function age(published: string, date: string): string {
  const day = date.length === 10 ? date : date.length === 7 ? `${date}-15` : `${date}-07-01`;
  const days = Math.round((Date.parse(published) - Date.parse(day)) / DAY_MS);
  if (days <= 0) return "0";
  if (days <= 2) return "1-2";
  if (days <= 7) return "3-7";
  if (days <= 14) return "8-14";
  if (days <= 60) return "15-60";
  return days <= 400 ? "61-400" : "400+";
}

/** What a sentence offers its neighbours' claims: its dates (outside quotations), whether it quotes, whom it names. */
interface SentenceDates {
  dates: FoundDate[];
  quotes: boolean;
  people: string[];
}

/** Each sentence's dates, read once per article however many claims look at it (chrono is the costly part). */
export function sentenceDates(article: Article): (index: number) => SentenceDates {
  const read = new Map<number, SentenceDates>();
  return (index) => {
    let found = read.get(index);
    if (!found) {
      const s = article.sentences[index];
      const quotes = quotesIn(article, s);
      found = {
        dates: findDates(outsideQuotes(s.text, quotes, s.start), article.published),
        quotes: quotes.length > 0,
        people: refsIn(article, s).map((r) => r.value.person),
      };
      read.set(index, found);
    }
    return found;
  };
}

/** The dates a claim could have, each with what describes it; the rules' own date always among them. */
export function dateCandidates(
  article: Article,
  claim: RawClaim,
  lead: When | null,
  datesOf: (index: number) => SentenceDates = sentenceDates(article),
): DateCandidate[] {
  const found = new Map<string, { when: When; features: Set<string> }>();
  const sentence = article.sentences[claim.sentence];
  const context = [
    `k:${claim.kind}`,
    claim.quote ? "quoted" : "unquoted",
    claim.speaker ? "speaker" : "no-speaker",
    claim.precision === "circa" && claim.occurredOn === article.published ? "undated" : "dated",
  ];
  const add = (when: When, features: string[]) => {
    // Evidence is of what has happened: a date after publication is a schedule.
    if (when.occurredOn > article.published.slice(0, when.occurredOn.length)) return;
    // One candidate per date: the precision first given for it stands (the rules' own, when they chose that date).
    const entry = found.get(when.occurredOn) ?? { when, features: new Set<string>() };
    found.set(when.occurredOn, entry);
    for (const f of features) {
      entry.features.add(f);
      for (const c of context) entry.features.add(`${f}&${c}`);
    }
  };
  add({ occurredOn: claim.occurredOn, precision: claim.precision }, ["rule", `rule:${claim.precision}`]);
  add({ occurredOn: article.published, precision: "day" }, ["published"]);
  if (lead) add(lead, ["lead"]);
  const first = Math.max(0, claim.sentence - 3);
  const last = Math.min(article.sentences.length - 1, claim.sentence + 1);
  for (let i = first; i <= last; i++) {
    const s = article.sentences[i];
    const { dates, quotes, people } = datesOf(i);
    const where = i === claim.sentence ? "same" : i < claim.sentence ? `before${claim.sentence - i}` : "after";
    const paragraph = s.paragraph === sentence.paragraph ? "same-paragraph" : "other-paragraph";
    dates.forEach((d, n) => {
      const src = `src:${where}`;
      const features = [
        src,
        `${src}&${paragraph}`,
        `at:${d.precision}`,
        `age:${age(article.published, d.occurredOn)}`,
        `${src}&${d.precision}`,
      ];
      if (n === 0) features.push(`${src}&first`);
      if (n === dates.length - 1) features.push(`${src}&last`);
      if (quotes) features.push(`${src}&quotes`);
      if (claim.pair.some((p) => people.includes(p))) features.push(`${src}&names-pair`);
      if (claim.speaker && people.includes(claim.speaker)) features.push(`${src}&names-speaker`);
      if (BACKGROUND_RE.test(s.text)) features.push(`${src}&background`);
      add({ occurredOn: d.occurredOn, precision: d.precision }, features);
    });
  }
  const words = new Set(
    outsideQuotes(sentence.text, quotesIn(article, sentence), sentence.start)
      .toLowerCase()
      .match(/[a-z']+/g) ?? [],
  );
  return [...found.values()].map(({ when, features }) => {
    // The claim's words, crossed with each place the candidate comes from.
    const sources = [
      features.has("rule") && "R",
      features.has("published") && "P",
      features.has("lead") && "L",
      features.has("src:same") && "S",
      [...features].some((f) => f.startsWith("src:before")) && "B",
      features.has("src:after") && "A",
    ].filter((x): x is string => x !== false);
    for (const w of words) for (const s of sources) features.add(`w:${w}&${s}`);
    features.add(`precision:${when.precision}`);
    features.add(`age:${age(article.published, when.occurredOn)}&k:${claim.kind}`);
    features.add("bias");
    return { ...when, features: [...features] };
  });
}

/** A candidate's score under the model. */
export function dateScore(model: Pick<DateModel, "weights">, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += model.weights[f] ?? 0;
  return z;
}

/**
 * The claims with the dates the model prefers, where it prefers another to the rules' by more than
 * its margin. A date the rules took from the claim's own sentence stands: there they read which
 * clause the date belongs to ("posted a picture of the pair on Tuesday, captioning it…"), which a
 * weighing of words cannot. So does one they took from the occasion the sentence names ("…," she
 * told host Dan Reyes: the programme the article dated before), and one they gave a rep's rebuttal
 * told inside a report's sentence, so that a change to the rules elsewhere, which retrains the
 * chooser, cannot move them.
 */
export function redate(article: Article, claims: readonly RawClaim[], model: DateModel, lead: When | null): RawClaim[] {
  const datesOf = sentenceDates(article);
  return claims.map((claim) => {
    const candidates = dateCandidates(article, claim, lead, datesOf);
    const scores = candidates.map((c) => dateScore(model, c.features));
    const rule = candidates.findIndex((c) => c.features.includes("rule"));
    const best = scores.indexOf(Math.max(...scores));
    if (rule < 0 || best === rule || scores[best] - scores[rule] < model.margin) return claim;
    if (candidates[rule].features.includes("src:same")) return claim;
    // Nor does one the rules took from the occasion the sentence names ("…," she told host Dan Reyes): the programme dated before.
    const sentence = article.sentences[claim.sentence];
    const undated = claim.precision === "circa" && claim.occurredOn === article.published;
    if (!undated && namesItsOccasion(outsideQuotes(sentence.text, quotesIn(article, sentence), sentence.start))) return claim;
    // Nor one the rules gave a rep's rebuttal inside a report's sentence ("On 14 December the Courier reported…, a story that
    // Hart's agent dismissed as fanciful"): the report's date is not the rebuttal's, and the rules read which clause is which.
    if (claim.kind === "denial" && REBUTTAL_RE.test(sentence.text)) return claim;
    return { ...claim, occurredOn: candidates[best].occurredOn, precision: candidates[best].precision };
  });
}
