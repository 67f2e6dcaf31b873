import { confidenceGrade, CONFIDENCE_SCALE } from "@/lib/confidence";
import { machineDate } from "@/lib/dates";
import type { ClaimView } from "./types";

/** The lowest rating: a retracted claim gets it, whatever its confidence was. */
const WORST_RATING = 1;

/** The rating for a claim: its place on the six-step confidence scale (6 confirmed … 1 debunked); 1 once retracted. */
function rating(claim: ClaimView): { value: number; name: string } {
  if (claim.status === "retracted") return { value: WORST_RATING, name: `Retracted: ${claim.correction ?? ""}`.trim() };
  const grade = confidenceGrade(claim.confidence);
  return {
    value: CONFIDENCE_SCALE.length - CONFIDENCE_SCALE.findIndex((g) => g.level === claim.confidence),
    name: `${grade.label} (${grade.min}–${grade.max}%)`,
  };
}

/** Who made the claim: its speaker, else the outlet of its first citation. */
function claimAuthor(claim: ClaimView): Record<string, unknown> | undefined {
  if (claim.speaker) return { "@type": "Person", name: claim.speaker.name };
  const outlet = claim.citations[0]?.outlet;
  if (!outlet) return undefined;
  return { "@type": "Organization", name: outlet.name, ...(outlet.url ? { url: outlet.url } : {}) };
}

/** Where the claim appeared: one CreativeWork per citation, with its URL when it has one. */
function appearances(claim: ClaimView): Record<string, unknown>[] {
  return claim.citations.map((c) => ({
    "@type": "CreativeWork",
    ...(c.url ? { url: c.url } : {}),
    ...(c.title ? { headline: c.title } : {}),
    ...(c.publishedOn ? { datePublished: c.publishedOn } : {}),
    publisher: { "@type": "Organization", name: c.outlet.name, ...(c.outlet.url ? { url: c.outlet.url } : {}) },
  }));
}

/**
 * schema.org ClaimReview for a claim page (`pageUrl` is `…/claims/{id}`): the
 * rating is the claim's place on our six-step confidence scale, with its word
 * as alternateName; a retracted claim is rated 1 ("Retracted: <correction>"),
 * as the seeded retractions are. Dates keep the claim's own precision
 * (`2023`, `2025-06`): no day is invented.
 */
export function claimReviewJsonLd(claim: ClaimView, pageUrl: string): Record<string, unknown> {
  const { value, name } = rating(claim);
  const author = claimAuthor(claim);
  const appeared = appearances(claim);
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: pageUrl,
    claimReviewed: claim.headline,
    datePublished: (claim.publishedAt ?? claim.createdAt).slice(0, 10),
    author: { "@type": "Organization", name: "Rumor Ledger", url: pageUrl.replace(/\/claims\/[^/]*$/, "/") },
    reviewRating: {
      "@type": "Rating",
      ratingValue: value,
      bestRating: CONFIDENCE_SCALE.length,
      worstRating: WORST_RATING,
      alternateName: name,
    },
    itemReviewed: {
      "@type": "Claim",
      ...(author ? { author } : {}),
      ...(appeared.length === 1 ? { appearance: appeared[0] } : appeared.length > 1 ? { appearance: appeared } : {}),
      datePublished: machineDate(claim.occurredOn),
    },
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the script element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}
