import { parseFeed } from "@rowanmanning/feed-parser";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { createClaim, retractClaim, updateClaim } from "@/lib/claims/write";
import { demoPairs } from "@/db/seed/demo";
import { createTempDb } from "@/lib/testing/temp-db";
import { pairFeedXml, siteFeedXml } from "./ledger-feeds";

let db: Db;
let cleanup: () => void;

beforeEach(() => {
  vi.stubEnv("PUBLIC_BASE_URL", "https://ledger.example");
  ({ db, cleanup } = createTempDb({ seeded: true }));
});
afterEach(() => {
  cleanup();
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

const PAIR = "ana-de-armas--tom-cruise";

function pairFeed() {
  const result = pairFeedXml(db, PAIR);
  if (!result || !("xml" in result)) throw new Error("no feed");
  return parseFeed(result.xml);
}

function claimInput(headline: string, extra: Record<string, unknown> = {}) {
  return {
    pair: PAIR,
    kind: "sighting",
    headline,
    occurredOn: "2025-07",
    precision: "month",
    place: "Madrid",
    stance: "supports",
    confidence: "likely",
    status: "published",
    citations: [{ outlet: "variety", url: "https://example.com/madrid", title: "Seen in Madrid", publishedOn: "2025-07-03" }],
    ...extra,
  };
}

describe("the site feed", () => {
  it("is Atom a feed parser reads: title, self link, entries with ids, dates, outlet and confidence", () => {
    const feed = parseFeed(siteFeedXml(db));
    expect(feed.meta.type).toBe("atom");
    expect(feed.title).toBe("Rumor Ledger: latest claims");
    expect(feed.self).toBe("https://ledger.example/feed.xml");
    expect(feed.url).toBe("https://ledger.example/");
    expect(feed.items.length).toBe(demoPairs.flatMap((p) => p.claims).length); // every published or retracted demo claim; never a draft
    for (const item of feed.items) {
      expect(item.id).toMatch(/^https:\/\/ledger\.example\/claims\/\d+$/);
      expect(item.url).toBe(item.id);
      expect(item.updated).toBeInstanceOf(Date);
      expect(item.published).toBeInstanceOf(Date);
      expect(item.categories.some((c) => c.term.startsWith("confidence-"))).toBe(true);
      expect(item.categories.some((c) => c.term.startsWith("outlet-"))).toBe(true);
      expect(item.description).toMatch(/Confidence: \w+ \(\d+–\d+%\)/);
    }
    // Most recently changed first, and the feed's own date is its newest entry's.
    const updated = feed.items.map((i) => i.updated!.getTime());
    expect(updated).toEqual([...updated].sort((a, b) => b - a));
    expect(feed.updated!.getTime()).toBe(updated[0]);
  });

  it("names the outlet and the confidence of a new claim, and never carries a draft", () => {
    const claim = createClaim(db, null, claimInput("Seen at a Madrid tapas bar"));
    createClaim(db, null, claimInput("Draft: seen at a Madrid museum", { status: "draft" }));
    const feed = parseFeed(siteFeedXml(db));
    const entry = feed.items[0];
    expect(entry.id).toBe(`https://ledger.example/claims/${claim.id}`);
    expect(entry.title).toBe("Seen at a Madrid tapas bar");
    expect(entry.published!.toISOString()).toBe(claim.publishedAt);
    expect(entry.updated!.toISOString()).toBe(claim.updatedAt);
    expect(entry.description).toContain("Confidence: Likely (70–95%)");
    expect(entry.description).toContain("Source: Variety");
    expect(entry.categories).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ term: "confidence-likely", label: "Confidence: Likely (70–95%)" }),
        expect.objectContaining({ term: "outlet-variety", label: "Source: Variety (A)" }),
        expect.objectContaining({ term: "kind-sighting" }),
      ]),
    );
    expect(entry.content).toContain('<a href="https://example.com/madrid">Seen in Madrid</a>');
    expect(feed.items.some((i) => i.title?.startsWith("Draft"))).toBe(false);
  });

  it("keeps text as text: markup and ampersands in a headline come back exactly, never as markup", () => {
    const headline = `Tom & Ana <b>"spotted"</b> ]]> at O'Neill's <script>alert(1)</script>`;
    createClaim(db, null, claimInput(headline, { details: "Fish & chips <i>after</i>" }));
    const xml = siteFeedXml(db);
    const feed = parseFeed(xml);
    expect(feed.items[0].title).toBe(headline);
    // The entry's HTML holds the ledger's text escaped (the parser hands back the decoded HTML).
    expect(xml).toContain("<p>Fish &amp; chips &lt;i&gt;after&lt;/i&gt;</p>");
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("<b>");
  });
});

describe("a pair feed", () => {
  it("carries only that pair's claims", () => {
    const feed = pairFeed();
    expect(feed.title).toBe("Ana de Armas & Tom Cruise: the rumor file (Rumor Ledger)");
    expect(feed.self).toBe(`https://ledger.example/pairs/${PAIR}/feed.xml`);
    expect(feed.items).toHaveLength(11);
    expect(feed.items.some((i) => i.title === "Spotted leaving a Stockholm restaurant together")).toBe(false);
  });

  it("shows an edit and a retraction as an updated entry with the same id", async () => {
    const claim = createClaim(db, null, claimInput("Seen at a Madrid flamenco show"));
    const before = pairFeed().items.find((i) => i.id?.endsWith(`/claims/${claim.id}`))!;

    // The clock moves on between the writes (by a second), whatever the machine's speed.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 1000 });
    const edited = updateClaim(db, null, claim.id, { version: claim.version, confidence: "plausible" });
    const afterEdit = pairFeed().items.find((i) => i.id === before.id)!;
    expect(afterEdit.updated!.getTime()).toBeGreaterThan(before.updated!.getTime());
    expect(afterEdit.published!.getTime()).toBe(before.published!.getTime());
    expect(afterEdit.description).toContain("Confidence: Plausible");

    vi.setSystemTime(Date.now() + 1000);
    retractClaim(db, null, claim.id, { version: edited.version, correction: "It was a look-alike couple." });
    const items = pairFeed().items;
    const corrected = items.find((i) => i.id === before.id)!;
    expect(items[0]).toBe(corrected); // back at the top
    expect(corrected.title).toBe("Retracted: Seen at a Madrid flamenco show");
    expect(corrected.updated!.getTime()).toBeGreaterThan(afterEdit.updated!.getTime());
    expect(corrected.description).toContain("It was a look-alike couple.");
    expect(corrected.content).toContain("<strong>Correction");
    expect(items.filter((i) => i.id === before.id)).toHaveLength(1);
  });

  it("redirects the reversed slug and knows no unknown pair", () => {
    expect(pairFeedXml(db, "tom-cruise--ana-de-armas")).toEqual({ redirectTo: `/pairs/${PAIR}/feed.xml` });
    expect(pairFeedXml(db, "nobody--someone")).toBeNull();
  });

  it("is the same document twice in a row (stable ids and dates, so ETags hold)", () => {
    const a = pairFeedXml(db, PAIR);
    const b = pairFeedXml(db, PAIR);
    expect(a).toEqual(b);
  });
});
