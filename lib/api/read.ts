import "server-only";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { userForRequest } from "@/lib/auth/request";
import { NotFoundError, UnauthenticatedError, ValidationError, fieldErrorsFromZod } from "@/lib/errors";
import { conditionalResponse, PRIVATE_CACHE, PUBLIC_CACHE } from "@/lib/http/cache";

/** Who is reading: anonymous readers see published data only; editors (session or API token) may also see drafts. */
export interface ReadScope {
  editor: boolean;
}

/**
 * The caller's read scope. No credentials means an anonymous reader; a token
 * that is sent but not valid is a 401, never a silent downgrade.
 */
export function readScope(db: Db, request: Request): ReadScope {
  const caller = userForRequest(db, request);
  if (!caller && request.headers.get("authorization")) throw new UnauthenticatedError("That API token is not valid or was revoked.");
  return { editor: caller !== null };
}

/** A URL's query string as a record (repeated keys become arrays), refusing parameters the endpoint does not take. */
export function queryRecord(url: URL, allowed: readonly string[]): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  const unknown: Record<string, string> = {};
  for (const key of new Set(url.searchParams.keys())) {
    if (!allowed.includes(key)) {
      unknown[key] = allowed.length ? `Unknown parameter; this endpoint takes: ${allowed.join(", ")}` : "This endpoint takes no parameters";
      continue;
    }
    const values = url.searchParams.getAll(key);
    record[key] = values.length === 1 ? values[0] : values;
  }
  if (Object.keys(unknown).length) throw new ValidationError("Unknown query parameters.", unknown);
  return record;
}

/** Parses a request's query string with an endpoint's zod schema: 400 with a message per field when it does not fit. */
export function parseQuery<S extends z.ZodObject>(request: Request, schema: S): z.output<S> {
  const url = new URL(request.url);
  const parsed = schema.safeParse(queryRecord(url, Object.keys(schema.shape)));
  if (!parsed.success) throw new ValidationError("Some query parameters need fixing.", fieldErrorsFromZod(parsed.error.issues));
  return parsed.data;
}

/** Parses a path segment (slug, id) with its schema; one that cannot exist is a 404. */
export function parsePathParam<S extends z.ZodType>(schema: S, value: string, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new NotFoundError(`No ${what} "${value}".`);
  return parsed.data;
}

/**
 * A read API answer: JSON with a strong ETag (304 when the client holds it),
 * cacheable by shared caches for anonymous readers, private for editors (whose
 * answers may hold drafts), and readable from other sites' scripts (CORS; no
 * credentials, so a browser never sends an editor's cookie along).
 */
export function apiJson(request: Request, body: unknown, scope: ReadScope): Response {
  return conditionalResponse(request, JSON.stringify(body), {
    contentType: "application/json; charset=utf-8",
    cacheControl: scope.editor ? PRIVATE_CACHE : PUBLIC_CACHE,
    headers: { Vary: "Authorization, Cookie", "Access-Control-Allow-Origin": "*" },
  });
}

/** A 308 to the canonical URL of a resource reached by its reversed pair slug, query string kept. */
export function redirectResponse(request: Request, path: string): Response {
  const { search } = new URL(request.url);
  return new Response(null, { status: 308, headers: { Location: `${path}${search}`, "Access-Control-Allow-Origin": "*" } });
}
