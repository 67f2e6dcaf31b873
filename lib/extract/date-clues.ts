import { quotesIn, type Article } from "./article";
import { findDates } from "./dates";
import { outsideQuotes } from "./quotes";
import type { Sentence } from "./sentences";
import type { When } from "./walk";

/**
 * What the words around a date say about whose date it is (claim-dates.ts uses them): background
 * sentences, the occasion words were said on, events an article may name again, clauses that
 * report what was said or describe the speaker, and a lede dated by the sentence after it.
 */

/** A sentence about an earlier time than the story's: "had been", "first met", "used to", "since". */
export const BACKGROUND_RE =
  /\b(?:had (?:been|\w+ed)|first (?:met|worked|dated|shared|teamed|starred|linked)|used to|previously|before that|in the past|back then|years? ago)\b/i;
/** A sentence that sets up the words after it: the occasion they were said on. */
export const SPEECH_OCCASION =
  /\b(?:said|says|told|tells|interview|statements?|spoke|speaking|asked|answered|opened up|addressed|responded|replied|joked|quipped|admitted|laughed|giggled|played coy|grinned|posted|wrote|issued|hit back|admission|remarks|comments|talk(?:ed|ing|s)? (?:about|to|with)|on air|in the studio|reporters|cornered|press conference|gave (?:little|nothing) away)\b/i;
/** An event the article may name again: "the Harmony Awards", "Marlow's Independence Day parade", "the premiere". */
const EVENT_NOUN = String.raw`(?:premiere|parade|gala|ball|wedding|reception|party|after-?party|awards|ceremony|festival|concert|fundraiser|screening|junket|fair|carnival)`;
const NAMED_EVENT_RE = new RegExp(
  String.raw`\b((?:[A-Z][\w'’-]+\s+){1,4})${EVENT_NOUN.replace("(?:", "(?:[Aa]wards|[Bb]all|[Gg]ala|[Ff]estival|[Pp]arade|[Pp]remiere|")}\b`,
  "g",
);
const GENERIC_EVENT_RE = new RegExp(String.raw`\b(?:the|its|their|her|his)\s+(?:[\w'’-]+\s+){0,2}?(${EVENT_NOUN})\b`, "gi");
/** Events with a red carpet: what "on the carpet" points back to ("latest" is the carpet itself, walked again). */
export const CARPET_EVENT =
  /^(?:latest$|noun:(?:premiere|gala|ball|awards|ceremony|party|screening|runwayshow)$|name:.*\b(?:premiere|gala|ball|awards)$)/;
export const RELATIVE_TO_EVENT_RE = /^the (day|morning|afternoon|evening|night) (after|before)$/i;
/** A speech verb followed by what was said: "said (that) the pair had…", "told Marquee that she is…". */
export const REPORTED_CLAUSE_RE =
  /\b(?:said|says|told|tells|claimed|claims|insisted|insists|revealed|reveals)\b(?:\s+(?:[A-Z][\w'’&.-]*\s+){0,4}|\s+(?:us|me|him|her|reporters)\s+)?\s*(?:that\s+|the (?:pair|couple|two)\b|they\b|he\b|she\b)/;

export const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));

/** Whether the date at `index` sits in a "who" clause about the speaker whose speech verb is at `verb` (unless the clause tells the speaking). */
export function inWhoClause(text: string, index: number, verb: number): boolean {
  if (index > verb) return /\bwho\b/i.test(text.slice(verb, index));
  const clause = /\bwho\b(?:(?!\bwho\b).)*$/i.exec(text.slice(0, index));
  // "…, who took over hosting duties together last year, have never confirmed…": a clause telling the couple's story keeps its date.
  return (
    clause !== null &&
    !/\b(?:spoke|speaking|told|talked|said|together|couple|pair|dat(?:ed|ing)|linked|married|engaged|split)\b/i.test(clause[0])
  );
}

/**
 * An undated lede dated by the sentence after it, which tells when it happened: "X and Y have been
 * tapped to star in Z. Both actors closed deals over the weekend." Only the article's first prose
 * sentence, only a next sentence of the same paragraph, and never a date after publication.
 */
export function ledeTold(article: Article, sentence: Sentence): When | null {
  const lede = article.sentences.find((s) => s.prose);
  const next = article.sentences[sentence.index + 1];
  if (lede?.index !== sentence.index || !next || next.paragraph !== sentence.paragraph) return null;
  const day = findDates(outsideQuotes(next.text, quotesIn(article, next), next.start), article.published).find(
    (d) => d.occurredOn <= article.published,
  );
  return day ? { occurredOn: day.occurredOn, precision: day.precision } : null;
}

/** A venue's or a place's name of two words or more, not opening the sentence: "the Estadio Vallemar", "Dolphin Bar". */
const VENUE_RUN = /(?<=\s)(?:[A-Z][\p{L}'’&-]+\s+){1,3}[A-Z][\p{L}'’-]+/gu;

/**
 * An undated outing in the opening paragraph that the article tells again, dated, further down: "…
 * days after the couple were pictured in the tunnel at the Estadio Vallemar. … She was in the stands
 * at the Estadio Vallemar last Tuesday, and the pair were photographed…". The later sentence names
 * the same venue (people, outlets and quotations aside) and gives a day, not after publication.
 */
export function sceneToldLater(article: Article, sentence: Sentence): When | null {
  const opening = article.sentences.find((s) => s.prose)?.paragraph;
  if (sentence.paragraph !== opening) return null;
  const venues = [...article.masked.slice(sentence.start, sentence.end).matchAll(VENUE_RUN)].map((m) => m[0]);
  if (!venues.length) return null;
  for (const later of article.sentences.filter((s) => s.prose && s.index > sentence.index)) {
    const masked = article.masked.slice(later.start, later.end);
    if (!venues.some((v) => masked.includes(v)) || !OUTING_WORDS.test(later.text)) continue;
    const day = findDates(outsideQuotes(later.text, quotesIn(article, later), later.start), article.published).find(
      (d) => d.precision === "day" && d.occurredOn <= article.published,
    );
    if (day) return { occurredOn: day.occurredOn, precision: day.precision };
  }
  return null;
}

/**
 * Whether a sentence's date is that of words rather than of an outing: it is told around a
 * speech verb ("Appearing on a breakfast show on Friday, he said…") with no outing in it.
 */
export function aboutWords(text: string): boolean {
  if (OUTING_WORDS.test(text)) return false;
  return SPEECH_OCCASION.test(text);
}
const OUTING_WORDS =
  /\b(?:seen|spotted|photographed|pictured|snapped|arrived|attended|turned up|left|leaving|dined|dining|walked|posed|kissed|danced|holding hands|together at)\b/i;

/** The events a sentence names: by name ("harmony awards") and by noun ("parade"), with where. */
export function eventsIn(text: string): { key: string; index: number }[] {
  const out: { key: string; index: number }[] = [];
  for (const m of text.matchAll(NAMED_EVENT_RE)) {
    const name = m[0]
      .replace(/^(?:The|At|On|In|After|Before)\s+/, "")
      .replace(/['’]s\b/g, "")
      .toLowerCase();
    if (name.split(/\s+/).length < 2) continue;
    out.push({ key: `name:${name}`, index: m.index });
    out.push({ key: `noun:${name.split(/\s+/).pop()!.replace("-", "")}`, index: m.index });
  }
  for (const m of text.matchAll(GENERIC_EVENT_RE)) out.push({ key: `noun:${m[1].toLowerCase().replace("-", "")}`, index: m.index });
  // "turned up to the ceremony hand in hand", "at the reception": parts of the wedding the article dated, unless dated themselves.
  for (const m of text.matchAll(/\b(?:the|its|their)\s+(?:wedding\s+)?(?:ceremony|reception|vows|wedding breakfast)\b/gi))
    out.push({ key: "noun:wedding", index: m.index });
  // "the Ostuni spring/summer 2025 show", "a runway show": a fashion show is an event the pair are seen at; a TV show is not.
  for (const m of text.matchAll(
    /\b(?:fashion|runway|catwalk|couture|(?:spring|autumn|fall|resort)(?:\/(?:summer|winter))?(?:\s+\d{4})?)\s+shows?\b/gi,
  ))
    out.push({ key: "noun:runwayshow", index: m.index });
  // "he told Bias Cut backstage": behind the scenes of the event the article dated last.
  for (const m of text.matchAll(/\bbackstage\b/gi)) out.push({ key: "latest", index: m.index });
  // "on the red carpet", "at the event": the event the article dated last.
  for (const m of text.matchAll(/\b(?:on|at|from|after) the (?:red )?carpet\b|\b(?:at|after|during) the event\b/gi))
    out.push({ key: "latest", index: m.index });
  return out;
}
