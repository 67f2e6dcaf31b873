import * as chrono from "chrono-node";
import { holidayDates } from "./holidays";
import { relativeDates } from "./relative-dates";
import type { DatePrecision } from "@/lib/vocabulary";

/** A date found in a sentence, resolved against the publication date. */
export interface FoundDate {
  occurredOn: string;
  precision: DatePrecision;
  /** Where in the sentence the date's words are. */
  index: number;
  text: string;
}

const CIRCA_BEFORE =
  /\b(?:around|about|circa|c\.|roughly|approximately|some ?time in|sometime around|in or around|at some point in|as early as|late|early|mid|mid-)\s*$/i;
const YEAR_RE =
  /\b(?:(in or around|around|circa|about|roughly|sometime in|some time in|since|in|during|back in|of|from|until)\s+)((?:late|early|mid)[-\s])?((?:19|20)\d\d)\b(?![-–]\d)/gi;
const WEEKEND_RE =
  /\bthe weekend before last\b|\btwo weekends ago\b|\b(?:over|at|during|on)\s+the\s+(?:past\s+|last\s+|recent\s+)?weekend\b|\blast weekend\b|\bthis(?: past)? weekend\b/i;

const DAY_MS = 86_400_000;
const DATELINE_RE = /^\s*[A-Z][A-Z .'’-]{2,}, (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})(?:,? \d{4})?(?: \([^)]*\))?\s*[-–—]+/;
const SEASON_RE =
  /\b(?:(last|this|in the|that|over the|during the)\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?((?:19|20)\d\d))?\b/i;
const SEASON_OF_YEAR = /\b(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?:19|20)\d\d$/i;
const SEASON_MONTH: Record<string, number> = { spring: 4, summer: 7, autumn: 10, fall: 10, winter: 1 };
/** Words that put a date after publication: "is set to begin filming in August", "hits theaters April 24". */
// ("Regular readers will recall that County Set reported in June…": remembering is not a plan.)
const FUTURE_BEFORE =
  /\b(?:(?:will|['’]ll)(?!\s+(?:recall|remember|know|note|notice|recogni[sz]e|have (?:seen|noticed|heard|read))\b)|shall|(?:[Ii]s|[Aa]re) (?:set|scheduled|slated|due|expected|poised|going|planning|pencil+ed)|[Pp]lans? to|next (?:week|month|year|weekend|season|spring|summer|autumn|fall|winter|\w+day)|upcoming|coming (?:week|month|year|weekend|season|days|weeks|months)|due (?:out|in|on|for)|slated|scheduled|pencil+ed in|set (?:to|for)|runs (?:until|through))\b[^.;:!?,]*$/;
/** Present-tense verbs of what is coming ("hits theaters April 24", "releases her album in September"), in lower case: "Hits Radio" is a name. */
const FUTURE_VERB_BEFORE =
  /\b(?:hits|opens|bows|premieres|arrives|airs|begins|starts|returns|lands|drops|releases|leaves|heads|plays|faces|headlines|tours)\b[^.;:!?]*$/;
const future = (before: string) => FUTURE_BEFORE.test(before) || FUTURE_VERB_BEFORE.test(before);

/**
 * Phrases chrono does not read the way articles mean them: "earlier this week" (circa), "a
 * fortnight ago", "over the holidays" (December, circa), seasons ("last summer", "in the spring
 * of 2021": the season's middle month, circa; "that summer" is the summer of the year in force),
 * holidays (holidays.ts) and months placed by year words chrono drops ("in May last year").
 */
function phraseDates(sentence: string, published: string, anchor: string | null): FoundDate[] {
  const out: FoundDate[] = holidayDates(sentence, published);
  const ref = reference(published);
  const week = /\bearlier this week\b/i.exec(sentence);
  if (week) {
    const monday = ref.getTime() - ((ref.getUTCDay() + 6) % 7) * DAY_MS;
    out.push({
      occurredOn: iso(new Date(Math.max(monday, ref.getTime() - 3 * DAY_MS))),
      precision: "circa",
      index: week.index,
      text: week[0],
    });
  }
  // "earlier this month" / "earlier this year": the publication's month or year, approximate.
  const thisUnit =
    /\b(?:earlier|early|already) this (month|year)\b|^\s*this month\b|\b(?:at the (?:start|beginning) of|earlier in|early in) the (month|year)\b/i.exec(
      sentence,
    );
  if (thisUnit) {
    const year = /year/i.test(thisUnit[0]);
    out.push({
      occurredOn: year ? published.slice(0, 4) : published.slice(0, 7),
      precision: "circa",
      index: thisUnit.index,
      text: thisUnit[0],
    });
  }
  // "On the 9th, the agency…": that day of the publication's month (or of the month before, if it is still to come).
  const ordinal =
    /\b[Oo]n the (\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|anniversary|birthday|floor|time|place|round|hole|minute|century))/.exec(
      sentence,
    );
  if (ordinal && Number(ordinal[1]) >= 1 && Number(ordinal[1]) <= 31) {
    const day = Number(ordinal[1]);
    const back = day > ref.getUTCDate() ? 1 : 0;
    const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - back, day, 12));
    if (d.getUTCDate() === day) out.push({ occurredOn: iso(d), precision: "day", index: ordinal.index, text: ordinal[0] });
  }
  // "This time last year", "two years ago this month": the publication's month, that many years back.
  const yearsBack = /\bthis time last year\b|\b(a|one|two|three|four|five|\d+) years? ago this month\b/i.exec(sentence);
  if (yearsBack) {
    const n = yearsBack[1] ? (YEAR_COUNTS[yearsBack[1].toLowerCase()] ?? Number(yearsBack[1])) : 1;
    out.push({
      occurredOn: `${ref.getUTCFullYear() - n}-${published.slice(5, 7)}`,
      precision: "circa",
      index: yearsBack.index,
      text: yearsBack[0],
    });
  }
  // "The pair rang in 2026 together": New Year's Eve before it.
  const rangIn = /\b(?:rang|ringing|saw|seeing) in (?:the new year|((?:19|20)\d\d))\b/i.exec(sentence);
  if (rangIn) {
    const year = rangIn[1] ? Number(rangIn[1]) : ref.getUTCMonth() === 11 ? ref.getUTCFullYear() + 1 : ref.getUTCFullYear();
    if (`${year - 1}-12-31` <= published && !out.some((d) => d.occurredOn === `${year - 1}-12-31`))
      out.push({ occurredOn: `${year - 1}-12-31`, precision: "day", index: rangIn.index, text: rangIn[0] });
  }
  const fortnight = /\ba fortnight ago\b/i.exec(sentence);
  if (fortnight)
    out.push({ occurredOn: iso(new Date(ref.getTime() - 14 * DAY_MS)), precision: "circa", index: fortnight.index, text: fortnight[0] });
  // "Over the holidays", "the festive season": the most recent December, approximate.
  const festive =
    /\b(?:over|during|for|after|before|around) the (?:(?:christmas|festive|holiday) )?(?:holidays|holiday season|festive (?:season|period|break))\b/i.exec(
      sentence,
    );
  if (festive) {
    const year = ref.getUTCMonth() === 11 ? ref.getUTCFullYear() : ref.getUTCFullYear() - 1;
    out.push({ occurredOn: `${year}-12`, precision: "circa", index: festive.index, text: festive[0] });
  }
  const season = SEASON_RE.exec(sentence);
  // "this spring" once spring has begun is this year's; before it, it may be to come, and dates nothing.
  const thisSeason = /^this$/i.test(season?.[1] ?? "");
  const begun = season !== null && SEASON_MONTH[season[2].toLowerCase()] - 1 <= ref.getUTCMonth();
  if (season && (season[1] || season[3]) && (!thisSeason || (begun && !future(sentence.slice(0, season.index))))) {
    const month = SEASON_MONTH[season[2].toLowerCase()];
    let year = season[3] ? Number(season[3]) : ref.getUTCFullYear();
    const ahead = future(sentence.slice(0, season.index));
    if (!season[3] && /^that$/i.test(season[1] ?? "") && anchor && `${anchor.slice(0, 4)}-${pad(month)}` <= published)
      year = Number(anchor.slice(0, 4));
    // "last summer", "in the spring": the most recent one already begun before publication; "will tour in the autumn": the next.
    else if (!season[3] && ahead && month - 1 < ref.getUTCMonth()) year += 1;
    else if (!season[3] && !ahead && month - 1 >= ref.getUTCMonth() + 1) year -= 1;
    out.push({ occurredOn: `${year}-${pad(month)}`, precision: "circa", index: season.index, text: season[0] });
  }
  // "in May last year", "last May", "March this year": a month placed by the year words chrono drops.
  const monthYear = MONTH_YEAR_RE.exec(sentence);
  if (monthYear) {
    const month = MONTHS.indexOf((monthYear[2] ?? monthYear[4]).toLowerCase().slice(0, 3)) + 1;
    const thisYear = ref.getUTCFullYear();
    const said = monthYear[6];
    const year = said ? (/last/i.test(said) ? thisYear - 1 : thisYear) : month < ref.getUTCMonth() + 1 ? thisYear : thisYear - 1;
    // "on 14 February last year", "February 14 last year": the day, in that year.
    // A day the month does not have ("31 February") is no day: the month alone.
    const saidDay = Number(monthYear[3] ?? monthYear[5]);
    const day = saidDay >= 1 && new Date(Date.UTC(year, month - 1, saidDay)).getUTCMonth() === month - 1 ? saidDay : 0;
    out.push({
      occurredOn: day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`,
      precision: day ? "day" : "month",
      index: monthYear.index,
      text: monthYear[0],
    });
  }
  return out;
}

const YEAR_COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_WORD = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December)`;
const MONTH_YEAR_RE = new RegExp(
  String.raw`\b(?:([Ll]ast)\s+${MONTH_WORD}\b|(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?${MONTH_WORD}(?:\s+(\d{1,2})(?:st|nd|rd|th)?,?)?\s+(?:of\s+)?(last year|this year)\b)`,
);

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function reference(published: string): Date {
  return new Date(`${published}T12:00:00Z`);
}

/** The Saturday of the weekend before (or of) the publication date. */
export function weekendSaturday(published: string): string {
  const d = reference(published);
  const back = (d.getUTCDay() + 1) % 7 || 7; // Saturday → 7 days back unless published on Sunday/Monday…
  const days = d.getUTCDay() === 0 ? 1 : back;
  return iso(new Date(d.getTime() - days * 86_400_000));
}

/**
 * The dates a sentence names, in the order they appear, each with its precision:
 * a named or relative day ("last Tuesday", "on June 3") → day; a month ("in March" is the most
 * recent March, "is set to begin in August" the next) → month; a year → year; "around…" → circa
 * at the unit given; "over the weekend", "the weekend before last" → that Saturday, circa; "last
 * week" → a week back, circa; holidays (holidays.ts) → their day; "that night", "the following
 * day", "days later" → counted from `anchor`, the day in force (relative-dates.ts). Durations
 * ("for 30 years", "within the year") and names ("the Sunday Spotlight", "a Christmas album") are
 * not dates.
 */
export function findDates(text: string, published: string, anchor: string | null = null): FoundDate[] {
  // A wire dateline ("BUENOS AIRES, May 7 (Continental Press) -") dates the copy, not what it reports.
  // "on the evening of February 7": chrono reads the date without the part of the day before it.
  const sentence = text
    .replace(DATELINE_RE, (m) => " ".repeat(m.length))
    .replace(/\b(?:the )?(?:morning|afternoon|evening|night|early hours) of (?=(?:\d|[A-Z]))/g, (m) => " ".repeat(m.length));
  const ref = reference(published);
  const found: FoundDate[] = phraseDates(sentence, published, anchor);
  const weekend = WEEKEND_RE.exec(sentence);
  // "will walk the red carpet … this weekend": a weekend still to come is not the last one.
  const coming = weekend !== null && !/past/i.test(weekend[0]) && future(sentence.slice(0, weekend.index));
  if (weekend) {
    // "the weekend before last", "two weekends ago": the Saturday a week earlier; a weekend to come, a week later.
    const back = coming ? -7 * DAY_MS : /before last|two weekends/i.test(weekend[0]) ? 7 * DAY_MS : 0;
    const saturday = iso(new Date(reference(weekendSaturday(published)).getTime() - back));
    found.push({ occurredOn: saturday, precision: "circa", index: weekend.index, text: weekend[0] });
  }
  for (const r of chrono.parse(sentence, { instant: ref, timezone: 0 })) {
    if (found.some((f) => r.index < f.index + f.text.length && f.index < r.index + r.text.length)) continue;
    // Counted from another day (relative-dates.ts), not from the publication.
    if (/\b(?:next|following|later|after|before|earlier|previous)\b/i.test(r.text) && !/\bago$/i.test(r.text.trim())) continue;
    // "Earlier in the day they…": chrono reads a date into words that name none.
    if (
      !/\d|ago|yesterday|today|tonight|tomorrow|\b(?:last|this|past|week|month|year)\b|day\b(?<!\bthe day)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(
        r.text,
      )
    )
      continue;
    if (
      /weekend/i.test(r.text) ||
      // "within the year", "this past year": a span, not a date.
      /^(?:for|within)\b|^past (?:year|month|decade|few|several)\b/i.test(r.text) ||
      // Durations ("for 30 years", "after nine years") are not dates; "two weeks ago" is.
      (/(?:\d|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several))\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\b/i.test(
        r.text,
      ) &&
        !/\b(?:ago|earlier|later|before|after)$/i.test(r.text.trim()))
    )
      continue;
    // "at the last minute", "within the hour": times of day, not dates.
    if (/\b(?:minutes?|hours?|seconds?|moment)\b/i.test(r.text) && !/\bago$/i.test(r.text.trim())) continue;
    if (/^(?:now|today|tonight|this (?:week|time))$/i.test(r.text.trim()) || /\bfor\s+$/i.test(sentence.slice(0, r.index))) continue;
    const s = r.start;
    // "told the Sunday Spotlight", "The Sunday Register reported": a weekday in a title names a paper, not a day.
    if (
      /^\w+day$/i.test(r.text.trim()) &&
      /\bthe\s+$/i.test(sentence.slice(0, r.index)) &&
      /^\s+[A-Z][a-z]/.test(sentence.slice(r.index + r.text.length))
    )
      continue;
    // "They wed in August": a bare weekday abbreviation is a verb more often than a day.
    if (s.isCertain("weekday") && !s.isCertain("month") && !/day/i.test(r.text)) continue;
    let d = s.date();
    const ahead = future(sentence.slice(Math.max(0, r.index - 80), r.index));
    // "is set to begin filming in August": the next August, not the last.
    if (ahead && !s.isCertain("year") && d < ref)
      d =
        s.isCertain("weekday") && !s.isCertain("month")
          ? new Date(d.getTime() + 7 * DAY_MS)
          : new Date(Date.UTC(d.getUTCFullYear() + 1, d.getUTCMonth(), d.getUTCDate(), 12));
    const circa = CIRCA_BEFORE.test(sentence.slice(0, r.index)) || /^(?:late|early|mid)/i.test(r.text);
    // "last week": a day a week back, approximate.
    const week = /\b(?:last|past|this) week\b/i.test(r.text);
    // "late on Sunday" is the Sunday: only "around", "about"… make a named day approximate.
    // "at around 2 a.m. on Monday": "around" is of the hour, and the day is certain.
    const hourFirst = /^(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?|o['’]clock)|midnight|noon|midday)/i.test(r.text);
    const dayCirca =
      circa && !hourFirst && !/\b(?:late|early|mid-?)\s*$/i.test(sentence.slice(0, r.index)) && !/^(?:late|early|mid)/i.test(r.text);
    // "by the end of January", "at the start of the month": the month, approximate.
    const edge = /\b(?:end|start|beginning|middle) of\b/i.test(r.text);
    if ((s.isCertain("day") || s.isCertain("weekday")) && !edge) {
      if (d > ref && !ahead)
        d =
          s.isCertain("weekday") && !s.isCertain("month")
            ? new Date(d.getTime() - 7 * 86_400_000)
            : new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate(), 12));
      found.push({
        occurredOn: dayCirca ? iso(d).slice(0, 7) : iso(d),
        precision: dayCirca || week ? "circa" : "day",
        index: r.index,
        text: r.text,
      });
    } else if (s.isCertain("month") || edge) {
      if (d > ref && !s.isCertain("year") && !ahead) d = new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), 1, 12));
      found.push({ occurredOn: iso(d).slice(0, 7), precision: circa || edge ? "circa" : "month", index: r.index, text: r.text });
    } else if (s.isCertain("year")) {
      found.push({ occurredOn: String(d.getUTCFullYear()), precision: circa ? "circa" : "year", index: r.index, text: r.text });
    }
  }
  for (const m of sentence.matchAll(YEAR_RE)) {
    if (SEASON_OF_YEAR.test(sentence.slice(0, m.index + m[0].length))) continue;
    if (found.some((f) => m.index < f.index + f.text.length && f.index < m.index + m[0].length)) continue;
    const circa = /around|circa|about|roughly|some/i.test(m[1]) || Boolean(m[2]);
    found.push({ occurredOn: m[3], precision: circa ? "circa" : "year", index: m.index, text: m[0] });
  }
  const relative = relativeDates(sentence, published, anchor, found);
  if (relative.length) {
    // "the day after Boxing Day" is one date, not two.
    const covered = (f: FoundDate) => relative.some((r) => f.index >= r.index && f.index + f.text.length <= r.index + r.text.length);
    found.splice(0, found.length, ...found.filter((f) => !covered(f)), ...relative);
  }
  if (!found.length) {
    // "his 2019 short": a bare year, when nothing better is said.
    for (const m of sentence.matchAll(/(?<![\d$£€.,-])\b((?:19|20)\d\d)\b(?![-–]?\d|s\b|\s*(?:million|people|followers))/g))
      found.push({ occurredOn: m[1], precision: "year", index: m.index, text: m[0] });
  }
  return found.sort((a, b) => a.index - b.index);
}
