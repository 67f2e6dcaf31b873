import { describe, expect, it } from "vitest";
import { formValue } from "./action-state";

describe("formValue", () => {
  it("reads a field of real FormData", () => {
    const form = new FormData();
    form.set("email", "editor@demo.test");
    expect(formValue(form, "email")).toBe("editor@demo.test");
    expect(formValue(form, "password")).toBeNull();
  });

  it("treats anything else an HTTP caller can send as an empty form, never a TypeError", () => {
    for (const junk of [undefined, null, {}, [], "email=x", 42, { get: () => "forged" }]) expect(formValue(junk, "email")).toBeNull();
  });
});
