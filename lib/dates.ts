import type { DatePrecision } from "@/db/enums";

export type { DatePrecision };

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTHS_SHORT = MONTHS.map((m) => m.slice(0, 3));

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null for anything else or an impossible date (30 February). */
export function parsePartialDate(value: string): PartialDate | null {
  let m = DAY.exec(value);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
    return { year, month, day };
  }
  m = MONTH.exec(value);
  if (m) {
    const [year, month] = [Number(m[1]), Number(m[2])];
    if (year < 1 || month < 1 || month > 12) return null;
    return { year, month };
  }
  m = YEAR.exec(value);
  if (m && Number(m[1]) >= 1) return { year: Number(m[1]) };
  return null;
}

/**
 * Why a date string does not fit its precision, or null when it does.
 * `day` needs `YYYY-MM-DD`, `month` needs `YYYY-MM`, `year` needs `YYYY`;
 * `circa` takes `YYYY-MM` or `YYYY` (a circa day would be a contradiction).
 */
export function dateProblem(value: string, precision: DatePrecision): string | null {
  const parsed = parsePartialDate(value);
  if (!parsed) return `"${value}" is not a real date (use YYYY-MM-DD, YYYY-MM or YYYY)`;
  const hasDay = parsed.day !== undefined;
  const hasMonth = parsed.month !== undefined;
  switch (precision) {
    case "day":
      return hasDay ? null : "a day-precision date needs YYYY-MM-DD";
    case "month":
      return hasMonth && !hasDay ? null : "a month-precision date needs YYYY-MM";
    case "year":
      return !hasMonth ? null : "a year-precision date needs YYYY";
    case "circa":
      return !hasDay ? null : "a circa date takes YYYY-MM or YYYY";
  }
}

/** The precision a date string naturally has (`2025-06` → month). */
export function naturalPrecision(value: string): Exclude<DatePrecision, "circa"> | null {
  const parsed = parsePartialDate(value);
  if (!parsed) return null;
  return parsed.day !== undefined ? "day" : parsed.month !== undefined ? "month" : "year";
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** First and last calendar day (`YYYY-MM-DD`) a partial date can mean. */
export function dateInterval(value: string): { start: string; end: string } {
  const d = parsePartialDate(value);
  if (!d) throw new RangeError(`Not a date: ${value}`);
  const y = pad(d.year, 4);
  if (d.day !== undefined) return { start: value, end: value };
  if (d.month !== undefined) return { start: `${y}-${pad(d.month)}-01`, end: `${y}-${pad(d.month)}-${pad(daysInMonth(d.year, d.month))}` };
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}

/**
 * A partial date for machines (an HTML `<time dateTime>`, JSON-LD): the valid
 * forms `2023`, `2025-06`, `2025-06-05`, exactly as precise as known, never a
 * first-of-month or first-of-January day made up for it. Circa dates keep
 * their year or month (the "c." is for people, not parsers).
 */
export function machineDate(value: string): string {
  const d = parsePartialDate(value);
  if (!d) throw new RangeError(`Not a date: ${value}`);
  if (d.day !== undefined) return `${pad(d.year, 4)}-${pad(d.month!)}-${pad(d.day)}`;
  return d.month !== undefined ? `${pad(d.year, 4)}-${pad(d.month)}` : pad(d.year, 4);
}

/**
 * A date as precisely as it is known, never more: "5 June 2025", "June 2025",
 * "2025", "c. August 2019", "c. 2023".
 */
export function formatPartialDate(value: string, precision: DatePrecision, style: "long" | "short" = "long"): string {
  const d = parsePartialDate(value);
  if (!d) return value;
  const months = style === "long" ? MONTHS : MONTHS_SHORT;
  let text: string;
  if (d.day !== undefined && d.month !== undefined) text = `${d.day} ${months[d.month - 1]} ${d.year}`;
  else if (d.month !== undefined) text = `${months[d.month - 1]} ${d.year}`;
  else text = String(d.year);
  return precision === "circa" ? `c. ${text}` : text;
}

/** A full ISO date or timestamp as "5 June 2025". */
export function formatDay(isoDateOrTimestamp: string): string {
  return formatPartialDate(isoDateOrTimestamp.slice(0, 10), "day");
}

/** Days between two `YYYY-MM-DD` dates (b − a), in whole days. */
export function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b.slice(0, 10)}T00:00:00Z`) - Date.parse(`${a.slice(0, 10)}T00:00:00Z`)) / 86_400_000;
}

/** Today as `YYYY-MM-DD` in UTC. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
