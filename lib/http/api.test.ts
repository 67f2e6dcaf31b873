import { describe, expect, it } from "vitest";
import { ConflictError, PayloadTooLargeError, RateLimitedError, ValidationError } from "@/lib/errors";
import { apiRoute, errorResponse, idParam, MAX_JSON_BYTES, readJson } from "./api";
import { clearedSessionCookieHeader, sessionCookieHeader } from "./session-cookie";

const post = (body: string, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/v1/x", { method: "POST", body, headers });

async function readFailure(request: Request): Promise<unknown> {
  return readJson(request).then(
    () => null,
    (e: unknown) => e,
  );
}

describe("readJson", () => {
  it("returns a JSON object", async () => {
    expect(await readJson(post('{"a":1,"b":[2]}'))).toEqual({ a: 1, b: [2] });
  });

  it.each([["not json"], [""], ["[1,2]"], ['"text"'], ["null"], ["42"]])("refuses %j as a 400", async (body) => {
    expect(await readFailure(post(body))).toBeInstanceOf(ValidationError);
  });

  it("refuses a declared length past the limit without reading, and an undeclared one once it passes the limit", async () => {
    expect(await readFailure(post("{}", { "content-length": String(MAX_JSON_BYTES + 1) }))).toBeInstanceOf(PayloadTooLargeError);
    expect(await readFailure(post(JSON.stringify({ x: "y".repeat(MAX_JSON_BYTES) })))).toBeInstanceOf(PayloadTooLargeError);
    expect(await readJson(post(JSON.stringify({ x: "y".repeat(MAX_JSON_BYTES - 20) })))).toHaveProperty("x");
  });
});

describe("idParam", () => {
  it.each([
    ["1", 1],
    ["123456", 123456],
    ["0", null],
    ["01", null],
    ["-1", null],
    ["1.0", null],
    ["1e3", null],
    ["abc", null],
    ["9".repeat(16), null],
  ])("%s → %s", (raw, expected) => {
    expect(idParam(raw)).toBe(expected);
  });
});

describe("errorResponse and apiRoute", () => {
  it("shapes typed errors as {error: {code, message, fields?}} plus details, never cached", async () => {
    const response = errorResponse(new ValidationError("Fix it.", { headline: "Headline is required" }));
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      error: { code: "invalid_input", message: "Fix it.", fields: { headline: "Headline is required" } },
    });
    const conflict = errorResponse(new ConflictError("Stale.", { id: 1, version: 2 }));
    expect(await conflict.json()).toEqual({ error: { code: "edit_conflict", message: "Stale." }, current: { id: 1, version: 2 } });
    expect(errorResponse(new RateLimitedError(900)).headers.get("retry-after")).toBe("900");
  });

  it("turns an unexpected failure into a bare 500 with no internals", async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const handler = apiRoute(() => {
        throw new Error("SQLITE_CONSTRAINT: secret table detail");
      });
      const response = await handler(post("{}"), {});
      expect(response.status).toBe(500);
      expect(JSON.stringify(await response.json())).not.toMatch(/SQLITE|secret/);
    } finally {
      console.error = original;
    }
  });
});

describe("apiRoute and a store that cannot take writes", () => {
  it.each(["SQLITE_READONLY", "SQLITE_FULL", "SQLITE_IOERR_WRITE", "SQLITE_BUSY"])(
    "answers %s, from any write, with a 503 naming no internals",
    async (code) => {
      const original = console.error;
      console.error = () => {};
      try {
        const handler = apiRoute(() => {
          throw Object.assign(new Error(`${code}: attempt to write INSERT INTO sessions`), { code });
        });
        const response = await handler(post("{}"), {});
        expect(response.status).toBe(503);
        const body = await response.json();
        expect(body).toEqual({ error: { code: "unavailable", message: expect.any(String) } });
        expect(JSON.stringify(body)).not.toMatch(/SQLITE|INSERT|sessions/);
      } finally {
        console.error = original;
      }
    },
  );

  it("still answers 500 for a SQLite error that is not about storage", async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const handler = apiRoute(() => {
        throw Object.assign(new Error("SQLITE_CONSTRAINT_CHECK"), { code: "SQLITE_CONSTRAINT_CHECK" });
      });
      expect((await handler(post("{}"), {})).status).toBe(500);
    } finally {
      console.error = original;
    }
  });
});

describe("session cookie headers", () => {
  const expires = "2030-01-02T03:04:05.000Z";
  it("is httpOnly and SameSite=Lax, Secure except on plain-http localhost", () => {
    expect(sessionCookieHeader("http://localhost:3000/api/v1/session", "tok", expires)).toBe(
      "rl_session=tok; Path=/; Expires=Wed, 02 Jan 2030 03:04:05 GMT; HttpOnly; SameSite=Lax",
    );
    expect(sessionCookieHeader("https://ledger.example/api/v1/session", "tok", expires)).toMatch(/; HttpOnly; SameSite=Lax; Secure$/);
    // Plain http is only trusted on the loopback names; any other host (or https, even on localhost) gets Secure.
    expect(sessionCookieHeader("http://127.0.0.1:3500/api/v1/session", "tok", expires)).not.toMatch(/Secure/);
    expect(sessionCookieHeader("https://localhost/api/v1/session", "tok", expires)).toMatch(/; Secure$/);
    expect(sessionCookieHeader("http://192.0.2.10/api/v1/session", "tok", expires)).toMatch(/; Secure$/);
  });

  it("expires the cookie on sign-out", () => {
    expect(clearedSessionCookieHeader("https://ledger.example/")).toBe(
      "rl_session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax; Secure",
    );
  });
});
