import * as chrono from "chrono-node";
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
const WEEKEND_RE = /\b(?:over|at|during|on)\s+the\s+(?:past\s+|last\s+|recent\s+)?weekend\b|\blast weekend\b|\bthis past weekend\b/i;

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
 * The dates a sentence names, most specific reading first, each with its precision:
 * a named or relative day ("last Tuesday", "on June 3") → day; a month ("in March" is the most
 * recent March) → month; a year → year; "around…" → circa at the unit given;
 * "over the weekend" → that Saturday, circa. Durations ("for 30 years") are not dates.
 */
export function findDates(sentence: string, published: string): FoundDate[] {
  const ref = reference(published);
  const found: FoundDate[] = [];
  const weekend = WEEKEND_RE.exec(sentence);
  if (weekend) found.push({ occurredOn: weekendSaturday(published), precision: "circa", index: weekend.index, text: weekend[0] });
  for (const r of chrono.parse(sentence, { instant: ref, timezone: 0 })) {
    if (
      /weekend/i.test(r.text) ||
      /^for\b/i.test(r.text) ||
      // Durations ("for 30 years", "after nine years") are not dates; "two weeks ago" is.
      (/(?:\d|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several))\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\b/i.test(
        r.text,
      ) &&
        !/\b(?:ago|earlier|later|before|after)$/i.test(r.text.trim()))
    )
      continue;
    if (/^(?:now|today|tonight|this (?:week|time))$/i.test(r.text.trim()) || /\bfor\s+$/i.test(sentence.slice(0, r.index))) continue;
    const s = r.start;
    // "They wed in August": a bare weekday abbreviation is a verb more often than a day.
    if (s.isCertain("weekday") && !s.isCertain("month") && !/day/i.test(r.text)) continue;
    let d = s.date();
    const circa = CIRCA_BEFORE.test(sentence.slice(0, r.index)) || /^(?:late|early|mid)/i.test(r.text);
    if (s.isCertain("day") || s.isCertain("weekday")) {
      if (d > ref)
        d =
          s.isCertain("weekday") && !s.isCertain("month")
            ? new Date(d.getTime() - 7 * 86_400_000)
            : new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate(), 12));
      found.push({ occurredOn: circa ? iso(d).slice(0, 7) : iso(d), precision: circa ? "circa" : "day", index: r.index, text: r.text });
    } else if (s.isCertain("month")) {
      if (d > ref && !s.isCertain("year")) d = new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), 1, 12));
      found.push({ occurredOn: iso(d).slice(0, 7), precision: circa ? "circa" : "month", index: r.index, text: r.text });
    } else if (s.isCertain("year")) {
      found.push({ occurredOn: String(d.getUTCFullYear()), precision: circa ? "circa" : "year", index: r.index, text: r.text });
    }
  }
  for (const m of sentence.matchAll(YEAR_RE)) {
    if (found.some((f) => m.index < f.index + f.text.length && f.index < m.index + m[0].length)) continue;
    const circa = /around|circa|about|roughly|some/i.test(m[1]) || Boolean(m[2]);
    found.push({ occurredOn: m[3], precision: circa ? "circa" : "year", index: m.index, text: m[0] });
  }
  if (!found.length) {
    // "his 2019 short": a bare year, when nothing better is said.
    for (const m of sentence.matchAll(/(?<![\d$£€.,-])\b((?:19|20)\d\d)\b(?![-–]?\d|s\b|\s*(?:million|people|followers))/g))
      found.push({ occurredOn: m[1], precision: "year", index: m.index, text: m[0] });
  }
  return found.sort((a, b) => a.index - b.index);
}
