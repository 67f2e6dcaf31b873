import "server-only";
import { inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { PairStatus } from "@/db/enums";
import { claims } from "@/db/schema";
import { loadClaimViews } from "@/lib/claims/load";
import type { ClaimView, PersonRef } from "@/lib/claims/types";
import { publicPairSql } from "@/lib/pairs/visibility";
import {
  alternativesMatchQuery,
  closeSpellings,
  foldText,
  highlightSegments,
  hasMatch,
  markWordPrefixes,
  MARK_END,
  MARK_START,
  prefixMatchQuery,
  queryTerms,
  type IndexedTerm,
  type TermAlternatives,
  type TextSegment,
} from "./query";

export interface PersonHit {
  slug: string;
  name: TextSegment[];
  /** The aliases, when one of them matched. */
  aliases: TextSegment[] | null;
  description: string | null;
}

export interface PairHit {
  slug: string;
  status: PairStatus;
  people: [PersonRef, PersonRef];
  names: TextSegment[];
  aliases: TextSegment[] | null;
}

export interface ClaimHit {
  claim: ClaimView;
  headline: TextSegment[];
  /** The best matching passage of the details or quote, when the match is there. */
  excerpt: TextSegment[] | null;
  place: TextSegment[];
  outlets: TextSegment[];
  /** The pair's names, with the words the query matched marked. */
  pair: TextSegment[];
}

export interface SearchResults {
  query: string;
  terms: string[];
  /** Set when nothing matched as typed and close spellings were searched instead. */
  corrections: TermAlternatives[] | null;
  people: PersonHit[];
  pairs: PairHit[];
  claims: ClaimHit[];
  totals: { people: number; pairs: number; claims: number };
}

export interface SearchOptions {
  limits?: { people?: number; pairs?: number; claims?: number };
  /** Claims to skip, for "more claims". */
  claimsOffset?: number;
}

const TABLES = ["search_people", "search_pairs", "search_claims"] as const;

const EMPTY = (query: string, terms: string[] = []): SearchResults => ({
  query,
  terms,
  corrections: null,
  people: [],
  pairs: [],
  claims: [],
  totals: { people: 0, pairs: 0, claims: 0 },
});

function totals(db: Db, match: string) {
  const count = (table: (typeof TABLES)[number]) =>
    (db.$client.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${table} MATCH ?`).get(match) as { n: number }).n;
  const pairs = (
    db.$client
      .prepare(
        `SELECT count(*) AS n FROM search_pairs JOIN pairs AS pr ON pr.id = search_pairs.rowid WHERE search_pairs MATCH ? AND ${publicPairSql("pr.id")}`,
      )
      .get(match) as { n: number }
  ).n;
  return { people: count("search_people"), pairs, claims: count("search_claims") };
}

/** True when some indexed word begins with `term`. */
function isIndexedPrefix(db: Db, term: string): boolean {
  return TABLES.some(
    (table) =>
      db.$client.prepare(`SELECT 1 FROM ${table}_terms WHERE term >= ? AND term < ? LIMIT 1`).get(term, `${term}\u{10FFFF}`) !== undefined,
  );
}

/** Every indexed word with how many entries hold it (summed over the three indexes). */
function vocabulary(db: Db): IndexedTerm[] {
  const docs = new Map<string, number>();
  for (const table of TABLES) {
    for (const [term, doc] of db.$client.prepare(`SELECT term, doc FROM ${table}_terms`).raw(true).iterate() as Iterable<
      [string, number]
    >) {
      docs.set(term, (docs.get(term) ?? 0) + doc);
    }
  }
  return [...docs].map(([term, n]) => ({ term, docs: n }));
}

/** For each word the index does not hold even as a prefix, its close spellings; null when there are none to try. */
function correctionsFor(db: Db, terms: string[]): TermAlternatives[] | null {
  let vocab: IndexedTerm[] | null = null;
  const groups = terms.map((term) => {
    if (isIndexedPrefix(db, term)) return { term, alternatives: [] };
    vocab ??= vocabulary(db);
    return { term, alternatives: closeSpellings(term, vocab) };
  });
  return groups.some((g) => g.alternatives.length > 0) ? groups : null;
}

function searchPeople(db: Db, match: string, query: string, limit: number): PersonHit[] {
  const rows = db.$client
    .prepare(
      `SELECT p.slug, p.name AS plainName, p.description,
              highlight(search_people, 0, ?, ?) AS name, highlight(search_people, 1, ?, ?) AS aliases, bm25(search_people, 10, 6, 1) AS score
       FROM search_people JOIN people AS p ON p.id = search_people.rowid
       WHERE search_people MATCH ? ORDER BY score LIMIT ?`,
    )
    .all(MARK_START, MARK_END, MARK_START, MARK_END, match, Math.max(limit * 3, 30)) as {
    slug: string;
    plainName: string;
    description: string | null;
    name: string;
    aliases: string | null;
    score: number;
  }[];
  const folded = foldText(query.trim());
  // A name that begins with what was typed beats a better-scored mention elsewhere.
  const startsWith = (name: string) => (folded && foldText(name).startsWith(folded) ? 0 : 1);
  return rows
    .map((r, i) => ({ r, i }))
    .sort((x, y) => startsWith(x.r.plainName) - startsWith(y.r.plainName) || x.i - y.i)
    .slice(0, limit)
    .map(({ r }) => {
      const aliases = highlightSegments(r.aliases);
      return { slug: r.slug, name: highlightSegments(r.name), aliases: hasMatch(aliases) ? aliases : null, description: r.description };
    });
}

function searchPairs(db: Db, match: string, limit: number): PairHit[] {
  const rows = db.$client
    .prepare(
      `SELECT pr.slug, pr.status, a.id AS aId, a.slug AS aSlug, a.name AS aName, b.id AS bId, b.slug AS bSlug, b.name AS bName,
              highlight(search_pairs, 0, ?, ?) AS names, highlight(search_pairs, 1, ?, ?) AS aliases, bm25(search_pairs, 10, 4) AS score
       FROM search_pairs JOIN pairs AS pr ON pr.id = search_pairs.rowid
       JOIN people AS a ON a.id = pr.person_a_id JOIN people AS b ON b.id = pr.person_b_id
       WHERE search_pairs MATCH ? AND ${publicPairSql("pr.id")} ORDER BY score, pr.slug LIMIT ?`,
    )
    .all(MARK_START, MARK_END, MARK_START, MARK_END, match, limit) as {
    slug: string;
    status: PairStatus;
    aId: number;
    aSlug: string;
    aName: string;
    bId: number;
    bSlug: string;
    bName: string;
    names: string;
    aliases: string | null;
  }[];
  return rows.map((r) => {
    const aliases = highlightSegments(r.aliases);
    return {
      slug: r.slug,
      status: r.status,
      people: [
        { id: r.aId, slug: r.aSlug, name: r.aName },
        { id: r.bId, slug: r.bSlug, name: r.bName },
      ],
      names: highlightSegments(r.names),
      aliases: hasMatch(aliases) ? aliases : null,
    };
  });
}

function searchClaims(db: Db, match: string, words: string[], limit: number, offset: number): ClaimHit[] {
  // Column weights: a match in the headline counts most, then place, quote, details, outlets, people.
  const rows = db.$client
    .prepare(
      `SELECT search_claims.rowid AS id,
              highlight(search_claims, 0, @start, @end) AS headline,
              snippet(search_claims, 1, @start, @end, '…', 24) AS details,
              snippet(search_claims, 2, @start, @end, '…', 24) AS quote,
              highlight(search_claims, 3, @start, @end) AS place,
              highlight(search_claims, 4, @start, @end) AS outlets,
              bm25(search_claims, 8, 2, 3, 4, 2, 1) AS score
       FROM search_claims JOIN claims AS c ON c.id = search_claims.rowid
       WHERE search_claims MATCH @match ORDER BY score, c.published_at DESC, c.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ start: MARK_START, end: MARK_END, match, limit, offset }) as {
    id: number;
    headline: string;
    details: string | null;
    quote: string | null;
    place: string | null;
    outlets: string | null;
  }[];
  if (rows.length === 0) return [];
  const views = new Map(
    loadClaimViews(db, {
      where: inArray(
        claims.id,
        rows.map((r) => r.id),
      ),
    }).map((v) => [v.id, v]),
  );
  return rows.flatMap((r) => {
    const claim = views.get(r.id);
    if (!claim || claim.status !== "published") return [];
    const details = highlightSegments(r.details);
    const quote = highlightSegments(r.quote);
    return [
      {
        claim,
        headline: highlightSegments(r.headline),
        excerpt: hasMatch(details) ? details : hasMatch(quote) ? quote : null,
        place: highlightSegments(r.place),
        outlets: highlightSegments(r.outlets),
        pair: markWordPrefixes(`${claim.pair.people[0].name} & ${claim.pair.people[1].name}`, words),
      },
    ];
  });
}

/**
 * Searches people (names and aliases), pairs and published claims (headline,
 * details, quote, place, outlets, people named) for every word of `query` as a
 * prefix, best matches first, with the matches marked. When nothing matches as
 * typed, words the index does not hold are swapped for close spellings
 * ("armsa" → "armas") and the search runs once more; `corrections` says so.
 */
export function searchLedger(db: Db, query: string, options: SearchOptions = {}): SearchResults {
  const terms = queryTerms(query);
  if (terms.length === 0) return EMPTY(query);
  const limits = { people: 8, pairs: 8, claims: 20, ...options.limits };
  const offset = Math.max(0, Math.floor(options.claimsOffset ?? 0));

  let match = prefixMatchQuery(terms);
  let counts = totals(db, match);
  let corrections: TermAlternatives[] | null = null;
  if (counts.people + counts.pairs + counts.claims === 0) {
    corrections = correctionsFor(db, terms);
    if (!corrections) return EMPTY(query, terms);
    match = alternativesMatchQuery(corrections);
    counts = totals(db, match);
  }
  return {
    query,
    terms,
    corrections,
    people: counts.people ? searchPeople(db, match, query, limits.people) : [],
    pairs: counts.pairs ? searchPairs(db, match, limits.pairs) : [],
    claims: counts.claims
      ? searchClaims(db, match, corrections ? corrections.flatMap((c) => [c.term, ...c.alternatives]) : terms, limits.claims, offset)
      : [],
    totals: counts,
  };
}
