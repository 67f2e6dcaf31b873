import { redirect } from "next/navigation";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { SIGNED_OUT, type ActionFailure } from "@/lib/http/action-state";
import { startApiHarness, type ApiHarness } from "@/lib/testing/api-harness";
import { signInForActions, signOutForActions } from "@/lib/testing/action-session";
import type { Actor } from "./actor";
import { adminAction, editorAction } from "./action-wrappers";

vi.mock("next/headers", async () => (await import("@/lib/testing/action-session")).actionHeadersMock());

let harness: ApiHarness;
beforeAll(async () => {
  harness = await startApiHarness();
});
afterAll(() => harness.cleanup());

/** An action body that records who it was handed, so a test can tell whether it ran. */
function recordingBody() {
  const calls: { actor: Actor; args: unknown[] }[] = [];
  const body = async (actor: Actor, slug: string, count: number) => {
    calls.push({ actor, args: [slug, count] });
    return { ok: true as const, message: `${slug} ${count}` };
  };
  return { calls, body };
}

const asEditor = () => signInForActions(harness.db, harness.editor);
const asAdmin = () => signInForActions(harness.db, harness.admin);

describe("editorAction", () => {
  beforeEach(() => signOutForActions());

  it.each([
    ["no session cookie", () => signOutForActions()],
    ["a session the store does not know", () => signOutForActions("forged-or-expired")],
  ])("answers a reader with %s with the sign-in failure state, and never runs the body", async (_name, arrange) => {
    arrange();
    const { calls, body } = recordingBody();
    expect(await editorAction(body)("pair", 1)).toEqual(SIGNED_OUT);
    expect(calls).toEqual([]);
  });

  it.each([
    ["an editor", asEditor, () => harness.editor],
    ["an admin", asAdmin, () => harness.admin],
  ])("hands %s's Actor to the body with the action's own arguments", async (_name, arrange, who) => {
    arrange();
    const { calls, body } = recordingBody();
    expect(await editorAction(body)("pair", 2)).toEqual({ ok: true, message: "pair 2" });
    expect(calls).toEqual([{ actor: { userId: who().userId, role: who().role }, args: ["pair", 2] }]);
  });

  it("translates what the body throws through the one error translation", async () => {
    asEditor();
    const missing = editorAction(async () => {
      throw new NotFoundError("No such pair.");
    });
    expect(await missing()).toEqual({ ok: false, code: "not_found", message: "No such pair." });
    vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const broken = editorAction(async () => {
        throw new Error("SQLITE_CONSTRAINT: secret detail");
      });
      const failure = (await broken()) as ActionFailure;
      expect(failure).toMatchObject({ ok: false, code: "internal" });
      expect(failure.message).not.toMatch(/SQLITE|secret/);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it("lets a redirect from the body through", async () => {
    asEditor();
    const action = editorAction(async (_actor, id: number) => redirect(`/editor/claims/${id}?done=saved`));
    await expect(action(7)).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;.*\/editor\/claims\/7\?done=saved/) });
  });

  it("reshapes signed-out and thrown failures alike with the action's arguments", async () => {
    const action = editorAction(
      async (_actor, typed: string): Promise<ActionFailure> => {
        throw new ValidationError("Fix it.", { name: `"${typed}" is taken` });
      },
      { failure: (failure, [typed]) => ({ ...failure, values: { name: typed } }) },
    );
    expect(await action("Ada")).toEqual({ ...SIGNED_OUT, values: { name: "Ada" } });
    asEditor();
    expect(await action("Ada")).toEqual({
      ok: false,
      code: "invalid_input",
      message: "Fix it.",
      fields: { name: '"Ada" is taken' },
      values: { name: "Ada" },
    });
  });
});

describe("adminAction", () => {
  beforeEach(() => signOutForActions());

  it("answers a reader with the sign-in failure state", async () => {
    const { calls, body } = recordingBody();
    expect(await adminAction(body)("outlet", 1)).toEqual(SIGNED_OUT);
    expect(calls).toEqual([]);
  });

  it("refuses an editor with forbidden, worded for the screen, and never runs the body", async () => {
    asEditor();
    const { calls, body } = recordingBody();
    expect(await adminAction(body)("outlet", 1)).toEqual({ ok: false, code: "forbidden", message: "Only admins can do that." });
    expect(await adminAction(body, { forbidden: "Only admins change outlets." })("outlet", 1)).toEqual({
      ok: false,
      code: "forbidden",
      message: "Only admins change outlets.",
    });
    expect(calls).toEqual([]);
  });

  it("runs the body for an admin, handing it the admin's Actor", async () => {
    asAdmin();
    const { calls, body } = recordingBody();
    expect(await adminAction(body)("outlet", 3)).toEqual({ ok: true, message: "outlet 3" });
    expect(calls).toEqual([{ actor: { userId: harness.admin.userId, role: "admin" }, args: ["outlet", 3] }]);
  });
});
