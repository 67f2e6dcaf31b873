import Link from "next/link";
import { formatPartialDate, machineDate } from "@/lib/dates";
import type { ClaimHit } from "@/lib/search/search";
import { hasMatch } from "@/lib/search/query";
import { ConfidenceBadge, KindBadge } from "@/app/_components/badges";
import { HighlightedText } from "@/app/_components/highlighted-text";
import { claimPath, pairPath } from "@/lib/urls";

/** One claim in the search results: its matched headline, the passage that matched, and enough to judge it. */
export function ClaimResult({ hit }: { hit: ClaimHit }) {
  const { claim } = hit;
  return (
    <article className="claim search-claim" data-testid="search-claim" aria-labelledby={`result-claim-${claim.id}`}>
      <div className="claim-meta">
        <time dateTime={machineDate(claim.occurredOn)} className="claim-date">
          {formatPartialDate(claim.occurredOn, claim.precision)}
        </time>
        <KindBadge kind={claim.kind} />
        {claim.place ? (
          <span className="claim-place">
            <HighlightedText segments={hit.place} />
          </span>
        ) : null}
      </div>
      <p className="claim-pair">
        <Link href={pairPath(claim.pair.slug)}>
          <HighlightedText segments={hit.pair} />
        </Link>
      </p>
      <h3 id={`result-claim-${claim.id}`} className="claim-headline">
        <Link href={claimPath(claim.id)}>
          <HighlightedText segments={hit.headline} />
        </Link>
      </h3>
      {hit.excerpt ? (
        <p className="claim-details">
          <HighlightedText segments={hit.excerpt} />
        </p>
      ) : null}
      <div className="claim-grades">
        <ConfidenceBadge level={claim.confidence} />
        {hit.outlets.length > 0 ? (
          <span className={`search-outlets${hasMatch(hit.outlets) ? "" : " muted"}`}>
            Sources: <HighlightedText segments={hit.outlets} />
          </span>
        ) : null}
      </div>
    </article>
  );
}
