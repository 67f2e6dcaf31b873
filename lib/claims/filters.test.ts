import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CLAIM_KINDS, CONFIDENCE_LEVELS } from "@/db/enums";
import { filtersFromSearchParams, filtersToQuery, hasFilters, NO_FILTERS, type ClaimFilters } from "@/lib/claims/filters";
import { dateInterval } from "@/lib/dates";

/** Search params the way Next.js hands them to a page: a repeated key becomes an array. */
function paramsOf(query: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(query)) {
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

const parse = (params: Record<string, string | string[] | undefined>) => filtersFromSearchParams(params);

describe("filtersFromSearchParams", () => {
  it("reads no filters from empty params", () => {
    const { filters, problems } = parse({});
    expect(filters).toEqual(NO_FILTERS);
    expect(problems).toEqual({});
    expect(hasFilters(filters)).toBe(false);
  });

  it("treats the empty fields a plain GET form submits as 'any'", () => {
    const { filters, problems } = parse(paramsOf("kind=sighting&outlet=&from=&to="));
    expect(problems).toEqual({});
    expect(filters).toEqual({ ...NO_FILTERS, kind: ["sighting"] });
    expect(parse({ kind: "", confidence: "" }).filters).toEqual(NO_FILTERS);
  });

  it("reads a value given once, repeated, or as a comma list", () => {
    expect(parse({ kind: "sighting" }).filters.kind).toEqual(["sighting"]);
    expect(parse(paramsOf("kind=sighting&kind=appearance")).filters.kind).toEqual(["sighting", "appearance"]);
    expect(parse({ kind: "sighting,appearance" }).filters.kind).toEqual(["sighting", "appearance"]);
    expect(parse({ kind: "sighting,,appearance," }).filters.kind).toEqual(["sighting", "appearance"]);
    expect(parse({ confidence: ["likely,confirmed", "doubtful"] }).filters.confidence).toEqual(["likely", "confirmed", "doubtful"]);
  });

  it("reads every filter together", () => {
    const { filters, problems } = parse(
      paramsOf("kind=sighting&confidence=likely&confidence=confirmed&outlet=variety&from=2025-01&to=2025"),
    );
    expect(problems).toEqual({});
    expect(filters).toEqual({ kind: ["sighting"], confidence: ["likely", "confirmed"], outlet: "variety", from: "2025-01", to: "2025" });
    expect(hasFilters(filters)).toBe(true);
  });

  it("trims surrounding space from outlet and dates", () => {
    expect(parse({ outlet: " variety ", from: " 2025 " }).filters).toEqual({ ...NO_FILTERS, outlet: "variety", from: "2025" });
  });

  it("ignores parameters it does not know", () => {
    expect(parse({ utm_source: "newsletter", kind: "denial" })).toEqual({ filters: { ...NO_FILTERS, kind: ["denial"] }, problems: {} });
  });

  it("drops and reports an unknown kind, keeping the other filters", () => {
    const { filters, problems } = parse({ kind: "bogus", confidence: "likely" });
    expect(filters.kind).toEqual([]);
    expect(filters.confidence).toEqual(["likely"]);
    expect(Object.keys(problems)).toEqual(["kind"]);
    expect(problems.kind).toBeTruthy();
  });

  it("never applies an invalid value hidden in a list, and reports it", () => {
    const { filters, problems } = parse({ kind: ["sighting", "bogus"], confidence: "likely,nonsense" });
    expect(filters.kind as string[]).not.toContain("bogus");
    expect(filters.confidence as string[]).not.toContain("nonsense");
    expect(Object.keys(problems).sort()).toEqual(["confidence", "kind"]);
  });

  it("is case-sensitive about vocabulary: SIGHTING is not a kind", () => {
    const { filters, problems } = parse({ kind: "SIGHTING" });
    expect(filters.kind).toEqual([]);
    expect(problems.kind).toBeTruthy();
  });

  it("drops and reports an outlet that is not a slug", () => {
    for (const outlet of ["Variety!", "the variety", "../etc", "VARIETY"]) {
      const { filters, problems } = parse({ outlet, kind: "sighting" });
      expect(filters.outlet, outlet).toBeUndefined();
      expect(filters.kind).toEqual(["sighting"]);
      expect(problems.outlet, outlet).toBe("Unknown outlet");
    }
  });

  it("drops and reports impossible or malformed dates, without throwing when the other end is set", () => {
    for (const bad of ["2025-02-30", "2025-13", "June 2025", "25-06-01", "2025/06/01", " "]) {
      const { filters, problems } = parse({ from: bad, to: "2026" });
      expect(filters.from, bad).toBeUndefined();
      expect(filters.to).toBe("2026");
      expect(problems.from, bad).toMatch(/YYYY-MM-DD/);
    }
    expect(parse({ to: "2024-02-30" }).problems.to).toBeTruthy();
  });

  it("accepts dates at any precision, and a leap day", () => {
    expect(parse({ from: "2024-02-29", to: "2024-03" }).filters).toEqual({ ...NO_FILTERS, from: "2024-02-29", to: "2024-03" });
    expect(parse({ from: "2023", to: "2023" }).problems).toEqual({});
  });

  it("reports a range that ends before it starts and drops its end", () => {
    const { filters, problems } = parse({ from: "2025-06", to: "2025-01" });
    expect(filters.from).toBe("2025-06");
    expect(filters.to).toBeUndefined();
    expect(problems.to).toBe("The start of the range is after its end");
  });

  it("allows ranges whose ends overlap at coarser precision", () => {
    // 15 June 2025 is inside "June 2025", so the range is not reversed.
    expect(parse({ from: "2025-06-15", to: "2025-06" }).problems).toEqual({});
    expect(parse({ from: "2025-06", to: "2025" }).problems).toEqual({});
  });
});

describe("filtersToQuery", () => {
  it("is empty for no filters", () => {
    expect(filtersToQuery(NO_FILTERS)).toBe("");
  });

  it("writes repeated keys for lists, and omits what is not set", () => {
    expect(filtersToQuery({ ...NO_FILTERS, kind: ["sighting", "appearance"] })).toBe("?kind=sighting&kind=appearance");
    expect(filtersToQuery({ kind: ["denial"], confidence: ["likely", "confirmed"], outlet: "variety", from: "2025-01", to: "2025" })).toBe(
      "?kind=denial&confidence=likely&confidence=confirmed&outlet=variety&from=2025-01&to=2025",
    );
    expect(filtersToQuery({ ...NO_FILTERS, to: "2025-06-30" })).toBe("?to=2025-06-30");
  });

  it("round-trips: any valid filters survive being written to a URL and read back", () => {
    const partialDate = fc.oneof(
      fc.integer({ min: 1990, max: 2040 }).map(String),
      fc.tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
      fc
        .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
    );
    const filtersArb = fc
      .record({
        kind: fc.uniqueArray(fc.constantFrom(...CLAIM_KINDS)),
        confidence: fc.uniqueArray(fc.constantFrom(...CONFIDENCE_LEVELS)),
        outlet: fc.option(fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/), { nil: undefined }),
        from: fc.option(partialDate, { nil: undefined }),
        to: fc.option(partialDate, { nil: undefined }),
      })
      .filter((f) => !f.from || !f.to || dateInterval(f.from).start <= dateInterval(f.to).end);
    fc.assert(
      fc.property(filtersArb, (f: ClaimFilters) => {
        const back = filtersFromSearchParams(paramsOf(filtersToQuery(f).slice(1)));
        expect(back.problems).toEqual({});
        expect(back.filters).toEqual(f);
        expect(hasFilters(back.filters)).toBe(hasFilters(f));
      }),
    );
  });

  it("normalises a comma list into repeated keys", () => {
    expect(filtersToQuery(parse({ kind: "sighting,appearance" }).filters)).toBe("?kind=sighting&kind=appearance");
  });
});
