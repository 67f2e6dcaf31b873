import { describe, expect, it } from "vitest";
import { settlementSuggestions, type SuggestionCandidate } from "./settlement-rules";

const claim = (id: number, over: Partial<SuggestionCandidate>): SuggestionCandidate => ({
  id,
  pairId: 1,
  kind: "sighting",
  stance: "supports",
  confidence: "likely",
  status: "published",
  settled: false,
  occurredStart: `2025-0${Math.min(9, id)}-01`,
  ...over,
});

describe("settlementSuggestions", () => {
  it("suggests earlier claims of the pair that a confirmed confirmation decides, by stance", () => {
    const claims = [
      claim(1, { stance: "supports" }),
      claim(2, { stance: "contradicts", kind: "denial", confidence: "plausible" }),
      claim(3, { stance: "neutral" }),
      claim(4, { kind: "confirmation", confidence: "confirmed" }),
      claim(5, { stance: "supports" }), // after the answer: not decided by it
      claim(6, { pairId: 2 }), // another pair
    ];
    expect(settlementSuggestions(claims)).toEqual([
      { claimId: 1, answerId: 4, outcome: "borne-out", why: "confirmation" },
      { claimId: 2, answerId: 4, outcome: "shown-false", why: "confirmation" },
    ]);
  });

  it("reads a denial the other way round, and ignores answers below confirmed confidence, drafts and settled claims", () => {
    const claims = [
      claim(1, { stance: "supports" }),
      claim(2, { stance: "contradicts" }),
      claim(3, { stance: "supports", settled: true }),
      claim(4, { stance: "supports", status: "draft" }),
      claim(5, { kind: "confirmation", confidence: "likely" }),
      claim(6, { kind: "denial", confidence: "confirmed", stance: "contradicts" }),
    ];
    expect(settlementSuggestions(claims).map((s) => [s.claimId, s.answerId, s.outcome])).toEqual([
      [1, 6, "shown-false"],
      [2, 6, "borne-out"],
      [5, 6, "shown-false"],
    ]);
  });

  it("lets the first answer after a claim decide it, suggests a retracted claim as shown false, and never repeats a rejected suggestion", () => {
    const claims = [
      claim(1, { stance: "supports" }),
      claim(2, { kind: "denial", confidence: "confirmed", stance: "contradicts" }),
      claim(3, { stance: "supports" }),
      claim(4, { kind: "confirmation", confidence: "confirmed" }),
      claim(5, { status: "retracted" }),
    ];
    const all = settlementSuggestions(claims);
    expect(all.find((s) => s.claimId === 1)).toMatchObject({ answerId: 2, outcome: "shown-false" });
    expect(all.find((s) => s.claimId === 3)).toMatchObject({ answerId: 4, outcome: "borne-out" });
    expect(all.find((s) => s.claimId === 2)).toMatchObject({ answerId: 4, outcome: "shown-false" });
    expect(all.find((s) => s.claimId === 5)).toEqual({ claimId: 5, answerId: 5, outcome: "shown-false", why: "retraction" });
    expect(
      settlementSuggestions(claims, new Set(["1:2", "5:5"]))
        .map((s) => s.claimId)
        .sort(),
    ).toEqual([2, 3]);
  });
});
