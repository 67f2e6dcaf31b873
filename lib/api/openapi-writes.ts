import { z } from "zod";
import {
  createClaimSchema,
  discardClaimSchema,
  publishClaimSchema,
  retractClaimSchema,
  settleClaimSchema,
  unsettleClaimSchema,
  updateClaimSchema,
} from "@/lib/claims/input";
import { createOutletSchema, updateOutletSchema } from "@/lib/outlets/write";
import { createPairSchema } from "@/lib/pairs/write";
import { createPersonSchema } from "@/lib/people/write";
import { CLAIM_ID_PARAMETER } from "./schemas";
import { extractInputSchema } from "@/lib/extract/input";

/** One documented write (or account) operation, with the zod schema its lib verb parses the body with. */
export interface WriteOperation {
  method: "post" | "patch" | "delete" | "get";
  path: string;
  operationId: string;
  summary: string;
  tag: "Pairs" | "People" | "Outlets" | "Claims" | "Account";
  pathParams?: Record<string, "integer" | "string">;
  body?: z.ZodType;
  bodyDescription?: string;
  status: 200 | 201 | 204;
  /** The component the success answers with, if it is one of the read components. */
  response?: "Claim";
  conflict?: boolean;
  /**
   * Who may call: an editor by token or session (the default); only a signed-in
   * session (minting tokens); anyone (signing in); anyone, with a session if there is one (signing out).
   */
  auth?: "editor" | "session" | "anonymous" | "optionalSession";
  /** Repeated failures are slowed down (429). */
  throttled?: boolean;
}

const tokenName = z.object({ name: z.string().min(1).max(80) }).strict();
const signIn = z.object({ email: z.string(), password: z.string() }).strict();

export const WRITE_OPERATIONS: WriteOperation[] = [
  {
    method: "post",
    path: "/people",
    operationId: "createPerson",
    tag: "People",
    summary: "Create a person (slug from the name)",
    body: createPersonSchema,
    status: 201,
  },
  {
    method: "post",
    path: "/pairs",
    operationId: "createPair",
    tag: "Pairs",
    summary: "Create a pair of two existing people",
    body: createPairSchema,
    status: 201,
  },
  {
    method: "post",
    path: "/outlets",
    operationId: "createOutlet",
    tag: "Outlets",
    summary: "Create an outlet; only admins may send its grade (an editor's outlet is not yet graded)",
    body: createOutletSchema,
    status: 201,
  },
  {
    method: "patch",
    path: "/outlets/{slug}",
    operationId: "updateOutlet",
    tag: "Outlets",
    summary: "Change an outlet's name, URL or grade (admins)",
    pathParams: { slug: "string" },
    body: updateOutletSchema,
    status: 200,
  },
  {
    method: "post",
    path: "/claims",
    operationId: "createClaim",
    tag: "Claims",
    summary: "Create a claim, as a draft or published",
    body: createClaimSchema,
    status: 201,
    response: "Claim",
  },
  {
    method: "patch",
    path: "/claims/{id}",
    operationId: "updateClaim",
    tag: "Claims",
    summary: "Edit a claim from the version you read; 409 with the current claim if it changed since",
    pathParams: { id: "integer" },
    body: updateClaimSchema,
    status: 200,
    response: "Claim",
    conflict: true,
  },
  {
    method: "post",
    path: "/claims/{id}/publish",
    operationId: "publishClaim",
    tag: "Claims",
    summary: "Publish a draft",
    pathParams: { id: "integer" },
    body: publishClaimSchema,
    status: 200,
    response: "Claim",
    conflict: true,
  },
  {
    method: "post",
    path: "/claims/{id}/retract",
    operationId: "retractClaim",
    tag: "Claims",
    summary: "Retract a published claim with a correction note (it stays visible, struck through)",
    pathParams: { id: "integer" },
    body: retractClaimSchema,
    status: 200,
    response: "Claim",
    conflict: true,
  },
  {
    method: "post",
    path: "/claims/{id}/settle",
    operationId: "settleClaim",
    tag: "Claims",
    summary:
      "Settle a published claim as borne out or shown false, with the day, a reason and at least one citation for the settling evidence",
    pathParams: { id: "integer" },
    body: settleClaimSchema,
    status: 200,
    response: "Claim",
    conflict: true,
  },
  {
    method: "post",
    path: "/claims/{id}/unsettle",
    operationId: "unsettleClaim",
    tag: "Claims",
    summary: "Reopen a settled claim, with a reason (the revision log keeps the old settlement)",
    pathParams: { id: "integer" },
    body: unsettleClaimSchema,
    status: 200,
    response: "Claim",
    conflict: true,
  },
  {
    method: "post",
    path: "/claims/{id}/discard",
    operationId: "discardDraft",
    tag: "Claims",
    summary: "Discard a draft that was never published",
    pathParams: { id: "integer" },
    body: discardClaimSchema,
    status: 204,
    conflict: true,
  },
  {
    method: "post",
    path: "/import",
    operationId: "importClaims",
    tag: "Claims",
    summary: "Import claims from a CSV or JSON file (?dryRun=1 to check only); answers a stream of JSON lines with progress and a report",
    bodyDescription: "The file itself: CSV with the columns in the README, or a JSON array of claims shaped like createClaim's body.",
    status: 200,
  },
  {
    method: "post",
    path: "/extract",
    operationId: "extractClaims",
    tag: "Claims",
    summary:
      "Suggest the claims a pasted article contains (editors; saves nothing): answers {claims: [...]} with names, kind, date and precision, place, speaker, quote, outlet, mentions, stance, confidence, evidence and the ledger's slugs",
    body: extractInputSchema,
    status: 200,
  },
  {
    method: "post",
    path: "/session",
    operationId: "signIn",
    tag: "Account",
    summary: "Sign in; sets the httpOnly session cookie",
    body: signIn,
    status: 200,
    auth: "anonymous",
    throttled: true,
  },
  { method: "delete", path: "/session", operationId: "signOut", tag: "Account", summary: "Sign out", status: 204, auth: "optionalSession" },
  {
    method: "get",
    path: "/tokens",
    operationId: "listTokens",
    tag: "Account",
    summary: "Your personal API tokens (never their secrets)",
    status: 200,
  },
  {
    method: "post",
    path: "/tokens",
    operationId: "createToken",
    tag: "Account",
    summary: "Create a personal API token; the secret is in this answer only",
    body: tokenName,
    status: 201,
    auth: "session",
  },
  {
    method: "delete",
    path: "/tokens/{id}",
    operationId: "revokeToken",
    tag: "Account",
    summary: "Revoke one of your tokens",
    pathParams: { id: "integer" },
    status: 204,
  },
];

const error = (description: string, component = "Error") => ({
  description,
  content: { "application/json": { schema: { $ref: `#/components/schemas/${component}` } } },
});

const SECURITY = {
  editor: [{ apiToken: [] }, { sessionCookie: [] }],
  session: [{ sessionCookie: [] }],
  anonymous: [{}],
  optionalSession: [{}, { sessionCookie: [] }],
} as const;

function bodySchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _s, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return rest;
}

/** The OpenAPI operation object for a write. */
export function writeOperation(op: WriteOperation): Record<string, unknown> {
  const auth = op.auth ?? "editor";
  const hasBody = Boolean(op.body || op.bodyDescription);
  const signedIn = auth === "editor" || auth === "session";
  const ok =
    op.status === 204
      ? { description: "Done; no content." }
      : op.response
        ? { description: "OK", content: { "application/json": { schema: { $ref: `#/components/schemas/${op.response}` } } } }
        : {
            description: "OK",
            content: {
              [op.path === "/import" ? "application/x-ndjson" : "application/json"]: {
                schema: { type: op.path === "/import" ? "string" : "object" },
              },
            },
          };
  return {
    operationId: op.operationId,
    summary: op.summary,
    tags: [op.tag],
    security: SECURITY[auth],
    parameters: Object.entries(op.pathParams ?? {}).map(([name, type]) => ({
      name,
      in: "path",
      required: true,
      schema: type === "integer" ? CLAIM_ID_PARAMETER : { type },
    })),
    ...(op.body || op.bodyDescription
      ? {
          requestBody: {
            required: true,
            description: op.bodyDescription,
            content: op.body
              ? { "application/json": { schema: bodySchema(op.body) } }
              : { "text/csv": { schema: { type: "string" } }, "application/json": { schema: { type: "array" } } },
          },
        }
      : {}),
    responses: {
      [String(op.status)]: ok,
      ...(hasBody ? { "400": error("The body is not valid; `fields` names each problem.") } : {}),
      ...(signedIn ? { "401": error("Not signed in, or the API token is not valid or was revoked.") } : {}),
      ...(op.method !== "get"
        ? {
            "403": error(
              auth === "session"
                ? "Not allowed: tokens are minted with a signed-in session, not another token; or a cross-site request."
                : "Not allowed (e.g. not an admin), or a cross-site request with a cookie.",
            ),
          }
        : {}),
      ...(op.pathParams ? { "404": error("No such resource.") } : {}),
      ...(op.conflict
        ? {
            "409": error(
              "The claim changed since the version you sent, or its state forbids this; `current` holds the claim as it is now.",
              "Conflict",
            ),
          }
        : {}),
      ...(hasBody ? { "413": error("The body is too large.") } : {}),
      ...(op.throttled ? { "429": error("Too many failed attempts: wait the seconds in Retry-After.") } : {}),
      ...(op.method !== "get"
        ? { "503": error("The ledger cannot take writes right now (read-only or full storage); nothing was saved.") }
        : {}),
    },
  };
}
