import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { searchLedger, type SearchResults } from "@/lib/search/search";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import { pageAlternates, pageTitle } from "@/lib/site";
import { PairStatusBadge } from "@/app/_components/badges";
import { HighlightedText } from "@/app/_components/highlighted-text";
import { ClaimResult } from "./claim-result";
import { pairPath, personPath } from "@/lib/urls";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const CLAIMS_PER_PAGE = 20;

function readQuery(params: Record<string, string | string[] | undefined>): { q: string; page: number } {
  const raw = Array.isArray(params.q) ? params.q[0] : params.q;
  const q = (raw ?? "").slice(0, MAX_QUERY_LENGTH).trim();
  const pageRaw = Array.isArray(params.page) ? params.page[0] : params.page;
  const page = /^\d{1,4}$/.test(pageRaw ?? "") ? Math.max(1, Number(pageRaw)) : 1;
  return { q, page };
}

function searchHref(q: string, page = 1): string {
  const params = new URLSearchParams({ q });
  if (page > 1) params.set("page", String(page));
  return `/search?${params}`;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = readQuery(await searchParams);
  return {
    title: q ? pageTitle(`Search: ${q}`) : "Search",
    alternates: pageAlternates(q ? searchHref(q) : "/search"),
    // Result pages are for readers, not for search engines' indexes.
    robots: { index: false, follow: true },
  };
}

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

function Corrections({ results }: { results: SearchResults }) {
  const changed = results.corrections?.filter((c) => c.alternatives.length > 0) ?? [];
  if (changed.length === 0) return null;
  return (
    <p className="search-corrections" role="status">
      Nothing matched exactly, so we also searched close spellings:{" "}
      {changed.map((c, i) => (
        <span key={c.term}>
          {i > 0 ? "; " : null}“{c.term}” → {c.alternatives.map((a) => `“${a}”`).join(" or ")}
        </span>
      ))}
      .
    </p>
  );
}

export default async function SearchPage({ searchParams }: Props) {
  const { q, page } = readQuery(await searchParams);
  const results = q ? searchLedger(getDb(), q, { limits: { claims: CLAIMS_PER_PAGE }, claimsOffset: (page - 1) * CLAIMS_PER_PAGE }) : null;
  const total = results ? results.totals.people + results.totals.pairs + results.totals.claims : 0;
  const lastPage = results ? Math.max(1, Math.ceil(results.totals.claims / CLAIMS_PER_PAGE)) : 1;

  return (
    <>
      <p className="eyebrow">Search</p>
      <h1>{q ? <>Results for “{q}”</> : "Search the ledger"}</h1>
      <form className="search-form card" role="search" action="/search" method="get">
        <label htmlFor="search-q">People, pairs and published claims</label>
        <div className="search-row">
          <input
            id="search-q"
            type="search"
            name="q"
            defaultValue={q}
            maxLength={MAX_QUERY_LENGTH}
            placeholder="e.g. ana de armas, london, beckham"
          />
          <button type="submit">Search</button>
        </div>
        <p className="muted search-hint">Every word counts, and the start of a word is enough: “ana de arm” finds Ana de Armas.</p>
      </form>

      {results ? (
        <>
          <p className="result-count" aria-live="polite">
            {total === 0
              ? "Nothing matches."
              : `${plural(results.totals.people, "person", "people")}, ${plural(results.totals.pairs, "pair", "pairs")}, ${plural(results.totals.claims, "claim", "claims")}`}
          </p>
          <Corrections results={results} />
          {total === 0 ? <p className="empty">Nothing matches “{q}”. Try fewer words, or check the spelling of a name.</p> : null}

          {results.people.length > 0 && page === 1 ? (
            <section aria-labelledby="people-results">
              <h2 id="people-results">People</h2>
              <ul className="search-list">
                {results.people.map((p) => (
                  <li key={p.slug} className="card">
                    <Link href={personPath(p.slug)} className="search-title">
                      <HighlightedText segments={p.name} />
                    </Link>
                    {p.aliases ? (
                      <span className="muted">
                        {" "}
                        · also known as <HighlightedText segments={p.aliases} />
                      </span>
                    ) : null}
                    {p.description ? <p className="muted search-description">{p.description}</p> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          {results.pairs.length > 0 && page === 1 ? (
            <section aria-labelledby="pair-results">
              <h2 id="pair-results">Pairs</h2>
              <ul className="search-list">
                {results.pairs.map((p) => (
                  <li key={p.slug} className="card">
                    <Link href={pairPath(p.slug)} className="search-title">
                      <HighlightedText segments={p.names} />
                    </Link>{" "}
                    <PairStatusBadge status={p.status} />
                    {p.aliases ? (
                      <p className="muted search-description">
                        Also known as <HighlightedText segments={p.aliases} />
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          {results.claims.length > 0 ? (
            <section aria-labelledby="claim-results">
              <h2 id="claim-results">Claims</h2>
              <p className="muted">Published claims, best match first{lastPage > 1 ? ` · page ${page} of ${lastPage}` : ""}.</p>
              <ol className="compact-list">
                {results.claims.map((hit) => (
                  <li key={hit.claim.id}>
                    <ClaimResult hit={hit} />
                  </li>
                ))}
              </ol>
            </section>
          ) : null}

          {lastPage > 1 ? (
            <nav className="pager" aria-label="More claims">
              {page > 1 ? <Link href={searchHref(q, page - 1)}>← Previous claims</Link> : <span />}
              {page < lastPage ? <Link href={searchHref(q, page + 1)}>More claims →</Link> : null}
            </nav>
          ) : null}
        </>
      ) : (
        <p className="muted">Search names (and the names people go by), pairs, headlines, quotes, places and outlets.</p>
      )}
    </>
  );
}
