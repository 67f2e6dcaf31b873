import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { SIGNED_OUT } from "@/lib/http/action-state";
import { signInForActions, signOutForActions } from "@/lib/testing/action-session";
import { startApiHarness, type ApiHarness } from "@/lib/testing/api-harness";
import { dbFingerprint } from "@/lib/testing/fixtures";
import { createTokenAction, revokeTokenAction } from "../account/actions";
import { setPairStatusAction } from "../actions";
import { updateOutletAction } from "../admin/outlets/actions";
import { changeRoleAction, createUserAction, setDisabledAction } from "../admin/users/actions";
import { createOutletAction, createPersonAction, discardDraftAction, retractClaimAction, saveClaimAction } from "../claims/actions";

vi.mock("next/headers", async () => (await import("@/lib/testing/action-session")).actionHeadersMock());

let harness: ApiHarness;
beforeAll(async () => {
  harness = await startApiHarness();
});
afterAll(() => harness.cleanup());

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const account = { email: "new@demo.test", name: "New Person", role: "editor" };

/** Every server action that needs a session, called as a signed-out reader, with what it must answer. */
const SIGNED_OUT_CASES: [string, () => Promise<unknown>, unknown][] = [
  ["setPairStatusAction", () => setPairStatusAction("a--b", null, form({ status: "rumored" })), SIGNED_OUT],
  ["createTokenAction", () => createTokenAction(null, form({ name: "laptop" })), SIGNED_OUT],
  ["revokeTokenAction", () => revokeTokenAction(1, null, form({})), SIGNED_OUT],
  ["updateOutletAction", () => updateOutletAction("an-outlet", null, form({ name: "X" })), SIGNED_OUT],
  [
    "createUserAction",
    () => createUserAction(null, form({ ...account, password: "a long password 1" })),
    { ...SIGNED_OUT, values: account },
  ],
  ["changeRoleAction", () => changeRoleAction(1, null, form({ role: "admin" })), SIGNED_OUT],
  ["setDisabledAction", () => setDisabledAction(1, true, null, form({})), SIGNED_OUT],
  ["saveClaimAction (create)", () => saveClaimAction(null, { mode: "create", people: ["a", "b"], body: { status: "draft" } }), SIGNED_OUT],
  ["saveClaimAction (update)", () => saveClaimAction(null, { mode: "update", id: 1, body: { version: 1 }, publish: false }), SIGNED_OUT],
  ["createPersonAction", () => createPersonAction({ name: "Someone" }), SIGNED_OUT],
  ["createOutletAction", () => createOutletAction({ name: "Somewhere" }), SIGNED_OUT],
  [
    "retractClaimAction",
    () => retractClaimAction(1, null, form({ version: "1", correction: "Wrong." })),
    { ...SIGNED_OUT, values: { correction: "Wrong." } },
  ],
  ["discardDraftAction", () => discardDraftAction(1, null, form({ version: "1" })), SIGNED_OUT],
];

describe("server actions and the session", () => {
  beforeEach(() => signOutForActions());

  it.each(SIGNED_OUT_CASES)("%s answers a signed-out reader with the sign-in failure state", async (_name, call, expected) => {
    expect(await call()).toEqual(expected);
  });

  it("keeps answering junk sent to saveClaimAction as bad input before asking who is calling", async () => {
    expect(await saveClaimAction(null, null as never)).toEqual({
      ok: false,
      code: "invalid_input",
      message: "The form sent nothing to save.",
    });
  });
});

describe("admin actions and an editor", () => {
  beforeEach(() => signInForActions(harness.db, harness.editor));

  it.each([
    [
      "createUserAction",
      () => createUserAction(null, form({ ...account, password: "a long password 1" })),
      { message: "Only admins create accounts.", values: account },
    ],
    [
      "changeRoleAction",
      () => changeRoleAction(harness.editor.userId, null, form({ role: "admin" })),
      { message: "Only admins manage accounts." },
    ],
    ["setDisabledAction", () => setDisabledAction(harness.admin.userId, true, null, form({})), { message: "Only admins manage accounts." }],
    [
      "updateOutletAction",
      () => updateOutletAction("an-outlet", null, form({ name: "X", grade: "A" })),
      { message: "Only admins change outlets and their grades." },
    ],
  ])("%s refuses an editor with forbidden and changes nothing", async (_name, call, expected) => {
    const before = dbFingerprint(harness.db);
    expect(await call()).toEqual({ ok: false, code: "forbidden", ...expected });
    expect(dbFingerprint(harness.db)).toEqual(before);
  });
});
