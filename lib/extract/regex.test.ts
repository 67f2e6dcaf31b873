import { describe, expect, it } from "vitest";
import { escapeRegExp, namesAWordOf } from "./regex";

describe("escapeRegExp", () => {
  it("makes a literal match only itself", () => {
    const re = new RegExp(`^${escapeRegExp("St. John (Jr.)+?")}$`);
    expect(re.test("St. John (Jr.)+?")).toBe(true);
    expect(re.test("StX John (Jr.)")).toBe(false);
  });
});

describe("namesAWordOf", () => {
  it("finds a word of a name standing whole, never a short particle or part of a word", () => {
    expect(namesAWordOf(["Valentina Esquivel"], "Valentina and I are fine")).toBe(true);
    expect(namesAWordOf(["Ana de Armas"], "the de facto couple")).toBe(false);
    expect(namesAWordOf(["Cole Marr"], "a Coleman fan")).toBe(false);
  });

  it("reads the name after what must come before it", () => {
    expect(namesAWordOf(["Quill Reese"], "starring opposite Reese", String.raw`opposite\s+`)).toBe(true);
    expect(namesAWordOf(["Quill Reese"], "Reese is starring", String.raw`opposite\s+`)).toBe(false);
  });
});
