import type { ClaimField } from "./contract";

/** Every contract field's label: a new claim field does not compile until it has one. */
const CLAIM_FIELD_LABELS: Record<ClaimField, string> = {
  pair: "Pair",
  kind: "Kind",
  headline: "Headline",
  details: "Details",
  quote: "Quote",
  speaker: "Speaker",
  occurredOn: "Date",
  precision: "Date precision",
  reportedOn: "Reported on",
  place: "Place",
  stance: "Stance",
  confidence: "Confidence",
  mentions: "Also mentioned",
  citations: "Sources",
};

/** The words editors see for each claim field: form errors, conflict rows and the history's diffs share them. */
export const FIELD_LABELS: Record<string, string> = {
  "people.0": "First person",
  "people.1": "Second person",
  ...CLAIM_FIELD_LABELS,
  reason: "Reason",
  status: "Status",
  correction: "Correction",
  settlement: "Settlement",
};
