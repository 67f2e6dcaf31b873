import Link from "next/link";
import type { SuggestionView } from "@/lib/claims/settlement-suggestions";
import { todayIso } from "@/lib/dates";
import { ActionForm } from "./_components/action-form";
import { acceptSuggestionAction, rejectSuggestionAction } from "./settlement-actions";
import { claimPath } from "@/lib/urls";

const OUTCOME_WORDS = { "borne-out": "Borne out", "shown-false": "Shown false" } as const;
const isDay = (v: string | null | undefined): v is string => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** What the form starts with: the answering claim's day, reason and first citation. */
function prefill(s: SuggestionView) {
  const a = s.answer;
  const cite = a.citations[0];
  if (s.why === "retraction") {
    return { settledOn: (a.retractedAt ?? todayIso()).slice(0, 10), reason: `Retracted: ${a.correction ?? ""}`.slice(0, 500), cite };
  }
  const settledOn = [a.precision === "day" ? a.occurredOn : null, a.reportedOn, cite?.publishedOn].find(isDay) ?? todayIso();
  return { settledOn, reason: `${s.why === "confirmation" ? "Confirmed" : "Denied"} on the record: ${a.headline}`.slice(0, 500), cite };
}

/** The dashboard's settlement suggestions: each claim the record has answered, with a prefilled settle form and a reject button. */
export function SettlementSuggestions({ total, items }: { total: number; items: SuggestionView[] }) {
  return (
    <section aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading">
        Ready to settle <span className="count">{total}</span>
      </h2>
      {items.length === 0 ? (
        <p className="empty">
          No suggestions. When a confirmation or denial at confirmed confidence is published, the claims it answers appear here.
        </p>
      ) : (
        <ul className="row-list" data-testid="settlement-suggestions">
          {items.map((s) => {
            const p = prefill(s);
            const key = `${s.claimId}-${s.answerId}`;
            return (
              <li key={key} className="row-item suggestion" data-testid={`suggestion-${s.claimId}`}>
                <div>
                  <Link href={claimPath(s.claimId)} className="row-title" prefetch={false}>
                    {s.claim.headline}
                  </Link>
                  <p className="row-meta">
                    {s.claim.pair.people[0].name} &amp; {s.claim.pair.people[1].name} · suggested:{" "}
                    <strong>{OUTCOME_WORDS[s.outcome]}</strong> ·{" "}
                    {s.why === "retraction" ? "we retracted it" : <>answered by “{s.answer.headline}”</>}
                  </p>
                  <ActionForm
                    action={acceptSuggestionAction.bind(null, s.claimId)}
                    submitLabel="Settle"
                    className="settle-form"
                    label={`Settle: ${s.claim.headline}`}
                  >
                    <input type="hidden" name="version" value={s.claim.version} />
                    <label>
                      Outcome
                      <select name="outcome" defaultValue={s.outcome}>
                        <option value="borne-out">Borne out</option>
                        <option value="shown-false">Shown false</option>
                      </select>
                    </label>
                    <label>
                      Settled on
                      <input type="date" name="settledOn" defaultValue={p.settledOn} required />
                    </label>
                    <label className="wide">
                      Reason
                      <input type="text" name="reason" defaultValue={p.reason} required maxLength={500} />
                    </label>
                    <label>
                      Source outlet (slug)
                      <input type="text" name="outlet" defaultValue={p.cite?.outlet.slug ?? ""} required />
                    </label>
                    <label className="wide">
                      Source URL
                      <input type="url" name="url" defaultValue={p.cite?.url ?? ""} />
                    </label>
                    <input type="hidden" name="title" value={p.cite?.title ?? ""} />
                  </ActionForm>
                </div>
                <ActionForm
                  action={rejectSuggestionAction.bind(null, s.claimId, s.answerId)}
                  submitLabel="Reject"
                  buttonClassName="secondary small"
                  label={`Reject the suggestion for: ${s.claim.headline}`}
                />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
