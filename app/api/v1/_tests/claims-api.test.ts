import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { revisions } from "@/db/schema";
import { SESSION_COOKIE } from "@/lib/auth/request";
import { createApiToken, revokeApiToken } from "@/lib/auth/api-tokens";
import { createClaim } from "@/lib/claims/write";
import { type ApiErrorBody, type ApiHarness, ORIGIN, sessionHeaders, startApiHarness, tokenHeaders } from "@/lib/testing/api-harness";
import { claimInput, DEMO_PAIR, dbFingerprint } from "@/lib/testing/fixtures";
import { callRoute } from "./routes";

let h: ApiHarness;
beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(() => h.cleanup());

type ClaimBody = Record<string, unknown> & { id: number; version: number; status: string };

const CONTRACT_KEYS = [
  "id",
  "pair",
  "kind",
  "headline",
  "details",
  "quote",
  "speaker",
  "occurredOn",
  "precision",
  "reportedOn",
  "place",
  "stance",
  "confidence",
  "status",
  "mentions",
  "citations",
  "correction",
  "settlement",
  "version",
  "createdAt",
  "updatedAt",
].sort();

const asEditor = () => tokenHeaders(h.db, h.editor);
const get = (id: number | string, headers: Record<string, string> = {}) =>
  callRoute("GET /api/v1/claims/[id]", { params: { id: String(id) }, headers });

describe("claims through the API", () => {
  it("creates, edits, publishes and retracts a claim, each answer in the JSON contract", async () => {
    const created = await callRoute("POST /api/v1/claims", { body: claimInput({ mentions: ["david-beckham"] }), headers: asEditor() });
    expect(created.status).toBe(201);
    expect(created.headers.get("cache-control")).toBe("no-store");
    const claim = (await created.json()) as ClaimBody;
    expect(created.headers.get("location")).toBe(`/api/v1/claims/${claim.id}`);
    expect(Object.keys(claim).sort()).toEqual(CONTRACT_KEYS);
    expect(claim).toMatchObject({ pair: DEMO_PAIR, status: "draft", version: 1, mentions: ["david-beckham"], correction: null });
    expect(claim.citations).toEqual([
      { outlet: "variety", url: "https://variety.com/example", title: "An example report", publishedOn: "2025-07-15", quote: null },
    ]);

    const edited = await callRoute("PATCH /api/v1/claims/[id]", {
      params: { id: String(claim.id) },
      body: { version: 1, confidence: "likely" },
      headers: asEditor(),
    });
    expect(edited.status).toBe(200);
    expect(await edited.json()).toMatchObject({ version: 2, confidence: "likely", mentions: ["david-beckham"] });

    const published = await callRoute("POST /api/v1/claims/[id]/publish", {
      params: { id: String(claim.id) },
      body: { version: 2 },
      headers: asEditor(),
    });
    expect(published.status).toBe(200);
    expect(await published.json()).toMatchObject({ status: "published", version: 3 });

    const retracted = await callRoute("POST /api/v1/claims/[id]/retract", {
      params: { id: String(claim.id) },
      body: { version: 3, correction: "The pictures were from 2019." },
      headers: asEditor(),
    });
    expect(retracted.status).toBe(200);
    const final = (await retracted.json()) as ClaimBody & { correction: { note: string; date: string } };
    expect(final).toMatchObject({ status: "retracted", version: 4 });
    expect(final.correction.note).toBe("The pictures were from 2019.");
    expect(final.correction.date).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    // Readers still see it, struck through with its correction: retraction is not deletion.
    const read = await get(claim.id);
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ status: "retracted", correction: { note: "The pictures were from 2019." } });

    const log = h.db.select().from(revisions).where(eq(revisions.claimId, claim.id)).all();
    expect(log.map((r) => [r.action, r.userId])).toEqual([
      ["create", h.editor.userId],
      ["update", h.editor.userId],
      ["publish", h.editor.userId],
      ["retract", h.editor.userId],
    ]);
  });

  it("settles and reopens a published claim; readers see the settlement in the claim JSON", async () => {
    const claim = (await (
      await callRoute("POST /api/v1/claims", { body: claimInput({ status: "published" }), headers: asEditor() })
    ).json()) as ClaimBody;
    const body = {
      version: 1,
      outcome: "borne-out",
      settledOn: "2025-09-30",
      reason: "Both confirmed it to Variety",
      citations: [{ outlet: "variety", url: "https://variety.com/confirmed" }],
    };
    const settled = await callRoute("POST /api/v1/claims/[id]/settle", { params: { id: String(claim.id) }, body, headers: asEditor() });
    expect(settled.status).toBe(200);
    const expected = {
      outcome: "borne-out",
      settledOn: "2025-09-30",
      reason: "Both confirmed it to Variety",
      citations: [{ outlet: "variety", url: "https://variety.com/confirmed", title: null, publishedOn: null, quote: null }],
    };
    expect(await settled.json()).toMatchObject({ version: 2, settlement: expected });
    expect(await (await get(claim.id)).json()).toMatchObject({ settlement: expected });

    const stale = await callRoute("POST /api/v1/claims/[id]/unsettle", {
      params: { id: String(claim.id) },
      body: { version: 1, reason: "x" },
      headers: asEditor(),
    });
    expect(stale.status).toBe(409);
    const reopened = await callRoute("POST /api/v1/claims/[id]/unsettle", {
      params: { id: String(claim.id) },
      body: { version: 2, reason: "Premature" },
      headers: asEditor(),
    });
    expect(await reopened.json()).toMatchObject({ version: 3, settlement: null });
  });

  it("answers a stale edit with 409, the current claim, and no change", async () => {
    const { id } = createClaim(h.db, h.editor, claimInput());
    const first = await callRoute("PATCH /api/v1/claims/[id]", {
      params: { id: String(id) },
      body: { version: 1, headline: "First editor wins" },
      headers: asEditor(),
    });
    expect(first.status).toBe(200);
    const headers = sessionHeaders(h.db, h.admin);
    const before = dbFingerprint(h.db);
    const second = await callRoute("PATCH /api/v1/claims/[id]", {
      params: { id: String(id) },
      body: { version: 1, headline: "Second editor's text" },
      headers,
    });
    expect(second.status).toBe(409);
    expect(second.headers.get("cache-control")).toBe("no-store");
    const body = (await second.json()) as ApiErrorBody;
    expect(body.error.code).toBe("edit_conflict");
    expect(body.error.message).toMatch(/version 1.*version 2/);
    expect(body.current).toMatchObject({ id, version: 2, headline: "First editor wins" });
    expect(Object.keys(body.current!).sort()).toEqual(CONTRACT_KEYS);
    expect(dbFingerprint(h.db)).toEqual(before);
  });

  it("returns the same claim and version for an edit that changes nothing", async () => {
    const { id } = createClaim(h.db, h.editor, claimInput());
    const response = await callRoute("PATCH /api/v1/claims/[id]", {
      params: { id: String(id) },
      body: { version: 1, place: "London" },
      headers: asEditor(),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ version: 1 });
    expect(
      h.db
        .select()
        .from(revisions)
        .where(and(eq(revisions.claimId, id), eq(revisions.action, "update")))
        .all(),
    ).toEqual([]);
  });

  it("discards a draft with 204; it is gone from the API but its last state stays in the revision log", async () => {
    const { id } = createClaim(h.db, h.editor, claimInput());
    const response = await callRoute("POST /api/v1/claims/[id]/discard", {
      params: { id: String(id) },
      body: { version: 1 },
      headers: asEditor(),
    });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
    expect((await get(id, asEditor())).status).toBe(404);
    expect(
      h.db
        .select()
        .from(revisions)
        .where(and(eq(revisions.claimId, id), eq(revisions.action, "discard")))
        .get()?.before,
    ).toMatchObject({ id });
  });
});

describe("GET /api/v1/claims/{id}: drafts never leak", () => {
  it.each([
    ["anonymous", () => ({}), 404],
    ["a stale cookie", () => ({ cookie: `${SESSION_COOKIE}=long-gone`, origin: ORIGIN }), 404],
    ["an editor's session", () => sessionHeaders(h.db, h.editor), 200],
    ["an editor's token", () => tokenHeaders(h.db, h.editor), 200],
    ["an admin's token", () => tokenHeaders(h.db, h.admin), 200],
    [
      "a revoked token",
      () => {
        const { token, record } = createApiToken(h.db, h.editor, { name: "old" });
        revokeApiToken(h.db, h.editor, record.id);
        return { authorization: `Bearer ${token}` };
      },
      401,
    ],
  ] as const)("a draft read by %s → %i", async (_who, headers, status) => {
    const { id } = createClaim(h.db, h.editor, claimInput());
    const response = await get(id, headers());
    expect(response.status).toBe(status);
    if (status === 200) {
      expect(await response.json()).toMatchObject({ id, status: "draft" });
      expect(response.headers.get("cache-control")).toBe("private, no-store");
    }
  });

  it("answers a reader's draft request exactly like a missing id", async () => {
    const { id } = createClaim(h.db, h.editor, claimInput());
    const draft = await get(id);
    const missing = await get(999_999);
    expect(draft.status).toBe(missing.status);
    const [a, b] = (await Promise.all([draft.json(), missing.json()])) as ApiErrorBody[];
    expect(a.error.code).toBe(b.error.code);
    expect(a.error.message.replace(String(id), "N")).toBe(b.error.message.replace("999999", "N"));
  });

  it("serves published claims to readers, cacheable for a minute", async () => {
    const { id } = createClaim(h.db, h.editor, claimInput({ status: "published" }));
    const response = await get(id);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
    expect(response.headers.get("vary")).toMatch(/Cookie/);
    expect(await response.json()).toMatchObject({ id, status: "published" });
  });

  it("answers 404 for a malformed id", async () => {
    for (const id of ["abc", "0", "-1", "1.5", "9".repeat(20)]) expect((await get(id)).status).toBe(404);
  });
});

describe("people, pairs and outlets through the API", () => {
  it("creates a person → 201 {slug, name, aliases, description}", async () => {
    const response = await callRoute("POST /api/v1/people", { body: { name: "Zoë Ståhl", aliases: ["Z"] }, headers: asEditor() });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ slug: "zoe-stahl", name: "Zoë Ståhl", aliases: ["Z"], description: null });
  });

  it("creates a pair in canonical order → 201 {slug, people, status, heat}", async () => {
    await callRoute("POST /api/v1/people", { body: { name: "Yara Young" }, headers: asEditor() });
    const response = await callRoute("POST /api/v1/pairs", {
      body: { people: ["yara-young", "david-beckham"], status: "just-friends" },
      headers: asEditor(),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({
      slug: "david-beckham--yara-young",
      people: ["david-beckham", "yara-young"],
      status: "just-friends",
      heat: 0,
    });
  });

  it("creates an outlet → 201 {slug, name, url, grade}, not yet graded (null) from an editor; only an admin grades it", async () => {
    const response = await callRoute("POST /api/v1/outlets", {
      body: { name: "Page Six", url: "https://pagesix.com" },
      headers: asEditor(),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ slug: "page-six", name: "Page Six", url: "https://pagesix.com", grade: null });

    const byEditor = await callRoute("PATCH /api/v1/outlets/[slug]", {
      params: { slug: "page-six" },
      body: { grade: "A" },
      headers: asEditor(),
    });
    expect(byEditor.status).toBe(403);
    const byAdmin = await callRoute("PATCH /api/v1/outlets/[slug]", {
      params: { slug: "page-six" },
      body: { grade: "D" },
      headers: sessionHeaders(h.db, h.admin),
    });
    expect(byAdmin.status).toBe(200);
    expect(await byAdmin.json()).toEqual({ slug: "page-six", name: "Page Six", url: "https://pagesix.com", grade: "D" });
  });
});
