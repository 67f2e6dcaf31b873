import Link from "next/link";
import { formatDay, formatPartialDate, machineDate, naturalPrecision } from "@/lib/dates";
import { claimPath, outletPath, pairPath, personPath, safeExternalUrl } from "@/lib/urls";
import type { ClaimView } from "@/lib/claims/types";
import { ConfidenceBadge, GradeBadge, KindBadge, StanceBadge } from "./badges";
import { SettlementNote } from "./settlement-note";

/** One claim in a timeline or list, with its evidence. Retracted claims are struck through with their correction. */
export function ClaimCard({
  claim,
  showPair = false,
  headingLevel = 3,
}: {
  claim: ClaimView;
  showPair?: boolean;
  headingLevel?: 1 | 2 | 3;
}) {
  const retracted = claim.status === "retracted";
  const Heading = (["h1", "h2", "h3"] as const)[headingLevel - 1];
  const [a, b] = claim.pair.people;
  return (
    <article
      className={`claim${retracted ? " claim-retracted" : ""}`}
      data-testid="claim"
      data-kind={claim.kind}
      aria-labelledby={`claim-${claim.id}-headline`}
    >
      <div className="claim-meta">
        <time dateTime={machineDate(claim.occurredOn)} className="claim-date">
          {formatPartialDate(claim.occurredOn, claim.precision)}
        </time>
        <KindBadge kind={claim.kind} />
        {claim.place ? <span className="claim-place">{claim.place}</span> : null}
      </div>
      {showPair ? (
        <p className="claim-pair">
          <Link href={pairPath(claim.pair.slug)}>
            {a.name} &amp; {b.name}
          </Link>
        </p>
      ) : null}
      <Heading id={`claim-${claim.id}-headline`} className="claim-headline">
        {retracted ? <span className="visually-hidden">Retracted: </span> : null}
        <Link href={claimPath(claim.id)}>{retracted ? <s>{claim.headline}</s> : claim.headline}</Link>
      </Heading>
      {claim.quote ? (
        <blockquote className="claim-quote">
          <p>“{claim.quote}”</p>
          {claim.speaker ? (
            <footer>
              — <Link href={personPath(claim.speaker.slug)}>{claim.speaker.name}</Link>
            </footer>
          ) : null}
        </blockquote>
      ) : null}
      {claim.details ? <p className="claim-details">{claim.details}</p> : null}
      {claim.mentions.length > 0 ? (
        <p className="claim-mentions">
          Also mentioned:{" "}
          {claim.mentions.map((m, i) => (
            <span key={m.id}>
              {i > 0 ? ", " : null}
              <Link href={personPath(m.slug)}>{m.name}</Link>
            </span>
          ))}
        </p>
      ) : null}
      <div className="claim-grades">
        <ConfidenceBadge level={claim.confidence} />
        <StanceBadge stance={claim.stance} />
      </div>
      <ul className="citations" aria-label="Sources">
        {claim.citations.map((c, i) => {
          const href = safeExternalUrl(c.url);
          return (
            <li key={i}>
              <GradeBadge grade={c.outlet.grade} />{" "}
              <Link href={outletPath(c.outlet.slug)} className="outlet-name">
                {c.outlet.name}
              </Link>
              {c.title ? (
                <>
                  {": "}
                  {href ? (
                    <a href={href} rel="noopener noreferrer nofollow" target="_blank">
                      {c.title}
                    </a>
                  ) : (
                    <cite>{c.title}</cite>
                  )}
                </>
              ) : href ? (
                <>
                  {" "}
                  <a href={href} rel="noopener noreferrer nofollow" target="_blank">
                    source
                  </a>
                </>
              ) : null}
              {c.publishedOn ? (
                <span className="citation-date"> ({formatPartialDate(c.publishedOn, naturalPrecision(c.publishedOn) ?? "day")})</span>
              ) : null}
            </li>
          );
        })}
      </ul>
      {claim.settlement ? <SettlementNote settlement={claim.settlement} /> : null}
      {retracted && claim.correction ? (
        <p className="correction" role="note">
          <strong>Correction{claim.retractedAt ? ` (${formatDay(claim.retractedAt)})` : ""}:</strong> {claim.correction}
        </p>
      ) : null}
    </article>
  );
}
