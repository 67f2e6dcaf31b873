import { describe, expect, it } from "vitest";
import { canonicalPageRedirect, pageHref, pageOf, requestedPage } from "./paging";

describe("requestedPage", () => {
  it.each([
    [undefined, 1],
    ["", 1],
    ["1", 1],
    ["3", 3],
    ["0", 1],
    ["-2", 1],
    ["2.5", 1],
    ["abc", 1],
    ["1e3", 1],
    ["9999999", 9999999],
    ["1".repeat(400), 1],
    [["4", "5"], 4],
  ])("reads %j as page %d", (raw, page) => {
    expect(requestedPage(raw as string | string[] | undefined)).toBe(page);
  });
});

describe("canonicalPageRedirect", () => {
  it.each([
    [undefined, 1, null],
    ["2", 2, null],
    ["1", 1, "/"],
    ["0", 1, "/"],
    ["abc", 1, "/"],
    ["02", 2, "/?page=2"],
    ["99", 3, "/?page=3"],
    [["2", "3"], 2, "/?page=2"],
  ] as const)("?page=%j shown as page %i → %s", (raw, shown, expected) => {
    expect(canonicalPageRedirect("/", raw as string | string[] | undefined, shown)).toBe(expected);
  });
});

describe("pageOf", () => {
  const items = Array.from({ length: 120 }, (_, i) => i);

  it("bounds every page to its size, in order, and counts the pages", () => {
    expect(pageOf(items, 1, 50)).toEqual({ items: items.slice(0, 50), page: 1, pageCount: 3, total: 120 });
    expect(pageOf(items, 2, 50).items).toEqual(items.slice(50, 100));
    expect(pageOf(items, 3, 50).items).toEqual(items.slice(100));
  });

  it("clamps a page past the end to the last one, and below 1 to the first", () => {
    expect(pageOf(items, 99, 50).page).toBe(3);
    expect(pageOf(items, 0, 50).page).toBe(1);
  });

  it("answers one empty page for an empty list", () => {
    expect(pageOf([], 5, 50)).toEqual({ items: [], page: 1, pageCount: 1, total: 0 });
  });

  it("has exactly one page when the list fits", () => {
    expect(pageOf(items.slice(0, 50), 1, 50).pageCount).toBe(1);
  });
});

describe("pageHref", () => {
  it("links the first page without a query (one URL per page) and later pages with ?page=", () => {
    expect(pageHref("/", 1)).toBe("/");
    expect(pageHref("/", 2)).toBe("/?page=2");
  });
});
