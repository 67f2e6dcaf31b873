import type { Metadata } from "next";
import { connection } from "next/server";
import Link from "next/link";
import { permanentRedirect } from "next/navigation";
import { getDb } from "@/db/client";
import { latestPublishedClaims } from "@/lib/claims/queries";
import { TRENDING_PAGE_SIZE, trendingPage } from "@/lib/pairs/page-data";
import { canonicalPageRedirect, pageHref, requestedPage } from "@/lib/paging";
import { pageAlternates } from "@/lib/site";
import { ClaimCard } from "./_components/claim-card";
import { Pager } from "./_components/pager";
import { PairCard } from "./_components/pair-card";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Each page of the trending list is its own canonical URL (`/`, `/?page=2`, …). */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { alternates: pageAlternates(pageHref("/", requestedPage((await searchParams).page)), { json: "/api/v1/pairs" }) };
}

export default async function HomePage({ searchParams }: Props) {
  await connection(); // always read the ledger as it is now
  const db = getDb();
  // The trending list in pages of 50 (`/?page=2` …), so the page stays light on a ledger of thousands of pairs.
  const raw = (await searchParams).page;
  const trending = trendingPage(db, requestedPage(raw));
  const canonical = canonicalPageRedirect("/", raw, trending.page);
  if (canonical) permanentRedirect(canonical);
  const pairs = trending.items;
  const latest = trending.page === 1 ? latestPublishedClaims(db, 8) : [];
  return (
    <>
      <p className="eyebrow">Celebrity rumors, with receipts</p>
      <h1>Who is rumored with whom — and how sure anyone is</h1>
      <p className="lede">
        Every sighting, statement and denial, logged with its sources, its date and a{" "}
        <Link href="/how-we-grade">published confidence grade</Link>. Heat shows how strongly the evidence points to a romance right now.
      </p>

      <section aria-labelledby="trending-heading">
        <h2 id="trending-heading">
          Trending pairs
          {trending.pageCount > 1 ? <span className="muted"> · page {trending.page}</span> : null}
        </h2>
        {pairs.length === 0 ? (
          <p className="empty">No pairs yet.</p>
        ) : (
          <ol className="pair-list" start={(trending.page - 1) * TRENDING_PAGE_SIZE + 1}>
            {pairs.map((p) => (
              <li key={p.id}>
                <PairCard pair={p} />
              </li>
            ))}
          </ol>
        )}
        <Pager page={trending.page} pageCount={trending.pageCount} href={(n) => pageHref("/", n)} label="Trending pairs pages" />
      </section>

      {trending.page === 1 ? (
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading">Latest claims</h2>
          {latest.length === 0 ? (
            <p className="empty">No published claims yet.</p>
          ) : (
            <ol className="compact-list">
              {latest.map((c) => (
                <li key={c.id}>
                  <ClaimCard claim={c} showPair />
                </li>
              ))}
            </ol>
          )}
        </section>
      ) : null}
    </>
  );
}
