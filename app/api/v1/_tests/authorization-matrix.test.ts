import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "@/lib/auth/request";
import { createApiToken, revokeApiToken } from "@/lib/auth/api-tokens";
import { signOut } from "@/lib/auth/sessions";
import type { Actor } from "@/lib/auth/actor";
import { settleClaim } from "@/lib/claims/settle";
import { createClaim } from "@/lib/claims/write";
import { createOutlet } from "@/lib/outlets/write";
import { createPerson } from "@/lib/people/write";
import { type ApiErrorBody, type ApiHarness, ORIGIN, sessionHeaders, startApiHarness, tokenHeaders } from "@/lib/testing/api-harness";
import { claimInput, dbFingerprint, insertSession } from "@/lib/testing/fixtures";
import { CALLERS, type Caller, EXPECTED_STATUS, expectedStatus, matrixMarkdown } from "./auth-matrix";
import { callRoute, ROUTES, type RouteCall } from "./routes";

let h: ApiHarness;
beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(() => h.cleanup());

let counter = 0;
const unique = () => `${Date.now().toString(36)}-${++counter}`;

/** Headers for one kind of caller, with fresh credentials each time. */
function callerHeaders(caller: Caller): Record<string, string> {
  const { db, editor, admin } = h;
  const sameOrigin = { origin: ORIGIN, host: "localhost:3000", "sec-fetch-site": "same-origin" };
  switch (caller) {
    case "anonymous":
      return {};
    case "stale cookie": {
      const token = insertSession(db, editor.userId);
      signOut(db, token);
      return { ...sameOrigin, cookie: `${SESSION_COOKIE}=${token}` };
    }
    case "unknown cookie":
      return { ...sameOrigin, cookie: `${SESSION_COOKIE}=never-issued-${unique()}` };
    case "revoked token": {
      const { token, record } = createApiToken(db, editor, { name: "to revoke" });
      revokeApiToken(db, editor, record.id);
      return { authorization: `Bearer ${token}` };
    }
    case "cross-site cookie":
      return { ...sessionHeaders(db, editor), origin: "https://evil.example", "sec-fetch-site": "cross-site" };
    case "editor cookie":
      return sessionHeaders(db, editor);
    case "editor token":
      return tokenHeaders(db, editor);
    case "admin cookie":
      return sessionHeaders(db, admin);
    case "admin token":
      return tokenHeaders(db, admin);
  }
}

/** The account behind a caller, whose own resources (tokens) a call targets. */
const ownerOf = (caller: Caller): Actor => (caller.startsWith("admin") ? h.admin : h.editor);

const SETTLEMENT = {
  version: 1,
  outcome: "borne-out",
  settledOn: "2025-08-01",
  reason: "Settled in the matrix",
  citations: [{ outlet: "variety", url: "https://variety.com/settled" }],
};

/** Per route: make the target the call acts on (fresh for every case) and the body to send. */
const PREPARE: Record<string, (owner: Actor) => RouteCall> = {
  "POST /api/v1/people": () => ({ body: { name: `Matrix Person ${unique()}` } }),
  "POST /api/v1/pairs": () => {
    const a = createPerson(h.db, h.editor, { name: `Pair Left ${unique()}` });
    const b = createPerson(h.db, h.editor, { name: `Pair Right ${unique()}` });
    return { body: { people: [a.slug, b.slug] } };
  },
  "POST /api/v1/outlets": () => ({ body: { name: `Matrix Outlet ${unique()}` } }),
  "PATCH /api/v1/outlets/[slug]": () => {
    const outlet = createOutlet(h.db, h.editor, { name: `Regraded Outlet ${unique()}` });
    return { params: { slug: outlet.slug }, body: { grade: "B" } };
  },
  "POST /api/v1/claims": () => ({ body: claimInput() }),
  "PATCH /api/v1/claims/[id]": () => ({
    params: { id: String(createClaim(h.db, h.editor, claimInput()).id) },
    body: { version: 1, headline: "Edited in the matrix" },
  }),
  "POST /api/v1/claims/[id]/publish": () => ({
    params: { id: String(createClaim(h.db, h.editor, claimInput()).id) },
    body: { version: 1 },
  }),
  "POST /api/v1/claims/[id]/retract": () => ({
    params: { id: String(createClaim(h.db, h.editor, claimInput({ status: "published" })).id) },
    body: { version: 1, correction: "Retracted in the matrix" },
  }),
  "POST /api/v1/claims/[id]/settle": () => ({
    params: { id: String(createClaim(h.db, h.editor, claimInput({ status: "published" })).id) },
    body: SETTLEMENT,
  }),
  "POST /api/v1/claims/[id]/unsettle": () => {
    const id = createClaim(h.db, h.editor, claimInput({ status: "published" })).id;
    settleClaim(h.db, h.editor, id, SETTLEMENT);
    return { params: { id: String(id) }, body: { version: 2, reason: "Reopened in the matrix" } };
  },
  "POST /api/v1/claims/[id]/discard": () => ({
    params: { id: String(createClaim(h.db, h.editor, claimInput()).id) },
    body: { version: 1 },
  }),
  // The import's body is the file itself: a JSON array of one claim.
  "POST /api/v1/import": () => ({ body: [claimInput({ status: "published", headline: `Imported in the matrix ${unique()}` })] }),
  "POST /api/v1/extract": () => ({
    body: { text: "Mara Vance and Theo Lindqvist were spotted at Nobu in Malibu last Tuesday.", published: "2025-06-05" },
  }),
  "POST /api/v1/session": () => ({ body: { email: h.editor.email, password: h.editor.password } }),
  "DELETE /api/v1/session": () => ({}),
  "POST /api/v1/tokens": () => ({ body: { name: `matrix ${unique()}` } }),
  "DELETE /api/v1/tokens/[id]": (owner) => ({ params: { id: String(createApiToken(h.db, owner, { name: "to be revoked" }).record.id) } }),
};

/** Successful calls that legitimately change nothing: signing out without a live session, suggesting claims. */
function changesNothingOnSuccess(route: string, caller: Caller): boolean {
  if (route === "POST /api/v1/extract") return true;
  return route === "DELETE /api/v1/session" && caller !== "editor cookie" && caller !== "admin cookie";
}

const observed: Record<string, number[]> = {};

const cases = Object.keys(EXPECTED_STATUS).flatMap((route) => CALLERS.map((caller) => [route, caller] as const));

describe("authorisation matrix: every mutating route × every caller", () => {
  it.each(cases)("%s as %s", async (route, caller) => {
    const call = PREPARE[route](ownerOf(caller));
    const headers = { ...callerHeaders(caller), ...call.headers };
    const before = dbFingerprint(h.db);
    const response = await callRoute(route, { ...call, headers });
    const expected = expectedStatus(route, caller);
    (observed[route] ??= Array(CALLERS.length).fill(0))[CALLERS.indexOf(caller)] = response.status;

    expect(response.status).toBe(expected);
    expect(response.headers.get("cache-control")).toBe("no-store");
    if (expected >= 400) {
      const body = (await response.json()) as ApiErrorBody;
      expect(body.error.code).toBe(expected === 401 ? "unauthenticated" : "forbidden");
      expect(body.error.message).toEqual(expect.any(String));
      expect(dbFingerprint(h.db)).toEqual(before);
    } else if (route === "POST /api/v1/import") {
      // The import streams its progress; the write is done when the stream ends with a report.
      const lines = (await response.text())
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line));
      expect(lines.at(-1)).toMatchObject({ report: { inserted: 1, problems: [] } });
      expect(dbFingerprint(h.db)).not.toEqual(before);
    } else if (changesNothingOnSuccess(route, caller)) {
      expect(dbFingerprint(h.db)).toEqual(before);
    } else {
      expect(dbFingerprint(h.db)).not.toEqual(before);
    }
  });

  it("covers every mutating route the API exports", () => {
    const root = path.resolve(import.meta.dirname, "..");
    const exported: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name === "route.ts") {
          const pattern = "/api/v1/" + path.relative(root, dir).split(path.sep).join("/");
          for (const m of fs.readFileSync(full, "utf8").matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)) {
            exported.push(`${m[1]} ${pattern.replace(/\/$/, "")}`);
          }
        }
      }
    };
    walk(root);
    const mutating = exported.filter((key) => !key.startsWith("GET ")).sort();
    expect(mutating).toEqual(Object.keys(EXPECTED_STATUS).sort());
    // Every handler the test table calls really exists (read-only GET routes are covered by lib/api tests).
    expect(exported).toEqual(expect.arrayContaining(Object.keys(ROUTES)));
  });

  afterAll(() => {
    if (process.env.PRINT_AUTH_MATRIX) console.log(`\nObserved authorisation matrix:\n\n${matrixMarkdown(observed)}\n`);
  });
});
