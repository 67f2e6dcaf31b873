import { readFileSync } from "node:fs";
import path from "node:path";
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useDbForRoutes } from "@/lib/testing/api-routes";
import { createTempDb } from "@/lib/testing/temp-db";
import { registerServerHooks, SERVER_HOOK_KINDS, SERVER_HOOKS_KEY, serverHooks, type ServerHooks } from "./server-hooks";

const root = path.resolve(import.meta.dirname, "..");
const APP_HOOKS = (Object.keys(SERVER_HOOK_KINDS) as (keyof ServerHooks)[]).filter((name) => name !== "socketAddressHeader");

let temp: ReturnType<typeof createTempDb>;
const env = { NEXT_RUNTIME: process.env.NEXT_RUNTIME, RUMOR_LEDGER_DEMO: process.env.RUMOR_LEDGER_DEMO };

beforeAll(async () => {
  temp = createTempDb();
  useDbForRoutes(temp.db);
  // What a server start does: instrumentation's register(), then the routes load the PNG module.
  process.env.NEXT_RUNTIME = "nodejs";
  process.env.RUMOR_LEDGER_DEMO = "0";
  await (await import("@/instrumentation")).register();
  await import("@/lib/embeds/png");
});

afterAll(() => {
  Object.assign(process.env, env);
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete process.env[name];
  temp.cleanup();
});

describe("the app's server hooks at run time", () => {
  it("are all registered once the app has started, each of the kind ServerHooks declares", () => {
    const hooks = serverHooks();
    for (const name of APP_HOOKS) expect(typeof hooks[name], name).toBe(SERVER_HOOK_KINDS[name]);
  });

  it("answer as the interface promises", () => {
    const hooks = serverHooks() as ServerHooks;
    const trace = hooks.methodAnswer("TRACE", "/pairs");
    expect(trace).toMatchObject({ status: 405, headers: expect.objectContaining({ Allow: expect.any(String) }) });
    expect(typeof trace!.body).toBe("string");
    expect(hooks.methodAnswer("GET", "/")).toBeNull();
    expect(hooks.embedFromCache({ method: "POST", url: "/embed/pairs/a--b/heat", headers: {} })).toBeNull();
    expect(hooks.pngRequestRefusal("HEAD", "/embed/pairs/a--b/heat.png")).toBeNull();
    // Not a page the front serves (a write): it hands the request straight to Next.
    let handedOn = false;
    const req = { method: "POST", url: "/api/v1/claims", headers: {} } as IncomingMessage;
    hooks.front(req, {} as ServerResponse, { address: "127.0.0.1", port: 3000 }, () => (handedOn = true));
    expect(handedOn).toBe(true);
  });
});

describe("registerServerHooks", () => {
  it("refuses an unknown name or a value of the wrong kind, and changes nothing then", () => {
    const before = { ...serverHooks() };
    expect(() => registerServerHooks({ rumorLedgerFront: () => {} } as Partial<ServerHooks>)).toThrow(TypeError);
    expect(() => registerServerHooks({ front: "not a function" } as unknown as Partial<ServerHooks>)).toThrow(TypeError);
    expect(() => registerServerHooks({ socketAddressHeader: 42 } as unknown as Partial<ServerHooks>)).toThrow(TypeError);
    // A good entry beside a bad one is not applied either.
    expect(() => registerServerHooks({ socketAddressHeader: "x-half", bogus: 1 } as unknown as Partial<ServerHooks>)).toThrow(TypeError);
    expect(serverHooks()).toEqual(before);
  });

  it("shares one object under Symbol.for(SERVER_HOOKS_KEY), as server.mjs reads it; undefined removes a hook", () => {
    registerServerHooks({ socketAddressHeader: "x-test" });
    const shared = (globalThis as Record<symbol, Partial<ServerHooks>>)[Symbol.for(SERVER_HOOKS_KEY)];
    expect(shared.socketAddressHeader).toBe("x-test");
    registerServerHooks({ socketAddressHeader: undefined });
    expect(shared).not.toHaveProperty("socketAddressHeader");
  });
});

describe("server.mjs", () => {
  const source = readFileSync(path.join(root, "server.mjs"), "utf8");

  it("reads the hooks under the same key, and only hooks ServerHooks declares", () => {
    expect(source).toContain(`Symbol.for("${SERVER_HOOKS_KEY}")`);
    const used = new Set([...source.matchAll(/(?<![-\w])hooks\.(\w+)/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual(Object.keys(SERVER_HOOK_KINDS).sort());
    expect(source).not.toMatch(/globalThis\.rumorLedger/);
  });

  it("is type-checked against the interface by tsc", () => {
    expect(source.startsWith("// @ts-check\n")).toBe(true);
    expect(source).toContain('import("./lib/server-hooks").ServerHooks');
    const tsconfig = JSON.parse(readFileSync(path.join(root, "tsconfig.json"), "utf8")) as {
      include: string[];
      compilerOptions: { allowJs?: boolean };
    };
    expect(tsconfig.include).toContain("server.mjs");
    expect(tsconfig.compilerOptions.allowJs).toBe(true);
  });
});
