import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { createApiToken } from "@/lib/auth/api-tokens";
import { createUser } from "@/lib/auth/accounts";
import { readerClaimById } from "@/lib/claims/queries";
import { claimToJson, type ClaimJson } from "@/lib/claims/types";
import { createClaim, retractClaim } from "@/lib/claims/write";
import { createOutlet } from "@/lib/outlets/write";
import { apiGet, componentValidator, useDbForRoutes } from "@/lib/testing/api-routes";
import { createTempDb } from "@/lib/testing/temp-db";

let db: Db;
let cleanup: () => void;
const validate = componentValidator();

beforeEach(() => {
  vi.stubEnv("PUBLIC_BASE_URL", "http://ledger.test");
  ({ db, cleanup } = createTempDb({ seeded: true }));
  useDbForRoutes(db);
});
afterEach(() => {
  cleanup();
  vi.unstubAllEnvs();
});

const PAIR = "ana-de-armas--tom-cruise";
const MARA_THEO = "mara-vance--theo-lindqvist";

async function json<T = Record<string, unknown>>(path: string, headers: Record<string, string> = {}, component?: string): Promise<T> {
  const res = await apiGet(path, headers);
  expect(res.status, `${path}: ${res.status}`).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
  const body = await res.json();
  if (component) expect(validate(component, body)).toEqual([]);
  return body as T;
}

async function errorOf(path: string, status: number, headers: Record<string, string> = {}) {
  const res = await apiGet(path, headers);
  expect(res.status, path).toBe(status);
  const body = (await res.json()) as { error: { code: string; message: string; fields?: Record<string, string> } };
  expect(validate("Error", body)).toEqual([]);
  return body.error;
}

function claimInput(headline: string, extra: Record<string, unknown> = {}) {
  return {
    pair: PAIR,
    kind: "sighting",
    headline,
    occurredOn: "2025-08-01",
    precision: "day",
    stance: "supports",
    confidence: "plausible",
    status: "published",
    citations: [{ outlet: "variety", url: "https://example.com/x", title: "Source" }],
    ...extra,
  };
}

async function editorToken(): Promise<string> {
  const user = await createUser(db, { email: "ed@example.com", name: "Ed", password: "correct horse battery staple" });
  return createApiToken(db, { userId: user.id, role: user.role }, { name: "tests" }).token;
}

describe("pairs", () => {
  it("lists every pair in the JSON contract, hottest first", async () => {
    const body = await json<{ data: { slug: string; people: string[]; status: string; heat: number }[] }>("/api/v1/pairs", {}, "PairList");
    expect(body.data.map((p) => p.slug).sort()).toEqual([
      "ana-de-armas--tom-cruise",
      "dev-marlow--iris-calloway",
      "juno-park--mara-vance",
      "juno-park--theo-lindqvist",
      "mara-vance--theo-lindqvist",
    ]);
    expect(body.data.find((p) => p.slug === PAIR)).toMatchObject({ people: ["ana-de-armas", "tom-cruise"], status: "rumored" });
    const heats = body.data.map((p) => p.heat);
    expect(heats).toEqual([...heats].sort((a, b) => b - a));
  });

  it("answers one pair, redirects the reversed slug (308) and 404s an unknown one with the error shape", async () => {
    const pair = await json(`/api/v1/pairs/${PAIR}`, {}, "PairDetail");
    expect(pair).toMatchObject({ slug: PAIR, names: ["Ana de Armas", "Tom Cruise"], publishedClaims: 11 });
    const redirect = await apiGet("/api/v1/pairs/tom-cruise--ana-de-armas/claims?kind=sighting");
    expect(redirect.status).toBe(308);
    expect(redirect.headers.get("location")).toBe(`/api/v1/pairs/${PAIR}/claims?kind=sighting`);
    expect((await errorOf("/api/v1/pairs/nobody--someone", 404)).code).toBe("not_found");
    expect((await errorOf("/api/v1/pairs/NOT%20A%20SLUG", 404)).code).toBe("not_found");
  });
});

describe("a pair's claims", () => {
  it("are the claims readers see, in timeline order, as the JSON contract", async () => {
    const body = await json<{ data: ClaimJson[]; nextCursor: string | null }>(`/api/v1/pairs/${MARA_THEO}/claims`, {}, "ClaimPage");
    expect(body.nextCursor).toBeNull();
    expect(body.data.map((c) => c.status).sort()).toEqual(["published", "published", "published", "retracted"]);
    const retracted = body.data.find((c) => c.status === "retracted")!;
    expect(retracted.correction).toEqual({ note: expect.any(String), date: expect.any(String) });
    for (const c of body.data) expect(c).toEqual(claimToJson(readerClaimById(db, c.id)!));
    const dates = body.data.map((c) => c.occurredOn);
    expect(dates).toEqual([...dates].sort());
  });

  it("filter by kind, confidence, outlet and date range (the same filters as the page)", async () => {
    const all = (await json<{ data: ClaimJson[] }>(`/api/v1/pairs/${PAIR}/claims?limit=200`)).data;
    const get = async (q: string) =>
      (await json<{ data: ClaimJson[] }>(`/api/v1/pairs/${PAIR}/claims?${q}`, {}, "ClaimPage")).data.map((c) => c.id);

    expect(await get("kind=sighting")).toEqual(all.filter((c) => c.kind === "sighting").map((c) => c.id));
    expect(await get("kind=sighting,appearance")).toEqual(all.filter((c) => ["sighting", "appearance"].includes(c.kind)).map((c) => c.id));
    expect(await get("kind=sighting&kind=appearance")).toEqual(await get("kind=sighting,appearance"));
    expect(await get("confidence=confirmed")).toEqual(all.filter((c) => c.confidence === "confirmed").map((c) => c.id));
    expect(await get("outlet=variety")).toEqual(all.filter((c) => c.citations.some((x) => x.outlet === "variety")).map((c) => c.id));
    const june = await get("from=2025-06&to=2025-06");
    expect(june.length).toBeGreaterThan(0);
    expect(june).toEqual(all.filter((c) => c.occurredOn.startsWith("2025-06") || c.occurredOn === "2025").map((c) => c.id));
    expect(await get("kind=sighting&confidence=confirmed&outlet=variety")).toEqual(
      all
        .filter((c) => c.kind === "sighting" && c.confidence === "confirmed" && c.citations.some((x) => x.outlet === "variety"))
        .map((c) => c.id),
    );
  });

  it("refuse bad filters and unknown parameters with a 400 naming the field", async () => {
    expect((await errorOf(`/api/v1/pairs/${PAIR}/claims?kind=gossip`, 400)).fields).toEqual({
      "kind.0": expect.stringContaining("sighting"),
    });
    expect((await errorOf(`/api/v1/pairs/${PAIR}/claims?from=2025-02-30`, 400)).fields).toHaveProperty("from");
    expect((await errorOf(`/api/v1/pairs/${PAIR}/claims?from=2025-07&to=2025-01`, 400)).fields).toHaveProperty("to");
    expect((await errorOf(`/api/v1/pairs/${PAIR}/claims?from=2025-02-30&to=2025-03`, 400)).fields).toHaveProperty("from");
    expect((await errorOf(`/api/v1/pairs/${PAIR}/claims.csv?from=2025-01&to=2025-13`, 400)).fields).toHaveProperty("to");
    expect((await errorOf(`/api/v1/pairs/${PAIR}/claims?limit=0`, 400)).fields).toHaveProperty("limit");
    expect((await errorOf(`/api/v1/pairs/${PAIR}/claims?limit=201`, 400)).fields).toHaveProperty("limit");
    expect((await errorOf(`/api/v1/pairs/${PAIR}/claims?cursor=bogus`, 400)).fields).toHaveProperty("cursor");
    expect((await errorOf(`/api/v1/pairs/${PAIR}/claims?confidnce=likely`, 400)).fields).toHaveProperty("confidnce");
    expect((await errorOf("/api/v1/pairs?page=2", 400)).fields).toHaveProperty("page");
  });

  it("page with a cursor: walking nextCursor visits every claim exactly once, in order, even with ties and a claim added midway", async () => {
    // Many claims on the same day, so the cursor must break ties by id.
    for (let i = 0; i < 17; i++) createClaim(db, null, claimInput(`Same-day sighting ${i}`));
    const everything = (await json<{ data: ClaimJson[] }>(`/api/v1/pairs/${PAIR}/claims?limit=200`)).data.map((c) => c.id);
    expect(everything).toHaveLength(28);

    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const path: string = `/api/v1/pairs/${PAIR}/claims?limit=5${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
      const page: { data: ClaimJson[]; nextCursor: string | null } = await json(path, {}, "ClaimPage");
      expect(page.data.length).toBeLessThanOrEqual(5);
      seen.push(...page.data.map((c) => c.id));
      cursor = page.nextCursor;
      pages++;
      // A claim published while a client walks lands ahead of it (a later date) and is seen once.
      if (pages === 2) createClaim(db, null, claimInput("Published mid-walk", { occurredOn: "2030-01-01" }));
    } while (cursor);
    expect(pages).toBe(6);
    expect(seen).toEqual([...everything, seen[seen.length - 1]]);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("filtered pages walk the filtered set exactly once too", async () => {
    for (let i = 0; i < 6; i++) createClaim(db, null, claimInput(`Filtered walk ${i}`, { kind: "appearance" }));
    const expected = (await json<{ data: ClaimJson[] }>(`/api/v1/pairs/${PAIR}/claims?kind=appearance&limit=200`)).data.map((c) => c.id);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { data: ClaimJson[]; nextCursor: string | null } = await json(
        `/api/v1/pairs/${PAIR}/claims?kind=appearance&limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      );
      seen.push(...page.data.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expected);
  });
});

describe("caching", () => {
  it("sends an ETag and Cache-Control, answers a matching If-None-Match with 304, and a change with a new ETag", async () => {
    const path = `/api/v1/pairs/${PAIR}/claims`;
    const first = await apiGet(path);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=30, stale-while-revalidate=30");
    expect(first.headers.get("vary")).toBe("Authorization, Cookie");
    expect(first.headers.get("access-control-allow-origin")).toBe("*");

    const again = await apiGet(path, { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect((await apiGet(path, { "If-None-Match": `"other", W/${etag}` })).status).toBe(304);
    expect((await apiGet(path, { "If-None-Match": '"other"' })).status).toBe(200);

    createClaim(db, null, claimInput("A new claim changes the answer"));
    const changed = await apiGet(path, { "If-None-Match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("works the same on every read endpoint", async () => {
    for (const path of [
      "/api/v1/pairs",
      `/api/v1/pairs/${PAIR}`,
      "/api/v1/people",
      "/api/v1/people/tom-cruise",
      "/api/v1/outlets",
      "/api/v1/outlets/variety",
      "/api/v1/claims/2",
      `/api/v1/pairs/${PAIR}/claims.csv`,
    ]) {
      const etag = (await apiGet(path)).headers.get("etag");
      expect(etag, path).toBeTruthy();
      expect((await apiGet(path, { "If-None-Match": etag! })).status, path).toBe(304);
    }
  });
});

describe("drafts", () => {
  it("never reach anonymous callers: not listed, not by id, not by asking", async () => {
    const draft = createClaim(db, null, claimInput("A draft nobody may read", { status: "draft" }));
    const listed = (await json<{ data: ClaimJson[] }>(`/api/v1/pairs/${PAIR}/claims?limit=200`)).data;
    expect(listed.some((c) => c.id === draft.id || c.status === "draft")).toBe(false);
    expect((await errorOf(`/api/v1/claims/${draft.id}`, 404)).code).toBe("not_found");
    expect((await errorOf(`/api/v1/pairs/${PAIR}/claims?status=draft`, 401)).code).toBe("unauthenticated");
    const csv = await (await apiGet(`/api/v1/pairs/${PAIR}/claims.csv`)).text();
    expect(csv).not.toContain("A draft nobody may read");
    expect((await errorOf(`/api/v1/claims/${draft.id}`, 401, { Authorization: "Bearer rl_not-a-token" })).code).toBe("unauthenticated");
  });

  it("reach an editor only when asked for, and privately", async () => {
    const token = await editorToken();
    const auth = { Authorization: `Bearer ${token}` };
    const draft = createClaim(db, null, claimInput("A draft for editors", { status: "draft" }));

    const byId = await apiGet(`/api/v1/claims/${draft.id}`, auth);
    expect(byId.status).toBe(200);
    expect(byId.headers.get("cache-control")).toBe("private, no-store");
    expect(validate("Claim", await byId.json())).toEqual([]);

    const byDefault = (await json<{ data: ClaimJson[] }>(`/api/v1/pairs/${PAIR}/claims?limit=200`, auth)).data;
    expect(byDefault.some((c) => c.status === "draft")).toBe(false);
    const asked = await apiGet(`/api/v1/pairs/${PAIR}/claims?status=draft`, auth);
    expect(asked.headers.get("cache-control")).toBe("private, no-store");
    expect(((await asked.json()) as { data: ClaimJson[] }).data.map((c) => c.id)).toEqual([draft.id]);
  });
});

describe("one claim", () => {
  it("answers the JSON contract with its citations", async () => {
    const claim = createClaim(
      db,
      null,
      claimInput("Seen at a Lisbon café", { mentions: ["david-beckham"], quote: "Just coffee", speaker: "tom-cruise" }),
    );
    const body = await json<ClaimJson>(`/api/v1/claims/${claim.id}`, {}, "Claim");
    expect(body).toEqual(claimToJson(claim));
    expect(body.citations).toEqual([{ outlet: "variety", url: "https://example.com/x", title: "Source", publishedOn: null, quote: null }]);
    expect(body.mentions).toEqual(["david-beckham"]);
    expect(body.speaker).toBe("tom-cruise");
    expect((await errorOf("/api/v1/claims/999999", 404)).code).toBe("not_found");
    expect((await errorOf("/api/v1/claims/abc", 404)).code).toBe("not_found");
  });
});

describe("people and outlets", () => {
  it("lists people a page at a time, every person exactly once", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { data: { slug: string }[]; nextCursor: string | null } = await json(
        `/api/v1/people?limit=4${cursor ? `&cursor=${cursor}` : ""}`,
        {},
        "PersonList",
      );
      seen.push(...page.data.map((p) => p.slug));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([
      "ana-de-armas",
      "david-beckham",
      "dev-marlow",
      "iris-calloway",
      "juno-park",
      "mara-vance",
      "theo-lindqvist",
      "tom-cruise",
    ]);
  });

  it("answers a person with aliases and pairs", async () => {
    const tom = await json<{ aliases: string[]; pairs: { slug: string }[] }>("/api/v1/people/tom-cruise", {}, "PersonDetail");
    expect(tom.aliases).toEqual(["Thomas Cruise Mapother IV"]);
    expect(tom.pairs.map((p) => p.slug)).toEqual([PAIR]);
    expect((await errorOf("/api/v1/people/nobody", 404)).code).toBe("not_found");
  });

  it("lists outlets with grades, and answers an outlet's record", async () => {
    const outlets = await json<{ data: { slug: string; grade: string }[] }>("/api/v1/outlets", {}, "OutletList");
    expect(outlets.data.find((o) => o.slug === "variety")).toMatchObject({ grade: "A" });

    createOutlet(db, null, { name: "Record Test Weekly", grade: "C" });
    const cite = [{ outlet: "record-test-weekly" }];
    createClaim(db, null, claimInput("RTW one", { citations: cite, confidence: "likely" }));
    createClaim(db, null, claimInput("RTW two", { citations: cite, confidence: "likely" }));
    createClaim(db, null, claimInput("RTW three", { citations: cite, confidence: "debunked" }));
    createClaim(db, null, claimInput("RTW draft", { citations: cite, confidence: "confirmed", status: "draft" }));
    const toRetract = createClaim(db, null, claimInput("RTW four", { citations: cite, confidence: "speculative" }));
    retractClaim(db, null, toRetract.id, { version: toRetract.version, correction: "Wrong couple." });

    const detail = await json<{ record: unknown }>("/api/v1/outlets/record-test-weekly", {}, "OutletDetail");
    expect(detail.record).toEqual({
      claims: 4,
      byConfidence: { confirmed: 0, likely: 2, plausible: 0, speculative: 1, doubtful: 0, debunked: 1 },
      retracted: 1,
      debunked: 1,
      retractedOrDebunked: 2,
    });
    expect((await errorOf("/api/v1/outlets/nope", 404)).code).toBe("not_found");
  });
});
