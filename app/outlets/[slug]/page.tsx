import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { CONFIDENCE_SCALE } from "@/lib/confidence";
import { outletOverview } from "@/lib/outlets/page-data";
import { outletBySlug } from "@/lib/outlets/queries";
import { TrackRecord } from "./track-record";
import { pageAlternates } from "@/lib/site";
import { apiOutletPath, outletPath, safeExternalUrl } from "@/lib/urls";
import { GRADE_LABELS, gradeLabel, UNGRADED_LABEL } from "@/lib/vocabulary";
import { ConfidenceBadge } from "@/app/_components/badges";
import { ClaimCard } from "@/app/_components/claim-card";

type Props = { params: Promise<{ slug: string }> };

const CLAIMS_SHOWN = 50;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const outlet = outletBySlug(getDb(), (await params).slug);
  if (!outlet) return {};
  return {
    title: outlet.grade === null ? `${outlet.name}: not yet graded, and record` : `${outlet.name}: reliability ${outlet.grade} and record`,
    description: `${outlet.name} ${outlet.grade === null ? "is not yet graded" : `is graded ${outlet.grade} (${gradeLabel(outlet.grade).toLowerCase()})`}. Every claim that cites it, and how those claims stand.`,
    alternates: pageAlternates(outletPath(outlet.slug), { json: apiOutletPath(outlet.slug) }),
  };
}

/** "none", or the number, for a sentence. */
function countWord(n: number): string {
  return n === 0 ? "none" : String(n);
}

function percent(n: number, total: number): string {
  return total === 0 ? "—" : `${Math.round((n / total) * 100)}%`;
}

export default async function OutletPage({ params }: Props) {
  const { slug } = await params;
  const db = getDb();
  const outlet = outletBySlug(db, slug);
  if (!outlet) notFound();
  const { record, claims, pairs, track } = outletOverview(db, outlet.id, CLAIMS_SHOWN);
  const site = safeExternalUrl(outlet.url);
  const max = Math.max(1, ...Object.values(record.byConfidence));

  return (
    <>
      <p className="eyebrow">Outlet</p>
      <h1>{outlet.name}</h1>
      <div className="outlet-grade card">
        <span className={`grade-large grade-${outlet.grade ?? "ungraded"}`} aria-hidden="true">
          {outlet.grade ?? "?"}
        </span>
        <div>
          <p className="outlet-grade-label">
            {outlet.grade === null ? (
              <>
                Reliability: <strong>{UNGRADED_LABEL.toLowerCase()}</strong>. An admin grades every new outlet.
              </>
            ) : (
              <>
                Reliability <strong>{outlet.grade}</strong>: {GRADE_LABELS[outlet.grade]}
              </>
            )}
          </p>
          <p className="muted">
            Graded by our editors on the Admiralty scale, A (completely reliable) to E (unreliable); F when it cannot be judged.{" "}
            <Link href="/how-we-grade">How we grade</Link>
          </p>
          {site ? (
            <p>
              <a href={site} rel="noopener noreferrer nofollow">
                {new URL(site).host}
              </a>
            </p>
          ) : null}
        </div>
      </div>

      <section aria-labelledby="record-heading">
        <h2 id="record-heading">Its record</h2>
        <p className="lede">
          {record.claims === 0
            ? "No published claim cites this outlet yet."
            : `${record.claims} published ${record.claims === 1 ? "claim cites" : "claims cite"} ${outlet.name}, about ${pairs} ${pairs === 1 ? "pair" : "pairs"}. Of ${record.claims === 1 ? "it" : "them"}, ${countWord(record.retracted)} ${record.retracted === 1 ? "was" : "were"} later retracted and ${countWord(record.debunked)} ${record.debunked === 1 ? "is" : "are"} now graded debunked (shown false).`}
        </p>
        <div className="table-wrap">
          <table className="record-table">
            <caption className="visually-hidden">Claims citing {outlet.name}, by confidence level</caption>
            <thead>
              <tr>
                <th scope="col">Confidence now</th>
                <th scope="col" className="num">
                  Claims
                </th>
                <th scope="col" className="num">
                  Share
                </th>
                <th scope="col" aria-hidden="true" className="bar-col"></th>
              </tr>
            </thead>
            <tbody>
              {CONFIDENCE_SCALE.map((g) => (
                <tr key={g.level}>
                  <th scope="row">
                    <ConfidenceBadge level={g.level} />
                  </th>
                  <td className="num">{record.byConfidence[g.level]}</td>
                  <td className="num">{percent(record.byConfidence[g.level], record.claims)}</td>
                  <td aria-hidden="true" className="bar-col">
                    <span className="record-bar" style={{ width: `${(record.byConfidence[g.level] / max) * 100}%` }} />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Retracted later</th>
                <td className="num">{record.retracted}</td>
                <td className="num">{percent(record.retracted, record.claims)}</td>
                <td className="bar-col" aria-hidden="true"></td>
              </tr>
              <tr>
                <th scope="row">Retracted or debunked</th>
                <td className="num">{record.retractedOrDebunked}</td>
                <td className="num">{percent(record.retractedOrDebunked, record.claims)}</td>
                <td className="bar-col" aria-hidden="true"></td>
              </tr>
            </tfoot>
          </table>
        </div>
      </section>

      <TrackRecord slug={outlet.slug} name={outlet.name} grade={outlet.grade} record={track} />

      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading">Claims citing {outlet.name}</h2>
        {claims.length === 0 ? (
          <p className="empty">No published claims cite this outlet yet.</p>
        ) : (
          <>
            <p className="result-count">
              {record.claims > claims.length
                ? `The latest ${claims.length} of ${record.claims}, by date`
                : `${claims.length} ${claims.length === 1 ? "claim" : "claims"}, latest first`}
            </p>
            <ol className="compact-list">
              {claims.map((c) => (
                <li key={c.id}>
                  <ClaimCard claim={c} showPair />
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
      <p className="muted">
        <Link href="/outlets">All outlets</Link> · Data: <a href={apiOutletPath(outlet.slug)}>this record as JSON</a>
      </p>
    </>
  );
}
