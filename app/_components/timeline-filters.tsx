import Link from "next/link";
import { CLAIM_KINDS } from "@/db/enums";
import { CONFIDENCE_SCALE } from "@/lib/confidence";
import type { ClaimFilters } from "@/lib/claims/filters";
import type { OutletRef } from "@/lib/claims/types";
import { KIND_LABELS } from "@/lib/vocabulary";

/**
 * The timeline filters as a plain GET form: they live in the URL, work without
 * JavaScript, and a filtered view can be bookmarked or pasted.
 */
export function TimelineFilters({
  action,
  filters,
  outlets,
  problems,
}: {
  action: string;
  filters: ClaimFilters;
  outlets: OutletRef[];
  problems: Record<string, string>;
}) {
  return (
    <form className="filters card" method="get" action={action} aria-label="Filter the timeline">
      <fieldset>
        <legend>Kind</legend>
        <div className="filter-options">
          {CLAIM_KINDS.map((k) => (
            <label key={k}>
              <input type="checkbox" name="kind" value={k} defaultChecked={filters.kind.includes(k)} /> {KIND_LABELS[k]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Confidence</legend>
        <div className="filter-options">
          {CONFIDENCE_SCALE.map((g) => (
            <label key={g.level}>
              <input type="checkbox" name="confidence" value={g.level} defaultChecked={filters.confidence.includes(g.level)} /> {g.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="filter-row">
        <label>
          Outlet
          <select name="outlet" defaultValue={filters.outlet ?? ""}>
            <option value="">Any outlet</option>
            {outlets.map((o) => (
              <option key={o.slug} value={o.slug}>
                {o.name} ({o.grade ?? "not yet graded"})
              </option>
            ))}
          </select>
        </label>
        <label>
          From
          <input
            type="text"
            name="from"
            inputMode="numeric"
            placeholder="YYYY-MM-DD"
            defaultValue={filters.from ?? ""}
            size={11}
            aria-describedby="date-hint"
          />
        </label>
        <label>
          To
          <input
            type="text"
            name="to"
            inputMode="numeric"
            placeholder="YYYY-MM-DD"
            defaultValue={filters.to ?? ""}
            size={11}
            aria-describedby="date-hint"
          />
        </label>
        <button type="submit">Apply filters</button>
        <Link href={action} className="button secondary">
          Clear
        </Link>
      </div>
      <p id="date-hint" className="muted" style={{ fontSize: "0.82rem", margin: "0.4rem 0 0" }}>
        Dates as YYYY-MM-DD, YYYY-MM or YYYY. A claim known only to the month or year is kept if it could fall in the range.
      </p>
      {Object.keys(problems).length > 0 ? (
        <ul className="filter-problems" role="alert">
          {Object.entries(problems).map(([field, message]) => (
            <li key={field}>
              {field}: {message} (ignored)
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
