import { quotesIn, refsIn, type Article } from "./article";
import { findDates, type FoundDate } from "./dates";
import { PAIR_REFERENCES } from "./lexicon";
import { outsideQuotes } from "./quotes";
import type { Sentence } from "./sentences";
import type { When } from "./walk";

export const INTERVIEW_RE = /\b(?:when|as|after|before) (?:we|I) (?:meet|met|speak|spoke|sit down|sat down|caught up|catch up)\b/i;
const PRESENT_SPEECH = /\b(?:says|tells|adds|explains|admits|recalls|insists|laughs|shrugs)\b/i;

function leadDate(article: Article): When | null {
  const first = article.sentences.find((s) => s.prose);
  if (!first) return null;
  for (const s of article.sentences.filter((x) => x.prose && x.paragraph === first.paragraph)) {
    const day = findDates(outsideQuotes(s.text, quotesIn(article, s), s.start), article.published).find((d) => d.precision === "day");
    const days = day ? (Date.parse(article.published) - Date.parse(day.occurredOn)) / 86_400_000 : -1;
    if (day && days >= 1 && days <= 14) return { occurredOn: day.occurredOn, precision: day.precision };
  }
  return null;
}

/** The dates an article has given so far, which date the claims of the sentences after them. */
export class DateTrail {
  /** When the writer met the subject of a profile ("when we meet at a bistro in late August"). */
  interview: When | null = null;
  /** The last date the article gave, and where: "It was the second time…" leans on it. */
  previous: { when: When; sentence: Sentence } | null = null;
  /** The date of the timeline section being read, from its dated head. */
  section: When | null = null;
  /** The day the news of the article happened, when its opening paragraph gives one from the fortnight before publication. */
  readonly lead: When | null;

  constructor(article: Article) {
    this.lead = leadDate(article);
  }

  /** "The following day", "ten days earlier": counted from the last day the article gave. */
  anchor(): string | null {
    return this.previous && this.previous.when.occurredOn.length === 10 ? this.previous.when.occurredOn : null;
  }

  /**
   * The date nearest to `at` among the sentence's dates; else the date of the sentence just
   * before (or earlier in the same paragraph); else the publication day marked circa.
   */
  dateFor(article: Article, dates: FoundDate[], sentence: Sentence, at: number | null, speaker?: string | null, viaRep = false): When {
    const { previous, section, interview, lead } = this;
    if (!dates.length && previous) {
      const near = previous.sentence.paragraph === sentence.paragraph || previous.sentence.index === sentence.index - 1;
      // One of the pair may be "the couple"; a rep's principal must be named.
      const mentioned = (s: Sentence) =>
        refsIn(article, s).some((r) => r.value.person === speaker) || (!viaRep && PAIR_REFERENCES.test(s.text));
      // The sentence just before that names the speaker ("…, the conductor said in an interview published on Wednesday.") dates the quote after it.
      const sameSpeaker =
        speaker === undefined ||
        (speaker !== null &&
          (previous.sentence.paragraph === sentence.paragraph ||
            (previous.sentence.index === sentence.index - 1 &&
              !quotesIn(article, previous.sentence).length &&
              /\b(?:said|says|told|tells|interview|statements?|spoke|speaking)\b/i.test(previous.sentence.text))) &&
          mentioned(previous.sentence));
      if (near && sameSpeaker) return previous.when;
    }
    if (!dates.length && section) return section;
    // A profile's present tense ("…," Fontaine tells Loom) was said when the writer met the subject.
    if (!dates.length && interview && speaker !== undefined && PRESENT_SPEECH.test(sentence.text)) return interview;
    if (dates.length) {
      const local = at === null ? 0 : at - sentence.start;
      const best = [...dates].sort((a, b) => Math.abs(a.index - local) - Math.abs(b.index - local))[0];
      return { occurredOn: best.occurredOn, precision: best.precision };
    }
    // An undated outing in a news story ("They arrived together") is the one the opening paragraph dated.
    if (speaker === undefined && lead) return lead;
    return { occurredOn: article.published, precision: "circa" };
  }
}
