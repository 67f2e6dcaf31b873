import type { FoundDate } from "./dates";

/**
 * Named days an article may date something by ("on Boxing Day", "around Easter last year",
 * "over the Labor Day weekend"), resolved to the day they fall on: fixed dates, Easter and the days
 * counted from it, and the holidays that fall on the nth or last weekday of a month (Thanksgiving,
 * Memorial Day, Labor Day, the bank holidays of England and Wales).
 */

const pad = (n: number) => String(n).padStart(2, "0");
const ymd = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const DAY_MS = 86_400_000;
const shift = (day: string, days: number) => new Date(Date.parse(`${day}T12:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Easter Sunday of a year (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  return ymd(year, Math.floor((h + l - 7 * m + 114) / 31), ((h + l - 7 * m + 114) % 31) + 1);
}

/** The nth (1-based; -1 = last) given weekday (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): string {
  if (nth > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return ymd(year, month, 1 + ((weekday - first + 7) % 7) + (nth - 1) * 7);
  }
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const last = new Date(Date.UTC(year, month - 1, lastDay)).getUTCDay();
  return ymd(year, month, lastDay - ((last - weekday + 7) % 7));
}

const fixed = (month: number, day: number) => (year: number) => ymd(year, month, day);
const fromEaster = (days: number) => (year: number) => shift(easterSunday(year), days);
const nth = (month: number, weekday: number, n: number) => (year: number) => nthWeekday(year, month, weekday, n);

const BANK_HOLIDAY_RULES = [
  fromEaster(-2),
  fromEaster(1),
  nth(5, 1, 1),
  nth(5, 1, -1),
  nth(8, 1, -1),
  fixed(12, 25),
  fixed(12, 26),
  fixed(1, 1),
];
/** "The bank holiday weekend": the most recent bank holiday (England and Wales) on or before the day. */
function latestBankHoliday(before: string): string {
  const year = Number(before.slice(0, 4));
  return [year, year - 1]
    .flatMap((y) => BANK_HOLIDAY_RULES.map((rule) => rule(y)))
    .filter((d) => d <= before)
    .sort()
    .reverse()[0];
}

/** Longer names first, so that "Christmas Eve" is not read as "Christmas". */
const HOLIDAYS: [string, (year: number) => string][] = [
  ["christmas eve", fixed(12, 24)],
  ["christmas day", fixed(12, 25)],
  ["christmas", fixed(12, 25)],
  ["boxing day", fixed(12, 26)],
  ["new year['’]s eve|hogmanay", fixed(12, 31)],
  ["new year['’]s day", fixed(1, 1)],
  ["new year(?!['’])", fixed(12, 31)],
  ["valentine['’]s day|valentine['’]s", fixed(2, 14)],
  ["st\\.? patrick['’]s day|saint patrick['’]s day", fixed(3, 17)],
  ["halloween", fixed(10, 31)],
  ["bonfire night|guy fawkes night", fixed(11, 5)],
  ["(?:the )?fourth of july|independence day|july 4th", fixed(7, 4)],
  ["juneteenth", fixed(6, 19)],
  ["good friday", fromEaster(-2)],
  ["easter monday", fromEaster(1)],
  ["easter sunday|easter", fromEaster(0)],
  ["palm sunday", fromEaster(-7)],
  ["shrove tuesday|pancake day|mardi gras", fromEaster(-47)],
  ["mothering sunday", fromEaster(-21)],
  ["thanksgiving(?: day)?", nth(11, 4, 4)],
  ["memorial day", nth(5, 1, -1)],
  ["labou?r day", nth(9, 1, 1)],
  ["martin luther king(?: jr\\.?)? day|mlk day", nth(1, 1, 3)],
  ["presidents['’]? day", nth(2, 1, 3)],
  ["father['’]s day", nth(6, 0, 3)],
  ["early may bank holiday|may day bank holiday", nth(5, 1, 1)],
  ["spring bank holiday|whitsun bank holiday", nth(5, 1, -1)],
  ["(?:august|summer) bank holiday", nth(8, 1, -1)],
];
const HOLIDAY_RE = new RegExp(
  String.raw`\b(${HOLIDAYS.map(([name]) => `(?:${name})`).join("|")}|bank holiday)(?![\p{L}-])(?:\s+(weekend))?(?:\s+(?:of\s+)?((?:19|20)\d\d)\b|\s+(last|this|next) year\b)?`,
  "giu",
);
const AROUND_BEFORE =
  /\b(?:(?:around|about|circa|roughly|approximately|sometime (?:around|over)|some time (?:around|over)|over|during)\s+(?:the\s+)?|at\s+)$/i;
const PRODUCT_AFTER =
  /^[\s-]+(?:album|single|song|record|special|episode|edition|cards?|jumper|sweater|tree|lights|advert|ad|campaign|movie|film|number one|show|menu|collection|range|issue)\b/i;
const LAST_BEFORE = /\b(?:last|this past)\s+$/i;
const NEXT_BEFORE = /\b(?:next|this coming|upcoming)\s+$/i;

/**
 * Holidays in a sentence: the day they fall on in the year the words give ("Christmas 2024",
 * "Easter last year", "next Thanksgiving"), else the most recent one on or before publication.
 * A holiday's weekend is its Saturday, approximate, like any weekend; "around", "over" or "at"
 * before it make the day approximate; Christmas alone is the season more than the day (circa).
 */
export function holidayDates(sentence: string, published: string): FoundDate[] {
  const out: FoundDate[] = [];
  const thisYear = Number(published.slice(0, 4));
  for (const m of sentence.matchAll(HOLIDAY_RE)) {
    const name = m[1].toLowerCase();
    const before = sentence.slice(0, m.index);
    // "a Christmas album", "the Halloween special": a thing named after the holiday, not a date.
    if (!m[2] && !m[3] && !m[4] && PRODUCT_AFTER.test(sentence.slice(m.index + m[0].length))) continue;
    const weekend = Boolean(m[2]);
    let day: string;
    if (name === "bank holiday") day = latestBankHoliday(published);
    else {
      const rule = HOLIDAYS.find(([pattern]) => new RegExp(`^(?:${pattern})$`, "i").test(name))?.[1];
      // "New Year" alone is a date only "over", "at", "around" or "for" it ("a happy New Year" is a greeting).
      if (!rule || (name === "new year" && !/\b(?:over|at|around|for)\s+(?:the\s+)?$/i.test(before))) continue;
      const relative = m[4]?.toLowerCase();
      const next = NEXT_BEFORE.test(before) || relative === "next";
      if (m[3]) day = rule(Number(m[3]));
      else if (relative === "last") day = rule(thisYear - 1);
      else if (relative === "this" || relative === "next") day = rule(relative === "next" ? thisYear + 1 : thisYear);
      else {
        day = rule(thisYear);
        if (next && day <= published) day = rule(thisYear + 1);
        if (!next && (day > published || (LAST_BEFORE.test(before) && day === published))) day = rule(thisYear - 1);
      }
    }
    // A weekend around a Monday holiday starts two days before it; around a Thursday (Thanksgiving), two days after.
    if (weekend) {
      const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
      const saturday = shift(day, weekday === 1 ? -2 : weekday === 0 ? -1 : weekday === 5 ? 1 : weekday === 4 ? 2 : 0);
      // "over Thanksgiving weekend" in a Friday paper: the weekend has begun, but its Saturday is still to come.
      if (saturday <= published || day > published) day = saturday;
    }
    // "the Easter holidays", "over New Year": a stretch around the day.
    const stretch = /^\s+(?:holidays?|break|period|season|hols)\b/i.test(sentence.slice(m.index + m[0].length)) || /^new year$/i.test(name);
    const circa = weekend || stretch || AROUND_BEFORE.test(before) || /^christmas$/i.test(name);
    out.push({ occurredOn: day, precision: circa ? "circa" : "day", index: m.index, text: m[0] });
  }
  return out;
}
