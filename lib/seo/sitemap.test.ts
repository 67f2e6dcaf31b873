import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { createClaim } from "@/lib/claims/write";
import { demoPairs } from "@/db/seed/demo";
import { createTempDb } from "@/lib/testing/temp-db";
import { sitemapEntries } from "./sitemap";

let db: Db;
let cleanup: () => void;

beforeEach(() => {
  vi.stubEnv("PUBLIC_BASE_URL", "https://ledger.example");
  ({ db, cleanup } = createTempDb({ seeded: true }));
});
afterEach(() => {
  cleanup();
  vi.unstubAllEnvs();
});

describe("the sitemap", () => {
  it("lists pairs, people, outlets and reader-visible claims, never a draft, the editor or the API", () => {
    const draft = createClaim(db, null, {
      pair: "ana-de-armas--tom-cruise",
      kind: "sighting",
      headline: "A draft",
      occurredOn: "2025",
      precision: "year",
      stance: "supports",
      confidence: "likely",
      status: "draft",
    });
    const urls = sitemapEntries(db).map((e) => e.url);
    expect(urls).toContain("https://ledger.example/");
    expect(urls).toContain("https://ledger.example/pairs/ana-de-armas--tom-cruise");
    expect(urls).toContain("https://ledger.example/people/david-beckham");
    expect(urls).toContain("https://ledger.example/outlets/variety");
    expect(urls.filter((u) => u.includes("/claims/"))).toHaveLength(demoPairs.flatMap((p) => p.claims).length); // every demo claim is published or retracted
    expect(urls).not.toContain(`https://ledger.example/claims/${draft.id}`);
    expect(urls.some((u) => /\/(editor|api|login|search)\b/.test(u))).toBe(false);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it("dates a pair by its latest visible claim, and keeps to the size limit by dropping the oldest claim pages first", () => {
    const entries = sitemapEntries(db);
    const pair = entries.find((e) => e.url.endsWith("/pairs/mara-vance--theo-lindqvist"))!;
    expect(pair.lastModified).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const small = sitemapEntries(db, 20);
    expect(small).toHaveLength(20);
    expect(small.filter((e) => e.url.includes("/pairs/"))).toHaveLength(demoPairs.length);
    const claimDates = small.filter((e) => e.url.includes("/claims/")).map((e) => e.lastModified!);
    expect(claimDates).toEqual([...claimDates].sort().reverse());
  });
});
