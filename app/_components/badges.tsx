import Link from "next/link";
import type { ClaimKind, ConfidenceLevel, OutletGrade, PairStatus, Stance } from "@/db/enums";
import { confidenceGrade } from "@/lib/confidence";
import { GRADE_LABELS, KIND_LABELS, PAIR_STATUS_LABELS, STANCE_LABELS, UNGRADED_LABEL } from "@/lib/vocabulary";

/** Kind of claim: a text label with a symbol, so colour never carries the meaning alone. */
const KIND_SYMBOLS: Record<ClaimKind, string> = {
  sighting: "◉",
  appearance: "★",
  statement: "❝",
  report: "▤",
  speculation: "?",
  denial: "✕",
  confirmation: "✓",
  professional: "◆",
};

export function KindBadge({ kind }: { kind: ClaimKind }) {
  return (
    <span className={`badge kind kind-${kind}`}>
      <span aria-hidden="true">{KIND_SYMBOLS[kind]} </span>
      {KIND_LABELS[kind]}
    </span>
  );
}

export function ConfidenceBadge({ level }: { level: ConfidenceLevel }) {
  const g = confidenceGrade(level);
  return (
    <Link
      href={`/how-we-grade#confidence-${level}`}
      className={`badge confidence confidence-${level}`}
      title={`${g.min}–${g.max}% likely true: ${g.evidence}`}
    >
      <span className="meter" aria-hidden="true">
        {"●".repeat(Math.max(1, Math.round(g.midpoint * 5)))}
        <span className="meter-empty">{"●".repeat(5 - Math.max(1, Math.round(g.midpoint * 5)))}</span>
      </span>{" "}
      {g.label}{" "}
      <span className="range">
        {g.min}–{g.max}%
      </span>
    </Link>
  );
}

const STANCE_SYMBOLS: Record<Stance, string> = { supports: "▲", neutral: "■", contradicts: "▼" };

export function StanceBadge({ stance }: { stance: Stance }) {
  return (
    <span className={`badge stance stance-${stance}`}>
      <span aria-hidden="true">{STANCE_SYMBOLS[stance]} </span>
      {STANCE_LABELS[stance]}
    </span>
  );
}

export function GradeBadge({ grade }: { grade: OutletGrade | null }) {
  if (grade === null) {
    return (
      <abbr className="grade grade-ungraded" title={`Reliability: ${UNGRADED_LABEL.toLowerCase()}`}>
        ?
      </abbr>
    );
  }
  return (
    <abbr className={`grade grade-${grade}`} title={`Reliability ${grade}: ${GRADE_LABELS[grade]}`}>
      {grade}
    </abbr>
  );
}

export function PairStatusBadge({ status }: { status: PairStatus }) {
  return <span className={`badge pair-status pair-status-${status}`}>{PAIR_STATUS_LABELS[status]}</span>;
}
