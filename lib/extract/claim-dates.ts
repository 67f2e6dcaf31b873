import { quotesIn, refsIn, type Article } from "./article";
import { findDates, type FoundDate } from "./dates";
import { relativeDates } from "./relative-dates";
import { PAIR_REFERENCES } from "./lexicon";
import { REP_RE, outsideQuotes } from "./quotes";
import type { Sentence } from "./sentences";
import {
  BACKGROUND_RE,
  CARPET_EVENT,
  RELATIVE_TO_EVENT_RE,
  REPORTED_CLAUSE_RE,
  SPEECH_OCCASION,
  aboutWords,
  eventsIn,
  inWhoClause,
  ledeTold,
  sceneToldLater,
  monthIndex,
} from "./date-clues";
import type { When } from "./walk";

export const INTERVIEW_RE = /\b(?:when|as|after|before) (?:we|I) (?:meet|met|speak|spoke|sit down|sat down|caught up|catch up)\b/i;
const YEAR_IN_FORCE_RE =
  /\b(?:(?:later|earlier) (?:that|the same) year|that same year|the same year|(?:the )?following year|the next year|the year (?:before|after))\b/i;
/** The occasion words were given on: "when asked about it at Thursday's press conference", "when we reached her by phone on Tuesday". */
const OCCASION_RE =
  /\bwhen (?:(?:he|she|they) (?:was|were) )?(?:asked|questioned|approached|contacted|reached|we (?:reached|spoke to|spoke with|met|caught up with|asked))\b[^.;"“”]*/i;
const AFTER_PROGRAMME_RE = /\b(?:after|following|during) the (?:broadcast|show|programme|program|interview|episode|segment)\b/i;
const PROGRAMME_RE = /\b(?:broadcast|show|programme|program|interview|episode|edition|segment|podcast)s?\b/i;
/** Words said on a programme: "Felton said on air", "she told host Yasmin Tollerton", "he told viewers". */
const ON_AIR_RE =
  /\b(?:on air|on (?:the|that) (?:show|programme|program|podcast|broadcast|episode)|told (?:(?:the|her|his|their) )?(?:viewers|listeners|(?:studio )?audience|(?:co-?)?hosts?)|(?:howls|laughter|cheers|applause|gasps|whoops) from the (?:studio )?audience|the host (?:told|asked) (?:her|him|them)\b)/i;
/**
 * Whether a sentence names the occasion its words were given on ("…," she told host Dan Reyes; "when asked at Thursday's press
 * conference"; "after the broadcast"): the rules then date the words by that occasion, which a weighing of words cannot.
 */
export function namesItsOccasion(text: string): boolean {
  return ON_AIR_RE.test(text) || AFTER_PROGRAMME_RE.test(text) || OCCASION_RE.test(text);
}
/** "the following morning", "the next day", "a day later": the day after one just told. */
const FOLLOWING_DAY_RE =
  /\b(?:the (?:following|next) (?:day|morning|afternoon|evening|night)|a day later|the day after)\b(?!\s+(?:the|his|her|their|a|an)\b)/i;
const PRESENT_SPEECH = /\b(?:says|tells|adds|explains|admits|recalls|insists|laughs|shrugs)\b/i;

/** The news day of the story: the first day its first `count` prose paragraphs give from the fortnight before publication. */
export function leadDate(article: Article, count: number): When | null {
  const paragraphs = [...new Set(article.sentences.filter((s) => s.prose).map((s) => s.paragraph))].slice(0, count);
  for (const s of article.sentences.filter((x) => x.prose && paragraphs.includes(x.paragraph))) {
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
  #previous: { when: When; sentence: Sentence } | null = null;
  /** The last day (not month or year) the article gave, and where: the day "that night" and "the following day" count from. */
  #lastDay: { when: When; sentence: Sentence } | null = null;
  /** The last day given outside background ("first met", "had been"): what "that evening" counts from once the story resumes. */
  #lastNewsDay: { when: When; sentence: Sentence } | null = null;
  /** The last day the article gave for something other than words (an outing, an event): the scene an undated outing belongs to. */
  #lastScene: { when: When; sentence: Sentence } | null = null;
  /** Events the article dated ("the Harmony Awards … on Sunday night"), by name and by noun, with their date. */
  #events = new Map<string, When>();
  readonly #article: Article;
  /** The lead's day, or the second paragraph's when a tabloid's hook comes first: the day of undated outings. */
  readonly #newsDay: When | null;
  /** The date of the timeline section being read, from its dated head. */
  section: When | null = null;
  /** The day the news of the article happened, when its opening paragraph gives one from the fortnight before publication. */
  readonly lead: When | null;

  constructor(article: Article) {
    this.#article = article;
    this.lead = leadDate(article, 1);
    this.#newsDay = leadDate(article, 2);
  }

  /** The last date the article gave, and where: "It was the second time…" leans on it. */
  get previous(): { when: When; sentence: Sentence } | null {
    return this.#previous;
  }

  set previous(given: { when: When; sentence: Sentence } | null) {
    // "by Christmas that year": the year of the date given before, not the publication's.
    const inForce = this.#previous?.when.occurredOn.slice(0, 4);
    if (given && inForce && /\b(?:that|the same) year\b/i.test(given.sentence.text) && given.when.occurredOn.length > 4)
      given = { ...given, when: { ...given.when, occurredOn: `${inForce}${given.when.occurredOn.slice(4)}` } };
    this.#previous = given;
    if (given && given.when.occurredOn.length === 10) {
      // "…spent Thanksgiving there, and the morning after the holiday they were spotted…": the sentence's last day is the one in force.
      const article = this.#article;
      const text = outsideQuotes(given.sentence.text, quotesIn(article, given.sentence), given.sentence.start);
      const last = findDates(text, article.published, this.anchor())
        .filter((d) => d.occurredOn.length === 10 && d.occurredOn <= article.published)
        .pop();
      const day = last ? { when: { occurredOn: last.occurredOn, precision: last.precision }, sentence: given.sentence } : given;
      this.#lastDay = day;
      if (!BACKGROUND_RE.test(given.sentence.text)) this.#lastNewsDay = day;
      if (!aboutWords(given.sentence.text)) this.#lastScene = day;
    }
    if (given) this.#remember(given.sentence);
  }

  /** The events a dated sentence names, each with the date nearest to it; the first date given for an event stands. */
  #remember(sentence: Sentence): void {
    const mentions = eventsIn(sentence.text);
    if (!mentions.length) return;
    const article = this.#article;
    const dates = findDates(outsideQuotes(sentence.text, quotesIn(article, sentence), sentence.start), article.published);
    for (const { key, index } of mentions) {
      if (this.#events.has(key) || !dates.length) continue;
      const best = [...dates].sort((a, b) => Math.abs(a.index - index) - Math.abs(b.index - index))[0];
      this.#events.set(key, { occurredOn: best.occurredOn, precision: best.precision });
      if (CARPET_EVENT.test(key)) this.#events.set("latest", { occurredOn: best.occurredOn, precision: best.precision });
    }
  }

  /**
   * "They met in 2019 … by Christmas that year they had split", "Later that year, they wed": the
   * year those words mean is the year of the last date given, not the publication's.
   */
  #inYearInForce(article: Article, given: FoundDate[], sentence: Sentence): FoundDate[] {
    const inForce = this.#previous?.when.occurredOn.slice(0, 4);
    if (!inForce || this.#previous!.sentence.index >= sentence.index) return given;
    const shifted = given.map((d) => {
      if (!/^\s*(?:of )?(?:that|the same) year\b/i.test(sentence.text.slice(d.index + d.text.length))) return d;
      return { ...d, occurredOn: `${inForce}${d.occurredOn.slice(4)}` };
    });
    if (given.length) return shifted;
    const m = YEAR_IN_FORCE_RE.exec(sentence.text);
    if (!m) return given;
    const year = Number(inForce) + (/following|next|after/i.test(m[0]) ? 1 : /before/i.test(m[0]) ? -1 : 0);
    if (String(year) > article.published.slice(0, 4)) return given;
    return [{ occurredOn: String(year), precision: /later|earlier/i.test(m[0]) ? "circa" : "year", index: m.index, text: m[0] }];
  }

  /** The date of an event the sentence names again ("asked on the Harmony Awards carpet", "after the parade"). */
  #eventDate(sentence: Sentence): { when: When; index: number } | null {
    for (const { key, index } of eventsIn(sentence.text)) {
      const when = this.#events.get(key);
      if (when) return { when, index };
    }
    return null;
  }

  /**
   * "The following day", "ten days earlier", "that night": counted from the last day the article
   * gave, even when a month or a year was given since ("…, who met in 2022. The following day…").
   */
  anchor(): string | null {
    // "The pair first met around Easter last year. … Later that evening, the couple were seen…": the story's day, not the background's.
    return (this.#lastNewsDay ?? this.#lastDay)?.when.occurredOn ?? null;
  }

  /**
   * The date in force for an undated outing: the last day the article gave, when it is the news
   * of the story (within a fortnight before publication) and no more than two paragraphs up —
   * "They were spotted at the pub on Thursday night. [quote] The pair perched on bar stools…".
   * Not for what the sentence marks as background ("had", "first", "used to", "before that").
   */
  private inForce(article: Article, sentence: Sentence): When | null {
    // A month given since the last scene's day ("photographed with him at a ceilidh last month") is the scene now, when it is this month or last.
    const month =
      this.#previous && this.#previous.when.occurredOn.length === 7 && !aboutWords(this.#previous.sentence.text) ? this.#previous : null;
    const scene = month && (!this.#lastScene || month.sentence.index > this.#lastScene.sentence.index) ? month : this.#lastScene;
    if (!scene || scene.sentence.index >= sentence.index || scene.sentence.paragraph < sentence.paragraph - 2) return null;
    if (BACKGROUND_RE.test(sentence.text)) return null;
    if (scene === month) {
      const months = monthIndex(article.published) - monthIndex(scene.when.occurredOn);
      return months >= 0 && months <= 1 ? scene.when : null;
    }
    const days = (Date.parse(article.published) - Date.parse(scene.when.occurredOn)) / 86_400_000;
    return days < 0 || days > 14 ? null : scene.when;
  }

  /**
   * The date of a claim (`speaker` undefined for outings and events, null for unnamed sources and
   * reports, else the named speaker or the rep's principal), in this order: the sentence's own date
   * nearest to `at` (the cue or the speech verb), leaving out dates in a clause about the speaker
   * ("one punter who watched them on Thursday") or in what was said ("said the pair had met in
   * June") and, for words in the present tense, dates of anything else; an event the article dated
   * and names again; the date of the sentence just before (or earlier in the same paragraph) that
   * sets up the same scene or the same speaker's words; the timeline section; a profile's meeting;
   * for outings, the scene in force, the lede's next sentence, or the news day; else the
   * publication day marked circa.
   */
  dateFor(article: Article, given: FoundDate[], sentence: Sentence, at: number | null, speaker?: string | null, viaRep = false): When {
    const when = this.#resolve(article, given, sentence, at, speaker, viaRep);
    // "She arrived at the Silver Lantern Gala on his arm" (dated by the sentence before): the gala is of that day from now on.
    if (speaker === undefined && !(when.precision === "circa" && when.occurredOn === article.published))
      for (const { key } of eventsIn(sentence.text)) {
        if (key !== "latest" && !this.#events.has(key)) this.#events.set(key, when);
        if (CARPET_EVENT.test(key)) this.#events.set("latest", when);
      }
    return when;
  }

  /**
   * "The Grid Gazette claimed on April 17 that… Her agent called that 'pure fiction' the following morning", "Last Saturday…
   * The following day the two were together again": when counting from the date in force gave nothing (it is the story's
   * news day, and the day after it has not come yet), count from the day the claim just before was dated.
   */
  #followingDay(article: Article, given: FoundDate[], sentence: Sentence): FoundDate[] {
    const m = FOLLOWING_DAY_RE.exec(sentence.text);
    const previous = this.#previous;
    if (!m || given.some((d) => d.index >= m.index && d.index < m.index + m[0].length)) return given;
    if (
      !previous ||
      previous.when.precision !== "day" ||
      previous.sentence.index >= sentence.index ||
      previous.sentence.index < sentence.index - 2
    )
      return given;
    const counted = relativeDates(m[0], article.published, previous.when.occurredOn, []).map((d) => ({ ...d, index: m.index }));
    return [...given, ...counted].sort((a, b) => a.index - b.index);
  }

  #paragraphDay(article: Article, sentence: Sentence): When | null {
    const head = article.sentences.find((s) => s.paragraph === sentence.paragraph);
    if (!head || head.index >= sentence.index || !/^\W*(?:[\p{L}-]+\s+){0,2}[\p{L}-]+[.:]\s*$/u.test(head.text)) return null;
    const found = findDates(head.text, article.published).find((d) => d.index <= 2);
    return found ? { occurredOn: found.occurredOn, precision: found.precision } : null;
  }

  #resolve(article: Article, given: FoundDate[], sentence: Sentence, at: number | null, speaker?: string | null, viaRep = false): When {
    const { previous, section, interview } = this;
    given = this.#inYearInForce(article, given, sentence);
    given = this.#followingDay(article, given, sentence);
    const event = this.#eventDate(sentence);
    // "The morning after the parade": counted from the parade's day, not from the last day given.
    if (event && event.when.occurredOn.length === 10)
      given = given.map((d) => {
        const m = RELATIVE_TO_EVENT_RE.exec(d.text.trim());
        if (!m || event.index < d.index + d.text.length || event.index > d.index + d.text.length + 30) return d;
        const day = new Date(Date.parse(`${event.when.occurredOn}T12:00:00Z`) + (/after/i.test(m[2]) ? 1 : -1) * 86_400_000);
        return { ...d, occurredOn: day.toISOString().slice(0, 10), precision: "day" as const };
      });
    // '"…," gasped one punter who watched them at the bar on Thursday night', 'A person who worked with them this summer said…':
    // a date in a clause about the speaker's own doings does not date the words.
    // '…, one guest tells me, "…"': words in the present tense are given now; a date elsewhere in the sentence is of what they tell.
    const verb = at === null ? -1 : at - sentence.start;
    const present = verb >= 0 && new RegExp(`^(?:${PRESENT_SPEECH.source})`, "i").test(sentence.text.slice(verb));
    // "A source said the pair had grown close over the holidays": a date inside the reported clause dates what it tells, not the words.
    const told = speaker !== undefined ? REPORTED_CLAUSE_RE.exec(sentence.text) : null;
    const dates =
      speaker !== undefined
        ? given.filter(
            (d) =>
              !(told && d.index > told.index + told[0].length - 1) &&
              // "They were at a party late last month, and a guest who was there emailed us: '…'": the date is the party's clause's.
              !(
                speaker === null &&
                verb > d.index &&
                /,\s+(?:and|but)\s+(?:an?|one|another)\s/i.test(sentence.text.slice(d.index, verb))
              ) &&
              (at === null || (!inWhoClause(sentence.text, d.index, verb) && !(present && (d.index < verb || d.index - verb > 25)))),
          )
        : given;
    // '"…," she said when we reached her by phone on Tuesday', '…, grinned the manager when asked at Thursday's press conference': the occasion's date.
    if (!dates.length && speaker !== undefined) {
      const occasion = OCCASION_RE.exec(sentence.text);
      const day = occasion && findDates(occasion[0], article.published).find((d) => d.occurredOn <= article.published);
      if (day) return { occurredOn: day.occurredOn, precision: day.precision };
    }
    // An event the article dated, named again: its date ("Asked on the Harmony Awards carpet, he grinned and said…").
    if (!dates.length && event) return event.when;
    // "Her publicist confirmed it to the show after the broadcast", "'…,' Felton said on air": the day of the programme the article last dated.
    const onAir = ON_AIR_RE.test(outsideQuotes(sentence.text, quotesIn(article, sentence), sentence.start));
    if (
      !dates.length &&
      speaker !== undefined &&
      (AFTER_PROGRAMME_RE.test(sentence.text) || onAir) &&
      this.#lastDay &&
      this.#lastDay.sentence.index < sentence.index &&
      (!onAir || this.#lastDay.sentence.paragraph >= sentence.paragraph - 3) &&
      PROGRAMME_RE.test(this.#lastDay.sentence.text) &&
      // "After the broadcast, a spokesperson told this programme…": the broadcast is the article's own.
      !/\bthis (?:broadcast|show|programme|program|podcast)\b|\b(?:told|tells) us\b/i.test(sentence.text)
    )
      return this.#lastDay.when;
    // "Fennessy was less talkative on the carpet. Asked by a reporter…, he said: '…'": the event the sentence before sets, for the same speaker.
    const before = article.sentences[sentence.index - 1];
    const setting =
      speaker && before?.paragraph === sentence.paragraph && !quotesIn(article, before).length ? this.#eventDate(before) : null;
    if (!dates.length && setting && refsIn(article, before).some((r) => r.value.person === speaker)) return setting.when;
    // "That changed on Monday. Kessler's rep confirmed the relationship to EntertainNow": a short sentence that only sets the day.
    if (
      !dates.length &&
      previous &&
      previous.sentence.index === sentence.index - 1 &&
      previous.sentence.paragraph === sentence.paragraph &&
      previous.sentence.text.split(/\s+/).length <= 7 &&
      !refsIn(article, previous.sentence).length &&
      !quotesIn(article, previous.sentence).length
    )
      return previous.when;
    if (!dates.length && previous) {
      // "Appearing on Monday's edition of the show, she was asked about him. She did not hesitate. ¶ '…,' Kettridge said":
      // the occasion told at the end of the paragraph before, with no words quoted since, dates the quote opening the next.
      const between = article.sentences.slice(previous.sentence.index, sentence.index);
      const setUp =
        speaker !== undefined &&
        previous.sentence.paragraph === sentence.paragraph - 1 &&
        article.sentences[sentence.index - 1]?.paragraph === sentence.paragraph - 1 &&
        // ("Then on Monday morning came the words. Asked about the Finn on the radio, Hedqvist did not hesitate. ¶ '…,' she said.")
        (SPEECH_OCCASION.test(previous.sentence.text) ||
          (previous.sentence.index === sentence.index - 2 && SPEECH_OCCASION.test(article.sentences[sentence.index - 1].text))) &&
        between.every((s) => !quotesIn(article, s).length);
      const near = previous.sentence.paragraph === sentence.paragraph || previous.sentence.index === sentence.index - 1 || setUp;
      // One of the pair may be "the couple"; a rep's principal must be named.
      // A rep's words do not take the day of someone else's words just before ("Appearing on a show on Friday, he said…").
      // A voice the article introduces only now ("The song's producer, Benji Cole, told…") is no one "the two" were.
      const newVoice = article.refs.find((r) => r.value.person === speaker)?.start ?? -1;
      const mentioned = (s: Sentence) =>
        (viaRep ? REP_RE.test(s.text) || !SPEECH_OCCASION.test(s.text) : true) &&
        (refsIn(article, s).some((r) => r.value.person === speaker) ||
          (!viaRep && newVoice < sentence.start && PAIR_REFERENCES.test(s.text)));
      // The sentence just before that names the speaker ("…, the conductor said in an interview published on Wednesday.") dates the quote after it.
      // Or the sentence just before sets up words without naming anyone ("Within hours, both agencies had issued statements.").
      const justBefore =
        setUp ||
        (previous.sentence.index === sentence.index - 1 &&
          !quotesIn(article, previous.sentence).length &&
          SPEECH_OCCASION.test(previous.sentence.text));
      const sameSpeaker =
        (speaker === undefined && !BACKGROUND_RE.test(sentence.text) && !aboutWords(previous.sentence.text)) ||
        (speaker !== null &&
          (((previous.sentence.paragraph === sentence.paragraph || justBefore) && mentioned(previous.sentence)) ||
            (justBefore && !refsIn(article, previous.sentence).length)));
      // "Thornbury, who finished third at last year's world tour, has been dodging questions": an aside's date dates no words after it.
      const aside = findDates(previous.sentence.text, article.published).some(
        (d) => d.occurredOn === previous.when.occurredOn && /,\s+who\b[^,;]*$/i.test(previous.sentence.text.slice(0, d.index)),
      );
      if (near && sameSpeaker && !(speaker !== undefined && aside)) return previous.when;
    }
    if (!dates.length && section) return section;
    // A diary's paragraph that opens on its day ("Tuesday. The denial. Gisela Raabe found me in the lobby…"): every line in it.
    const day = !dates.length ? this.#paragraphDay(article, sentence) : null;
    if (day) return day;
    // A profile's present tense ("…," Fontaine tells Loom) was said when the writer met the subject.
    if (!dates.length && interview && speaker !== undefined && PRESENT_SPEECH.test(sentence.text)) return interview;
    if (dates.length) {
      const local = at === null ? 0 : at - sentence.start;
      const best = [...dates].sort((a, b) => Math.abs(a.index - local) - Math.abs(b.index - local))[0];
      return { occurredOn: best.occurredOn, precision: best.precision };
    }
    // "A has confirmed he is dating B. The rapper made the admission on a podcast released on Tuesday.": the next sentence dates the words.
    if (!dates.length && speaker) {
      const next = article.sentences[sentence.index + 1];
      const tells =
        next?.paragraph === sentence.paragraph &&
        !quotesIn(article, next).length &&
        SPEECH_OCCASION.test(next.text) &&
        refsIn(article, next).some((r) => r.value.person === speaker);
      const day = tells && findDates(next.text, article.published).find((d) => d.occurredOn <= article.published);
      if (day) return { occurredOn: day.occurredOn, precision: day.precision };
    }
    // An undated outing in a news story ("They arrived together") is the one the story dated just before, else the opening paragraph's.
    if (speaker === undefined) {
      const current = this.inForce(article, sentence) ?? ledeTold(article, sentence) ?? sceneToldLater(article, sentence) ?? this.#newsDay;
      if (current) return current;
    }
    return { occurredOn: article.published, precision: "circa" };
  }
}
