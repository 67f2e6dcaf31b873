import type { Metadata } from "next";
import { connection } from "next/server";
import Link from "next/link";
import { getDb } from "@/db/client";
import { latestPublishedClaims } from "@/lib/claims/queries";
import { trendingPairs } from "@/lib/pairs/queries";
import { pageAlternates } from "@/lib/site";
import { ClaimCard } from "./_components/claim-card";
import { PairCard } from "./_components/pair-card";

export const metadata: Metadata = {
  alternates: pageAlternates("/", { json: "/api/v1/pairs" }),
};

export default async function HomePage() {
  await connection(); // always read the ledger as it is now
  const db = getDb();
  const pairs = trendingPairs(db);
  const latest = latestPublishedClaims(db, 8);
  return (
    <>
      <p className="eyebrow">Celebrity rumors, with receipts</p>
      <h1>Who is rumored with whom — and how sure anyone is</h1>
      <p className="lede">
        Every sighting, statement and denial, logged with its sources, its date and a{" "}
        <Link href="/how-we-grade">published confidence grade</Link>. Heat shows how strongly the evidence points to a romance right now.
      </p>

      <section aria-labelledby="trending-heading">
        <h2 id="trending-heading">Trending pairs</h2>
        {pairs.length === 0 ? (
          <p className="empty">No pairs yet.</p>
        ) : (
          <ol className="pair-list">
            {pairs.map((p) => (
              <li key={p.id}>
                <PairCard pair={p} />
              </li>
            ))}
          </ol>
        )}
      </section>

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
    </>
  );
}
