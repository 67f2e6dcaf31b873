import Link from "next/link";
import { formatDay } from "@/lib/dates";
import type { SettlementView } from "@/lib/claims/types";
import { outletPath, safeExternalUrl } from "@/lib/urls";

const WORDS = { "borne-out": { mark: "✓", label: "Borne out" }, "shown-false": { mark: "✗", label: "Shown false" } } as const;

/** How a settled claim turned out: a mark and a word (never colour alone), the day, the reason and the settling evidence. */
export function SettlementNote({ settlement }: { settlement: SettlementView }) {
  const w = WORDS[settlement.outcome];
  return (
    <div className={`settlement settlement-${settlement.outcome}`} role="note" data-testid="settlement">
      <p>
        <strong>
          <span aria-hidden="true">{w.mark} </span>Settled: {w.label.toLowerCase()}
        </strong>{" "}
        ({formatDay(settlement.settledOn)}) — {settlement.reason}
      </p>
      {settlement.citations.length > 0 ? (
        <p className="settlement-sources">
          Settling evidence:{" "}
          {settlement.citations.map((c, i) => {
            const href = safeExternalUrl(c.url);
            return (
              <span key={i}>
                {i > 0 ? "; " : null}
                <Link href={outletPath(c.outlet.slug)}>{c.outlet.name}</Link>
                {c.title || href ? ": " : null}
                {href ? (
                  <a href={href} rel="noopener noreferrer nofollow" target="_blank">
                    {c.title ?? "source"}
                  </a>
                ) : c.title ? (
                  <cite>{c.title}</cite>
                ) : null}
              </span>
            );
          })}
        </p>
      ) : null}
    </div>
  );
}
