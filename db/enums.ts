/**
 * The closed vocabularies of the ledger. They live beside the schema so the
 * CHECK constraints and the TypeScript types can never disagree; lib/ adds the
 * words readers see.
 */
export const PAIR_STATUSES = ["rumored", "dating", "confirmed", "denied", "split", "just-friends", "professional"] as const;
export type PairStatus = (typeof PAIR_STATUSES)[number];

export const OUTLET_GRADES = ["A", "B", "C", "D", "E", "F"] as const;
export type OutletGrade = (typeof OUTLET_GRADES)[number];

export const CLAIM_KINDS = [
  "sighting",
  "appearance",
  "statement",
  "report",
  "speculation",
  "denial",
  "confirmation",
  "professional",
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const DATE_PRECISIONS = ["day", "month", "year", "circa"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const STANCES = ["supports", "neutral", "contradicts"] as const;
export type Stance = (typeof STANCES)[number];

export const CONFIDENCE_LEVELS = ["confirmed", "likely", "plausible", "speculative", "doubtful", "debunked"] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

export const CLAIM_STATUSES = ["draft", "published", "retracted"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const USER_ROLES = ["editor", "admin"] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const REVISION_ACTIONS = ["create", "update", "publish", "retract", "discard", "import", "settle", "unsettle"] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

/** How a settled claim turned out; an open claim has none. */
export const SETTLEMENT_OUTCOMES = ["borne-out", "shown-false"] as const;
export type SettlementOutcome = (typeof SETTLEMENT_OUTCOMES)[number];
