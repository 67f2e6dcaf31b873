import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  absoluteUrl,
  apiClaimPath,
  apiOutletPath,
  apiPairClaimsCsvPath,
  apiPairClaimsPath,
  apiPairPath,
  apiPersonPath,
  claimHistoryPath,
  claimPath,
  configuredOrigin,
  editClaimPath,
  isKnownOrigin,
  knownOrigins,
  originForHost,
  outletPath,
  outletReliabilityImagePath,
  pairChartImagePath,
  pairChartsPath,
  pairFeedPath,
  pairPath,
  personPath,
  requestOrigin,
  siteOrigin,
} from "./urls";

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

describe("path helpers", () => {
  it.each([
    [pairPath("ana-de-armas--tom-cruise"), "/pairs/ana-de-armas--tom-cruise"],
    [pairFeedPath("a--b"), "/pairs/a--b/feed.xml"],
    [pairChartsPath("a--b"), "/pairs/a--b/charts.json"],
    [claimPath(42), "/claims/42"],
    [personPath("tom-cruise"), "/people/tom-cruise"],
    [outletPath("variety"), "/outlets/variety"],
    [outletReliabilityImagePath("variety"), "/outlets/variety/reliability.svg"],
    [pairChartImagePath("a--b", "heat"), "/pairs/a--b/charts/heat.svg"],
    [editClaimPath(42), "/editor/claims/42"],
    [editClaimPath("42"), "/editor/claims/42"],
    [claimHistoryPath(42), "/editor/claims/42/history"],
    [apiPairPath("a--b"), "/api/v1/pairs/a--b"],
    [apiPairClaimsPath("a--b"), "/api/v1/pairs/a--b/claims"],
    [apiPairClaimsCsvPath("a--b"), "/api/v1/pairs/a--b/claims.csv"],
    [apiClaimPath(42), "/api/v1/claims/42"],
    [apiPersonPath("tom-cruise"), "/api/v1/people/tom-cruise"],
    [apiOutletPath("variety"), "/api/v1/outlets/variety"],
  ])("%s", (built, expected) => {
    expect(built).toBe(expected);
  });

  it("are the only place app/ and lib/ write a parameterised page, feed or API path", () => {
    const root = path.resolve(import.meta.dirname, "..");
    const handWritten = /[`}]\/(?:pairs|claims|people|outlets|editor\/claims|api\/v1\/(?:pairs|claims|people|outlets))\/\$\{/;
    const offenders: string[] = [];
    for (const dir of ["app", "lib"]) {
      for (const file of readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })) {
        if (!/\.tsx?$/.test(file) || /\.test\.tsx?$|(^|\/)(_tests|testing)\//.test(file)) continue;
        const full = path.join(dir, file);
        if (full === path.join("lib", "urls.ts")) continue;
        readFileSync(path.join(root, full), "utf8")
          .split("\n")
          .forEach((line, i) => handWritten.test(line) && offenders.push(`${full}:${i + 1}: ${line.trim()}`));
      }
    }
    expect(offenders).toEqual([]);
  });
});
