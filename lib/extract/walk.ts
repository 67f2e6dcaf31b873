import type { Attribution } from "./attribution";
import type { DateTrail } from "./claim-dates";
import type { Article } from "./article";
import type { Pair } from "./pairs";
import type { Quote } from "./quotes";
import type { Sentence } from "./sentences";
import type { ClaimKind, DatePrecision, Stance } from "@/lib/vocabulary";
import type { FoundDate } from "./dates";
import type { SuggestedClaim } from "./types";

/** A claim before headlines and slugs: what the rules found, and where (the index of its sentence). */
export type RawClaim = Omit<SuggestedClaim, "headline" | "slugs"> & { sentence: number };

export type When = { occurredOn: string; precision: DatePrecision };

/** The last on-record speaker: their words may go on in the next sentence or paragraph. */
export interface LastSpeaker {
  attribution: Attribution;
  outlet: string | null;
  paragraph: number;
  claimed: boolean;
  date: When | null;
}

/** What the walk over an article's sentences carries from one sentence to the next. */
export interface Walk {
  article: Article;
  pairs: Pair[];
  /** Reps by name, to the one of a couple they speak for. */
  repOf: Map<string, string>;
  /** People the article titles as someone's spokesperson, whoever they speak for ("team spokeswoman Hanna Lehtola"). */
  titledReps: ReadonlySet<string>;
  claims: RawClaim[];
  /** The couple "the pair" and "they" mean now. */
  focus: Pair;
  lastSpeaker: LastSpeaker | null;
  lastRemark: RawClaim | null;
  lastOutletOf: Map<string, { outlet: string; paragraph: number }>;
  dates: DateTrail;
}

/** One prose sentence as the claim rules read it. */
export interface Step {
  sentence: Sentence;
  quotes: Quote[];
  /** The sentence's words outside its quotations. */
  bare: string;
  /** The people it names who may be one of a couple. */
  named: Set<string>;
  sentenceOutlet: string | null;
  /** The couple the sentence is about, when it names both or refers to "the pair". */
  pair: Pair | null;
  pairRef: boolean;
  dates: FoundDate[];
  previousPlace: { place: string; index: number } | null;
}

/** The fields every claim of a sentence shares. */
export const baseOf = (sentence: Sentence, stanceOf: (kind: ClaimKind, words: string) => Stance) => (kind: ClaimKind, words: string) => ({
  kind,
  stance: stanceOf(kind, words),
  evidence: sentence.text,
  sentence: sentence.index,
});
