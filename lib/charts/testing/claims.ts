import type { ClaimKind, ClaimStatus, ConfidenceLevel, DatePrecision, Stance } from "@/db/enums";
import { dateInterval } from "@/lib/dates";
import type { ChartClaim } from "../types";

let nextId = 1;

/** A hand-made claim for chart tests: a published supporting sighting unless told otherwise. */
export function claim(
  occurredOn: string,
  over: Partial<{
    kind: ClaimKind;
    stance: Stance;
    confidence: ConfidenceLevel;
    status: ClaimStatus;
    precision: DatePrecision;
    headline: string;
    id: number;
  }> = {},
): ChartClaim {
  const { start, end } = dateInterval(occurredOn);
  const id = over.id ?? nextId++;
  const precision = over.precision ?? (occurredOn.length === 10 ? "day" : occurredOn.length === 7 ? "month" : "year");
  return {
    id,
    kind: over.kind ?? "sighting",
    headline: over.headline ?? `Claim ${id}`,
    occurredOn,
    precision,
    occurredStart: start,
    occurredEnd: end,
    stance: over.stance ?? "supports",
    confidence: over.confidence ?? "likely",
    status: over.status ?? "published",
  };
}
