import { describe, expect, it } from "vitest";
import { isUnreadableFormPost, unreadableFormResponse } from "./form-post";

const post = (body: string, contentType: string, method = "POST") =>
  new Request("http://localhost/pairs/a--b", {
    method,
    body: method === "GET" ? undefined : body,
    headers: { "content-type": contentType },
  });
const multipart = (body: string) => post(body, "multipart/form-data; boundary=x");

describe("isUnreadableFormPost", () => {
  it("flags a multipart post whose body does not parse", async () => {
    expect(await isUnreadableFormPost(multipart("garbage"))).toBe(true);
    expect(await isUnreadableFormPost(multipart('{"version":null}'))).toBe(true);
  });

  it("lets a well-formed multipart post through, and leaves its body readable", async () => {
    const request = multipart('--x\r\nContent-Disposition: form-data; name="email"\r\n\r\nnobody@demo.test\r\n--x--\r\n');
    expect(await isUnreadableFormPost(request)).toBe(false);
    expect((await request.formData()).get("email")).toBe("nobody@demo.test");
  });

  it("ignores anything that is not a multipart POST (JSON, text/plain action calls, GETs)", async () => {
    expect(await isUnreadableFormPost(post("garbage", "application/json"))).toBe(false);
    expect(await isUnreadableFormPost(post("[]", "text/plain;charset=UTF-8"))).toBe(false);
    expect(await isUnreadableFormPost(post("", "multipart/form-data; boundary=x", "GET"))).toBe(false);
  });

  it("answers 400: the API's JSON error under /api/, plain words elsewhere", async () => {
    const page = unreadableFormResponse("/pairs/a--b");
    expect(page.status).toBe(400);
    expect(await page.text()).toMatch(/could not be read/);
    const api = unreadableFormResponse("/api/v1/discard");
    expect(api.status).toBe(400);
    expect(await api.json()).toEqual({ error: { code: "invalid_input", message: expect.stringMatching(/could not be read/) } });
  });
});
