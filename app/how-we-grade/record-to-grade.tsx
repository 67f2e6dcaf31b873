import { GRADE_THRESHOLDS, MIN_SETTLED_FOR_GRADE } from "@/lib/scoring/grade";
import { GRADE_LABELS } from "@/lib/vocabulary";

/** What "settled" means, and the written-down mapping from an outlet's record to the grade it suggests. */
export function RecordToGrade() {
  return (
    <>
      <section aria-labelledby="settled-heading" id="settled">
        <h2 id="settled-heading">Settled claims</h2>
        <p>
          A published claim is <strong>settled</strong> when the record answers it: <em>borne out</em> (it was true) or <em>shown false</em>
          . An editor settles it with the day it was answered, a short reason and at least one citation for the answering evidence; until
          then it is open. Settling and reopening are revisions like any other change, with who, when and why. A retracted claim can still
          be settled: a retraction corrects our record, it does not erase the call we made.
        </p>
        <p>
          When a pair&apos;s question is answered on the record — a confirmation or a denial at <em>confirmed</em> confidence — the earlier
          claims whose stance it decides are suggested to editors for settlement (a supporting claim is borne out by a confirmation and
          shown false by a denial; a contradicting one the other way round). A retracted claim is suggested as shown false. Nothing settles
          by itself: an editor accepts or rejects each suggestion.
        </p>
      </section>
      <section aria-labelledby="record-to-grade-heading" id="record-to-grade">
        <h2 id="record-to-grade-heading">From a track record to a suggested grade</h2>
        <p>
          Each outlet page shows the claims citing that outlet that were settled, the share borne out with its 95% Wilson interval, and the
          Brier score of the confidence we gave them when first published. The record suggests a grade from the <strong>low end</strong> of
          the borne-out interval, so a grade is earned by enough settled claims rather than a lucky few. With fewer than{" "}
          {MIN_SETTLED_FOR_GRADE} settled claims the record suggests nothing, and says so. The grade an admin sets stays the outlet&apos;s
          grade; the suggestion sits beside it.
        </p>
        <div className="table-wrap">
          <table>
            <caption>Suggested grade by the low end of the 95% interval of the borne-out share</caption>
            <thead>
              <tr>
                <th scope="col">Low end at least</th>
                <th scope="col">Suggested grade</th>
              </tr>
            </thead>
            <tbody>
              {GRADE_THRESHOLDS.map((t) => (
                <tr key={t.grade}>
                  <td>{Math.round(t.minLow * 100)}%</td>
                  <th scope="row">
                    {t.grade} — {GRADE_LABELS[t.grade]}
                  </th>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>For example: 5 of 5 borne out suggests C (low end 57%), 10 of 10 suggests B (72%), and about 35 of 35 are needed for A (90%).</p>
      </section>
    </>
  );
}
