/**
 * Typed errors thrown by lib/ verbs. Transports (route handlers, server
 * actions) translate them in one place; nothing below them knows about HTTP
 * beyond the status each error maps to.
 */
export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly fields?: FieldErrors,
    /** Extra JSON the client needs (e.g. the current claim on a conflict). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends AppError {
  constructor(message: string, fields?: FieldErrors) {
    super("invalid_input", 400, message, fields);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = "Sign in to do that.") {
    super("unauthenticated", 401, message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "You are not allowed to do that.") {
    super("forbidden", 403, message);
  }
}

export class NotFoundError extends AppError {
  constructor(message = "Not found.") {
    super("not_found", 404, message);
  }
}

/** A write based on a stale version, or one the record's state forbids; carries the current record. */
export class ConflictError extends AppError {
  constructor(message: string, current?: unknown, code = "edit_conflict") {
    super(code, 409, message, undefined, current === undefined ? undefined : { current });
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(limitBytes: number) {
    super("payload_too_large", 413, `The request body is larger than ${Math.round(limitBytes / 1024)} KB.`);
  }
}

export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super("too_many_attempts", 429, `Too many attempts. Try again in ${retryAfterSeconds} seconds.`);
  }
}

export class UnavailableError extends AppError {
  constructor(message = "The ledger cannot accept changes right now. Nothing was saved; try again shortly.") {
    super("unavailable", 503, message);
  }
}

/** Too much of one kind of work is already queued (password checks, chart images): try again shortly. */
export class OverloadedError extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    message = `The server is busy. Try again in ${retryAfterSeconds} seconds.`,
  ) {
    super("overloaded", 503, message);
  }
}

/** Field errors from a zod error, keyed by dotted path ("citations.0.url"). The first message per field wins. */
export function fieldErrorsFromZod(issues: readonly { path: readonly PropertyKey[]; message: string; code?: string; keys?: readonly string[] }[]): FieldErrors {
  const fields: FieldErrors = {};
  // defineProperty, not assignment: a client-sent key such as "__proto__" must become a plain entry.
  const add = (key: string, message: string) => {
    if (!Object.hasOwn(fields, key)) Object.defineProperty(fields, key, { value: message, enumerable: true, writable: true, configurable: true });
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
