import { describe, expect, it } from "vitest";
import { hasMalformedEscapes, malformedPathResponse } from "./malformed-path";

describe("hasMalformedEscapes", () => {
  it.each(["/claims/%FF", "/api/v1/claims/%C0%AF", "/pairs/%ED%A0%80", "/people/%", "/people/%zz", "/a/%E2%80"])(
    "%s is malformed",
    (path) => {
      expect(hasMalformedEscapes(path)).toBe(true);
    },
  );
  it.each(["/", "/claims/12", "/pairs/ana-de-armas--tom-cruise", "/people/%C3%A9", "/search/%F0%9F%98%80", "/a/%25", "/a/%2F"])(
    "%s is fine",
    (path) => {
      expect(hasMalformedEscapes(path)).toBe(false);
    },
  );
});

describe("malformedPathResponse", () => {
  it("is the API's JSON 400 under /api/ and a plain 400 elsewhere", async () => {
    const api = malformedPathResponse("/api/v1/claims/%FF");
    expect(api.status).toBe(400);
    expect(await api.json()).toEqual({ error: { code: "invalid_input", message: expect.any(String) } });
    const page = malformedPathResponse("/claims/%FF");
    expect(page.status).toBe(400);
    expect(page.headers.get("content-type")).toMatch(/^text\/plain/);
  });
});
