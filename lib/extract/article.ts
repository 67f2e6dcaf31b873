import type { ExtractInput, LedgerNames } from "./types";
import { splitSentences, type Sentence } from "./sentences";
import { findOutletNames, outletSpans, withShortOutlet } from "./outlets";
import { findPeople, type Person, type PersonRef } from "./people";
import { personRefs } from "./refs";
import { findQuotes, type Quote } from "./quotes";
import { mask, within, type Span } from "./spans";
import { plainSpaces, unwrapLines } from "./unwrap";

/** Everything the claim rules read: the sentences and, with offsets, the people, outlets and quotes. */
export interface Article {
  text: string;
  published: string;
  outlet: string | null;
  sentences: Sentence[];
  people: Person[];
  refs: Span<PersonRef>[];
  outlets: Span<string>[];
  quotes: Quote[];
  /** The text with outlets, people and quotations blanked (for places). */
  masked: string;
}

/** Drops a ledger name's parenthetical ("Daily Glimmer (fictional tabloid)" → "Daily Glimmer"). */
export function plainName(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, "").trim();
}

/** Reads the article once: sentences, outlets, people (with surnames and pronouns resolved), quotes. */
export function analyseArticle(input: ExtractInput, ledger: LedgerNames): Article {
  const text = unwrapLines(plainSpaces(input.text.replace(/\r\n?/g, "\n")));
  const sentences = splitSentences(text, findQuotes(text));
  const ledgerPeople = ledger.people.map((p) => p.name);
  const knownPeople = new Set([...ledgerPeople, ...ledger.people.flatMap((p) => p.aliases)]);
  const outletNames = findOutletNames(
    text,
    [...(input.outlet ? [input.outlet] : []), ...ledger.outlets.map((o) => plainName(o.name))],
    knownPeople,
  );
  const outlets = withShortOutlet(text, input.outlet ?? null, outletSpans(text, outletNames));
  const withoutOutlets = mask(text, outlets);
  const people = findPeople(
    text,
    withoutOutlets,
    ledgerPeople,
    sentences.filter((s) => !s.prose),
  );
  const aliases = new Map(ledger.people.filter((p) => people.some((q) => q.name === p.name)).map((p) => [p.name, p.aliases]));
  const refs = personRefs(withoutOutlets, people, aliases);
  const quotes = findQuotes(text).filter((q) => !isTitle(text, q));
  const masked = mask(withoutOutlets, [...refs, ...quotes]);
  return { text, published: input.published, outlet: input.outlet?.trim() || null, sentences, people, refs, outlets, quotes, masked };
}

export function refsIn(article: Article, s: { start: number; end: number }): Span<PersonRef>[] {
  return within(article.refs, s.start, s.end);
}

export function outletsIn(article: Article, s: { start: number; end: number }): Span<string>[] {
  return within(article.outlets, s.start, s.end);
}

export function quotesIn(article: Article, s: { start: number; end: number }): Quote[] {
  return article.quotes.filter((q) => q.start >= s.start && q.start < s.end);
}

const SMALL_WORDS = new Set(["of", "the", "a", "an", "in", "on", "and", "to", "for", "at", "with", "my", "your", "me", "from", "by"]);
const TITLE_CUE_BEFORE =
  /\b(?:single|song|album|film|movie|show|series|track|hit|titled|called|play|musical|podcast|EP|record)\s*[“"‘']?\s*$/i;
const SPEECH_AFTER_RE =
  /^[,.]?["”’']?\s*(?:[\w.-]+\s+){0,3}?(?:said|says|told|tells|added|wrote|posted|joked|insisted|laughed|explained)\b/i;

/**
 * A quoted title, not quoted words: a song, album, film or show ("teamed up on "Neon Psalm"").
 * Every word is capitalised (small words aside), it has no sentence punctuation, and no speech
 * verb follows it.
 */
function isTitle(text: string, q: Quote): boolean {
  const words = q.text.trim().split(/\s+/);
  if (words.length > 6 || /[.!?,;]$/.test(q.text.trim())) return false;
  // One capitalised word is a title only where a title is named ("the single "Halogen""); else it is a word said ("No").
  if (words.length === 1 && !TITLE_CUE_BEFORE.test(text.slice(Math.max(0, q.start - 30), q.start))) return false;
  if (!words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && SMALL_WORDS.has(w)))) return false;
  return !SPEECH_AFTER_RE.test(text.slice(q.end, q.end + 40));
}
