import { describe, expect, it } from "vitest";
import {
  changedDraftFields,
  createPayload,
  draftFromClaim,
  emptyCitation,
  emptyDraft,
  remapCitationErrors,
  updatePayload,
} from "./claim-draft";
import { conflictRows, mergeSeed, resolveConflict } from "./claim-merge";
import { EMPTY_OPTIONAL_FIELDS } from "./contract";
import { createClaimSchema, updateClaimSchema } from "./input";
import type { ClaimJson } from "./types";

const claim: ClaimJson = {
  ...EMPTY_OPTIONAL_FIELDS,
  id: 7,
  pair: "ana-de-armas--tom-cruise",
  kind: "sighting",
  headline: "Seen in London",
  details: null,
  quote: null,
  speaker: null,
  occurredOn: "2025-05",
  precision: "month",
  reportedOn: "2025-06-05",
  place: "London",
  stance: "supports",
  confidence: "likely",
  status: "published",
  mentions: ["david-beckham"],
  citations: [{ outlet: "variety", url: "https://example.com/a", title: "A", publishedOn: "2025-06-05", quote: null }],
  correction: null,
  settlement: null,
  version: 3,
  createdAt: "2025-06-05T10:00:00Z",
  updatedAt: "2025-06-06T09:30:00Z",
};

describe("claim drafts", () => {
  it("round-trips a saved claim into a create body the API schema accepts", () => {
    const draft = draftFromClaim(claim);
    expect(draft.people).toEqual(["ana-de-armas", "tom-cruise"]);
    const body = createPayload(draft, "published");
    const parsed = createClaimSchema.parse({ ...body, pair: claim.pair });
    expect(parsed).toMatchObject({
      headline: "Seen in London",
      details: null,
      speaker: null,
      mentions: ["david-beckham"],
      status: "published",
    });
    expect(parsed.citations[0]).toEqual({
      outlet: "variety",
      url: "https://example.com/a",
      title: "A",
      publishedOn: "2025-06-05",
      quote: null,
    });
  });

  it("drops a citation row left completely blank, but keeps a half-filled one for the API to question", () => {
    const draft = emptyDraft(["a", "b"]);
    expect(createPayload(draft, "draft").citations).toEqual([]);
    draft.citations[0].url = "https://example.com";
    expect(createPayload(draft, "draft").citations).toEqual([
      { outlet: "", url: "https://example.com", title: null, publishedOn: null, quote: null },
    ]);
  });

  it("maps the server's citation error keys back to the form's rows when blank rows were skipped", () => {
    const draft = emptyDraft(["a", "b"]);
    draft.citations = [emptyCitation(), { ...emptyCitation(), url: "nope" }];
    expect(remapCitationErrors(draft, { "citations.0.url": "bad", "citations.0": "x", citations: "y", headline: "z" })).toEqual({
      "citations.1.url": "bad",
      "citations.1": "x",
      citations: "y",
      headline: "z",
    });
  });

  it("leaves an unchosen confidence out, so the API names the field", () => {
    const body = createPayload(emptyDraft(["a", "b"]), "draft");
    expect(body.confidence).toBeUndefined();
    expect(body.speaker).toBeNull();
  });

  it("sends only the changed fields with the version edited, ignoring whitespace and row keys", () => {
    const base = draftFromClaim(claim);
    const edited = { ...draftFromClaim(claim), headline: "Seen in London again ", place: " London " };
    expect(changedDraftFields(base, edited)).toEqual(["headline"]);
    const body = updatePayload(base, edited, 3, "  typo ");
    expect(body).toEqual({ version: 3, headline: "Seen in London again", reason: "typo" });
    expect(updateClaimSchema.safeParse(body).success).toBe(true);
  });

  it("an edit that changes nothing is just the version", () => {
    expect(updatePayload(draftFromClaim(claim), draftFromClaim(claim), 3, "")).toEqual({ version: 3 });
  });
});

describe("conflicts", () => {
  const base = draftFromClaim(claim);
  const mine = { ...draftFromClaim(claim), details: "Mine", place: "Paris" };
  const theirs = { ...draftFromClaim({ ...claim, version: 4 }), details: "Theirs", headline: "Their headline" };

  it("lists each differing field with who changed it and a safe default", () => {
    const rows = conflictRows(base, mine, theirs);
    expect(rows).toEqual([
      { field: "headline", changedBy: "them", suggested: "theirs" },
      { field: "details", changedBy: "both", suggested: "merge" },
      { field: "place", changedBy: "you", suggested: "mine" },
    ]);
  });

  it("resolving with the defaults keeps both people's work", () => {
    const merged = mergeSeed("details", theirs.details, mine.details);
    expect(merged).toBe("Theirs\n\nMine");
    const resolved = resolveConflict(mine, theirs, {
      headline: { choice: "theirs" },
      details: { choice: "merge", merged },
      place: { choice: "mine" },
    });
    expect(resolved.headline).toBe("Their headline");
    expect(resolved.details).toBe("Theirs\n\nMine");
    expect(resolved.place).toBe("Paris");
    // Saved against their version, only the editor's own decisions are sent.
    expect(updatePayload(theirs, resolved, 4, "")).toEqual({ version: 4, details: "Theirs\n\nMine", place: "Paris" });
  });

  it("one-line fields merge on one line", () => {
    expect(mergeSeed("headline", "A", "B")).toBe("A / B");
    expect(mergeSeed("headline", "", "B")).toBe("B");
  });

  it("lists and choices are taken whole, never merged as text", () => {
    const t = { ...theirs, mentions: ["juno-park"] };
    const resolved = resolveConflict(mine, t, { mentions: { choice: "merge", merged: "x" } });
    expect(resolved.mentions).toEqual(["juno-park"]);
  });
});
