import { describe, expect, it } from "vitest";
import { type OpenApiDoc, openApiResponseChecker } from "./openapi-contract";

/** A two-operation document whose answers share one component through a $ref. */
const doc: OpenApiDoc = {
  paths: {
    "/things/{id}": {
      get: { responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } } } },
    },
    "/things": {
      get: {
        responses: {
          "200": {
            content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/Thing" } } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Thing: {
        type: "object",
        required: ["id", "name"],
        properties: { id: { type: "integer" }, name: { type: "string" }, owner: { $ref: "#/components/schemas/Owner" } },
      },
      Owner: { type: "object", required: ["slug"], properties: { slug: { type: "string" } } },
    },
  },
};
const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });

describe("openApiResponseChecker", () => {
  it("accepts answers that match the referenced components, however often they are checked", async () => {
    const check = openApiResponseChecker(doc);
    for (let i = 0; i < 2; i++) {
      expect(await check("get /things/{id}", json({ id: 1, name: "a", owner: { slug: "o" } }))).toEqual([]);
      expect(await check("get /things", json([{ id: 1, name: "a" }]))).toEqual([]);
    }
  });

  it("finds a broken field at any depth of the components, in every operation that uses them", async () => {
    const check = openApiResponseChecker(doc);
    expect(await check("get /things/{id}", json({ id: "1", name: "a" }))).toEqual([expect.stringContaining("/id must be integer")]);
    expect(await check("get /things/{id}", json({ id: 1, name: "a", owner: {} }))).toEqual([
      expect.stringContaining("/owner must have required property 'slug'"),
    ]);
    expect(await check("get /things", json([{ id: 1 }]))).toEqual([expect.stringContaining("/0 must have required property 'name'")]);
    expect(await check("get /things/{id}", new Response("{}", { status: 404 }))).toEqual([expect.stringContaining("answered 404")]);
  });
});
