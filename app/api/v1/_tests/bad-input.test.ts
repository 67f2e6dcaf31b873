import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claims } from "@/db/schema";
import { createApiToken } from "@/lib/auth/api-tokens";
import { settleClaim } from "@/lib/claims/settle";
import { createClaim } from "@/lib/claims/write";
import { MAX_JSON_BYTES } from "@/lib/http/api";
import { type ApiErrorBody, type ApiHarness, sessionHeaders, startApiHarness, tokenHeaders } from "@/lib/testing/api-harness";
import { claimInput, dbFingerprint } from "@/lib/testing/fixtures";
import { callRoute, type RouteCall } from "./routes";

let h: ApiHarness;
beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(() => h.cleanup());

const MB = 1024 * 1024;
const draftId = () => String(createClaim(h.db, h.editor, claimInput()).id);
const publishedId = () => String(createClaim(h.db, h.editor, claimInput({ status: "published" })).id);
const settlement = (overrides: Record<string, unknown> = {}) => ({
  version: 1,
  outcome: "shown-false",
  settledOn: "2025-09-01",
  reason: "Both denied it on the record",
  citations: [{ outlet: "variety", url: "https://variety.com/denial" }],
  ...overrides,
});
const settledId = () => {
  const id = createClaim(h.db, h.editor, claimInput({ status: "published" })).id;
  settleClaim(h.db, h.editor, id, settlement());
  return String(id);
};
const withCitation = (c: Record<string, unknown>) => claimInput({ citations: [{ outlet: "variety", ...c }] });

/** A body streamed in 64 KB chunks with no Content-Length, so only the byte count can stop it. */
function streamOf(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + 65_536));
      offset += 65_536;
    },
  });
}

interface BadCase {
  name: string;
  route: string;
  /** Builds the call (fresh target each time); the editor's token is added unless the call brings its own credentials. */
  call: () => RouteCall;
  status: number;
  code: string;
  /** Keys that must appear in error.fields; [] means a whole-request problem with no fields. */
  fields: string[];
}

const bad = (name: string, route: string, call: () => RouteCall, status: number, code: string, fields: string[] = []): BadCase => ({
  name,
  route,
  call,
  status,
  code,
  fields,
});
const claimBody = (body: unknown) => () => ({ body });

const CASES: BadCase[] = [
  // ---- whole-body problems --------------------------------------------------
  bad(
    "a 5 MB headline (declared length)",
    "POST /api/v1/claims",
    () => {
      const body = JSON.stringify(claimInput({ headline: "x".repeat(5 * MB) }));
      return { body, headers: { "content-length": String(Buffer.byteLength(body)) } };
    },
    413,
    "payload_too_large",
  ),
  bad(
    "a 5 MB headline (streamed, no length)",
    "POST /api/v1/claims",
    () => ({ body: streamOf(JSON.stringify(claimInput({ headline: "x".repeat(5 * MB) }))) }),
    413,
    "payload_too_large",
  ),
  bad("a 300 KB body", "POST /api/v1/claims", claimBody(claimInput({ details: "y".repeat(300 * 1024) })), 413, "payload_too_large"),
  bad(
    "a 300 KB body under a lying Content-Length",
    "POST /api/v1/claims",
    () => ({ body: streamOf(JSON.stringify(claimInput({ details: "y".repeat(300 * 1024) }))), headers: { "content-length": "100" } }),
    413,
    "payload_too_large",
  ),
  bad("a body that is not JSON", "POST /api/v1/claims", claimBody("headline=Seen+together&kind=sighting"), 400, "invalid_input"),
  bad("truncated JSON", "POST /api/v1/claims", claimBody(JSON.stringify(claimInput()).slice(0, 40)), 400, "invalid_input"),
  bad("an empty body", "POST /api/v1/claims", claimBody(""), 400, "invalid_input"),
  bad("a JSON array body", "POST /api/v1/claims", claimBody(JSON.stringify([claimInput()])), 400, "invalid_input"),
  bad("a JSON string body", "POST /api/v1/claims", claimBody('"a claim"'), 400, "invalid_input"),
  bad("a JSON null body", "POST /api/v1/claims", claimBody("null"), 400, "invalid_input"),
  bad(
    "a __proto__ key",
    "POST /api/v1/claims",
    claimBody(`{"__proto__": {"status": "published"}, ${JSON.stringify(claimInput()).slice(1)}`),
    400,
    "invalid_input",
    ["__proto__"],
  ),

  // ---- missing fields and wrong types -----------------------------------------
  bad("an empty object", "POST /api/v1/claims", claimBody({}), 400, "invalid_input", [
    "pair",
    "kind",
    "headline",
    "occurredOn",
    "precision",
    "stance",
    "confidence",
  ]),
  bad("no headline", "POST /api/v1/claims", claimBody(claimInput({ headline: undefined })), 400, "invalid_input", ["headline"]),
  bad("a blank headline", "POST /api/v1/claims", claimBody(claimInput({ headline: " \n\t " })), 400, "invalid_input", ["headline"]),
  bad("a numeric headline", "POST /api/v1/claims", claimBody(claimInput({ headline: 42 })), 400, "invalid_input", ["headline"]),
  bad("a 201-character headline", "POST /api/v1/claims", claimBody(claimInput({ headline: "h".repeat(201) })), 400, "invalid_input", [
    "headline",
  ]),
  bad("citations that are not a list", "POST /api/v1/claims", claimBody(claimInput({ citations: "variety" })), 400, "invalid_input", [
    "citations",
  ]),
  bad(
    "21 citations",
    "POST /api/v1/claims",
    claimBody(claimInput({ citations: Array.from({ length: 21 }, () => ({ outlet: "variety" })) })),
    400,
    "invalid_input",
    ["citations"],
  ),
  bad("mentions that are not a list", "POST /api/v1/claims", claimBody(claimInput({ mentions: "david-beckham" })), 400, "invalid_input", [
    "mentions",
  ]),
  bad("a field that does not exist", "POST /api/v1/claims", claimBody(claimInput({ id: 5, version: 3 })), 400, "invalid_input", [
    "id",
    "version",
  ]),

  // ---- wrong enums ------------------------------------------------------------
  bad("a wrong kind", "POST /api/v1/claims", claimBody(claimInput({ kind: "rumour" })), 400, "invalid_input", ["kind"]),
  bad("a wrong precision", "POST /api/v1/claims", claimBody(claimInput({ precision: "week" })), 400, "invalid_input", ["precision"]),
  bad("a wrong stance", "POST /api/v1/claims", claimBody(claimInput({ stance: "against" })), 400, "invalid_input", ["stance"]),
  bad("a wrong confidence", "POST /api/v1/claims", claimBody(claimInput({ confidence: "100%" })), 400, "invalid_input", ["confidence"]),
  bad("status retracted on create", "POST /api/v1/claims", claimBody(claimInput({ status: "retracted" })), 400, "invalid_input", [
    "status",
  ]),

  // ---- impossible dates -------------------------------------------------------
  bad("30 February", "POST /api/v1/claims", claimBody(claimInput({ occurredOn: "2025-02-30" })), 400, "invalid_input", ["occurredOn"]),
  bad("month 13", "POST /api/v1/claims", claimBody(claimInput({ occurredOn: "2025-13", precision: "month" })), 400, "invalid_input", [
    "occurredOn",
  ]),
  bad(
    "a day date with month precision",
    "POST /api/v1/claims",
    claimBody(claimInput({ occurredOn: "2025-05-05", precision: "month" })),
    400,
    "invalid_input",
    ["occurredOn"],
  ),
  bad(
    "a month date with day precision",
    "POST /api/v1/claims",
    claimBody(claimInput({ occurredOn: "2025-05", precision: "day" })),
    400,
    "invalid_input",
    ["occurredOn"],
  ),
  bad("a circa day", "POST /api/v1/claims", claimBody(claimInput({ occurredOn: "2019-08-01", precision: "circa" })), 400, "invalid_input", [
    "occurredOn",
  ]),
  bad("a non-date", "POST /api/v1/claims", claimBody(claimInput({ occurredOn: "last summer", precision: "circa" })), 400, "invalid_input", [
    "occurredOn",
  ]),
  bad(
    "29 February in a common year (reported date)",
    "POST /api/v1/claims",
    claimBody(claimInput({ reportedOn: "2025-02-29" })),
    400,
    "invalid_input",
    ["reportedOn"],
  ),
  bad("an impossible citation date", "POST /api/v1/claims", claimBody(withCitation({ publishedOn: "2024-04-31" })), 400, "invalid_input", [
    "citations.0.publishedOn",
  ]),

  // ---- URLs ---------------------------------------------------------------------
  bad(
    "a javascript: citation URL",
    "POST /api/v1/claims",
    claimBody(withCitation({ url: "javascript:alert(document.cookie)" })),
    400,
    "invalid_input",
    ["citations.0.url"],
  ),
  bad(
    "a data: citation URL",
    "POST /api/v1/claims",
    claimBody(withCitation({ url: "data:text/html,<script>alert(1)</script>" })),
    400,
    "invalid_input",
    ["citations.0.url"],
  ),
  bad("a relative citation URL", "POST /api/v1/claims", claimBody(withCitation({ url: "/news/story" })), 400, "invalid_input", [
    "citations.0.url",
  ]),

  // ---- unknown references ---------------------------------------------------------
  bad("an unknown pair", "POST /api/v1/claims", claimBody(claimInput({ pair: "ana-de-armas--nobody-at-all" })), 400, "invalid_input", [
    "pair",
  ]),
  bad("a pair of one person", "POST /api/v1/claims", claimBody(claimInput({ pair: "tom-cruise--tom-cruise" })), 400, "invalid_input", [
    "pair",
  ]),
  bad("a malformed pair", "POST /api/v1/claims", claimBody(claimInput({ pair: "Ana & Tom" })), 400, "invalid_input", ["pair"]),
  bad("an unknown outlet", "POST /api/v1/claims", claimBody(withCitation({ outlet: "no-such-outlet" })), 400, "invalid_input", [
    "citations.0.outlet",
  ]),
  bad("an unknown speaker", "POST /api/v1/claims", claimBody(claimInput({ speaker: "nobody-at-all" })), 400, "invalid_input", ["speaker"]),
  bad("an unknown mentioned person", "POST /api/v1/claims", claimBody(claimInput({ mentions: ["nobody-at-all"] })), 400, "invalid_input", [
    "mentions.0",
  ]),
  bad(
    "publishing with no citation",
    "POST /api/v1/claims",
    claimBody(claimInput({ status: "published", citations: [] })),
    400,
    "invalid_input",
    ["citations"],
  ),

  // ---- edits and state changes ----------------------------------------------------
  bad(
    "an edit without a version",
    "PATCH /api/v1/claims/[id]",
    () => ({ params: { id: draftId() }, body: { headline: "New" } }),
    400,
    "invalid_input",
    ["version"],
  ),
  bad(
    "a version sent as text",
    "PATCH /api/v1/claims/[id]",
    () => ({ params: { id: draftId() }, body: { version: "1", headline: "New" } }),
    400,
    "invalid_input",
    ["version"],
  ),
  bad("a version of 0", "PATCH /api/v1/claims/[id]", () => ({ params: { id: draftId() }, body: { version: 0 } }), 400, "invalid_input", [
    "version",
  ]),
  bad(
    "an edit to a blank headline",
    "PATCH /api/v1/claims/[id]",
    () => ({ params: { id: draftId() }, body: { version: 1, headline: "" } }),
    400,
    "invalid_input",
    ["headline"],
  ),
  bad(
    "an edit to an impossible date",
    "PATCH /api/v1/claims/[id]",
    () => ({ params: { id: draftId() }, body: { version: 1, occurredOn: "2025-02-30" } }),
    400,
    "invalid_input",
    ["occurredOn"],
  ),
  bad(
    "an edit to a precision the date lacks",
    "PATCH /api/v1/claims/[id]",
    () => ({ params: { id: draftId() }, body: { version: 1, precision: "month" } }),
    400,
    "invalid_input",
    ["precision"],
  ),
  bad(
    "an edit to an unknown outlet",
    "PATCH /api/v1/claims/[id]",
    () => ({ params: { id: draftId() }, body: { version: 1, citations: [{ outlet: "nowhere" }] } }),
    400,
    "invalid_input",
    ["citations.0.outlet"],
  ),
  bad(
    "an edit that sets the status",
    "PATCH /api/v1/claims/[id]",
    () => ({ params: { id: draftId() }, body: { version: 1, status: "published" } }),
    400,
    "invalid_input",
    ["status"],
  ),
  bad(
    "an edit to a stale version",
    "PATCH /api/v1/claims/[id]",
    () => ({ params: { id: draftId() }, body: { version: 2, headline: "New" } }),
    409,
    "edit_conflict",
  ),
  bad(
    "an edit to a non-numeric id",
    "PATCH /api/v1/claims/[id]",
    () => ({ params: { id: "abc" }, body: { version: 1 } }),
    404,
    "not_found",
  ),
  bad("an edit to id 0", "PATCH /api/v1/claims/[id]", () => ({ params: { id: "0" }, body: { version: 1 } }), 404, "not_found"),
  bad(
    "an edit to a huge id",
    "PATCH /api/v1/claims/[id]",
    () => ({ params: { id: "9".repeat(30) }, body: { version: 1 } }),
    404,
    "not_found",
  ),
  bad(
    "an edit to a missing claim",
    "PATCH /api/v1/claims/[id]",
    () => ({ params: { id: "999999" }, body: { version: 1, headline: "x" } }),
    404,
    "not_found",
  ),
  bad(
    "publishing without a version",
    "POST /api/v1/claims/[id]/publish",
    () => ({ params: { id: draftId() }, body: {} }),
    400,
    "invalid_input",
    ["version"],
  ),
  bad(
    "publishing a draft with no citation",
    "POST /api/v1/claims/[id]/publish",
    () => ({ params: { id: String(createClaim(h.db, h.editor, claimInput({ citations: [] })).id) }, body: { version: 1 } }),
    400,
    "invalid_input",
    ["citations"],
  ),
  bad(
    "publishing a published claim",
    "POST /api/v1/claims/[id]/publish",
    () => ({ params: { id: publishedId() }, body: { version: 1 } }),
    409,
    "invalid_state",
  ),
  bad(
    "retracting without a correction",
    "POST /api/v1/claims/[id]/retract",
    () => ({ params: { id: publishedId() }, body: { version: 1 } }),
    400,
    "invalid_input",
    ["correction"],
  ),
  bad(
    "retracting a draft",
    "POST /api/v1/claims/[id]/retract",
    () => ({ params: { id: draftId() }, body: { version: 1, correction: "x" } }),
    409,
    "invalid_state",
  ),
  bad(
    "discarding a published claim",
    "POST /api/v1/claims/[id]/discard",
    () => ({ params: { id: publishedId() }, body: { version: 1 } }),
    409,
    "invalid_state",
  ),
  bad("discarding with no body", "POST /api/v1/claims/[id]/discard", () => ({ params: { id: draftId() } }), 400, "invalid_input"),

  // ---- settling -----------------------------------------------------------------------
  bad(
    "settling without a citation",
    "POST /api/v1/claims/[id]/settle",
    () => ({ params: { id: publishedId() }, body: settlement({ citations: [] }) }),
    400,
    "invalid_input",
    ["citations"],
  ),
  bad(
    "settling with no citations field",
    "POST /api/v1/claims/[id]/settle",
    () => ({ params: { id: publishedId() }, body: settlement({ citations: undefined }) }),
    400,
    "invalid_input",
    ["citations"],
  ),
  bad(
    "settling with a wrong outcome",
    "POST /api/v1/claims/[id]/settle",
    () => ({ params: { id: publishedId() }, body: settlement({ outcome: "true" }) }),
    400,
    "invalid_input",
    ["outcome"],
  ),
  bad(
    "settling on a month, not a day",
    "POST /api/v1/claims/[id]/settle",
    () => ({ params: { id: publishedId() }, body: settlement({ settledOn: "2025-08" }) }),
    400,
    "invalid_input",
    ["settledOn"],
  ),
  bad(
    "settling on 31 June",
    "POST /api/v1/claims/[id]/settle",
    () => ({ params: { id: publishedId() }, body: settlement({ settledOn: "2025-06-31" }) }),
    400,
    "invalid_input",
    ["settledOn"],
  ),
  bad(
    "settling without a reason",
    "POST /api/v1/claims/[id]/settle",
    () => ({ params: { id: publishedId() }, body: settlement({ reason: " " }) }),
    400,
    "invalid_input",
    ["reason"],
  ),
  bad(
    "settling citing an unknown outlet",
    "POST /api/v1/claims/[id]/settle",
    () => ({ params: { id: publishedId() }, body: settlement({ citations: [{ outlet: "nowhere" }] }) }),
    400,
    "invalid_input",
    ["citations.0.outlet"],
  ),
  bad(
    "settling with a javascript: URL",
    "POST /api/v1/claims/[id]/settle",
    () => ({ params: { id: publishedId() }, body: settlement({ citations: [{ outlet: "variety", url: "javascript:alert(1)" }] }) }),
    400,
    "invalid_input",
    ["citations.0.url"],
  ),
  bad(
    "settling a draft",
    "POST /api/v1/claims/[id]/settle",
    () => ({ params: { id: draftId() }, body: settlement() }),
    409,
    "invalid_state",
  ),
  bad(
    "settling from a stale version",
    "POST /api/v1/claims/[id]/settle",
    () => ({ params: { id: publishedId() }, body: settlement({ version: 2 }) }),
    409,
    "edit_conflict",
  ),
  bad(
    "settling a missing claim",
    "POST /api/v1/claims/[id]/settle",
    () => ({ params: { id: "999999" }, body: settlement() }),
    404,
    "not_found",
  ),
  bad(
    "settling a settled claim",
    "POST /api/v1/claims/[id]/settle",
    () => ({ params: { id: settledId() }, body: settlement({ version: 2 }) }),
    409,
    "invalid_state",
  ),
  bad(
    "unsettling an open claim",
    "POST /api/v1/claims/[id]/unsettle",
    () => ({ params: { id: publishedId() }, body: { version: 1, reason: "x" } }),
    409,
    "invalid_state",
  ),
  bad(
    "unsettling without a reason",
    "POST /api/v1/claims/[id]/unsettle",
    () => ({ params: { id: settledId() }, body: { version: 2 } }),
    400,
    "invalid_input",
    ["reason"],
  ),
  bad(
    "unsettling from a stale version",
    "POST /api/v1/claims/[id]/unsettle",
    () => ({ params: { id: settledId() }, body: { version: 1, reason: "x" } }),
    409,
    "edit_conflict",
  ),

  // ---- people, pairs, outlets -------------------------------------------------------
  bad("a person with no name", "POST /api/v1/people", claimBody({ aliases: ["X"] }), 400, "invalid_input", ["name"]),
  bad("a person whose name makes no slug", "POST /api/v1/people", claimBody({ name: "😀😀" }), 400, "invalid_input", ["name"]),
  bad("a person who exists", "POST /api/v1/people", claimBody({ name: "Tom Cruise" }), 400, "invalid_input", ["name"]),
  bad("aliases that are not a list", "POST /api/v1/people", claimBody({ name: "New Person", aliases: "Nick" }), 400, "invalid_input", [
    "aliases",
  ]),
  bad("a pair of one person twice", "POST /api/v1/pairs", claimBody({ people: ["tom-cruise", "tom-cruise"] }), 400, "invalid_input", [
    "people",
  ]),
  bad("a pair with an unknown person", "POST /api/v1/pairs", claimBody({ people: ["tom-cruise", "nobody-at-all"] }), 400, "invalid_input", [
    "people.1",
  ]),
  bad(
    "a pair with a wrong status",
    "POST /api/v1/pairs",
    claimBody({ people: ["tom-cruise", "david-beckham"], status: "engaged" }),
    400,
    "invalid_input",
    ["status"],
  ),
  bad("a pair that exists", "POST /api/v1/pairs", claimBody({ people: ["tom-cruise", "ana-de-armas"] }), 400, "invalid_input", ["people"]),
  bad("an outlet with a wrong grade", "POST /api/v1/outlets", claimBody({ name: "New Outlet", grade: "Z" }), 400, "invalid_input", [
    "grade",
  ]),
  bad(
    "an editor grading the outlet they add",
    "POST /api/v1/outlets",
    claimBody({ name: "Graded By An Editor", grade: "A" }),
    403,
    "forbidden",
  ),
  bad(
    "an outlet with a javascript: URL",
    "POST /api/v1/outlets",
    claimBody({ name: "New Outlet", url: "javascript:alert(1)" }),
    400,
    "invalid_input",
    ["url"],
  ),
  bad(
    "regrading to a wrong grade",
    "PATCH /api/v1/outlets/[slug]",
    () => ({ params: { slug: "variety" }, body: { grade: "AA" }, headers: tokenHeaders(h.db, h.admin) }),
    400,
    "invalid_input",
    ["grade"],
  ),
  bad(
    "regrading an unknown outlet",
    "PATCH /api/v1/outlets/[slug]",
    () => ({ params: { slug: "no-such-outlet" }, body: { grade: "A" }, headers: tokenHeaders(h.db, h.admin) }),
    404,
    "not_found",
  ),

  // ---- control characters (C0 other than tab and line breaks) ----------------------------------
  bad("a NUL in a headline", "POST /api/v1/claims", claimBody(claimInput({ headline: "Seen\u0000 together" })), 400, "invalid_input", [
    "headline",
  ]),
  bad("U+0001 in details", "POST /api/v1/claims", claimBody(claimInput({ details: "a\u0001b" })), 400, "invalid_input", ["details"]),
  bad("U+000B in a place", "POST /api/v1/claims", claimBody(claimInput({ place: "Lon\u000Bdon" })), 400, "invalid_input", ["place"]),
  bad("U+001F in a citation title", "POST /api/v1/claims", claimBody(withCitation({ title: "T\u001F" })), 400, "invalid_input", [
    "citations.0.title",
  ]),
  bad(
    "a NUL in a citation URL",
    "POST /api/v1/claims",
    claimBody(withCitation({ url: "https://example.com/\u0000" })),
    400,
    "invalid_input",
    ["citations.0.url"],
  ),
  bad(
    "U+FFFF in an edited quote",
    "PATCH /api/v1/claims/[id]",
    () => ({ params: { id: draftId() }, body: { version: 1, quote: "q\uFFFF" } }),
    400,
    "invalid_input",
    ["quote"],
  ),
  bad(
    "U+0007 in a correction note",
    "POST /api/v1/claims/[id]/retract",
    () => ({ params: { id: publishedId() }, body: { version: 1, correction: "Wrong\u0007" } }),
    400,
    "invalid_input",
    ["correction"],
  ),
  bad("U+000B in a person's name", "POST /api/v1/people", claimBody({ name: "New\u000BPerson" }), 400, "invalid_input", ["name"]),
  bad("a NUL in an alias", "POST /api/v1/people", claimBody({ name: "New Person", aliases: ["Nick\u0000"] }), 400, "invalid_input", [
    "aliases.0",
  ]),
  bad("U+0001 in an outlet name", "POST /api/v1/outlets", claimBody({ name: "Out\u0001let" }), 400, "invalid_input", ["name"]),

  // ---- session and tokens -----------------------------------------------------------------
  bad("signing in with nothing", "POST /api/v1/session", claimBody({}), 400, "invalid_input", ["email", "password"]),
  bad("signing in with a non-JSON body", "POST /api/v1/session", claimBody("email=a@b.c&password=x"), 400, "invalid_input"),
  bad("a token with no name", "POST /api/v1/tokens", () => ({ body: {}, headers: sessionHeaders(h.db, h.editor) }), 400, "invalid_input", [
    "name",
  ]),
  bad("revoking a token by a non-numeric id", "DELETE /api/v1/tokens/[id]", () => ({ params: { id: "latest" } }), 404, "not_found"),
  bad(
    "revoking someone else's token",
    "DELETE /api/v1/tokens/[id]",
    () => ({ params: { id: String(createApiToken(h.db, h.admin, { name: "admin's" }).record.id) } }),
    404,
    "not_found",
  ),
];

describe("bad input: a 4xx with a specific error, and nothing changed", () => {
  it.each(CASES.map((c) => [c.name, c.route, c] as const))("%s → %s", async (_name, route, c) => {
    const call = c.call();
    const ownAuth = call.headers && ("authorization" in call.headers || "cookie" in call.headers);
    const headers = ownAuth ? call.headers : { ...tokenHeaders(h.db, h.editor), ...call.headers };
    const before = dbFingerprint(h.db);
    const response = await callRoute(route, { ...call, headers });
    expect(response.status).toBe(c.status);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await response.json()) as ApiErrorBody;
    expect(body.error.code).toBe(c.code);
    expect(body.error.message).toEqual(expect.any(String));
    expect(body.error.message.length).toBeGreaterThan(5);
    if (c.fields.length === 0) {
      expect(body.error.fields ?? {}).toEqual({});
    } else {
      for (const field of c.fields) expect(body.error.fields?.[field], `fields.${field}`).toEqual(expect.any(String));
    }
    if (c.status === 409) expect(body.current).toMatchObject({ id: Number(call.params?.id) });
    expect(dbFingerprint(h.db)).toEqual(before);
  });

  it("names the field and the character refused, and keeps tabs and line breaks", async () => {
    const refused = await callRoute("POST /api/v1/claims", {
      body: claimInput({ headline: "Seen\u000B together" }),
      headers: tokenHeaders(h.db, h.editor),
    });
    expect(((await refused.json()) as ApiErrorBody).error.fields?.headline).toBe(
      "Headline contains the control character U+000B at position 5; only tabs and line breaks are allowed",
    );
    const kept = await callRoute("POST /api/v1/claims", {
      body: claimInput({ details: "One\r\nTwo\tthree\n" }),
      headers: tokenHeaders(h.db, h.editor),
    });
    expect(kept.status).toBe(201);
    expect(((await kept.json()) as { details: string }).details).toBe("One\r\nTwo\tthree");
  });

  it("accepts a body just under the limit (the limit is on bytes, not a guess)", async () => {
    // 200 KB of details fits the body limit but not the 5000-character field: a field error, not a 413.
    const body = JSON.stringify(claimInput({ details: "d".repeat(200 * 1024) }));
    expect(Buffer.byteLength(body)).toBeLessThan(MAX_JSON_BYTES);
    const response = await callRoute("POST /api/v1/claims", { body, headers: tokenHeaders(h.db, h.editor) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ApiErrorBody).error.fields).toHaveProperty("details");
  });
});

describe("HTML and script in text fields", () => {
  const html = {
    headline: `<script>alert("headline")</script><b>Bold</b> & "quoted"`,
    details: `<img src=x onerror="alert('details')"> <a href="javascript:alert(1)">link</a>`,
    quote: `</script><script>alert('quote')</script>`,
    place: `<iframe src="https://evil.example"></iframe>`,
  };

  it("stores them verbatim as text and returns them as JSON strings, never as markup", async () => {
    const response = await callRoute("POST /api/v1/claims", {
      body: claimInput({
        ...html,
        speaker: "tom-cruise",
        citations: [{ outlet: "variety", title: "<svg onload=alert(1)>", quote: "<b>said</b>" }],
      }),
      headers: tokenHeaders(h.db, h.editor),
    });
    expect(response.status).toBe(201);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const created = (await response.json()) as Record<string, unknown> & { id: number; citations: { title: string; quote: string }[] };
    expect(created).toMatchObject(html);
    expect(created.citations[0]).toMatchObject({ title: "<svg onload=alert(1)>", quote: "<b>said</b>" });

    const row = h.db.select().from(claims).where(eq(claims.id, created.id)).get()!;
    expect(row).toMatchObject(html);

    const read = await callRoute("GET /api/v1/claims/[id]", { params: { id: String(created.id) }, headers: tokenHeaders(h.db, h.editor) });
    expect(await read.json()).toMatchObject(html);
  });
});
