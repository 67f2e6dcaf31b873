import { afterEach, describe, expect, it, vi } from "vitest";
import { absoluteUrl, configuredOrigin, isKnownOrigin, knownOrigins, originForHost, requestOrigin, siteOrigin } from "./urls";

afterEach(() => vi.unstubAllEnvs());

const unset = () => {
  vi.stubEnv("PUBLIC_BASE_URL", "");
  vi.stubEnv("PORT", "4302");
};

describe("the origin rule, PUBLIC_BASE_URL unset", () => {
  it("writes on the request's Host when it is localhost, 127.0.0.1 or [::1] on this server's port", () => {
    unset();
    expect(originForHost("localhost:4302")).toBe("http://localhost:4302");
    expect(originForHost("127.0.0.1:4302")).toBe("http://127.0.0.1:4302");
    expect(originForHost("[::1]:4302")).toBe("http://[::1]:4302");
    expect(originForHost("LOCALHOST:4302")).toBe("http://localhost:4302");
    expect(requestOrigin(new Request("http://0.0.0.0:4302/api/oembed", { headers: { host: "127.0.0.1:4302" } }))).toBe(
      "http://127.0.0.1:4302",
    );
  });

  it("falls back to http://localhost:PORT for a bind address, another port, a forged or missing Host", () => {
    unset();
    for (const host of [
      "0.0.0.0:4302",
      "localhost:3000",
      "127.0.0.1:4303",
      "evil.example",
      "localhost:4302@evil.example",
      "",
      null,
      undefined,
    ]) {
      expect(originForHost(host), String(host)).toBe("http://localhost:4302");
    }
    expect(siteOrigin()).toBe("http://localhost:4302");
    expect(absoluteUrl("/pairs/a--b")).toBe("http://localhost:4302/pairs/a--b");
  });

  it("uses port 3000 when PORT is unset or not a port", () => {
    vi.stubEnv("PUBLIC_BASE_URL", "");
    vi.stubEnv("PORT", "not a port");
    expect(siteOrigin()).toBe("http://localhost:3000");
  });
});

describe("the origin rule, PUBLIC_BASE_URL set", () => {
  it("always writes on the configured base, whatever the Host", () => {
    vi.stubEnv("PUBLIC_BASE_URL", "https://ledger.example/");
    vi.stubEnv("PORT", "4302");
    expect(configuredOrigin()).toBe("https://ledger.example");
    for (const host of ["localhost:4302", "ledger.example", "evil.example", null])
      expect(originForHost(host)).toBe("https://ledger.example");
    expect(siteOrigin()).toBe("https://ledger.example");
    expect(absoluteUrl("claims/1", originForHost("x"))).toBe("https://ledger.example/claims/1");
  });

  it("knows the configured base and loopback on its port as its own origins", () => {
    vi.stubEnv("PUBLIC_BASE_URL", "https://ledger.example");
    vi.stubEnv("PORT", "4302");
    expect(knownOrigins()).toEqual(["https://ledger.example", "http://localhost:4302", "http://127.0.0.1:4302", "http://[::1]:4302"]);
    expect(isKnownOrigin("https://ledger.example")).toBe(true);
    expect(isKnownOrigin("http://ledger.example")).toBe(false);
    expect(isKnownOrigin("http://0.0.0.0:4302")).toBe(false);
  });

  it("ignores a PUBLIC_BASE_URL that is not an http(s) URL", () => {
    vi.stubEnv("PUBLIC_BASE_URL", "javascript:alert(1)");
    vi.stubEnv("PORT", "4302");
    expect(configuredOrigin()).toBeNull();
    expect(siteOrigin()).toBe("http://localhost:4302");
  });
});
