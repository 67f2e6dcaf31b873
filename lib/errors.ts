/**
 * Typed errors thrown by lib/ verbs. Transports (route handlers, server
 * actions, the import stream) translate them in one place, errorBody() in
 * lib/http/error-body.ts; nothing below them knows about HTTP beyond the
 * status each code maps to.
 */
export type FieldErrors = Record<string, string>;

/** Every error code the API, the server actions and the import stream can answer, with its HTTP status. */
export const ERROR_STATUS = {
  invalid_input: 400,
  /** oEmbed: no `url` parameter. */
  missing_url: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  /** oEmbed: a URL that is not a page or embed of this site. */
  unknown_url: 404,
  /** A write based on a stale version. */
  edit_conflict: 409,
  /** A write the record's state forbids (editing a retracted claim, publishing a published one). */
  invalid_state: 409,
  /** A method the address does not answer (lib/http/methods.ts), with `Allow`. */
  method_not_allowed: 405,
  payload_too_large: 413,
  too_many_attempts: 429,
  internal: 500,
  /** oEmbed: a format other than JSON. */
  unsupported_format: 501,
  unavailable: 503,
  /** Too much work queued (password hashing, chart images): try again after `Retry-After`. */
  overloaded: 503,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  /** The HTTP status of `code`: one table, so a code can never answer two statuses. */
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
    /** Extra JSON the client needs (e.g. the current claim on a conflict). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
    this.status = ERROR_STATUS[code];
  }
}

export class ValidationError extends AppError {
  constructor(message: string, fields?: FieldErrors) {
    super("invalid_input", message, fields);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = "Sign in to do that.") {
    super("unauthenticated", message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "You are not allowed to do that.") {
    super("forbidden", message);
  }
}

export class NotFoundError extends AppError {
  constructor(message = "Not found.") {
    super("not_found", message);
  }
}

/** A write based on a stale version, or one the record's state forbids; carries the current record. */
export class ConflictError extends AppError {
  constructor(message: string, current?: unknown, code: "edit_conflict" | "invalid_state" = "edit_conflict") {
    super(code, message, undefined, current === undefined ? undefined : { current });
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(limitBytes: number) {
    super("payload_too_large", `The request body is larger than ${Math.round(limitBytes / 1024)} KB.`);
  }
}

export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super("too_many_attempts", `Too many attempts. Try again in ${retryAfterSeconds} seconds.`);
  }
}

export class UnavailableError extends AppError {
  constructor(message = "The ledger cannot accept changes right now. Nothing was saved; try again shortly.") {
    super("unavailable", message);
  }
}

/** Too much of one kind of work is already queued (password checks, chart images): try again shortly. */
export class OverloadedError extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    message = `The server is busy. Try again in ${retryAfterSeconds} seconds.`,
  ) {
    super("overloaded", message);
  }
}

/** Field errors from a zod error, keyed by dotted path ("citations.0.url"). The first message per field wins. */
export function fieldErrorsFromZod(
  issues: readonly { path: readonly PropertyKey[]; message: string; code?: string; keys?: readonly string[] }[],
): FieldErrors {
  const fields: FieldErrors = {};
  // defineProperty, not assignment: a client-sent key such as "__proto__" must become a plain entry.
  const add = (key: string, message: string) => {
    if (!Object.hasOwn(fields, key))
      Object.defineProperty(fields, key, { value: message, enumerable: true, writable: true, configurable: true });
  };
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys" && issue.keys?.length) {
      // Name each unknown field on its own, so a client sees which key to drop.
      for (const name of issue.keys) add([...issue.path.map(String), name].join("."), `Unknown field "${name}"`);
      continue;
    }
    add(issue.path.map(String).join(".") || "_", issue.message);
  }
  return fields;
}
