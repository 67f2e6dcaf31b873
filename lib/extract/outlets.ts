import { escapeRegExp } from "./regex";
import { isFirstName, listedGender } from "./nlp";
import { HOLDER_OF_WORK } from "./people";
import { MEDIUM_CUES, OUTLET_CUES, OUTLET_REPORT_VERBS, OUTLET_WORDS, MONTH_NAMES, DAY_NAMES } from "./lexicon";
import type { Span } from "./spans";

// Letters with accents count ("Paris Lumière", "Télé Star").
const TOKEN = String.raw`[A-Z\u00C0-\u00DE](?:[\w!'’&\u00C0-\u024F-]|\.(?=\w))*`;
const RUN = String.raw`((?:The[^\S\n]+)?${TOKEN}(?:[^\S\n]+(?:${TOKEN}|of|and|&|del|de|la|el|do|da|dos|das|du|di|\d{1,3}\b)){0,4})`;
const STRONG_CUES = OUTLET_CUES.filter((cue) => !["on", "to", "in", "by", "via"].includes(cue));
const CUE_RE = new RegExp(
  String.raw`\b(${OUTLET_CUES.map((c) => `[${c[0].toUpperCase()}${c[0]}]${escapeRegExp(c.slice(1))}`).join("|")})\s+(?:the\s+)?${RUN}`,
  "g",
);
const REPORT_RE = new RegExp(
  String.raw`${RUN}(?:,\s+which)?\s+(?:(?:has|had|also|later|first|then|originally|exclusively)\s+)*(${OUTLET_REPORT_VERBS.map(escapeRegExp).join("|")})\b`,
  "g",
);

const REPORTER_OF_RE = new RegExp(
  String.raw`\b(?:an?|one|the)\s+${RUN}\s+(?:reporter|journalist|correspondent|columnist|photographer)s?\b`,
  "g",
);
const COLUMN_OF_RE = new RegExp(
  String.raw`${RUN}['’]s\s+(?:[\w-]+\s+){0,2}?(?:column|diary|page|section|desk|website|site|blog|podcast|gossip pages?)\s+(?:has\s+|had\s+|first\s+)?(?:reported|claimed|revealed|alleged|said|ran|wrote)\b`,
  "g",
);
const HOSTS_OF_RE = new RegExp(String.raw`\b(?:co-?)?(?:hosts?|presenters?|anchors?) of\s+${RUN}`, "g");

/** Words that open a sentence before an outlet's "The …": "On Wednesday The Clubhouse Chronicle claimed". */
const LEAD_WORDS = new Set([
  "on",
  "by",
  "in",
  "last",
  "since",
  "then",
  "but",
  "and",
  "so",
  "yet",
  "earlier",
  "later",
  "this",
  "meanwhile",
  "also",
  "now",
  "first",
  "early",
  "late",
  ...DAY_NAMES,
  ...MONTH_NAMES,
]);

function clean(run: string): string {
  const words = run.split(/\s+/);
  const the = words.indexOf("The");
  if (the > 0 && words.slice(0, the).every((w) => LEAD_WORDS.has(w.toLowerCase()) || /^\d{1,2}(?:st|nd|rd|th)?,?$/.test(w)))
    run = words.slice(the).join(" ");
  // "Celeb Scoop Daily and Honky Tonk Gossip": two outlets, the first ending on what it is.
  const and = /^(.+?)\s+(?:and|&)\s+[A-Z]/.exec(run);
  if (and && OUTLET_WORDS.has(and[1].split(/\s+/).at(-1)!.toLowerCase())) run = and[1];
  return (
    run
      // "Last Thursday's Larkspur Ledger reported": the weekday dates the report; the paper is the rest.
      .replace(/^(?:(?:Last|This)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[’']s\s+(?=\S+\s+\S)/, "")
      .replace(/[’']s$/, "")
      .replace(/[.,]$/, "")
      .replace(/\s+(?:of|and|&|del|de|la|el|do|da|dos|das|du|di)$/, "")
      .trim()
  );
}

function hasOutletWord(name: string): boolean {
  return name.split(/\s+/).some((w) => OUTLET_WORDS.has(w.toLowerCase().replace(/[’']s$/, "")));
}

const NOBLE_TITLES =
  /^(?:Duke|Duchess|Prince|Princess|King|Queen|Earl|Countess|Lord|Lady|Baron|Baroness|Marquess|Viscount|Sultan|Emir|Sheikh|Pope|Archbishop|Bishop)$/;

const MEDIUM_CUE_SET = new Set(MEDIUM_CUES);

function plausibleOutlet(name: string, strong: boolean, knownPeople: Set<string>, medium = false, appositive = false): boolean {
  // "her own show, Gemma Unfiltered": after "show," or "podcast," a first name still names the medium.
  if (medium) return !knownPeople.has(name) && (!isFirstName(name.split(/\s+/)[0]) || appositive);
  const first = name.split(/\s+/)[0].toLowerCase();
  if (MONTH_NAMES.includes(first) || DAY_NAMES.includes(first)) return false;
  if (knownPeople.has(name)) return false;
  if (hasOutletWord(name)) return true;
  // A name-shaped run after "told" is a person more often than a paper ("told Ana").
  return strong && !isFirstName(name.split(/\s+/)[0]) && !/^(?:The\s+)?\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u.test(name);
}

/**
 * The outlets an article names: the editor's own outlet, outlets the ledger knows, and
 * capitalised names after "told", "according to", "spoke with"… or before "reported".
 */
export function findOutletNames(text: string, known: string[], knownPeople: Set<string>): string[] {
  const names = new Set<string>();
  for (const name of known) if (name && new RegExp(String.raw`\b${escapeRegExp(name)}\b`).test(text)) names.add(name);
  for (const m of text.matchAll(CUE_RE)) {
    const name = clean(m[2]);
    const cue = m[1].toLowerCase();
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (
      /^\s+(?:[a-z][\w-]*\s+){0,2}(?:magazine|newspaper|paper|papers|tabloids?|podcast|show|programme|program|website|site|channel|outlets?|radio|station|press|media|broadcaster|daily|weekly|monthly|newsletter|account|blog)\b/.test(
        rest,
      )
    )
      continue;
    // "The producer of that show, Gemma Adeyinka,": the name in apposition is the role's holder, not the show's title.
    if (cue.endsWith(",") && HOLDER_OF_WORK.test(text.slice(Math.max(0, m.index - 40), m.index + m[1].length + 1))) continue;
    // "broadcaster Aoibheann Fitzmaurice": a broadcaster is a person too; only a name with an outlet's word (or an acronym) is a channel.
    if (cue === "broadcaster" && !hasOutletWord(name) && !/^[A-ZÉ]{2,}\b/.test(name)) continue;
    // "his appearance on Burnt Ends", "Monday's episode of Sofa Sessions": a programme, even when name-shaped.
    const programme = /^(?:appearance on|appeared on|episode of|edition of)$/.test(cue);
    // "first reported by the Northern Tattle": a name-shaped run a lowercase "the" opens is no person's.
    const titledRun =
      STRONG_CUES.includes(cue) &&
      /\s+the\s+$/.test(m[0].slice(0, m[0].length - m[2].length)) &&
      !NOBLE_TITLES.test(name.split(/\s+/)[0]) &&
      name.split(/\s+/).length >= 2 &&
      !knownPeople.has(name);
    if (
      name &&
      (titledRun ||
        plausibleOutlet(name, STRONG_CUES.includes(cue), knownPeople, MEDIUM_CUE_SET.has(cue) || programme, cue.endsWith(",") || programme))
    )
      names.add(name.replace(/^The\s+(?=\S+$)/, ""));
  }
  // "an interview with Vantage magazine": a name before the medium's noun.
  for (const m of text.matchAll(/\b((?:[A-Z][\w'’&-]*[^\S\n]+(?:&[^\S\n]+)?){1,3}?)(?:magazine|newspaper|tabloid|podcast)\b/g)) {
    // "the Spanish magazine Revista Brillo": when a name follows the noun, the words before it describe it.
    if (/^[^\S\n]+(?:The[^\S\n]+)?[A-Z]/.test(text.slice(m.index + m[0].length))) continue;
    const name = clean(m[1].trim());
    if (name && !/^The$/.test(name) && plausibleOutlet(name, true, knownPeople, true)) names.add(name);
  }
  // "The Kingston Courier's Splash column reported": the paper a column or a desk belongs to.
  for (const m of text.matchAll(COLUMN_OF_RE)) {
    const name = clean(m[1]);
    if (name && !knownPeople.has(name) && (hasOutletWord(name) || /^The\s/.test(name)) && !isFirstName(name.split(/\s+/)[0]))
      names.add(name);
  }
  // "Asked by a Maison Mode reporter": whom a reporter works for.
  for (const m of text.matchAll(REPORTER_OF_RE)) {
    const name = clean(m[1]);
    if (name && !knownPeople.has(name) && !MONTH_NAMES.includes(name.split(/\s+/)[0].toLowerCase())) names.add(name);
  }
  // "telling the hosts of The Morning Table": a programme is what its hosts host (not "the host of Kaye's party").
  for (const m of text.matchAll(HOSTS_OF_RE)) {
    if (/[’']s$/.test(m[1])) continue;
    const name = clean(m[1]);
    if (name && plausibleOutlet(name, true, knownPeople, true)) names.add(name);
  }
  for (const m of text.matchAll(REPORT_RE)) {
    const name = clean(m[1]);
    if (!name || knownPeople.has(name)) continue;
    // "Hotline Hollywood first reported that…": a run no first name opens, before "reported", is a publication.
    const reportedNews =
      /^report(?:ed|s)$/.test(m[2]) &&
      /\b(?:first|exclusively|originally)\s+$/.test(text.slice(m.index, m.index + m[0].length - m[2].length));
    // "the Sunday Beacon reported": a capitalised run after a lowercase "the" is a publication, not a person.
    // "The National Tattler reported", "The Clarion reported": a name that opens with "The" is no person either.
    const afterThe =
      (/(?:^|[^\w])the\s+$/.test(text.slice(Math.max(0, m.index - 5), m.index)) && !/^The\s/.test(name)) ||
      (/^The\s+[A-Z][\w'’-]*(?:\s+[A-Z]|$)/.test(name) && !isFirstName(name.split(/\s+/)[1]));
    // "The National Tattler reported on Sunday…": a name opening on "The" is no person's.
    const titled = /^The\s+[A-Z]/.test(name) && !/^The\s+\S+$/.test(name) && /^(?:report|claim|reveal)/.test(m[2]);
    // "when Gab Central claimed they had been…": a run no first name opens, whose last word the text never uses alone (as a surname).
    const words = name.split(/\s+/);
    const unnamed =
      /^(?:report|claim|reveal)/.test(m[2]) &&
      words.length >= 2 &&
      !isFirstName(words[0]) &&
      !MONTH_NAMES.includes(words[0].toLowerCase()) &&
      !new RegExp(String.raw`(?<!${escapeRegExp(words.at(-2)!)}\s)\b${escapeRegExp(words.at(-1)!)}\b`).test(text) &&
      // ("Ní Bhriain claims": the text writes a first name before it, "Siobhán Ní Bhriain"; a surname.)
      ![...text.matchAll(new RegExp(String.raw`(\p{Lu}\p{Ll}+)\s+${escapeRegExp(name)}\b`, "gu"))].some(
        (f) => listedGender(f[1]) !== "unknown",
      );
    if (
      hasOutletWord(name) ||
      (afterThe && !MONTH_NAMES.includes(name.split(/\s+/)[0].toLowerCase()) && !DAY_NAMES.includes(name.toLowerCase())) ||
      titled ||
      unnamed ||
      (reportedNews && !isFirstName(name.split(/\s+/)[0]) && !MONTH_NAMES.includes(name.split(/\s+/)[0].toLowerCase()))
    )
      names.add(name);
  }
  // "Asked by Bracegirdle": a single word the text also writes after a first name ("Cole Bracegirdle") is a person's surname;
  // "before the show, Isla was all smiles": a first name the text also writes before a surname ("Isla Nettlefold") is hers.
  for (const name of [...names])
    if (
      !/\s/.test(name) &&
      !known.includes(name) &&
      ([...text.matchAll(new RegExp(String.raw`\b(\p{Lu}\p{Ll}+)\s+${escapeRegExp(name)}\b`, "gu"))].some(
        (m) => !OUTLET_WORDS.has(m[1].toLowerCase()) && m[1] !== "The" && (isFirstName(m[1]) || listedGender(m[1], true) !== "unknown"),
      ) ||
        ((isFirstName(name) || listedGender(name, true) !== "unknown") &&
          new RegExp(
            String.raw`\b${escapeRegExp(name)}\s+\p{Lu}\p{Ll}{2,}(?!\s+(?:FM|TV|Radio|News|Magazine|Podcast|Show|Weekly|Daily))`,
            "u",
          ).test(text)))
    )
      names.delete(name);
  // Keep the longest form when one name contains another ("The Graham Norton Show" over "Graham Norton Show").
  return [...names].filter((n) => ![...names].some((o) => o !== n && o.includes(n) && !/^The\s/.test(n)));
}

/** Every place in the text where one of the outlets is named. */
export function outletSpans(text: string, outlets: string[]): Span<string>[] {
  const spans: Span<string>[] = [];
  for (const name of [...outlets].sort((a, b) => b.length - a.length)) {
    for (const m of text.matchAll(new RegExp(String.raw`\b${escapeRegExp(name)}(?![\w])`, "g"))) {
      const start = m.index;
      if (spans.some((s) => start < s.end && start + name.length > s.start)) continue;
      spans.push({ start, end: start + name.length, value: name });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * "told the Skelp", "he told the Courier": a paper's own pages call it by its last word after a lowercase "the".
 * The spans with those short forms read as the outlet's full name, sorted.
 */
export function withShortOutlet(text: string, outlet: string | null, spans: readonly Span<string>[]): Span<string>[] {
  const name = outlet?.trim() ?? "";
  const last = name.split(/\s+/).at(-1) ?? "";
  if (name === last || !/^\p{Lu}\p{Ll}{2,}$/u.test(last) || /^(?:Daily|Weekly|News|Online|Times|Post)$/.test(last)) return [...spans];
  const out = spans.map((s) => (s.value === last ? { ...s, value: name } : s));
  for (const m of text.matchAll(new RegExp(String.raw`(?<=\bthe\s)${escapeRegExp(last)}\b(?!\s+\p{Lu})`, "gu"))) {
    if (out.some((s) => m.index < s.end && m.index + last.length > s.start)) continue;
    out.push({ start: m.index, end: m.index + last.length, value: name });
  }
  return out.sort((a, b) => a.start - b.start);
}
