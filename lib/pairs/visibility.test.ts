import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { createApiToken } from "@/lib/auth/api-tokens";
import { createClaim, publishClaim, retractClaim } from "@/lib/claims/write";
import { embedPair } from "@/lib/embeds/load";
import { oembed } from "@/lib/embeds/oembed";
import { shareCardPng } from "@/lib/embeds/share";
import { pairFeedXml, siteFeedXml } from "@/lib/feeds/ledger-feeds";
import { createPerson } from "@/lib/people/write";
import { searchLedger } from "@/lib/search/search";
import { sitemapEntries } from "@/lib/seo/sitemap";
import { apiGet, useDbForRoutes } from "@/lib/testing/api-routes";
import { claimInput, insertUser } from "@/lib/testing/fixtures";
import { createTempDb } from "@/lib/testing/temp-db";
import { findPair, pairsForPerson, trendingPairs } from "./queries";
import { createPair } from "./write";

let db: Db;
let cleanup: () => void;
let editor: Actor;
let editorAuth: Record<string, string>;

beforeEach(() => {
  vi.stubEnv("PUBLIC_BASE_URL", "http://ledger.test");
  ({ db, cleanup } = createTempDb({ seeded: true }));
  useDbForRoutes(db);
  editor = insertUser(db, "editor");
  editorAuth = { authorization: `Bearer ${createApiToken(db, editor, { name: "t" }).token}` };
  createPerson(db, editor, { name: "Quinn Harlow" });
  createPerson(db, editor, { name: "Rory Vale" });
  createPerson(db, editor, { name: "Sasha Orme" });
});
afterEach(() => {
  cleanup();
  vi.unstubAllEnvs();
});

/** Made by POST /api/v1/pairs: no claim at all. */
const BARE = "quinn-harlow--rory-vale";
/** Made by saving a draft for two people. */
const DRAFTED = "rory-vale--sasha-orme";

function makeHiddenPairs() {
  createPair(db, editor, { people: ["quinn-harlow", "rory-vale"] });
  return createClaim(db, editor, claimInput({ pair: DRAFTED, headline: "Secret lunch, still being checked", status: "draft" }), {
    createPairIfMissing: true,
  });
}

/** Every reader surface, as a list of "is this pair there?" answers. */
async function readerSees(slug: string): Promise<Record<string, boolean>> {
  const [a, b] = slug.split("--");
  const personA = (await (await apiGet(`/api/v1/people/${a}`)).json()) as { pairs: { slug: string }[] };
  const list = (await (await apiGet("/api/v1/pairs")).json()) as { data: { slug: string }[] };
  return {
    home: trendingPairs(db).some((p) => p.slug === slug),
    page: findPair(db, slug) !== null,
    reversedPage: findPair(db, `${b}--${a}`) !== null,
    personPage: pairsForPerson(db, db.$client.prepare("SELECT id FROM people WHERE slug = ?").pluck().get(a) as number).some(
      (p) => p.slug === slug,
    ),
    embed: embedPair(db, slug) !== null,
    oembed: oembed(db, new URLSearchParams({ url: `http://ledger.test/pairs/${slug}` }), "http://ledger.test/api/oembed").status === 200,
    shareCard: (await shareCardPng(db, slug)) !== null,
    pairFeed: pairFeedXml(db, slug) !== null,
    siteFeed: siteFeedXml(db).includes(`/pairs/${slug}`),
    sitemap: sitemapEntries(db).some((e) => e.url === `http://ledger.test/pairs/${slug}`),
    search: searchLedger(db, a.replace(/-/g, " ")).pairs.some((p) => p.slug === slug),
    searchTotal: searchLedger(db, a.replace(/-/g, " ")).totals.pairs > 0,
    apiList: list.data.some((p) => p.slug === slug),
    apiPair: (await apiGet(`/api/v1/pairs/${slug}`)).status === 200,
    apiClaims: (await apiGet(`/api/v1/pairs/${slug}/claims`)).status === 200,
    apiCsv: (await apiGet(`/api/v1/pairs/${slug}/claims.csv`)).status === 200,
    apiPerson: personA.pairs.some((p) => p.slug === slug),
  };
}

const nowhere = (answers: Record<string, boolean>) => Object.fromEntries(Object.keys(answers).map((k) => [k, false]));

describe("a pair exists for readers only from its first published claim", () => {
  it("a pair made with POST /api/v1/pairs (no claim) is on no reader surface", async () => {
    makeHiddenPairs();
    const seen = await readerSees(BARE);
    expect(seen).toEqual(nowhere(seen));
  });

  it("a pair made by saving a draft is on no reader surface, anonymous API included (404s)", async () => {
    makeHiddenPairs();
    const seen = await readerSees(DRAFTED);
    expect(seen).toEqual(nowhere(seen));
    const res = await apiGet(`/api/v1/pairs/${DRAFTED}`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });

  it("editors still see it: their dashboard list and the API with credentials (answered privately)", async () => {
    makeHiddenPairs();
    expect(trendingPairs(db, undefined, "editors").map((p) => p.slug)).toEqual(expect.arrayContaining([BARE, DRAFTED]));
    expect(findPair(db, DRAFTED, undefined, "editors")).not.toBeNull();
    const list = await apiGet("/api/v1/pairs", editorAuth);
    expect(((await list.json()) as { data: { slug: string }[] }).data.map((p) => p.slug)).toEqual(expect.arrayContaining([BARE, DRAFTED]));
    expect(list.headers.get("cache-control")).toMatch(/private/);
    const one = await apiGet(`/api/v1/pairs/${DRAFTED}`, editorAuth);
    expect(one.status).toBe(200);
    expect(one.headers.get("cache-control")).toMatch(/private/);
    const drafts = await apiGet(`/api/v1/pairs/${DRAFTED}/claims?status=draft`, editorAuth);
    expect(drafts.status).toBe(200);
    expect(drafts.headers.get("cache-control")).toMatch(/private/);
    // Without asking for drafts, an editor's answer may be shared, so it follows the readers' rule.
    expect((await apiGet(`/api/v1/pairs/${DRAFTED}/claims`, editorAuth)).status).toBe(404);
  });

  it("appears everywhere once a claim is published, and stays (with its correction) once that claim is retracted", async () => {
    const draft = makeHiddenPairs();
    const published = publishClaim(db, editor, draft.id, { version: draft.version });
    const seen = await readerSees(DRAFTED);
    expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((k) => [k, true])));
    retractClaim(db, editor, published.id, { version: published.version, correction: "It was their stand-ins." });
    const after = await readerSees(DRAFTED);
    expect(after).toMatchObject({ page: true, apiList: true, sitemap: true, personPage: true, pairFeed: true, search: true });
  });
});
