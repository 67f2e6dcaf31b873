import { describe, expect, it } from "vitest";
import { asSnapshot, claimChanges, wordDiff } from "./diff";
import { EMPTY_OPTIONAL_FIELDS } from "./contract";
import type { ClaimJson } from "./types";

const before: ClaimJson = {
  ...EMPTY_OPTIONAL_FIELDS,
  id: 1,
  pair: "ana-de-armas--tom-cruise",
  kind: "sighting",
  headline: "Seen dining in London",
  details: null,
  quote: null,
  speaker: null,
  occurredOn: "2025-05",
  precision: "month",
  reportedOn: null,
  place: "London",
  stance: "supports",
  confidence: "plausible",
  status: "published",
  mentions: [],
  citations: [{ outlet: "variety", url: null, title: "A", publishedOn: null, quote: null }],
  correction: null,
  settlement: null,
  version: 1,
  createdAt: "2025-06-05T10:00:00Z",
  updatedAt: "2025-06-05T10:00:00Z",
};

describe("claimChanges", () => {
  it("lists only the fields that changed, in words", () => {
    const after: ClaimJson = { ...before, headline: "Seen dining out in London", confidence: "likely", version: 2 };
    const changes = claimChanges(before, after);
    expect(changes.map((c) => c.field)).toEqual(["headline", "confidence"]);
    expect(changes[1]).toMatchObject({ label: "Confidence", before: "Plausible (45–70%)", after: "Likely (70–95%)" });
    expect(changes[0].words).toEqual([
      { kind: "same", text: "Seen dining " },
      { kind: "added", text: "out " },
      { kind: "same", text: "in London" },
    ]);
  });

  it("a retraction shows the status and the correction", () => {
    const after: ClaimJson = {
      ...before,
      status: "retracted",
      correction: { note: "It was a lookalike.", date: "2025-06-07T00:00:00Z" },
      version: 2,
    };
    expect(claimChanges(before, after).map((c) => [c.field, c.before, c.after])).toEqual([
      ["status", "Published", "Retracted"],
      ["correction", null, "It was a lookalike."],
    ]);
  });

  it("a creation shows every filled field", () => {
    const fields = claimChanges(null, before).map((c) => c.field);
    expect(fields).toContain("pair");
    expect(fields).toContain("citations");
    expect(fields).not.toContain("details");
  });
});

describe("wordDiff", () => {
  it("marks removed and added words", () => {
    expect(wordDiff("a b c", "a x c")).toEqual([
      { kind: "same", text: "a " },
      { kind: "removed", text: "b" },
      { kind: "added", text: "x" },
      { kind: "same", text: " c" },
    ]);
  });
});

describe("asSnapshot", () => {
  it("reads a legacy row-shaped snapshot without crashing", () => {
    const legacy = {
      pairId: 1,
      kind: "sighting",
      headline: "Old row",
      speakerId: null,
      occurredOn: "2025-02",
      precision: "circa",
      confidence: "likely",
      status: "published",
      correction: null,
    };
    const changes = claimChanges(null, asSnapshot(legacy));
    expect(changes.find((c) => c.field === "headline")?.after).toBe("Old row");
    expect(changes.find((c) => c.field === "citations")).toBeUndefined();
    expect(asSnapshot("not json")).toBeNull();
    expect(asSnapshot(null)).toBeNull();
  });
});
