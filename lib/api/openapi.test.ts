import fs from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { apiGet, componentValidator, useDbForRoutes } from "@/lib/testing/api-routes";
import { createTempDb } from "@/lib/testing/temp-db";
import { openApiDocument, READ_OPERATIONS } from "./openapi";

let db: Db;
let cleanup: () => void;

beforeEach(() => {
  vi.stubEnv("PUBLIC_BASE_URL", "http://ledger.test");
  ({ db, cleanup } = createTempDb({ seeded: true }));
  useDbForRoutes(db);
});
afterEach(() => {
  cleanup();
  vi.unstubAllEnvs();
});

interface Parameter {
  name: string;
  in: string;
  required: boolean;
  schema: Record<string, unknown>;
}
interface Doc {
  openapi: string;
  servers: { url: string }[];
  paths: Record<
    string,
    { get: { parameters: Parameter[]; responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> } }
  >;
}

const doc = () => openApiDocument("http://ledger.test") as unknown as Doc;

/** A real value for each path parameter, from the demo data. */
const PATH_VALUES: Record<string, Record<string, string>> = {
  "/pairs/{slug}": { slug: "ana-de-armas--tom-cruise" },
  "/pairs/{slug}/claims": { slug: "ana-de-armas--tom-cruise" },
  "/pairs/{slug}/claims.csv": { slug: "ana-de-armas--tom-cruise" },
  "/people/{slug}": { slug: "tom-cruise" },
  "/outlets/{slug}": { slug: "variety" },
  "/claims/{id}": { id: "2" },
};

/** A valid value for each documented query parameter. */
const QUERY_VALUES: Record<string, string> = {
  kind: "sighting",
  confidence: "likely",
  outlet: "variety",
  from: "2025",
  to: "2025-12-31",
  status: "published",
  limit: "3",
};

function fill(template: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name) => PATH_VALUES[template][name]);
}

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(doc() as unknown as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("is served at /api/v1/openapi.json with the site's address", async () => {
    const res = await apiGet("/api/v1/openapi.json");
    expect(res.status).toBe(200);
    const served = (await res.json()) as Doc;
    expect(served).toEqual(JSON.parse(JSON.stringify(doc())));
    expect(served.servers[0].url).toBe("http://ledger.test/api/v1");
  });

  it("every documented path answers 200 with what the document says it returns", async () => {
    const validate = componentValidator();
    // The public reads; writes are exercised by the API's own tests.
    const paths = READ_OPERATIONS.map((op) => op.path);
    expect(paths.length).toBeGreaterThanOrEqual(9);
    for (const template of paths) {
      const res = await apiGet(`/api/v1${fill(template)}`);
      expect(res.status, template).toBe(200);
      const content = doc().paths[template].get.responses["200"].content!;
      const type = Object.keys(content)[0];
      expect(res.headers.get("content-type"), template).toContain(type);
      const ref = content[type].schema.$ref;
      if (ref) expect(validate(ref.split("/").pop()!, await res.json()), template).toEqual([]);
      else expect((await res.text()).length, template).toBeGreaterThan(0);
    }
  });

  it("every documented query parameter is accepted, and nothing else is", async () => {
    for (const [template, item] of Object.entries(doc().paths).filter(([p]) => READ_OPERATIONS.some((op) => op.path === p))) {
      const query = item.get.parameters.filter((p) => p.in === "query");
      for (const p of query) {
        // A cursor is only ever one the API handed out: take the first page's.
        const value =
          p.name === "cursor"
            ? ((await (await apiGet(`/api/v1${fill(template)}?limit=1`)).json()) as { nextCursor: string }).nextCursor
            : QUERY_VALUES[p.name];
        expect(value, `${template} ${p.name}`).toBeDefined();
        const res = await apiGet(`/api/v1${fill(template)}?${p.name}=${encodeURIComponent(value)}`);
        expect(res.status, `${template}?${p.name}`).toBe(200);
      }
      const undocumented = await apiGet(`/api/v1${fill(template)}?undocumented=1`);
      expect(undocumented.status, template).toBe(400);
    }
  });

  it("documents every route and method there is, reads and writes", () => {
    const root = path.join(process.cwd(), "app", "api", "v1");
    const routes: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name === "route.ts") {
          const route =
            "/" +
            path
              .relative(root, dir)
              .split(path.sep)
              .join("/")
              .replace(/\[(\w+)\]/g, "{$1}");
          for (const m of fs
            .readFileSync(full, "utf8")
            .matchAll(/export\s+(?:const|async function|function)\s+(GET|POST|PATCH|PUT|DELETE)\b/g))
            routes.push(`${m[1].toLowerCase()} ${route}`);
        }
      }
    };
    walk(root);
    const documented = Object.entries(doc().paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) =>
      Object.keys(ops).map((method) => `${method} ${p}`),
    );
    expect(routes.filter((r) => r !== "get /openapi.json").sort()).toEqual(documented.sort());
  });

  it("describes list parameters as arrays of the allowed values", () => {
    const params = doc().paths["/pairs/{slug}/claims"].get.parameters;
    const kind = params.find((p) => p.name === "kind")!;
    expect(kind.schema).toMatchObject({ type: "array", items: { enum: expect.arrayContaining(["sighting", "denial"]) } });
    expect(kind.required).toBe(false);
    expect(params.find((p) => p.name === "slug")).toMatchObject({ in: "path", required: true });
  });
});
