import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EMPTY_OPTIONAL_FIELDS } from "@/lib/claims/contract";
import type { ClaimView } from "@/lib/claims/types";
import { machineDate } from "@/lib/dates";
import { ClaimCard } from "./claim-card";

const ana = { id: 1, slug: "ana-de-armas", name: "Ana de Armas" };
const tom = { id: 2, slug: "tom-cruise", name: "Tom Cruise" };

function claim(occurredOn: string, precision: ClaimView["precision"], occurredStart: string): ClaimView {
  return {
    ...EMPTY_OPTIONAL_FIELDS,
    id: 7,
    pair: { id: 1, slug: "ana-de-armas--tom-cruise", status: "rumored", people: [ana, tom] },
    kind: "report",
    headline: "Reported dating",
    details: null,
    quote: null,
    speaker: null,
    occurredOn,
    precision,
    occurredStart,
    occurredEnd: occurredStart,
    reportedOn: null,
    place: null,
    stance: "supports",
    confidence: "likely",
    status: "published",
    correction: null,
    retractedAt: null,
    settlement: null,
    publishedAt: null,
    mentions: [],
    citations: [],
    version: 1,
    createdAt: "2025-06-05T10:00:00.000Z",
    updatedAt: "2025-06-05T10:00:00.000Z",
  };
}

describe("dates written for machines keep their precision", () => {
  it.each([
    ["2023", "year", "2023-01-01", "2023"],
    ["2025-06", "month", "2025-06-01", "2025-06"],
    ["2019-08", "circa", "2019-08-01", "2019-08"],
    ["2019", "circa", "2019-01-01", "2019"],
    ["2025-06-05", "day", "2025-06-05", "2025-06-05"],
  ] as const)("a claim card for %s (%s) has <time dateTime> without an invented day", (occurredOn, precision, start, expected) => {
    const html = renderToStaticMarkup(createElement(ClaimCard, { claim: claim(occurredOn, precision, start) }));
    expect(html).toMatch(new RegExp(`<time dateTime="${expected}"`, "i"));
    if (expected !== start) expect(html).not.toContain(start);
  });

  it("machineDate refuses what is not a date", () => {
    expect(machineDate("0999")).toBe("0999");
    expect(() => machineDate("2023-13")).toThrow(RangeError);
  });
});
