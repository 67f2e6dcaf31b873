import { confidenceGrade, CONFIDENCE_SCALE } from "@/lib/confidence";
import type { ClaimView } from "./types";

/**
 * schema.org ClaimReview for a claim page: the rating is the claim's place on
 * our six-step confidence scale (6 confirmed … 1 debunked), with its word as
 * alternateName.
 */
export function claimReviewJsonLd(claim: ClaimView, pageUrl: string): Record<string, unknown> {
  const grade = confidenceGrade(claim.confidence);
  const ratingValue = CONFIDENCE_SCALE.length - CONFIDENCE_SCALE.findIndex((g) => g.level === claim.confidence);
  const first = claim.citations[0];
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: pageUrl,
    claimReviewed: claim.headline,
    datePublished: (claim.publishedAt ?? claim.createdAt).slice(0, 10),
    author: { "@type": "Organization", name: "Rumor Ledger" },
    reviewRating: {
      "@type": "Rating",
      ratingValue,
      bestRating: CONFIDENCE_SCALE.length,
      worstRating: 1,
      alternateName: claim.status === "retracted" ? `Retracted: ${claim.correction ?? ""}`.trim() : `${grade.label} (${grade.min}–${grade.max}%)`,
    },
    itemReviewed: {
      "@type": "Claim",
      ...(claim.speaker ? { author: { "@type": "Person", name: claim.speaker.name } } : {}),
      ...(first
        ? {
            appearance: {
              "@type": "CreativeWork",
              ...(first.url ? { url: first.url } : {}),
              ...(first.title ? { headline: first.title } : {}),
              ...(first.publishedOn ? { datePublished: first.publishedOn } : {}),
              publisher: { "@type": "Organization", name: first.outlet.name },
            },
          }
        : {}),
      datePublished: claim.occurredOn,
    },
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the script element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}
