import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { insertSession, insertUser } from "@/lib/testing/fixtures";
import { createTempDb } from "@/lib/testing/temp-db";
import {
  carriesCredentials,
  clientAddressFromRequest,
  cookieFromHeader,
  isCrossSite,
  requireAdmin,
  requireEditor,
  requireSessionEditor,
  SESSION_COOKIE,
  sessionCookieOptions,
} from "./request";
import { createApiToken, revokeApiToken } from "./api-tokens";

let db: Db;
let cleanup: () => void;
let editor: Actor;
let admin: Actor;
beforeEach(() => {
  ({ db, cleanup } = createTempDb());
  editor = insertUser(db, "editor");
  admin = insertUser(db, "admin");
});
afterEach(() => cleanup());

const post = (headers: Record<string, string>, method = "POST") => new Request("http://localhost:3000/api/v1/claims", { method, headers });

describe("isCrossSite", () => {
  it.each([
    [{ origin: "http://localhost:3000", host: "localhost:3000" }, false],
    [{ origin: "http://localhost:3000" }, false], // no Host header: the request URL says where we are
    [{ origin: "https://evil.example", host: "localhost:3000" }, true],
    [{ origin: "null", host: "localhost:3000" }, true],
    [{ origin: "https://ledger.example", host: "internal:3000", "x-forwarded-host": "ledger.example" }, false],
    [{ "sec-fetch-site": "cross-site" }, true],
    [{ "sec-fetch-site": "same-site" }, true],
    [{ "sec-fetch-site": "same-origin" }, false],
    [{}, false],
  ])("%j → %s", (headers, expected) => {
    expect(isCrossSite(post(headers))).toBe(expected);
  });
});

describe("requireEditor", () => {
  it("accepts a session cookie from this site and a bearer token from anywhere", () => {
    const cookie = `${SESSION_COOKIE}=${insertSession(db, editor.userId)}`;
    expect(requireEditor(db, post({ cookie, origin: "http://localhost:3000" }))).toEqual(editor);
    const { token } = createApiToken(db, editor, { name: "t" });
    expect(requireEditor(db, post({ authorization: `Bearer ${token}`, origin: "https://elsewhere.example" }))).toEqual(editor);
  });

  it("refuses a cross-site write riding the cookie (403) but lets a cross-site read through", () => {
    const cookie = `${SESSION_COOKIE}=${insertSession(db, editor.userId)}`;
    expect(() => requireEditor(db, post({ cookie, origin: "https://evil.example" }))).toThrow(ForbiddenError);
    expect(requireEditor(db, post({ cookie, origin: "https://evil.example" }, "GET"))).toEqual(editor);
  });

  it("never falls back to the cookie when a token is bad", () => {
    const cookie = `${SESSION_COOKIE}=${insertSession(db, editor.userId)}`;
    const { token, record } = createApiToken(db, editor, { name: "t" });
    revokeApiToken(db, editor, record.id);
    for (const authorization of [`Bearer ${token}`, "Bearer nonsense", "Basic abc", "Bearer"]) {
      expect(() => requireEditor(db, post({ cookie, authorization }))).toThrow(UnauthenticatedError);
    }
  });

  it("401s anonymous callers and stale cookies", () => {
    expect(() => requireEditor(db, post({}))).toThrow(UnauthenticatedError);
    expect(() => requireEditor(db, post({ cookie: `${SESSION_COOKIE}=never-issued` }))).toThrow(UnauthenticatedError);
  });

  it("requireAdmin lets admins in and answers 403 to editors; requireSessionEditor refuses tokens", () => {
    const editorCookie = `${SESSION_COOKIE}=${insertSession(db, editor.userId)}`;
    const adminCookie = `${SESSION_COOKIE}=${insertSession(db, admin.userId)}`;
    expect(requireAdmin(db, post({ cookie: adminCookie }))).toEqual(admin);
    expect(() => requireAdmin(db, post({ cookie: editorCookie }))).toThrow(ForbiddenError);
    expect(requireSessionEditor(db, post({ cookie: editorCookie }))).toEqual(editor);
    const { token } = createApiToken(db, editor, { name: "t" });
    expect(() => requireSessionEditor(db, post({ authorization: `Bearer ${token}` }))).toThrow(ForbiddenError);
  });
});

describe("request helpers", () => {
  it("reads one cookie among several", () => {
    expect(cookieFromHeader("a=1; rl_session=abc%3D; b=2", "rl_session")).toBe("abc=");
    expect(cookieFromHeader("rl_sessionx=1", "rl_session")).toBeNull();
    expect(cookieFromHeader(null, "rl_session")).toBeNull();
    expect(cookieFromHeader("rl_session =abc; b=2", "rl_session")).toBe("abc");
  });

  it("treats a session cookie whose percent-escapes do not decode as no cookie", () => {
    for (const bad of ["%", "%zz", "abc%E0%A4%A"]) expect(cookieFromHeader(`rl_session=${bad}`, "rl_session")).toBeNull();
    const cookie = `${SESSION_COOKIE}=%`;
    expect(() => requireEditor(db, post({ cookie }))).toThrow(UnauthenticatedError);
  });

  it.each([
    { cookie: "rl_session=abc" },
    { cookie: "rl_session =abc" },
    { cookie: " rl_session\t= abc" },
    { cookie: "theme=dark;rl_session=abc" },
    { cookie: "RL_SESSION=abc" },
    { cookie: "rl_session=" },
    { cookie: "rl_session=%" },
    { cookie: "rl_session" },
    { authorization: "Bearer rl_x" },
    { authorization: "" },
    { authorization: "Basic abc" },
  ] as Record<string, string>[])("sees credentials in %j", (headers) => {
    expect(carriesCredentials(new Headers(headers))).toBe(true);
    expect(carriesCredentials(headers)).toBe(true);
  });

  it.each([{}, { cookie: "theme=dark" }, { cookie: "rl_sessionx=1; x_rl_session=2" }] as Record<string, string>[])(
    "sees none in %j",
    (headers) => {
      expect(carriesCredentials(new Headers(headers))).toBe(false);
      expect(carriesCredentials(headers)).toBe(false);
    },
  );

  it("marks the cookie Secure everywhere but plain-http localhost", () => {
    const at = new Date().toISOString();
    expect(sessionCookieOptions("http://localhost:3000/login", at)).toMatchObject({ httpOnly: true, sameSite: "lax", secure: false });
    expect(sessionCookieOptions("https://ledger.example/login", at).secure).toBe(true);
    expect(sessionCookieOptions("http://ledger.example/login", at).secure).toBe(true);
  });

  it("never takes the client address from headers a client can write, unless TRUST_PROXY says so", () => {
    expect(clientAddressFromRequest(post({ "x-forwarded-for": "203.0.113.9, 10.0.0.1" }))).toBe("unknown");
    expect(clientAddressFromRequest(post({ "x-real-ip": "198.51.100.2" }))).toBe("unknown");
    // Without the app's own front (server.mjs) in this process, even the socket header is a client's.
    expect(clientAddressFromRequest(post({ "x-rl-remote-addr": "198.51.100.3" }))).toBe("unknown");
  });
});
