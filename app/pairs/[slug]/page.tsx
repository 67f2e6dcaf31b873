import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { getDb } from "@/db/client";
import { filtersFromSearchParams, filtersToQuery, hasFilters } from "@/lib/claims/filters";
import { formatDay } from "@/lib/dates";
import { cachedPairLookup, cachedTimelinePage, pairOverview } from "@/lib/pairs/page-data";
import { PairStatusBadge, GradeBadge } from "@/app/_components/badges";
import { ClaimCard } from "@/app/_components/claim-card";
import { HeatMeter } from "@/app/_components/heat-meter";
import { TimelineFilters } from "@/app/_components/timeline-filters";
import { ChartSection } from "@/app/_components/charts/chart-section";
import { oembedPath } from "@/lib/embeds/urls";
import { pageOrigin } from "@/lib/http/page-origin";
import { gradeLabel } from "@/lib/vocabulary";
import { pageAlternates, pageTitle, pairFeed } from "@/lib/site";
import { apiPairClaimsCsvPath, apiPairClaimsPath, claimPath, outletPath, pairFeedPath, pairPath, personPath } from "@/lib/urls";
import { countLabel } from "@/lib/counts";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const lookup = cachedPairLookup(getDb(), slug);
  if (!lookup || !("found" in lookup)) return {};
  const [a, b] = lookup.found.people;
  const base = await pageOrigin();
  return {
    title: pageTitle(`${a.name} & ${b.name}`),
    description: `The ${a.name} and ${b.name} rumor, claim by claim, with sources and confidence grades.`,
    alternates: pageAlternates(pairPath(lookup.found.slug), {
      feeds: [pairFeed(lookup.found.slug, `${a.name} & ${b.name}`)],
      json: apiPairClaimsPath(lookup.found.slug),
      csv: apiPairClaimsCsvPath(lookup.found.slug),
      oembed: `${base}${oembedPath(`${base}${pairPath(lookup.found.slug)}`)}`,
    }),
  };
}

export default async function PairPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const db = getDb();
  const lookup = cachedPairLookup(db, slug);
  if (!lookup) notFound();
  if ("redirectTo" in lookup) {
    const { filters } = filtersFromSearchParams(query);
    permanentRedirect(`${pairPath(lookup.redirectTo)}${filtersToQuery(filters)}`);
  }
  const pair = lookup.found;
  const [a, b] = pair.people;
  const { filters, problems } = filtersFromSearchParams(query);
  const requestedPage = Number(Array.isArray(query.page) ? query.page[0] : (query.page ?? 1));
  const timeline = cachedTimelinePage(db, pair.id, filters, requestedPage);
  const claims = timeline.claims;
  // Charts, sources and corrections (always in full, whatever the filters or page hide).
  const { charts, outlets, corrections } = pairOverview(db, pair.id);
  const baseUrl = await pageOrigin();
  const pageHref = (page: number) => {
    const q = filtersToQuery(filters);
    return `${pairPath(pair.slug)}${q}${page > 1 ? `${q ? "&" : "?"}page=${page}` : ""}#timeline-heading`;
  };

  return (
    <>
      <header className="pair-header">
        <div>
          <p className="eyebrow">The rumor file</p>
          <h1>
            <Link href={personPath(a.slug)}>{a.name}</Link> &amp; <Link href={personPath(b.slug)}>{b.name}</Link>
          </h1>
          <p className="pair-facts">
            <PairStatusBadge status={pair.status} />
            <span>{countLabel(pair.publishedClaims, "published claim", "published claims")}</span>
            <Link href="/how-we-grade#heat">How heat works</Link>
          </p>
        </div>
        <div role="group" aria-label="Heat now">
          <p className="eyebrow">Heat now</p>
          <HeatMeter heat={pair.heat} size="large" />
        </div>
      </header>

      <ChartSection pair={{ slug: pair.slug, name: `${a.name} & ${b.name}` }} charts={charts} baseUrl={baseUrl} />

      <div className="two-col">
        <section aria-labelledby="timeline-heading">
          <h2 id="timeline-heading">Timeline</h2>
          <TimelineFilters action={pairPath(pair.slug)} filters={filters} outlets={outlets} problems={problems} />
          <p className="result-count" aria-live="polite">
            {hasFilters(filters)
              ? `${timeline.total} matching ${timeline.total === 1 ? "claim" : "claims"}`
              : `${timeline.total} ${timeline.total === 1 ? "claim" : "claims"}`}
            , oldest first
            {timeline.pageCount > 1 ? ` · page ${timeline.page} of ${timeline.pageCount}` : null}
          </p>
          {claims.length === 0 ? (
            <p className="empty">No claims match these filters.</p>
          ) : (
            <ol className="timeline">
              {claims.map((c) => (
                <li key={c.id}>
                  <ClaimCard claim={c} />
                </li>
              ))}
            </ol>
          )}
          {timeline.pageCount > 1 ? (
            <nav className="pager" aria-label="Timeline pages">
              {timeline.page > 1 ? (
                <>
                  <Link href={pageHref(1)}>« Oldest</Link>
                  <Link href={pageHref(timeline.page - 1)} rel="prev">
                    ‹ Earlier
                  </Link>
                </>
              ) : null}
              <span aria-current="page">
                Page {timeline.page} of {timeline.pageCount}
              </span>
              {timeline.page < timeline.pageCount ? (
                <>
                  <Link href={pageHref(timeline.page + 1)} rel="next">
                    Later ›
                  </Link>
                  <Link href={pageHref(timeline.pageCount)}>Latest »</Link>
                </>
              ) : null}
            </nav>
          ) : null}
        </section>

        <aside className="side">
          <section aria-labelledby="sources-heading">
            <h2 id="sources-heading">Sources</h2>
            {outlets.length === 0 ? (
              <p className="muted">No sources yet.</p>
            ) : (
              <ul className="source-list">
                {outlets.map((o) => (
                  <li key={o.id}>
                    <GradeBadge grade={o.grade} /> <Link href={outletPath(o.slug)}>{o.name}</Link>{" "}
                    <span className="muted">
                      · {o.citations} {o.citations === 1 ? "citation" : "citations"} · {gradeLabel(o.grade).toLowerCase()}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="data-heading">
            <h2 id="data-heading">Get the data</h2>
            <ul className="source-list">
              <li>
                <a href={`${apiPairClaimsCsvPath(pair.slug)}${filtersToQuery(filters)}`} download>
                  Download {hasFilters(filters) ? "these claims" : "every claim"} as CSV
                </a>
              </li>
              <li>
                <a href={`${apiPairClaimsPath(pair.slug)}${filtersToQuery(filters)}`}>The same as JSON</a>{" "}
                <span className="muted">
                  (<a href="/api/v1/openapi.json">API description</a>)
                </span>
              </li>
              <li>
                <a href={pairFeedPath(pair.slug)}>Follow this pair (Atom feed)</a>
              </li>
            </ul>
          </section>
          <section aria-labelledby="corrections-heading">
            <h2 id="corrections-heading">Corrections</h2>
            {corrections.length === 0 ? (
              <p className="muted">No corrections.</p>
            ) : (
              <ul className="source-list">
                {corrections.map((c) => (
                  <li key={c.id}>
                    <Link href={claimPath(c.id)}>
                      <s>{c.headline}</s>
                    </Link>
                    {c.retractedAt ? <span className="muted"> — retracted {formatDay(c.retractedAt)}</span> : null}
                    <br />
                    {c.correction}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </aside>
      </div>
    </>
  );
}
