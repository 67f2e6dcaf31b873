import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { claimReviewJsonLd, jsonForScript } from "@/lib/claims/claim-review";
import { readerClaimById } from "@/lib/claims/queries";
import { confidenceGrade } from "@/lib/confidence";
import { formatDay, formatPartialDate, naturalPrecision } from "@/lib/dates";
import { pageAlternates, pageTitle } from "@/lib/site";
import { absoluteUrl, apiClaimPath, claimPath, pairPath } from "@/lib/urls";
import { pageOrigin } from "@/lib/http/page-origin";
import { ClaimCard } from "@/app/_components/claim-card";

type Props = { params: Promise<{ id: string }> };

function claimId(raw: string): number {
  return /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claim = readerClaimById(getDb(), claimId((await params).id));
  return claim
    ? { title: pageTitle(claim.headline), alternates: pageAlternates(claimPath(claim.id), { json: apiClaimPath(claim.id) }) }
    : {};
}

export default async function ClaimPage({ params }: Props) {
  const { id } = await params;
  const claim = readerClaimById(getDb(), claimId(id));
  if (!claim) notFound();
  const [a, b] = claim.pair.people;
  const grade = confidenceGrade(claim.confidence);
  return (
    <>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{
          __html: jsonForScript(claimReviewJsonLd(claim, absoluteUrl(claimPath(claim.id), await pageOrigin()))),
        }}
      />
      <p className="eyebrow">
        Claim about{" "}
        <Link href={pairPath(claim.pair.slug)}>
          {a.name} &amp; {b.name}
        </Link>
      </p>
      {/* The page's h1 is the full headline; its <title> may be cut short (pageTitle). */}
      <ClaimCard claim={claim} headingLevel={1} />
      <section aria-labelledby="record-heading">
        <h2 id="record-heading">The record</h2>
        <div className="table-wrap">
          <table>
            <tbody>
              <tr>
                <th scope="row">Happened</th>
                <td>
                  {formatPartialDate(claim.occurredOn, claim.precision)}{" "}
                  <span className="muted">(known to the {claim.precision === "circa" ? "approximate date" : claim.precision})</span>
                </td>
              </tr>
              <tr>
                <th scope="row">Reported</th>
                <td>{claim.reportedOn ? formatPartialDate(claim.reportedOn, naturalPrecision(claim.reportedOn) ?? "day") : "—"}</td>
              </tr>
              <tr>
                <th scope="row">Confidence</th>
                <td>
                  {grade.label}, {grade.min}–{grade.max}% likely true. <span className="muted">{grade.evidence}</span>
                </td>
              </tr>
              <tr>
                <th scope="row">Status</th>
                <td>
                  {claim.status === "retracted"
                    ? `Retracted${claim.retractedAt ? ` on ${formatDay(claim.retractedAt)}` : ""}`
                    : `Published${claim.publishedAt ? ` on ${formatDay(claim.publishedAt)}` : ""}`}
                </td>
              </tr>
              <tr>
                <th scope="row">Settled</th>
                <td>
                  {claim.settlement
                    ? `${claim.settlement.outcome === "borne-out" ? "Borne out" : "Shown false"} on ${formatDay(claim.settlement.settledOn)}`
                    : "Open: the record has not answered it yet."}{" "}
                  <Link href="/how-we-grade#settled">What settled means</Link>
                </td>
              </tr>
              <tr>
                <th scope="row">Last changed</th>
                <td>
                  {formatDay(claim.updatedAt)} (version {claim.version})
                </td>
              </tr>
            </tbody>
          </table>
        </div>
      </section>
      <p>
        <Link href={pairPath(claim.pair.slug)}>
          ← Back to the {a.name} &amp; {b.name} timeline
        </Link>
      </p>
    </>
  );
}
