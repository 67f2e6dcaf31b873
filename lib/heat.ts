import type { ConfidenceLevel, Stance, ClaimStatus } from "@/db/enums";
import { confidenceGrade } from "./confidence";
import { daysBetween } from "./dates";

/** Evidence loses half its weight every 30 days. */
export const HEAT_HALF_LIFE_DAYS = 30;

export interface HeatEvidence {
  status: ClaimStatus;
  stance: Stance;
  confidence: ConfidenceLevel;
  /** The first day the claim's date can mean (`YYYY-MM-DD`): evidence counts from then on. */
  occurredStart: string;
}

const STANCE_SIGN: Record<Stance, number> = { supports: 1, neutral: 0, contradicts: -1 };

/**
 * Net evidence for a romance on a given day: each published claim that has
 * happened by then adds (supports) or subtracts (contradicts) its confidence
 * midpoint, halved for every 30 days since. Drafts and retracted claims are
 * worth nothing; neutral claims are worth nothing; future claims not yet.
 */
export function netEvidence(claims: Iterable<HeatEvidence>, on: string): number {
  let net = 0;
  for (const c of claims) {
    if (c.status !== "published") continue;
    const sign = STANCE_SIGN[c.stance];
    if (sign === 0) continue;
    const age = daysBetween(c.occurredStart, on);
    if (age < 0) continue;
    net += sign * confidenceGrade(c.confidence).midpoint * Math.pow(0.5, age / HEAT_HALF_LIFE_DAYS);
  }
  return net;
}

/** Maps net evidence to 0–100: none or net-contradicting evidence is 0; each more unit of support closes ~63% of the gap to 100. */
export function heatFromNet(net: number): number {
  return net <= 0 ? 0 : 100 * (1 - Math.exp(-net));
}

/**
 * A pair's heat (0–100) on a day: how strongly its published evidence points
 * to a romance then. Bounded, rises with each supporting claim's confidence,
 * falls with each contradicting one, and halves its net evidence every 30
 * days without news. Written up for readers on the "how we grade" page.
 */
export function heatOn(claims: Iterable<HeatEvidence>, on: string): number {
  return heatFromNet(netEvidence(claims, on));
}

/** Heat rounded for display ("71"). */
export function displayHeat(heat: number): number {
  return Math.round(heat);
}

/** A reader's word for a heat value. */
export function heatLabel(heat: number): string {
  if (heat >= 75) return "Scorching";
  if (heat >= 50) return "Hot";
  if (heat >= 25) return "Warm";
  if (heat >= 5) return "Cooling";
  return "Cold";
}
