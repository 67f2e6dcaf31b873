import {
  AppError,
  ERROR_STATUS,
  OverloadedError,
  RateLimitedError,
  UnavailableError,
  type ErrorCode,
  type FieldErrors,
} from "@/lib/errors";
import { isStorageUnavailable } from "@/lib/write";

/** The API's error shape: `{"error": {"code", "message", "fields"?}}` plus any details (e.g. `current` on 409). */
export type ErrorBody = { error: { code: ErrorCode; message: string; fields?: FieldErrors } } & Record<string, unknown>;

/** How a transport answers an error: the status, the JSON body and the headers (never cached; Retry-After on 429). */
export interface ErrorAnswer {
  status: number;
  body: ErrorBody;
  headers: Record<string, string>;
}

export interface ErrorBodyOptions {
  /** Names the transport in the server log, e.g. "[api] POST /api/v1/claims". */
  where?: string;
  /** The words for an unexpected error; they must not promise more than the transport knows. */
  internalMessage?: string;
}

const INTERNAL_MESSAGE = "Something went wrong on our side. Nothing was saved.";

/**
 * The one translation of a thrown error into an answer, shared by route
 * handlers (apiRoute), server actions (actionFailure) and the import stream.
 * Typed errors keep their code, message, fields and details; a store that
 * cannot take writes (read-only file, full disk, lock timeout) is a 503 even
 * when the write did not go through writeTransaction (sessions, sign-in
 * throttling, tokens); anything else is a bare 500 whose message never leaks
 * the error's own text, stack or SQL (those go to the server log).
 */
export function errorBody(error: unknown, options: ErrorBodyOptions = {}): ErrorAnswer {
  const where = options.where ?? "[server]";
  let known: AppError | null = error instanceof AppError ? error : null;
  if (!known && isStorageUnavailable(error)) {
    console.error(`${where}: the database cannot take writes:`, (error as Error).message);
    known = new UnavailableError();
  }
  if (!known) {
    console.error(`${where} failed:`, error);
    return answer("internal", options.internalMessage ?? INTERNAL_MESSAGE);
  }
  return answer(
    known.code,
    known.message,
    known.fields,
    known.details,
    known instanceof RateLimitedError || known instanceof OverloadedError ? known.retryAfterSeconds : undefined,
  );
}

function answer(
  code: ErrorCode,
  message: string,
  fields?: FieldErrors,
  details?: Record<string, unknown>,
  retryAfterSeconds?: number,
): ErrorAnswer {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (retryAfterSeconds !== undefined) headers["Retry-After"] = String(retryAfterSeconds);
  const body: ErrorBody = { error: { code, message, ...(fields ? { fields } : {}) }, ...(details ?? {}) };
  return { status: ERROR_STATUS[code], body, headers };
}
