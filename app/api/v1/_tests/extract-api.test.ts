import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiErrorBody, type ApiHarness, startApiHarness, tokenHeaders } from "@/lib/testing/api-harness";
import { dbFingerprint } from "@/lib/testing/fixtures";
import type { SuggestedClaim } from "@/lib/extract/types";
import { callRoute, type RouteCall } from "./routes";

let h: ApiHarness;
beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(() => h.cleanup());

const ROUTE = "POST /api/v1/extract";
const ARTICLE = [
  "Mara Vance and Theo Lindqvist spotted at Nobu",
  "",
  "Mara Vance and Theo Lindqvist were spotted at Nobu in Malibu last Tuesday, holding hands over dinner.",
  '"They are good friends, nothing more," Vance\'s rep told Variety.',
].join("\n");

const CASES: { name: string; call: () => RouteCall; status: number; code: string; fields: string[] }[] = [
  {
    name: "empty text",
    call: () => ({ body: { text: "   ", published: "2025-06-05" } }),
    status: 400,
    code: "invalid_input",
    fields: ["text"],
  },
  { name: "no text at all", call: () => ({ body: { published: "2025-06-05" } }), status: 400, code: "invalid_input", fields: ["text"] },
  {
    name: "a date that does not exist",
    call: () => ({ body: { text: ARTICLE, published: "2025-02-30" } }),
    status: 400,
    code: "invalid_input",
    fields: ["published"],
  },
  {
    name: "a month instead of a day",
    call: () => ({ body: { text: ARTICLE, published: "2025-06" } }),
    status: 400,
    code: "invalid_input",
    fields: ["published"],
  },
  {
    name: "a javascript: URL",
    call: () => ({ body: { text: ARTICLE, published: "2025-06-05", url: "javascript:alert(1)" } }),
    status: 400,
    code: "invalid_input",
    fields: ["url"],
  },
  {
    name: "an unknown field",
    call: () => ({ body: { text: ARTICLE, published: "2025-06-05", save: true } }),
    status: 400,
    code: "invalid_input",
    fields: [],
  },
  {
    name: "text longer than one article (over 40,000 characters)",
    call: () => ({ body: { text: "Ana Lee and Tom Ray were seen. ".repeat(1_400), published: "2025-06-05" } }),
    status: 400,
    code: "invalid_input",
    fields: ["text"],
  },
  {
    name: "text over the 256 KB body limit",
    call: () => ({ body: { text: "word ".repeat(60_000), published: "2025-06-05" } }),
    status: 413,
    code: "payload_too_large",
    fields: [],
  },
  { name: "a body that is not JSON", call: () => ({ body: "text=hello" }), status: 400, code: "invalid_input", fields: [] },
];

describe("POST /api/v1/extract", () => {
  it.each(CASES)("refuses $name with $status and changes nothing", async ({ call, status, code, fields }) => {
    const request = call();
    const headers = { ...tokenHeaders(h.db, h.editor), ...request.headers };
    const before = dbFingerprint(h.db);
    const response = await callRoute(ROUTE, { ...request, headers });
    expect(response.status).toBe(status);
    const body = (await response.json()) as ApiErrorBody;
    expect(body.error.code).toBe(code);
    for (const field of fields) expect(body.error.fields).toHaveProperty(field);
    expect(dbFingerprint(h.db)).toEqual(before);
  });

  it("answers the article's claims with the ledger's slugs, and saves nothing", async () => {
    const headers = tokenHeaders(h.db, h.editor);
    const before = dbFingerprint(h.db);
    const response = await callRoute(ROUTE, { body: { text: ARTICLE, published: "2025-06-05" }, headers });
    expect(response.status).toBe(200);
    const { claims } = (await response.json()) as { claims: SuggestedClaim[] };
    const sighting = claims.find((c) => c.kind === "sighting");
    expect(sighting).toMatchObject({ occurredOn: "2025-06-03", precision: "day", place: "Nobu, Malibu", stance: "supports" });
    expect(sighting?.slugs.pair).toEqual(["mara-vance", "theo-lindqvist"]);
    const denial = claims.find((c) => c.kind === "denial");
    expect(denial).toMatchObject({ quote: "They are good friends, nothing more", outlet: "Variety", stance: "contradicts", speaker: null });
    expect(denial?.slugs.outlet).toBe("variety");
    expect(dbFingerprint(h.db)).toEqual(before);
  });

  it("reads a text of exactly the 40,000-character limit", async () => {
    const text = `${ARTICLE}\n\n${"The weather was mild. ".repeat(2_000)}`.slice(0, 40_000);
    expect(text).toHaveLength(40_000);
    const response = await callRoute(ROUTE, { body: { text, published: "2025-06-05" }, headers: tokenHeaders(h.db, h.editor) });
    expect(response.status).toBe(200);
  });

  it("answers an empty list for a text that holds no claim", async () => {
    const response = await callRoute(ROUTE, {
      body: { text: "The weather in London was mild on Tuesday.", published: "2025-06-05" },
      headers: tokenHeaders(h.db, h.editor),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ claims: [] });
  });
});
