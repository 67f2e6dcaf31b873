import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/auth/accounts";
import { THROTTLE } from "@/lib/auth/throttle";
import { type ApiErrorBody, type ApiHarness, ORIGIN, sessionHeaders, startApiHarness } from "@/lib/testing/api-harness";
import { claimInput } from "@/lib/testing/fixtures";
import { callRoute } from "./routes";

let h: ApiHarness;
beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(() => h.cleanup());

const sameOrigin = { origin: ORIGIN, host: "localhost:3000" };

function cookieFrom(response: Response): string {
  const header = response.headers.get("set-cookie") ?? "";
  return header.split(";")[0];
}

describe("JSON sign-in and sign-out", () => {
  it("sets an httpOnly SameSite cookie that works for same-origin writes, and sign-out ends it", async () => {
    const signedIn = await callRoute("POST /api/v1/session", {
      body: { email: "EDITOR@api.test", password: h.editor.password },
      headers: sameOrigin,
    });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get("cache-control")).toBe("no-store");
    const setCookie = signedIn.headers.get("set-cookie")!;
    expect(setCookie).toMatch(/^rl_session=[\w-]{43}; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax$/); // no Secure on http://localhost
    const body = (await signedIn.json()) as { user: Record<string, unknown>; expiresAt: string };
    expect(body.user).toEqual({ id: h.editor.userId, email: "editor@api.test", name: "API Editor", role: "editor" });
    expect(JSON.stringify(body)).not.toMatch(/password|hash|scrypt/i);

    const cookie = cookieFrom(signedIn);
    const write = await callRoute("POST /api/v1/claims", { body: claimInput(), headers: { ...sameOrigin, cookie } });
    expect(write.status).toBe(201);

    const signedOut = await callRoute("DELETE /api/v1/session", { headers: { ...sameOrigin, cookie } });
    expect(signedOut.status).toBe(204);
    expect(signedOut.headers.get("set-cookie")).toMatch(
      /^rl_session=; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax$/,
    );
    const after = await callRoute("POST /api/v1/claims", { body: claimInput(), headers: { ...sameOrigin, cookie } });
    expect(after.status).toBe(401);
  });

  it("fails wrong credentials with a field error and throttles the account with 429 + Retry-After", async () => {
    await createUser(h.db, { email: "throttled@api.test", name: "T", password: "the real password" });
    const attempt = (password: string) =>
      callRoute("POST /api/v1/session", {
        body: { email: "throttled@api.test", password },
        headers: { ...sameOrigin, "x-forwarded-for": "192.0.2.10" },
      });
    for (let i = 0; i < THROTTLE.perAccount; i++) {
      const response = await attempt(`wrong ${i}`);
      expect(response.status).toBe(400);
      expect(((await response.json()) as ApiErrorBody).error.fields).toHaveProperty("password");
      expect(response.headers.get("set-cookie")).toBeNull();
    }
    const blocked = await attempt("the real password");
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get("retry-after")).toBe(String(THROTTLE.windowMinutes * 60));
    expect(((await blocked.json()) as ApiErrorBody).error.code).toBe("too_many_attempts");
    expect(blocked.headers.get("set-cookie")).toBeNull();
  });

  it("refuses a cross-site sign-in (login CSRF) without checking the password", async () => {
    const response = await callRoute("POST /api/v1/session", {
      body: { email: h.editor.email, password: h.editor.password },
      headers: { origin: "https://evil.example", host: "localhost:3000" },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get("set-cookie")).toBeNull();
  });
});

describe("personal API tokens", () => {
  it("mints a token shown once, lists it without the secret, and revokes it", async () => {
    const session = sessionHeaders(h.db, h.editor);
    const minted = await callRoute("POST /api/v1/tokens", { body: { name: "import script" }, headers: session });
    expect(minted.status).toBe(201);
    expect(minted.headers.get("cache-control")).toBe("no-store");
    const { id, token, name } = (await minted.json()) as { id: number; token: string; name: string };
    expect(name).toBe("import script");
    expect(token).toMatch(/^rl_/);

    const bearer = { authorization: `Bearer ${token}` };
    expect((await callRoute("POST /api/v1/claims", { body: claimInput(), headers: bearer })).status).toBe(201);

    const listed = await callRoute("GET /api/v1/tokens", { headers: bearer });
    expect(listed.status).toBe(200);
    const list = (await listed.json()) as { data: { id: number; lastUsedAt: string | null }[] };
    expect(list.data.find((t) => t.id === id)?.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(list)).not.toContain(token);

    expect((await callRoute("DELETE /api/v1/tokens/[id]", { params: { id: String(id) }, headers: session })).status).toBe(204);
    const refused = await callRoute("POST /api/v1/claims", { body: claimInput(), headers: bearer });
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as ApiErrorBody).error.message).toMatch(/revoked/);
    expect((await callRoute("DELETE /api/v1/tokens/[id]", { params: { id: String(id) }, headers: session })).status).toBe(404);
  });

  it("never lets a token mint another", async () => {
    const session = sessionHeaders(h.db, h.editor);
    const { token } = (await (await callRoute("POST /api/v1/tokens", { body: { name: "first" }, headers: session })).json()) as {
      token: string;
    };
    const response = await callRoute("POST /api/v1/tokens", { body: { name: "second" }, headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(403);
  });
});
