import type { ExtractInput, LedgerNames } from "./types";
import { splitSentences, type Sentence } from "./sentences";
import { findOutletNames, outletSpans } from "./outlets";
import { findPeople, type Person, type PersonRef } from "./people";
import { personRefs } from "./refs";
import { findQuotes, type Quote } from "./quotes";
import { mask, within, type Span } from "./spans";

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
  const text = input.text.replace(/\r\n?/g, "\n");
  const sentences = splitSentences(text);
  const ledgerPeople = ledger.people.map((p) => p.name);
  const knownPeople = new Set([...ledgerPeople, ...ledger.people.flatMap((p) => p.aliases)]);
  const outletNames = findOutletNames(
    text,
    [...(input.outlet ? [input.outlet] : []), ...ledger.outlets.map((o) => plainName(o.name))],
    knownPeople,
  );
  const outlets = outletSpans(text, outletNames);
  const withoutOutlets = mask(text, outlets);
  const people = findPeople(
    text,
    withoutOutlets,
    ledgerPeople,
    sentences.filter((s) => !s.prose),
  );
  const aliases = new Map(ledger.people.filter((p) => people.some((q) => q.name === p.name)).map((p) => [p.name, p.aliases]));
  const refs = personRefs(withoutOutlets, people, aliases);
  const quotes = findQuotes(text);
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
