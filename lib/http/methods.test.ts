import fs from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { crossOriginActionResponse, isCrossOriginAction } from "./action-origin";
import { API_ROUTE_METHODS, allowedMethods, methodNotAllowed, unrepresentableMethodAnswer } from "./methods";

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "PROPFIND"];

/** Every route handler under app/api, with the methods its file exports, read from the files themselves. */
function routeFiles(): Record<string, string[]> {
  const root = path.join(process.cwd(), "app");
  const found: Record<string, string[]> = {};
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith("_")) walk(full);
      else if (entry.name === "route.ts") {
        const route = "/" + path.relative(root, dir).split(path.sep).join("/");
        const source = fs.readFileSync(full, "utf8");
        found[route] = [...source.matchAll(/export\s+(?:const|async function|function)\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/g)]
          .map((m) => m[1])
          .sort();
      }
    }
  };
  walk(path.join(root, "api"));
  return found;
}

/** A concrete path for a route pattern. */
const concrete = (route: string) => route.replace(/\[(\w+)\]/g, (_, name: string) => (name === "id" ? "12" : "ana-de-armas--tom-cruise"));

describe("405 Method Not Allowed", () => {
  it("the table of API methods matches the route files exactly", () => {
    const table = Object.fromEntries(Object.entries(API_ROUTE_METHODS).map(([route, methods]) => [route, [...methods].sort()]));
    expect(table).toEqual(routeFiles());
  });

  it("every API route answers every method it does not export with a JSON 405 naming the allowed ones", async () => {
    let refused = 0;
    for (const [route, methods] of Object.entries(routeFiles())) {
      const pathname = concrete(route);
      for (const method of METHODS) {
        const response = await proxy(new NextRequest(`http://localhost:3000${pathname}`, { method }));
        const allowed = methods.includes(method) || (method === "HEAD" && methods.includes("GET"));
        if (allowed) {
          expect(response.status, `${method} ${pathname}`).not.toBe(405);
          continue;
        }
        refused++;
        expect(response.status, `${method} ${pathname}`).toBe(405);
        const allow = response.headers.get("allow")!.split(", ");
        expect(allow, `${method} ${pathname}`).toEqual(expect.arrayContaining(methods));
        expect(allow).not.toContain(method);
        expect(response.headers.get("content-type")).toMatch(/^application\/json/);
        expect(await response.json()).toEqual({
          error: { code: "method_not_allowed", message: expect.stringContaining(allow.join(", ")) },
        });
      }
    }
    expect(refused).toBeGreaterThan(60);
  });

  it("pages answer GET, HEAD and POST; TRACE, PUT, DELETE… get a plain 405 with Allow", async () => {
    for (const pathname of ["/", "/pairs/ana-de-armas--tom-cruise", "/login", "/editor/claims/new", "/no-such-page"]) {
      for (const method of ["PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND"]) {
        const response = await proxy(new NextRequest(`http://localhost:3000${pathname}`, { method }));
        expect(response.status, `${method} ${pathname}`).toBe(405);
        expect(response.headers.get("allow")).toBe("GET, HEAD, POST");
        expect(await response.text()).toContain("GET, HEAD, POST");
      }
      for (const method of ["GET", "HEAD", "POST"]) expect(methodNotAllowed(method, pathname), `${method} ${pathname}`).toBeNull();
    }
  });

  it("TRACE, TRACK and CONNECT (which no fetch Request can carry) get the same 405, for server.mjs to send", () => {
    expect(unrepresentableMethodAnswer("TRACE", "/pairs/a--b?x=1")).toEqual({
      status: 405,
      headers: expect.objectContaining({
        Allow: "GET, HEAD, POST",
        "Cache-Control": "no-store",
        "Content-Type": "text/plain; charset=utf-8",
        "X-Content-Type-Options": "nosniff",
      }),
      body: expect.stringContaining("GET, HEAD, POST"),
    });
    const api = unrepresentableMethodAnswer("track", "/api/v1/claims/12")!;
    expect(api.status).toBe(405);
    expect(api.headers.Allow).toBe("GET, HEAD, OPTIONS, PATCH");
    expect(JSON.parse(api.body)).toEqual({ error: { code: "method_not_allowed", message: expect.any(String) } });
    expect(unrepresentableMethodAnswer("CONNECT", "/api/v1/nothing")?.status).toBe(404);
    expect(unrepresentableMethodAnswer("GET", "/")).toBeNull();
  });

  it("feeds, embeds and images answer reads only", () => {
    for (const pathname of ["/feed.xml", "/pairs/a--b/feed.xml", "/embed/pairs/a--b/heat", "/embed/pairs/a--b/heat.png", "/sitemap.xml"]) {
      expect(allowedMethods(pathname)).toEqual(["GET", "HEAD"]);
      expect(methodNotAllowed("POST", pathname)?.status).toBe(405);
      expect(methodNotAllowed("get", pathname)).toBeNull();
    }
  });

  it("leaves an API path with no route to its 404", () => {
    expect(allowedMethods("/api/v1/nothing-here")).toBeNull();
    expect(methodNotAllowed("TRACE", "/api/v1/nothing-here")).toBeNull();
  });
});

describe("cross-site server actions", () => {
  const post = (headers: Record<string, string>) => new Headers({ host: "localhost:3000", ...headers });

  it("refuses an action or form post whose Origin is another host, or unreadable", () => {
    expect(isCrossOriginAction(post({ "next-action": "abc", origin: "https://evil.example" }), "POST")).toBe(true);
    expect(isCrossOriginAction(post({ "content-type": "multipart/form-data; boundary=x", origin: "http://localhost:3001" }), "POST")).toBe(
      true,
    );
    expect(isCrossOriginAction(post({ "content-type": "application/x-www-form-urlencoded", origin: "null" }), "POST")).toBe(true);
    expect(isCrossOriginAction(post({ "next-action": "abc", origin: "not a url" }), "POST")).toBe(true);
  });

  it("lets same-origin posts, posts without Origin (as Next does) and plain reads through", () => {
    expect(isCrossOriginAction(post({ "next-action": "abc", origin: "http://localhost:3000" }), "POST")).toBe(false);
    expect(
      isCrossOriginAction(post({ "next-action": "abc", origin: "https://ledger.example", "x-forwarded-host": "ledger.example" }), "POST"),
    ).toBe(false);
    expect(isCrossOriginAction(post({ "next-action": "abc" }), "POST")).toBe(false);
    expect(isCrossOriginAction(post({ origin: "https://evil.example" }), "GET")).toBe(false);
    expect(isCrossOriginAction(post({ "content-type": "application/json", origin: "https://evil.example" }), "POST")).toBe(false);
  });

  it("is a 403 from the proxy on a page", async () => {
    const response = await proxy(
      new NextRequest("http://localhost:3000/login", {
        method: "POST",
        headers: { host: "localhost:3000", origin: "https://evil.example", "next-action": "0123" },
      }),
    );
    expect(response.status).toBe(403);
    expect(crossOriginActionResponse().headers.get("cache-control")).toBe("no-store");
  });
});
