import type { FoundDate } from "./dates";

/**
 * Phrases that count from another day rather than from the publication: "the following day",
 * "that night", "moments later", "the day before", "ten days earlier", "two days after the
 * premiere". They count from a day the same sentence gave before them ("On 14 December … the
 * following day"), from the day right after them ("the day after Boxing Day"), else from the date
 * in force (`anchor`: the last day the article gave). Without any, "earlier"/"before" count back
 * from publication and the rest give nothing.
 */

const DAY_MS = 86_400_000;
const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  few: 3,
  several: 3,
};
const PART = String.raw`(?:day|morning|afternoon|evening|night)`;
const COUNT = String.raw`(a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)`;

/** Each phrase, and how many days from its anchor it falls (`null`: read from the match), and whether it is approximate. */
const PHRASES: { re: RegExp; days: number | null; circa: boolean }[] = [
  { re: new RegExp(String.raw`\bthe (?:following|next) ${PART}\b|\bthe ${PART} after\b`, "i"), days: 1, circa: false },
  { re: /\bthe (?:following|next) week\b/i, days: 7, circa: true },
  {
    re: new RegExp(
      String.raw`\blater (?:that|the same) ${PART}\b|\b(?:that|the) same ${PART}\b|\bthat (?:morning|afternoon|evening|night)\b|\bwithin (?:hours|the hour|minutes)\b|(?<![\w-])(?:(?:a few|several|some|a couple of|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9]|1\d|2[0-3]) )?(?:minutes|moments|hours) (?:later|afterwards?|earlier|before)\b|\b(?:shortly )?afterwards?\b|\bearlier (?:that|the same|in the) (?:day|morning|afternoon|evening)\b`,
      "i",
    ),
    days: 0,
    circa: false,
  },
  { re: new RegExp(String.raw`\bthe (?:${PART}|eve) before\b|\bthe previous ${PART}\b|\bthe eve of\b`, "i"), days: -1, circa: false },
  {
    re: new RegExp(String.raw`\b${COUNT} (days?|weeks?|fortnights?) (later|after|afterwards|earlier|before)\b`, "i"),
    days: null,
    circa: false,
  },
  { re: /\ba fortnight (later|after|earlier|before)\b/i, days: null, circa: false },
  // "days later", "just weeks earlier": a few of them, approximate ("days after <something>" counts from that, not from the day in force).
  { re: /\b(?:mere |just |only )?(days|weeks) (later|afterwards|earlier)\b/i, days: null, circa: true },
];

const parse = (day: string) => new Date(`${day}T12:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The relative dates of a sentence, given the dates already found in it (`found`) and the date in force. */
export function relativeDates(sentence: string, published: string, anchor: string | null, found: FoundDate[]): FoundDate[] {
  const out: FoundDate[] = [];
  const ref = parse(published);
  for (const { re, days, circa } of PHRASES) {
    const m = re.exec(sentence);
    if (!m || out.some((o) => m.index < o.index + o.text.length && o.index < m.index + m[0].length)) continue;
    const end = m.index + m[0].length;
    const backwards = /earlier|before|previous|eve\b/i.test(m[0]);
    const days_ = days ?? offset(m[0]);
    // "the day after Boxing Day", "two days before the 14 March gala": the day named right after.
    const after = found.find((f) => f.occurredOn.length === 10 && f.index >= end && f.index - end <= 12);
    const before = found.filter((f) => f.occurredOn.length === 10 && f.index + f.text.length <= m.index).pop();
    // "the night before, on Friday,": the day named after the comma is that night itself, not its neighbour.
    if (after && /^,\s*(?:on\s+)?$/i.test(sentence.slice(end, after.index))) continue;
    const from = after && /(?:after|before|of)$/i.test(m[0]) ? after : before;
    const base = from ? parse(from.occurredOn) : anchor && anchor.length === 10 ? parse(anchor) : backwards && days === null ? ref : null;
    if (!base) continue;
    const d = new Date(base.getTime() + days_ * DAY_MS);
    if (d > ref) continue;
    const text = from === after && after ? sentence.slice(m.index, after.index + after.text.length) : m[0];
    out.push({ occurredOn: iso(d), precision: circa || /few|several/i.test(m[0]) ? "circa" : "day", index: m.index, text });
  }
  return out;
}

/** "ten days earlier" → -10, "a fortnight later" → 14, "a few weeks after" → 21. */
function offset(phrase: string): number {
  const m = new RegExp(String.raw`^(?:(?:mere|just|only) )?${COUNT}?\s*(days?|weeks?|fortnights?)?`, "i").exec(phrase)!;
  const count = m[1]
    ? (NUMBERS[m[1].toLowerCase().replace(/^a /, "")] ?? Number(m[1]))
    : /^(?:(?:mere|just|only) )?(?:days|weeks)\b/i.test(phrase)
      ? 3
      : 1;
  const unit = /week/i.test(m[2] ?? "") ? 7 : /fortnight/i.test(m[2] ?? phrase) ? 14 : 1;
  return count * unit * (/earlier|before/i.test(phrase) ? -1 : 1);
}
