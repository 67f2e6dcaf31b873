import Link from "next/link";
import { formatPartialDate } from "@/lib/dates";
import type { PairSummary } from "@/lib/pairs/queries";
import { PairStatusBadge } from "./badges";
import { HeatMeter } from "./heat-meter";
import { pairPath } from "@/lib/urls";
import { countLabel } from "@/lib/counts";

export function PairCard({ pair }: { pair: PairSummary }) {
  const [a, b] = pair.people;
  return (
    <article className="card pair-card" data-testid="pair-card">
      <h3>
        <Link href={pairPath(pair.slug)}>
          {a.name} &amp; {b.name}
        </Link>
      </h3>
      <div>
        <PairStatusBadge status={pair.status} />
      </div>
      <HeatMeter heat={pair.heat} />
      <p className="facts">
        {countLabel(pair.publishedClaims, "published claim", "published claims")}
        {pair.latestClaimOn ? <> · latest {formatPartialDate(pair.latestClaimOn.slice(0, 7), "month")}</> : null}
      </p>
    </article>
  );
}
