import { CONFIDENCE_SCALE } from "@/lib/confidence";
import { pct, reliabilityChartData } from "@/lib/charts/reliability-chart";
import type { DeskCalibration } from "@/lib/scoring/queries";
import { DESK_RELIABILITY } from "@/lib/charts/reliability-images";
import { ReliabilityFigure } from "@/app/_components/charts/reliability-figure";

/** The desk's own calibration on /how-we-grade: the reliability diagram per level, the Brier score, counts per level, and the same by year. */
export function CalibrationSection({ desk, embedUrl }: { desk: DeskCalibration; embedUrl: string }) {
  const { overall } = desk;
  return (
    <section aria-labelledby="calibration-heading" id="calibration">
      <h2 id="calibration-heading">Our own calibration: does “likely” come true 70–95% of the time?</h2>
      <p>
        For every settled claim we take the confidence level it carried when it was <strong>first published</strong> — read from its
        revision history, so a regrade after the answer cannot flatter us — and check how often each level came true against the range it
        promises.
      </p>
      {overall.settled === 0 ? (
        <p className="lede">No claim has been settled yet.</p>
      ) : (
        <p className="lede" data-testid="desk-calibration">
          {overall.settled} settled claims: {overall.borneOut} borne out, {overall.settled - overall.borneOut} shown false. Brier score{" "}
          <strong>{overall.brier!.toFixed(3)}</strong> (0 is a perfect record; always saying 50% scores 0.25).
        </p>
      )}
      <ReliabilityFigure
        data={reliabilityChartData(overall)}
        title={DESK_RELIABILITY.title}
        id={DESK_RELIABILITY.id}
        src={DESK_RELIABILITY.path}
      />
      {desk.byYear.length > 0 ? (
        <div className="table-wrap">
          <table className="by-year">
            <caption>
              By year of first publication: settled claims at each level (came true / settled), and the year&apos;s Brier score
            </caption>
            <thead>
              <tr>
                <th scope="col">Year</th>
                {CONFIDENCE_SCALE.map((g) => (
                  <th scope="col" className="num" key={g.level}>
                    {g.label}
                  </th>
                ))}
                <th scope="col" className="num">
                  Settled
                </th>
                <th scope="col" className="num">
                  Came true
                </th>
                <th scope="col" className="num">
                  Brier
                </th>
              </tr>
            </thead>
            <tbody>
              {desk.byYear.map(({ year, calibration: c }) => (
                <tr key={year}>
                  <th scope="row">{year}</th>
                  {c.bins.map((b) => (
                    <td className="num" key={b.level}>
                      {b.settled ? `${b.borneOut}/${b.settled}` : "—"}
                    </td>
                  ))}
                  <td className="num">{c.settled}</td>
                  <td className="num">{pct(c.share!)}</td>
                  <td className="num">{c.brier!.toFixed(3)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p>
        Embed this in an article about the ledger: <a href={embedUrl}>the calibration embed</a> (works without JavaScript;{" "}
        <code>?theme=light|dark|auto</code>).
      </p>
    </section>
  );
}
