import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  dateInterval,
  dateProblem,
  daysBetween,
  formatDay,
  formatPartialDate,
  naturalPrecision,
  parsePartialDate,
  todayIso,
  type DatePrecision,
} from "./dates";
import { DATE_PRECISIONS } from "@/db/enums";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthLength = (y: number, m: number) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const year = fc.integer({ min: 1, max: 9999 });
const month = fc.integer({ min: 1, max: 12 });
/** A real calendar day, computed independently of the module under test. */
const realDay = fc
  .tuple(year, month, fc.integer({ min: 1, max: 31 }))
  .filter(([y, m, d]) => d <= monthLength(y, m))
  .map(([y, m, d]) => ({ y, m, d, iso: `${pad(y, 4)}-${pad(m)}-${pad(d)}` }));
const realMonth = fc.tuple(year, month).map(([y, m]) => ({ y, m, iso: `${pad(y, 4)}-${pad(m)}` }));
const realYear = year.map((y) => ({ y, iso: pad(y, 4) }));
/** Day 2000-01-01 + n as YYYY-MM-DD. */
const isoFromEpochDay = (n: number) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const dayIn2000To2030 = fc.integer({ min: 0, max: 11322 }).map(isoFromEpochDay);

describe("parsePartialDate", () => {
  it.each([
    ["2025-06-05", { year: 2025, month: 6, day: 5 }],
    ["2025-06", { year: 2025, month: 6 }],
    ["2025", { year: 2025 }],
    ["2024-02-29", { year: 2024, month: 2, day: 29 }],
    ["2000-02-29", { year: 2000, month: 2, day: 29 }],
    ["2025-12-31", { year: 2025, month: 12, day: 31 }],
    ["2025-01-01", { year: 2025, month: 1, day: 1 }],
    ["0001", { year: 1 }],
    ["0004-02-29", { year: 4, month: 2, day: 29 }],
  ])("%s parses", (value, expected) => {
    expect(parsePartialDate(value)).toEqual(expected);
  });

  it.each([
    "2025-02-30",
    "2025-02-29",
    "1900-02-29",
    "2100-02-29",
    "0003-02-29",
    "2025-04-31",
    "2025-06-31",
    "2025-13",
    "2025-00",
    "2025-13-01",
    "2025-00-10",
    "2025-06-00",
    "2025-06-32",
    "0000",
    "0000-01-01",
    "25",
    "202",
    "20250",
    "2025-6",
    "2025-6-5",
    "2025-06-5",
    "2025/06/05",
    "05-06-2025",
    "2025-06-05T10:00:00Z",
    " 2025",
    "2025 ",
    "2025\n",
    "2025-06-05\n",
    "",
    "June 2025",
    "c. 2023",
    "２０２５",
    "-2025",
    "+2025",
  ])("%j is not a date", (value) => {
    expect(parsePartialDate(value)).toBeNull();
  });

  it("accepts every real day and gives its parts back", () => {
    fc.assert(
      fc.property(realDay, ({ y, m, d, iso }) => {
        expect(parsePartialDate(iso)).toEqual({ year: y, month: m, day: d });
      }),
    );
  });

  it("accepts every month and year", () => {
    fc.assert(
      fc.property(realMonth, realYear, (mo, yr) => {
        expect(parsePartialDate(mo.iso)).toEqual({ year: mo.y, month: mo.m });
        expect(parsePartialDate(yr.iso)).toEqual({ year: yr.y });
      }),
    );
  });

  it("rejects every day past the end of its month", () => {
    fc.assert(
      fc.property(year, month, fc.integer({ min: 29, max: 99 }), (y, m, d) => {
        fc.pre(d > monthLength(y, m));
        expect(parsePartialDate(`${pad(y, 4)}-${pad(m)}-${pad(d)}`)).toBeNull();
      }),
    );
  });

  it("agrees with the calendar on 29 February", () => {
    fc.assert(
      fc.property(year, (y) => {
        expect(parsePartialDate(`${pad(y, 4)}-02-29`) !== null).toBe(isLeap(y));
      }),
    );
  });

  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (s) => {
        const d = parsePartialDate(s);
        if (d !== null) expect(/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)).toBe(true);
      }),
    );
  });
});

describe("dateProblem", () => {
  it.each([
    ["2025-06-05", "day"],
    ["2024-02-29", "day"],
    ["2025-06", "month"],
    ["2025", "year"],
    ["2019-08", "circa"],
    ["2023", "circa"],
  ] as const)("%s fits %s precision", (value, precision) => {
    expect(dateProblem(value, precision)).toBeNull();
  });

  it.each([
    ["2025-06", "day"],
    ["2025", "day"],
    ["2025-06-05", "month"],
    ["2025", "month"],
    ["2025-06-05", "year"],
    ["2025-06", "year"],
    ["2025-06-05", "circa"],
  ] as const)("%s does not fit %s precision", (value, precision) => {
    const problem = dateProblem(value, precision);
    expect(problem).toEqual(expect.any(String));
    expect(problem).toMatch(/YYYY/);
  });

  it.each(["2025-02-30", "2023-02-29", "2025-04-31", "2025-13", "2025-00", "2025-6-5", "", "soon"])(
    "%j is not a real date at any precision",
    (value) => {
      for (const precision of DATE_PRECISIONS) {
        expect(dateProblem(value, precision)).toMatch(/not a real date/);
      }
    },
  );

  it("accepts exactly the shape each precision asks for", () => {
    const shapes = fc.oneof(
      realDay.map((d) => ({ iso: d.iso, natural: "day" as const })),
      realMonth.map((d) => ({ iso: d.iso, natural: "month" as const })),
      realYear.map((d) => ({ iso: d.iso, natural: "year" as const })),
    );
    fc.assert(
      fc.property(shapes, fc.constantFrom(...DATE_PRECISIONS), ({ iso, natural }, precision: DatePrecision) => {
        const ok = precision === "circa" ? natural !== "day" : precision === natural;
        expect(dateProblem(iso, precision) === null).toBe(ok);
      }),
    );
  });
});

describe("naturalPrecision", () => {
  it("reads the precision off the shape", () => {
    expect(naturalPrecision("2025-06-05")).toBe("day");
    expect(naturalPrecision("2025-06")).toBe("month");
    expect(naturalPrecision("2025")).toBe("year");
  });

  it("is null for anything that is not a date", () => {
    expect(naturalPrecision("2025-02-30")).toBeNull();
    expect(naturalPrecision("2025-13")).toBeNull();
    expect(naturalPrecision("")).toBeNull();
  });

  it("is a precision the date fits", () => {
    fc.assert(
      fc.property(fc.oneof(realDay, realMonth, realYear), ({ iso }) => {
        const p = naturalPrecision(iso);
        expect(p).not.toBeNull();
        expect(dateProblem(iso, p!)).toBeNull();
      }),
    );
  });
});

describe("dateInterval", () => {
  it.each([
    ["2025-06-05", "2025-06-05", "2025-06-05"],
    ["2025-06", "2025-06-01", "2025-06-30"],
    ["2025-05", "2025-05-01", "2025-05-31"],
    ["2024-02", "2024-02-01", "2024-02-29"],
    ["2025-02", "2025-02-01", "2025-02-28"],
    ["1900-02", "1900-02-01", "1900-02-28"],
    ["2000-02", "2000-02-01", "2000-02-29"],
    ["2025-12", "2025-12-01", "2025-12-31"],
    ["2025", "2025-01-01", "2025-12-31"],
    ["0042", "0042-01-01", "0042-12-31"],
  ])("%s spans %s to %s", (value, start, end) => {
    expect(dateInterval(value)).toEqual({ start, end });
  });

  it.each(["2025-02-30", "2025-13", "", "June"])("throws for %j", (value) => {
    expect(() => dateInterval(value)).toThrow(RangeError);
  });

  it("spans real days that contain the date, start ≤ end", () => {
    fc.assert(
      fc.property(fc.oneof(realDay, realMonth, realYear), ({ iso }) => {
        const { start, end } = dateInterval(iso);
        expect(naturalPrecision(start)).toBe("day");
        expect(naturalPrecision(end)).toBe("day");
        expect(start <= end).toBe(true);
        expect(start.startsWith(iso)).toBe(true);
        expect(end.startsWith(iso)).toBe(true);
      }),
    );
  });

  it("a month spans exactly its length in days", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1970, max: 2100 }), month, (y, m) => {
        const { start, end } = dateInterval(`${y}-${pad(m)}`);
        expect(daysBetween(start, end) + 1).toBe(monthLength(y, m));
      }),
    );
  });

  it("a year spans 365 or 366 days", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1970, max: 2100 }), (y) => {
        const { start, end } = dateInterval(String(y));
        expect(daysBetween(start, end) + 1).toBe(isLeap(y) ? 366 : 365);
      }),
    );
  });
});

describe("formatPartialDate", () => {
  it.each([
    ["2025-06-05", "day", "5 June 2025"],
    ["2025-06-15", "day", "15 June 2025"],
    ["2024-02-29", "day", "29 February 2024"],
    ["2025-06", "month", "June 2025"],
    ["2025-01", "month", "January 2025"],
    ["2025-12", "month", "December 2025"],
    ["2025", "year", "2025"],
    ["2019-08", "circa", "c. August 2019"],
    ["2023", "circa", "c. 2023"],
  ] as const)("%s at %s precision reads %j", (value, precision, text) => {
    expect(formatPartialDate(value, precision)).toBe(text);
  });

  it("has a short style", () => {
    expect(formatPartialDate("2025-06-05", "day", "short")).toBe("5 Jun 2025");
    expect(formatPartialDate("2025-09", "month", "short")).toBe("Sep 2025");
    expect(formatPartialDate("2019-08", "circa", "short")).toBe("c. Aug 2019");
    expect(formatPartialDate("2023", "year", "short")).toBe("2023");
  });

  it("gives back anything that is not a date unchanged", () => {
    expect(formatPartialDate("2025-02-30", "day")).toBe("2025-02-30");
    expect(formatPartialDate("someday", "circa")).toBe("someday");
  });

  it("never shows more than is known: no day for a month, no month for a year", () => {
    fc.assert(
      fc.property(realMonth, ({ y, m, iso }) => {
        expect(formatPartialDate(iso, "month")).toBe(`${MONTHS[m - 1]} ${y}`);
        expect(formatPartialDate(iso, "circa")).toBe(`c. ${MONTHS[m - 1]} ${y}`);
      }),
    );
    fc.assert(
      fc.property(realYear, ({ y, iso }) => {
        expect(formatPartialDate(iso, "year")).toBe(String(y));
        expect(formatPartialDate(iso, "circa")).toBe(`c. ${y}`);
      }),
    );
  });

  it("shows a day without a leading zero", () => {
    fc.assert(
      fc.property(realDay, ({ y, m, d, iso }) => {
        expect(formatPartialDate(iso, "day")).toBe(`${d} ${MONTHS[m - 1]} ${y}`);
      }),
    );
  });

  it("marks circa dates, and only those, with c.", () => {
    fc.assert(
      fc.property(fc.oneof(realMonth, realYear), fc.constantFrom(...DATE_PRECISIONS), ({ iso }, precision) => {
        fc.pre(dateProblem(iso, precision) === null);
        expect(formatPartialDate(iso, precision).startsWith("c. ")).toBe(precision === "circa");
      }),
    );
  });
});

describe("formatDay", () => {
  it("formats a date or a timestamp as a day", () => {
    expect(formatDay("2025-06-05")).toBe("5 June 2025");
    expect(formatDay("2025-06-06T09:30:00Z")).toBe("6 June 2025");
  });
});

describe("daysBetween", () => {
  it("counts whole days, signed", () => {
    expect(daysBetween("2025-06-01", "2025-06-30")).toBe(29);
    expect(daysBetween("2025-06-30", "2025-06-01")).toBe(-29);
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2025-02-28", "2025-03-01")).toBe(1);
    expect(daysBetween("2024-12-31", "2025-01-01")).toBe(1);
    expect(daysBetween("2025-06-05T23:59:59Z", "2025-06-06T00:00:01Z")).toBe(1);
  });

  it("is antisymmetric, additive and integral", () => {
    fc.assert(
      fc.property(dayIn2000To2030, dayIn2000To2030, dayIn2000To2030, (a, b, c) => {
        expect(Number.isInteger(daysBetween(a, b))).toBe(true);
        expect(daysBetween(a, b) + daysBetween(b, a)).toBe(0);
        expect(daysBetween(a, b) + daysBetween(b, c)).toBe(daysBetween(a, c));
        expect(daysBetween(a, a)).toBe(0);
      }),
    );
  });

  it("counts the days we stepped", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 11322 }), fc.integer({ min: 0, max: 11322 }), (i, j) => {
        expect(daysBetween(isoFromEpochDay(i), isoFromEpochDay(j))).toBe(j - i);
      }),
    );
  });
});

describe("todayIso", () => {
  it("is the UTC calendar day", () => {
    expect(todayIso(new Date("2025-06-05T23:30:00-05:00"))).toBe("2025-06-06");
    expect(todayIso(new Date("2025-06-05T00:00:00Z"))).toBe("2025-06-05");
    expect(todayIso()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
