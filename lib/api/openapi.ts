import { z } from "zod";
import { WRITE_OPERATIONS, writeOperation } from "./openapi-writes";
import { CLAIM_KINDS, CONFIDENCE_LEVELS } from "@/db/enums";
import {
  API_COMPONENTS,
  CLAIM_ID_PARAMETER,
  claimIdParam,
  LIMIT_PARAMETER,
  noQuerySchema,
  pairClaimsCsvQuerySchema,
  pairClaimsQuerySchema,
  pairSlugParam,
  peopleQuerySchema,
  slugParam,
} from "./schemas";

type ComponentName = keyof typeof API_COMPONENTS;
type JsonSchema = Record<string, unknown>;

/** One documented read operation; the same schemas the route parses with. */
export interface ReadOperation {
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: "Pairs" | "People" | "Outlets" | "Claims";
  pathParams?: Record<string, z.ZodType>;
  query: z.ZodObject;
  response: { component: ComponentName; contentType: "application/json" } | { contentType: "text/csv"; description: string };
  /** The pair endpoints answer a reversed pair slug with a 308 to the canonical one. */
  redirects?: boolean;
}

export const READ_OPERATIONS: ReadOperation[] = [
  {
    path: "/pairs",
    operationId: "listPairs",
    tag: "Pairs",
    summary: "Every pair with a published claim (editors with credentials: every pair), with its heat today, hottest first",
    query: noQuerySchema,
    response: { component: "PairList", contentType: "application/json" },
  },
  {
    path: "/pairs/{slug}",
    operationId: "getPair",
    tag: "Pairs",
    summary: "One pair",
    pathParams: { slug: pairSlugParam },
    query: noQuerySchema,
    response: { component: "PairDetail", contentType: "application/json" },
    redirects: true,
  },
  {
    path: "/pairs/{slug}/claims",
    operationId: "listPairClaims",
    tag: "Claims",
    summary: "A pair's claims in timeline order, filtered, a page at a time",
    description:
      "Oldest first (by the first day a claim's date can mean, then id). Follow `nextCursor` until it is null to walk every claim exactly once. Anonymous callers get published and retracted claims only.",
    pathParams: { slug: pairSlugParam },
    query: pairClaimsQuerySchema,
    response: { component: "ClaimPage", contentType: "application/json" },
    redirects: true,
  },
  {
    path: "/pairs/{slug}/claims.csv",
    operationId: "downloadPairClaimsCsv",
    tag: "Claims",
    summary: "A pair's claims as CSV",
    description:
      "RFC 4180, UTF-8, a header row, one row per claim with its first citation. Takes the same filters as the JSON list, without paging.",
    pathParams: { slug: pairSlugParam },
    query: pairClaimsCsvQuerySchema,
    response: { contentType: "text/csv", description: "The claims, oldest first." },
    redirects: true,
  },
  {
    path: "/claims/{id}",
    operationId: "getClaim",
    tag: "Claims",
    summary: "One claim with its citations",
    pathParams: { id: claimIdParam },
    query: noQuerySchema,
    response: { component: "Claim", contentType: "application/json" },
  },
  {
    path: "/people",
    operationId: "listPeople",
    tag: "People",
    summary: "People, by slug, a page at a time",
    query: peopleQuerySchema,
    response: { component: "PersonList", contentType: "application/json" },
  },
  {
    path: "/people/{slug}",
    operationId: "getPerson",
    tag: "People",
    summary: "A person and their pairs",
    pathParams: { slug: slugParam },
    query: noQuerySchema,
    response: { component: "PersonDetail", contentType: "application/json" },
  },
  {
    path: "/outlets",
    operationId: "listOutlets",
    tag: "Outlets",
    summary: "Every outlet with its reliability grade",
    query: noQuerySchema,
    response: { component: "OutletList", contentType: "application/json" },
  },
  {
    path: "/outlets/{slug}",
    operationId: "getOutlet",
    tag: "Outlets",
    summary: "An outlet and its record",
    pathParams: { slug: slugParam },
    query: noQuerySchema,
    response: { component: "OutletDetail", contentType: "application/json" },
  },
];

/** Words for the shared timeline filters, whose schemas live with the pair page. */
const FILTER_DESCRIPTIONS: Record<string, string> = {
  kind: `Only these kinds (repeat or comma-separate): ${CLAIM_KINDS.join(", ")}.`,
  confidence: `Only these confidence levels (repeat or comma-separate): ${CONFIDENCE_LEVELS.join(", ")}.`,
  outlet: "Only claims citing this outlet (its slug).",
  from: "Only claims whose date could fall on or after this date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`).",
  to: "Only claims whose date could fall on or before this date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`).",
};

function clean(schema: JsonSchema): JsonSchema {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}

/** A zod field as a parameter schema: what the route ends up with where JSON Schema can say it, else what it accepts. */
function parameterSchema(field: z.ZodType): JsonSchema {
  try {
    return clean(z.toJSONSchema(field, { io: "output" }) as JsonSchema);
  } catch {
    return clean(z.toJSONSchema(field, { io: "input" }) as JsonSchema);
  }
}

function parameters(op: ReadOperation) {
  const inPath = Object.entries(op.pathParams ?? {}).map(([name, schema]) => {
    const json = parameterSchema(schema);
    const { description, example, ...rest } = json;
    // A claim id is documented as the integer it is, the same on reads and writes.
    return {
      name,
      in: "path",
      required: true,
      description,
      example: schema === claimIdParam ? Number(example) : example,
      schema: schema === claimIdParam ? CLAIM_ID_PARAMETER : rest,
    };
  });
  const inQuery = Object.entries(op.query.shape as Record<string, z.ZodType>).map(([name, field]) => {
    const json = parameterSchema(field);
    const { description, ...documented } = json;
    // `limit` is parsed from a string; document the number the route takes, with its real bounds and default.
    const rest = name === "limit" ? { ...LIMIT_PARAMETER, default: field.parse(undefined) } : documented;
    const isList = rest.type === "array";
    return {
      name,
      in: "query",
      required: !field.safeParse(undefined).success,
      description: (description as string | undefined) ?? FILTER_DESCRIPTIONS[name],
      schema: rest,
      ...(isList ? { style: "form", explode: true } : {}),
    };
  });
  return [...inPath, ...inQuery];
}

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

const cacheHeaders = {
  ETag: { description: "Validator of this exact answer; send it back in If-None-Match to get a 304.", schema: { type: "string" } },
  "Cache-Control": {
    description: "Public (shared caches, a minute) for anonymous callers; private for answers holding drafts.",
    schema: { type: "string" },
  },
};

function operation(op: ReadOperation) {
  const ok =
    op.response.contentType === "text/csv"
      ? { description: op.response.description, headers: cacheHeaders, content: { "text/csv": { schema: { type: "string" } } } }
      : {
          description: "OK",
          headers: cacheHeaders,
          content: { "application/json": { schema: { $ref: `#/components/schemas/${op.response.component}` } } },
        };
  return {
    operationId: op.operationId,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    tags: [op.tag],
    parameters: [
      ...parameters(op),
      {
        name: "If-None-Match",
        in: "header",
        required: false,
        description: "An ETag from an earlier answer: 304 if nothing changed.",
        schema: { type: "string" },
      },
    ],
    responses: {
      "200": ok,
      "304": { description: "Not modified: the ETag in If-None-Match is still current." },
      ...(op.redirects
        ? {
            "308": {
              description: "The pair slug was in reverse order; Location holds the canonical URL.",
              headers: { Location: { schema: { type: "string" } } },
            },
          }
        : {}),
      "400": errorResponse("A query parameter is unknown or not valid (`fields` says which)."),
      "401": errorResponse("An API token was sent but is not valid, or drafts were asked for without one."),
      ...(op.pathParams ? { "404": errorResponse("No such resource (a draft is not found by anonymous callers).") } : {}),
    },
  };
}

/** The components, from the response schemas (each named, referring to the others by $ref). */
function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(API_COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { io: "output", uri: (id) => `#/components/schemas/${id}` }) as {
    schemas: Record<string, JsonSchema>;
  };
  return Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, clean(s)]));
}

/** The OpenAPI 3.1 description of the API — reads and writes — generated from the zod schemas the routes and lib verbs parse with. */
export function openApiDocument(origin: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of READ_OPERATIONS) paths[op.path] = { get: operation(op) };
  for (const op of WRITE_OPERATIONS) (paths[op.path] ??= {})[op.method] = writeOperation(op);
  return {
    openapi: "3.1.0",
    info: {
      title: "Rumor Ledger API",
      version: "1.0.0",
      description:
        'Celebrity rumors with their receipts: pairs, people, outlets and claims with their sources and confidence. Reads are open and return published data only; an editor\'s API token (Authorization: Bearer) adds drafts where asked for. Every error is JSON: {"error": {"code", "message", "fields"?}}.',
    },
    servers: [{ url: `${origin.replace(/\/+$/, "")}/api/v1` }],
    tags: [
      { name: "Pairs", description: "Two people and the rumor about them." },
      { name: "Claims", description: "Sightings, statements, reports… each with citations and a confidence grade." },
      { name: "People", description: "Everyone in a pair or named in a claim." },
      { name: "Outlets", description: "Sources, with their Admiralty reliability grade." },
      { name: "Account", description: "Sign-in and personal API tokens for editors." },
    ],
    security: [{}, { apiToken: [] }],
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        apiToken: {
          type: "http",
          scheme: "bearer",
          description: "An editor's personal API token. Optional for reads, required (or the session cookie) for writes.",
        },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "rl_session",
          description: "The editors' sign-in session; cookie writes must come from this site.",
        },
      },
    },
  };
}
