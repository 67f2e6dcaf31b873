import Link from "next/link";
import type { OutletGrade } from "@/db/enums";
import { reliabilityChartData, pct } from "@/lib/charts/reliability-chart";
import type { OutletTrackRecord } from "@/lib/scoring/queries";
import { GRADE_LABELS, gradeLabel } from "@/lib/vocabulary";
import { outletReliability } from "@/lib/charts/reliability-images";
import { ReliabilityFigure } from "@/app/_components/charts/reliability-figure";

/** An outlet's track record: settled claims, borne-out share with its interval, Brier score, diagram, and the grade it suggests beside the admin's. */
export function TrackRecord({
  slug,
  name,
  grade,
  record,
}: {
  slug: string;
  name: string;
  grade: OutletGrade | null;
  record: OutletTrackRecord;
}) {
  const figure = outletReliability(slug, name);
  const cal = record.calibration;
  const s = record.suggested;
  return (
    <section aria-labelledby="track-heading" className="track-record">
      <h2 id="track-heading">Track record: who got it right</h2>
      {cal.settled === 0 ? (
        <p className="lede">None of the claims citing {name} has been settled yet: there is no record to score.</p>
      ) : (
        <p className="lede">
          {cal.settled} settled {cal.settled === 1 ? "claim cites" : "claims cite"} {name}: {cal.borneOut} borne out,{" "}
          {cal.settled - cal.borneOut} shown false — <strong>{pct(cal.share!)} borne out</strong> (95% interval {pct(cal.interval!.low)}–
          {pct(cal.interval!.high)}). Brier score of the confidence we gave them when first published:{" "}
          <strong>{cal.brier!.toFixed(3)}</strong> (0 is perfect, 0.25 is a coin toss).
        </p>
      )}
      <dl className="grade-compare">
        <div>
          <dt>Grade set by our editors</dt>
          <dd>
            {grade === null ? (
              <strong>{gradeLabel(grade)}</strong>
            ) : (
              <>
                <strong>{grade}</strong> — {GRADE_LABELS[grade]}
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>Grade the record suggests</dt>
          <dd data-testid="suggested-grade">
            {s.grade ? (
              <>
                <strong>{s.grade}</strong> — {GRADE_LABELS[s.grade]} (low end of the borne-out interval: {pct(s.low)})
              </>
            ) : (
              <>
                None yet: too few settled claims ({s.settled} of the {s.needed} needed) to suggest a grade.
              </>
            )}
          </dd>
        </div>
      </dl>
      <p className="muted">
        <Link href="/how-we-grade#record-to-grade">How a record maps to a grade</Link>
      </p>
      {cal.settled > 0 ? (
        <ReliabilityFigure data={reliabilityChartData(cal)} title={figure.title} id={figure.id} src={figure.path} />
      ) : null}
    </section>
  );
}
