import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SOCKET_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { THROTTLE } from "@/lib/auth/throttle";
import { registerServerHooks } from "@/lib/server-hooks";
import { type ApiHarness, ORIGIN, startApiHarness } from "@/lib/testing/api-harness";
import { callRoute } from "./routes";

let h: ApiHarness;
beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(() => h.cleanup());

// What server.mjs does in production: it says the socket header is its own.
beforeEach(() => {
  registerServerHooks({ socketAddressHeader: SOCKET_ADDRESS_HEADER });
  delete process.env.TRUST_PROXY;
});
afterEach(() => {
  registerServerHooks({ socketAddressHeader: undefined });
  delete process.env.TRUST_PROXY;
});

const randomEmail = () => `nobody-${Math.random().toString(36).slice(2)}@api.test`;
const signIn = (socket: string, body: { email: string; password: string }, extra: Record<string, string> = {}) =>
  callRoute("POST /api/v1/session", {
    body,
    headers: { origin: ORIGIN, host: "localhost:3000", [SOCKET_ADDRESS_HEADER]: socket, ...extra },
  });

describe("the per-address sign-in limit", { timeout: 120_000 }, () => {
  it(`${THROTTLE.perAddress} failures with random e-mails from one address lock out that address only`, async () => {
    for (let i = 0; i < THROTTLE.perAddress; i++)
      expect((await signIn("203.0.113.70", { email: randomEmail(), password: "wrong" })).status).toBe(400);
    expect((await signIn("203.0.113.70", { email: h.editor.email, password: h.editor.password })).status).toBe(429);
    const elsewhere = await signIn("198.51.100.70", { email: h.editor.email, password: h.editor.password });
    expect(elsewhere.status).toBe(200);
  });

  it("gives no extra attempts for a rotating X-Forwarded-For without TRUST_PROXY", async () => {
    for (let i = 0; i < THROTTLE.perAddress; i++) {
      expect(
        (
          await signIn(
            "203.0.113.71",
            { email: randomEmail(), password: "wrong" },
            { "x-forwarded-for": `192.0.2.${i}`, "x-real-ip": `192.0.2.${i}` },
          )
        ).status,
      ).toBe(400);
    }
    const rotated = await signIn("203.0.113.71", { email: randomEmail(), password: "wrong" }, { "x-forwarded-for": "192.0.2.200" });
    expect(rotated.status).toBe(429);
    expect(rotated.headers.get("retry-after")).toBe(String(THROTTLE.windowMinutes * 60));
  });

  it("behind TRUST_PROXY=1 keys on the hop the proxy appended, whatever the client wrote before it", async () => {
    process.env.TRUST_PROXY = "1";
    for (let i = 0; i < THROTTLE.perAddress; i++) {
      expect(
        (await signIn("127.0.0.1", { email: randomEmail(), password: "wrong" }, { "x-forwarded-for": `6.6.6.${i}, 203.0.113.72` })).status,
      ).toBe(400);
    }
    expect((await signIn("127.0.0.1", { email: randomEmail(), password: "wrong" }, { "x-forwarded-for": "203.0.113.72" })).status).toBe(
      429,
    );
    expect(
      (await signIn("127.0.0.1", { email: h.admin.email, password: h.admin.password }, { "x-forwarded-for": "203.0.113.73" })).status,
    ).toBe(200);
  });
});
