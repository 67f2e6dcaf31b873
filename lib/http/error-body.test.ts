import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  AppError,
  ConflictError,
  ERROR_STATUS,
  ForbiddenError,
  NotFoundError,
  OverloadedError,
  PayloadTooLargeError,
  RateLimitedError,
  UnauthenticatedError,
  UnavailableError,
  ValidationError,
  type ErrorCode,
} from "@/lib/errors";
import { actionFailure } from "./action-state";
import { errorBody } from "./error-body";

/** The contract, written out by hand: a code that changes status (or a new code) must change this table too. */
const EXPECTED_STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  missing_url: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  unknown_url: 404,
  edit_conflict: 409,
  invalid_state: 409,
  method_not_allowed: 405,
  payload_too_large: 413,
  too_many_attempts: 429,
  internal: 500,
  unsupported_format: 501,
  unavailable: 503,
  overloaded: 503,
};

const TYPED_ERRORS: [string, AppError, ErrorCode][] = [
  ["ValidationError", new ValidationError("Fix it.", { headline: "Headline is required" }), "invalid_input"],
  ["UnauthenticatedError", new UnauthenticatedError(), "unauthenticated"],
  ["ForbiddenError", new ForbiddenError(), "forbidden"],
  ["NotFoundError", new NotFoundError(), "not_found"],
  ["ConflictError", new ConflictError("Stale.", { id: 1 }), "edit_conflict"],
  ["ConflictError (state)", new ConflictError("Already published.", { id: 1 }, "invalid_state"), "invalid_state"],
  ["PayloadTooLargeError", new PayloadTooLargeError(1024), "payload_too_large"],
  ["RateLimitedError", new RateLimitedError(60), "too_many_attempts"],
  ["UnavailableError", new UnavailableError(), "unavailable"],
  ["OverloadedError", new OverloadedError(5), "overloaded"],
];

let logged: unknown[][];
beforeEach(() => {
  logged = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(args));
});
afterEach(() => vi.restoreAllMocks());

describe("ErrorCode", () => {
  it("lists exactly the codes of the contract", () => {
    expect(Object.keys(ERROR_STATUS).sort()).toEqual(Object.keys(EXPECTED_STATUS).sort());
  });

  it.each(Object.entries(EXPECTED_STATUS) as [ErrorCode, number][])("%s answers %i through errorBody", (code, status) => {
    const error = new AppError(code, `A ${code} error.`);
    expect(error.status).toBe(status);
    const answer = errorBody(error);
    expect(answer.status).toBe(status);
    expect(answer.body).toEqual({ error: { code, message: `A ${code} error.` } });
    expect(answer.headers["Cache-Control"]).toBe("no-store");
  });

  it.each(TYPED_ERRORS)("%s keeps its code %s and status", (_name, error, code) => {
    expect(error.code).toBe(code);
    expect(errorBody(error).status).toBe(EXPECTED_STATUS[code]);
  });
});

describe("errorBody", () => {
  it("carries field errors, details and Retry-After", () => {
    expect(errorBody(new ValidationError("Fix it.", { headline: "Headline is required" })).body).toEqual({
      error: { code: "invalid_input", message: "Fix it.", fields: { headline: "Headline is required" } },
    });
    expect(errorBody(new ConflictError("Stale.", { id: 1, version: 2 })).body).toEqual({
      error: { code: "edit_conflict", message: "Stale." },
      current: { id: 1, version: 2 },
    });
    expect(errorBody(new RateLimitedError(900)).headers["Retry-After"]).toBe("900");
    expect(errorBody(new NotFoundError()).headers).not.toHaveProperty("Retry-After");
  });

  it("answers an unknown error with a 500 that does not leak its message, and logs it", () => {
    const answer = errorBody(new Error("SQLITE_CONSTRAINT: secret table detail"), { where: "[test]" });
    expect(answer.status).toBe(500);
    expect(answer.body).toEqual({ error: { code: "internal", message: "Something went wrong on our side. Nothing was saved." } });
    expect(JSON.stringify(answer.body)).not.toMatch(/SQLITE|secret/);
    expect(logged[0]?.[0]).toBe("[test] failed:");
  });

  it.each([["a thrown string"], [null], [{ message: "an object with a secret message" }]])(
    "answers %j, which is not even an Error, with a bare 500",
    (thrown) => {
      const answer = errorBody(thrown);
      expect(answer.status).toBe(500);
      expect(JSON.stringify(answer.body)).not.toMatch(/thrown|secret/);
    },
  );

  it("words the 500 for its transport when asked", () => {
    expect(
      errorBody(new TypeError("x is undefined"), { internalMessage: "The import failed on our side. Nothing was imported." }).body.error
        .message,
    ).toBe("The import failed on our side. Nothing was imported.");
  });

  it("answers a store that cannot take writes with a 503 naming no internals", () => {
    const answer = errorBody(
      Object.assign(new Error("SQLITE_READONLY: attempt to write INSERT INTO sessions"), { code: "SQLITE_READONLY" }),
    );
    expect(answer.status).toBe(503);
    expect(answer.body.error.code).toBe("unavailable");
    expect(JSON.stringify(answer.body)).not.toMatch(/SQLITE|INSERT|sessions/);
  });
});

describe("actionFailure uses the same translation", () => {
  it("gives a form the code, message, fields and current record of a typed error", () => {
    expect(actionFailure(new ConflictError("Stale.", { id: 1 }))).toEqual({
      ok: false,
      code: "edit_conflict",
      message: "Stale.",
      current: { id: 1 },
    });
    expect(actionFailure(new ValidationError("Fix it.", { name: "Name is required" }))).toEqual({
      ok: false,
      code: "invalid_input",
      message: "Fix it.",
      fields: { name: "Name is required" },
    });
  });

  it("answers an unknown error without its message, and a store that cannot take writes as unavailable", () => {
    expect(actionFailure(new Error("secret detail"))).toEqual({
      ok: false,
      code: "internal",
      message: "Something went wrong on our side. Nothing was saved; try again.",
    });
    expect(actionFailure(Object.assign(new Error("SQLITE_FULL"), { code: "SQLITE_FULL" }))).toMatchObject({
      ok: false,
      code: "unavailable",
    });
  });
});
