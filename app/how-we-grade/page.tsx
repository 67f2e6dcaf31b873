import type { Metadata } from "next";
import { connection } from "next/server";
import { getDb } from "@/db/client";
import { deskCalibration } from "@/lib/scoring/queries";
import { CalibrationSection } from "./calibration-section";
import { RecordToGrade } from "./record-to-grade";
import { pageAlternates } from "@/lib/site";
import { CONFIDENCE_SCALE } from "@/lib/confidence";
import { HEAT_HALF_LIFE_DAYS } from "@/lib/heat";
import { CLAIM_KINDS, OUTLET_GRADES } from "@/db/enums";
import { GRADE_LABELS, KIND_DESCRIPTIONS } from "@/lib/vocabulary";
import { ConfidenceBadge, KindBadge } from "@/app/_components/badges";

export const metadata: Metadata = {
  title: "How we grade",
  description: "Rumor Ledger's confidence scale, source reliability grades, the heat index, and how often our own grades come true.",
  alternates: pageAlternates("/how-we-grade"),
};

export default async function HowWeGradePage() {
  await connection(); // the calibration is the ledger as it is now
  const desk = deskCalibration(getDb());
  return (
    <>
      <p className="eyebrow">Methods</p>
      <h1>How we grade</h1>
      <p className="lede">
        Every claim carries one confidence level from a fixed, published scale; every source carries a reliability grade. Heat combines the
        published claims into one number per pair.
      </p>

      <section aria-labelledby="confidence-heading">
        <h2 id="confidence-heading">Confidence: how likely the claim itself is true</h2>
        <div className="table-wrap">
          <table className="stack-table">
            <caption className="visually-hidden">The confidence scale</caption>
            <thead>
              <tr>
                <th scope="col">Level</th>
                <th scope="col">Range</th>
                <th scope="col">Value in charts</th>
                <th scope="col">Typical evidence</th>
              </tr>
            </thead>
            <tbody>
              {CONFIDENCE_SCALE.map((g) => (
                <tr key={g.level} id={`confidence-${g.level}`}>
                  <th scope="row">
                    <ConfidenceBadge level={g.level} />
                  </th>
                  <td data-label="Range">
                    {g.min}–{g.max}%
                  </td>
                  <td data-label="Value in charts">{g.midpoint.toFixed(2)}</td>
                  <td data-label="Typical evidence">{g.evidence}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>
          A denial is recorded as a claim with its own grade, not as a verdict: a publicist saying “just friends” is evidence, weighed like
          any other.
        </p>
      </section>

      <section aria-labelledby="grades-heading">
        <h2 id="grades-heading">Sources: the Admiralty reliability grade</h2>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Source reliability grades</caption>
            <thead>
              <tr>
                <th scope="col">Grade</th>
                <th scope="col">Meaning</th>
              </tr>
            </thead>
            <tbody>
              {OUTLET_GRADES.map((g) => (
                <tr key={g}>
                  <th scope="row">{g}</th>
                  <td>{GRADE_LABELS[g]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <RecordToGrade />

      <CalibrationSection desk={desk} embedUrl="/embed/calibration" />

      <section aria-labelledby="kinds-heading">
        <h2 id="kinds-heading">Kinds of claim</h2>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Kinds of claim</caption>
            <tbody>
              {CLAIM_KINDS.map((k) => (
                <tr key={k}>
                  <th scope="row">
                    <KindBadge kind={k} />
                  </th>
                  <td>{KIND_DESCRIPTIONS[k]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="heat" id="heat">
        <h2 id="heat-heading">How heat works</h2>
        <p>
          Heat, from 0 to 100, says how strongly the published evidence points to a romance on a given day. Each published claim that has
          happened by then counts for its confidence value from the table above: positive if it supports the rumor, negative if it
          contradicts it, nothing if it is neutral. Evidence fades: it loses half its weight every {HEAT_HALF_LIFE_DAYS} days. A claim dated
          only to a month or a year counts from the first day it could mean.
        </p>
        <p className="formula">
          net = Σ sign × confidence × ½<sup>(days since the claim ÷ {HEAT_HALF_LIFE_DAYS})</sup>
          <br />
          heat = 100 × (1 − e<sup>−net</sup>) when net &gt; 0, otherwise 0
        </p>
        <ul>
          <li>One confirmed supporting claim today gives heat 62; two likely ones, 81. Heat never reaches 100.</li>
          <li>More or stronger support never lowers heat; a contradicting claim never raises it.</li>
          <li>Without news, the net evidence halves every {HEAT_HALF_LIFE_DAYS} days, and heat falls with it.</li>
          <li>Drafts and retracted claims count for nothing.</li>
        </ul>
      </section>
    </>
  );
}
