import "server-only";
import { getDb } from "@/db/client";
import { cachedPublicResponse } from "@/lib/cache/ledger-cache";
import { todayIso } from "@/lib/dates";
import { NotFoundError, PayloadTooLargeError, ValidationError, type AppError } from "@/lib/errors";
import { errorBody, type ErrorAnswer } from "./error-body";

/** Largest JSON body a write accepts. */
export const MAX_JSON_BYTES = 256 * 1024;

/** The API's error shape for a typed error: `{"error": {"code", "message", "fields"?}}` plus any details (e.g. `current` on 409). */
export function errorResponse(error: AppError): Response {
  return answerResponse(errorBody(error));
}

function answerResponse({ status, body, headers }: ErrorAnswer): Response {
  return Response.json(body, { status, headers });
}

/**
 * Wraps a route handler: whatever it throws is answered through errorBody()
 * (lib/http/error-body.ts) — typed errors as their JSON, a store that cannot
 * take writes as a 503, anything else a bare 500 (logged on the server).
 */
export function apiRoute<C>(handler: (request: Request, context: C) => Promise<Response> | Response) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      return await handler(request, context);
    } catch (error) {
      return answerResponse(errorBody(error, { where: `[api] ${request.method} ${new URL(request.url).pathname}` }));
    }
  };
}

/** Reads a JSON object body: 413 past MAX_JSON_BYTES, 400 for anything that is not a JSON object. */
export async function readJson(request: Request, limit = MAX_JSON_BYTES): Promise<Record<string, unknown>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw new PayloadTooLargeError(limit);
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        throw new PayloadTooLargeError(limit);
      }
      chunks.push(value);
    }
  }
  const text = Buffer.concat(chunks).toString("utf8");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ValidationError("The request body must be valid JSON.");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new ValidationError("The request body must be a JSON object.");
  return value as Record<string, unknown>;
}

/** A positive integer id from a path segment, or a 404-worthy null. */
export function idParam(raw: string): number | null {
  return /^[1-9]\d{0,14}$/.test(raw) ? Number(raw) : null;
}

/** A path id that must name something: a malformed one is as missing as an unknown one (404). */
export function requireIdParam(raw: string, what = "That record"): number {
  const id = idParam(raw);
  if (id === null) throw new NotFoundError(`${what} does not exist.`);
  return id;
}

/** The answer to a write: JSON that no browser or CDN may keep (it can reflect drafts and accounts). */
export function writeResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/** A 204 answer to a write (discard, revoke, sign out). */
export function noContent(headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store", ...headers } });
}

/**
 * apiRoute for public reads: anonymous answers are kept in memory until the
 * ledger changes (lib/cache/ledger-cache.ts), so a hot endpoint costs one
 * version check instead of a query and a serialisation.
 */
export function cachedApiRoute<C>(handler: (request: Request, context: C) => Promise<Response> | Response) {
  return apiRoute<C>((request, context) => cachedPublicResponse(getDb(), request, todayIso(), (req) => handler(req, context)));
}
