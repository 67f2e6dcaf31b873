/**
 * Pure rules of the search box: how a reader's words become an FTS5 query,
 * which indexed words count as a close spelling, and how highlighted text is
 * cut into plain and matched pieces. No I/O, so every rule has a unit test.
 */

/** Longest query we read; the rest is ignored. */
export const MAX_QUERY_LENGTH = 200;
/** At most this many words take part in a query. */
export const MAX_QUERY_TERMS = 8;

/**
 * Markers FTS5's highlight() and snippet() put around a match. Private-use
 * characters: they never reach the page, which cuts on them and renders the
 * pieces as escaped text (`<mark>` elements, never HTML strings).
 */
export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

/** Case- and accent-folded, like the index's tokenizer (`unicode61 remove_diacritics 2`). */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/**
 * The words of a query, folded, in order, without repeats: letters and digits
 * only, so nothing a reader types can be read as FTS5 syntax.
 */
export function queryTerms(query: string): string[] {
  const words = foldText(query.slice(0, MAX_QUERY_LENGTH)).match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_QUERY_TERMS);
}

/** Every word as a prefix, all required: "ana de arm" → `"ana"* AND "de"* AND "arm"*`. */
export function prefixMatchQuery(terms: string[]): string {
  return terms.map((t) => `"${t}"*`).join(" AND ");
}

export interface TermAlternatives {
  term: string;
  /** Indexed words close to the term; empty when the term is kept as typed. */
  alternatives: string[];
}

/** Like prefixMatchQuery, with each misspelt word replaced by its close spellings: `("armsa"* OR "armas")`. */
export function alternativesMatchQuery(groups: TermAlternatives[]): string {
  return groups
    .map(({ term, alternatives }) =>
      alternatives.length === 0 ? `"${term}"*` : `(${[`"${term}"*`, ...alternatives.map((a) => `"${a}"`)].join(" OR ")})`,
    )
    .join(" AND ");
}

/** Typos a word may have and still match: none under 4 letters, one from 4, two from 7. */
export function allowedTypos(term: string): number {
  const length = [...term].length;
  return length >= 7 ? 2 : length >= 4 ? 1 : 0;
}

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions and
 * swaps of neighbours), or `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, prevPrev[j - 2] + 1);
      row.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return Math.min(prev[t.length], max + 1);
}

export interface IndexedTerm {
  term: string;
  /** How many entries hold the word: more common words are preferred among equally close ones. */
  docs: number;
}

/**
 * Indexed words a reader probably meant by `term`: within its allowed typos of
 * the whole word, or of the word's beginning (the reader was still typing:
 * "crusi" → "cruise"). Closest first, then the more common; at most `limit`.
 */
export function closeSpellings(term: string, vocabulary: Iterable<IndexedTerm>, limit = 3): string[] {
  const max = allowedTypos(term);
  if (max === 0) return [];
  const length = [...term].length;
  const found: { term: string; distance: number; docs: number }[] = [];
  for (const { term: word, docs } of vocabulary) {
    if (word === term) continue;
    const chars = [...word];
    if (chars.length < length - max) continue;
    let distance = editDistance(term, word, max);
    if (distance > max && chars.length > length) distance = Math.min(distance, editDistance(term, chars.slice(0, length).join(""), max));
    if (distance <= max) found.push({ term: word, distance, docs });
  }
  found.sort((x, y) => x.distance - y.distance || y.docs - x.docs || x.term.localeCompare(y.term));
  return [...new Set(found.map((f) => f.term))].slice(0, limit);
}

export interface TextSegment {
  text: string;
  match: boolean;
}

/** Cuts text marked by highlight()/snippet() into plain and matched pieces, dropping empty ones. */
export function highlightSegments(marked: string | null | undefined): TextSegment[] {
  if (!marked) return [];
  const segments: TextSegment[] = [];
  let match = false;
  let current = "";
  for (const ch of marked) {
    if (ch === MARK_START || ch === MARK_END) {
      if (current) segments.push({ text: current, match });
      current = "";
      match = ch === MARK_START;
      continue;
    }
    current += ch;
  }
  if (current) segments.push({ text: current, match });
  return segments;
}

/**
 * Marks the words of `text` that begin with one of `terms` (folded), the way
 * the index matches them: for text shown beside a result that FTS5 did not
 * highlight itself (a claim's pair, named in its "people" column).
 */
export function markWordPrefixes(text: string, terms: string[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const folded = foldText(m[0]);
    if (!terms.some((t) => t && folded.startsWith(t))) continue;
    if (m.index > last) segments.push({ text: text.slice(last, m.index), match: false });
    segments.push({ text: m[0], match: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}

/** True when any piece is a match. */
export function hasMatch(segments: TextSegment[]): boolean {
  return segments.some((s) => s.match);
}
