import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outletBySlug } from "@/lib/outlets/queries";
import { type ApiHarness, sessionHeaders, startApiHarness, tokenHeaders } from "@/lib/testing/api-harness";
import { dbFingerprint } from "@/lib/testing/fixtures";
import * as outletsIndex from "../outlets/route";
import { callRoute } from "./routes";

let h: ApiHarness;
beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(() => h.cleanup());

type OutletBody = { slug: string; grade: string | null };

describe("only admins grade outlets", () => {
  it("POST /api/v1/outlets {grade: A} from an editor (token or cookie) is a 403 that writes nothing", async () => {
    for (const headers of [tokenHeaders(h.db, h.editor), sessionHeaders(h.db, h.editor)]) {
      const before = dbFingerprint(h.db);
      const res = await callRoute("POST /api/v1/outlets", { body: { name: "Editor Graded Gazette", grade: "A" }, headers });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("forbidden");
      expect(dbFingerprint(h.db)).toEqual(before);
    }
  });

  it("an editor's outlet is not yet graded (grade null) until an admin grades it", async () => {
    const res = await callRoute("POST /api/v1/outlets", { body: { name: "Ungraded Gazette" }, headers: tokenHeaders(h.db, h.editor) });
    expect(res.status).toBe(201);
    expect(((await res.json()) as OutletBody).grade).toBeNull();
    expect(outletBySlug(h.db, "ungraded-gazette")?.grade).toBeNull();

    const list = (await (
      await outletsIndex.GET(new Request("http://localhost:3000/api/v1/outlets"), { params: Promise.resolve({}) } as never)
    ).json()) as { data: OutletBody[] };
    expect(list.data.find((o) => o.slug === "ungraded-gazette")?.grade).toBeNull();

    const regraded = await callRoute("PATCH /api/v1/outlets/[slug]", {
      params: { slug: "ungraded-gazette" },
      body: { grade: "C" },
      headers: tokenHeaders(h.db, h.admin),
    });
    expect(regraded.status).toBe(200);
    expect(((await regraded.json()) as OutletBody).grade).toBe("C");
  });

  it("an admin may create a graded outlet", async () => {
    const res = await callRoute("POST /api/v1/outlets", {
      body: { name: "Admin Graded Gazette", grade: "A" },
      headers: tokenHeaders(h.db, h.admin),
    });
    expect(res.status).toBe(201);
    expect(((await res.json()) as OutletBody).grade).toBe("A");
  });
});
