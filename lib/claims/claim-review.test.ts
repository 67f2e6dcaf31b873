import { describe, expect, it } from "vitest";
import { claimReviewJsonLd } from "./claim-review";
import { EMPTY_OPTIONAL_FIELDS } from "./contract";
import type { ClaimView } from "./types";

const ana = { id: 1, slug: "ana-de-armas", name: "Ana de Armas" };
const tom = { id: 2, slug: "tom-cruise", name: "Tom Cruise" };
const variety = { id: 1, slug: "variety", name: "Variety", url: "https://variety.com", grade: "A" as const };
const deadline = { id: 2, slug: "deadline", name: "Deadline", url: null, grade: "B" as const };

function claim(overrides: Partial<ClaimView> = {}): ClaimView {
  return {
    ...EMPTY_OPTIONAL_FIELDS,
    id: 7,
    pair: { id: 1, slug: "ana-de-armas--tom-cruise", status: "rumored", people: [ana, tom] },
    kind: "report",
    headline: "Reported dating",
    details: null,
    quote: null,
    speaker: null,
    occurredOn: "2025-06",
    precision: "month",
    occurredStart: "2025-06-01",
    occurredEnd: "2025-06-30",
    reportedOn: null,
    place: null,
    stance: "supports",
    confidence: "likely",
    status: "published",
    correction: null,
    retractedAt: null,
    settlement: null,
    publishedAt: "2025-06-05T10:00:00.000Z",
    mentions: [],
    citations: [
      { outlet: variety, url: "https://variety.com/a", title: "A", publishedOn: "2025-06-05", quote: null },
      { outlet: deadline, url: "https://deadline.com/b", title: null, publishedOn: null, quote: null },
    ],
    version: 1,
    createdAt: "2025-06-05T10:00:00.000Z",
    updatedAt: "2025-06-05T10:00:00.000Z",
    ...overrides,
  };
}

const PAGE = "https://ledger.example/claims/7";

describe("ClaimReview JSON-LD", () => {
  it("rates a retracted claim 1 of 6 with 'Retracted: …', whatever its confidence was", () => {
    for (const confidence of ["confirmed", "likely", "debunked"] as const) {
      const ld = claimReviewJsonLd(
        claim({ confidence, status: "retracted", correction: "It was a lookalike.", retractedAt: "2025-07-01T00:00:00.000Z" }),
        PAGE,
      );
      expect(ld.reviewRating).toEqual({
        "@type": "Rating",
        ratingValue: 1,
        bestRating: 6,
        worstRating: 1,
        alternateName: "Retracted: It was a lookalike.",
      });
    }
  });

  it("rates a published claim by its confidence (likely is 5 of 6)", () => {
    expect(claimReviewJsonLd(claim(), PAGE).reviewRating).toMatchObject({ ratingValue: 5, alternateName: "Likely (70–95%)" });
  });

  it("gives the reviewing organisation a url: the site's root", () => {
    expect(claimReviewJsonLd(claim(), PAGE).author).toEqual({
      "@type": "Organization",
      name: "Rumor Ledger",
      url: "https://ledger.example/",
    });
  });

  it("names the claim's author: its speaker as a Person, else the first citation's outlet as an Organization", () => {
    const item = (c: ClaimView) => claimReviewJsonLd(c, PAGE).itemReviewed as Record<string, unknown>;
    expect(item(claim({ speaker: tom })).author).toEqual({ "@type": "Person", name: "Tom Cruise" });
    expect(item(claim()).author).toEqual({ "@type": "Organization", name: "Variety", url: "https://variety.com" });
    expect(item(claim({ citations: [] })).author).toBeUndefined();
  });

  it("lists where the claim appeared: a CreativeWork per citation with its URL", () => {
    const item = claimReviewJsonLd(claim(), PAGE).itemReviewed as { appearance: { "@type": string; url?: string }[] };
    expect(item.appearance.map((a) => [a["@type"], a.url])).toEqual([
      ["CreativeWork", "https://variety.com/a"],
      ["CreativeWork", "https://deadline.com/b"],
    ]);
    const single = claimReviewJsonLd(claim({ citations: claim().citations.slice(0, 1) }), PAGE).itemReviewed as {
      appearance: { url: string };
    };
    expect(single.appearance.url).toBe("https://variety.com/a");
  });

  it("writes the claim's date at its own precision, never an invented day", () => {
    expect(
      (claimReviewJsonLd(claim({ occurredOn: "2023", precision: "year" }), PAGE).itemReviewed as { datePublished: string }).datePublished,
    ).toBe("2023");
  });
});
