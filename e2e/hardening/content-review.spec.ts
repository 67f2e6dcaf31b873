import { expect, test } from "@playwright/test";
import { suiteEnv } from "./support/env";
import { apiJson, DEMO_EDITOR, jsonOf, request, signIn } from "./support/http";

/**
 * Issue 9, item 5, against the production build: a pair with no published
 * claim (made by POST /api/v1/pairs, or holding only a draft) is on no reader
 * surface — page, embeds, images, oEmbed, feeds, API, lists, sitemap, search,
 * person pages — while the editor who made it still sees it. Every URL shape is
 * first shown to answer 200 for the demo pair, so a 404 here means "hidden",
 * not "wrong URL".
 */

const DEMO = "ana-de-armas--tom-cruise";

/** The per-pair URLs a reader could try. */
const pairUrls = (slug: string) => [
  `/pairs/${slug}`,
  `/pairs/${slug}/feed.xml`,
  `/pairs/${slug}/opengraph-image`,
  `/embed/pairs/${slug}/heat`,
  `/embed/pairs/${slug}/timeline.svg`,
  `/embed/pairs/${slug}/activity.png`,
  `/api/v1/pairs/${slug}`,
  `/api/v1/pairs/${slug}/claims`,
  `/api/v1/pairs/${slug}/claims.csv`,
];

test("a fresh pair with no published claim 404s everywhere a reader looks and is listed nowhere; its editor still sees it", async () => {
  const { baseUrl } = suiteEnv();
  const cookie = await signIn(baseUrl, DEMO_EDITOR, "198.51.100.91");
  const tag = Date.now().toString(36);
  const slugs: string[] = [];
  for (const name of [`Hidden ${tag} Avery`, `Hidden ${tag} Blake`, `Hidden ${tag} Casey`]) {
    const r = await apiJson(baseUrl, cookie, "POST", "/api/v1/people", { name });
    expect(r.status, r.text).toBe(201);
    slugs.push(jsonOf<{ slug: string }>(r).slug);
  }
  const bare = jsonOf<{ slug: string }>(await apiJson(baseUrl, cookie, "POST", "/api/v1/pairs", { people: [slugs[0], slugs[1]] })).slug;
  const drafted = jsonOf<{ slug: string }>(await apiJson(baseUrl, cookie, "POST", "/api/v1/pairs", { people: [slugs[1], slugs[2]] })).slug;
  const draft = await apiJson(baseUrl, cookie, "POST", "/api/v1/claims", {
    pair: drafted,
    kind: "sighting",
    headline: `Secret lunch ${tag}`,
    occurredOn: "2025-06",
    precision: "month",
    stance: "supports",
    confidence: "plausible",
    status: "draft",
    citations: [{ outlet: "variety", url: "https://example.com/secret" }],
  });
  expect(draft.status, draft.text).toBe(201);

  for (const url of pairUrls(DEMO)) expect((await request(baseUrl, { path: url })).status, `control ${url}`).toBe(200);
  const oembed = (slug: string) => `/api/oembed?url=${encodeURIComponent(`${baseUrl}/pairs/${slug}`)}`;
  expect((await request(baseUrl, { path: oembed(DEMO) })).status).toBe(200);

  for (const slug of [bare, drafted]) {
    for (const url of [...pairUrls(slug), oembed(slug)]) expect((await request(baseUrl, { path: url })).status, url).toBe(404);
  }

  const lists = [
    "/",
    "/sitemap.xml",
    "/feed.xml",
    "/api/v1/pairs",
    `/search?q=${encodeURIComponent(`hidden ${tag}`)}`,
    `/people/${slugs[1]}`,
    `/api/v1/people/${slugs[1]}`,
  ];
  for (const path of lists) {
    const r = await request(baseUrl, { path });
    expect(r.status, path).toBe(200);
    for (const slug of [bare, drafted]) expect(r.text.includes(slug), `${path} must not name ${slug}`).toBe(false);
  }

  // The editor who made them still sees them, in an answer no shared cache may keep.
  const mine = await apiJson(baseUrl, cookie, "GET", "/api/v1/pairs");
  expect(mine.status).toBe(200);
  expect(mine.headers["cache-control"]).toMatch(/private/);
  expect(jsonOf<{ data: { slug: string }[] }>(mine).data.map((p) => p.slug)).toEqual(expect.arrayContaining([bare, drafted]));
});
