import { firstNameGender, isFirstName, isKnownNonName, looksLikePlace } from "./nlp";
import {
  FEMALE_ROLES,
  LEADING_TITLES,
  MALE_ROLES,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  OUTLET_WORDS,
  PRONOUNS_MALE,
  ROLE_NOUNS,
} from "./lexicon";
import { mask, type Span } from "./spans";
import { EVENT_AFTER } from "./lexicon";

export type Gender = "male" | "female" | "unknown";

export interface Person {
  name: string;
  gender: Gender;
}

/** A place in the text that refers to a person, and how: the full name, a surname, a pronoun… */
export interface PersonRef {
  person: string;
  via: "name" | "short" | "pronoun" | "role";
  possessive: boolean;
}

const NAME_RUN = /[A-Z][\p{L}'’-]+(?:[^\S\n]+(?:(?:de|da|del|della|van|von|der|den|di|du|le|la|bin|al|St\.)[^\S\n]+)*[A-Z][\p{L}'’-]+)+/gu;

const ORGANISATION_WORDS =
  /^(?:Rovers|United|City|Town|Athletic|Wanderers|Albion|FC|Pictures|Studios?|Records|Artists|Talent|Entertainment|Films|Productions|Group|Agency|Partners|Media|Global|Company|Co|Management|Agency|Label|Foundation|Theatre|Theater|Hall|Arena|Prize|Award|Awards|Festival|Gallery|Hotel|Club|Ltd|Inc)$/;

function tokensOf(name: string): string[] {
  return name.split(/\s+/).filter((t) => !NAME_PARTICLES.has(t.toLowerCase()));
}

function trimRun(run: string): string {
  let words = run.split(/\s+/);
  const possessive = words.findIndex((w) => /[’']s$/.test(w));
  if (possessive >= 0) words = words.slice(0, possessive + 1);
  words[words.length - 1] = words[words.length - 1].replace(/[’']s$/, "");

  while (words.length && (NOT_NAME_WORDS.has(words[0].toLowerCase()) || LEADING_TITLES.has(words[0].toLowerCase()))) words.shift();
  while (words.length && NOT_NAME_WORDS.has(words[words.length - 1].toLowerCase())) words.pop();
  return words.join(" ");
}

/**
 * Whether the text goes on to treat a name's last word as a person's: an age ("Frey, 52,"), a
 * speech verb ("Frey said"), a possessive person noun ("Frey's agent") or "he/she" right after it.
 */
function surnameActsAsPerson(name: string, text: string): boolean {
  const surname = tokensOf(name).at(-1);
  if (!surname || surname.length < 3) return false;
  const esc = surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(
    String.raw`\b${esc}(?:,\s*\d{2},|\s+(?:said|says|told|tells|added|adds|smiled|laughed|insisted|replied|wrote|posted|who|has|had|is|was)\b|[’']s\s+(?:agent|rep|representative|publicist|spokes\w+|manager|lawyer|wife|husband|partner|girlfriend|boyfriend|camp|team|baton|career)\b)`,
  ).test(text);
}

function acceptable(name: string, before: string, text = ""): boolean {
  const tokens = tokensOf(name);
  if (tokens.length < 2 || tokens.length > 3) return false;
  if (tokens.some((t) => NOT_NAME_WORDS.has(t.toLowerCase()))) return false;
  // "His publicist, Miles Okonkwo,": a run a role introduces is a person, whatever its words mean.
  // "Olympic rower Finn Maddox", "striker Thiago Arruda": a lowercase role noun right before introduces a person too.
  const introduced =
    /\b(?:rep|representative|spokes(?:person|woman|man)|publicist|manager|agent|lawyer|attorney)\s*,?\s+$/i.test(before) ||
    /(?:^|\s)(?:[a-z]+(?:er|or|ist|ian|ess)|star|model|host|chef|judge|partner|pro|champion|coach)\s+$/.test(before);
  const first = isFirstName(tokens[0]) || introduced;
  if (!first && isKnownNonName(tokens[0])) return false;
  // "Castleford Rovers", "Northlight Pictures": a team's or a company's name, not a person's.
  if (ORGANISATION_WORDS.test(tokens[tokens.length - 1])) return false;
  // "the John Wick films", "the World of John Wick": a title, not a person.
  if (/\b(?:[Tt]he|[A-Z][a-z]+ of)\s+$/.test(before)) return false;
  // "her 2019 single Paper Moon", "the drama Freshers", "her new single, Porch Light,": a work's title.
  if (
    /\b(?:single|album|song|track|record|film|movie|series|show|novel|book|play|drama|comedy|thriller|documentary|musical|sitcom|miniseries),?\s+$/i.test(
      before,
    )
  )
    return false;
  if (!first && tokens.some((t) => OUTLET_WORDS.has(t.toLowerCase()))) return false;
  // "interested in Anselm Frey": after a preposition an unknown name is a place, unless the text goes on to treat it as a person.
  if (!first && /\b(?:in|from|near|outside|at|of|to|the)\s+$/.test(before) && !surnameActsAsPerson(name, text)) return false;
  if (!first && looksLikePlace(name)) return false;
  return true;
}

function guessGender(name: string, text: string, others: string[] = []): Gender {
  const known = firstNameGender(tokensOf(name)[0]);
  if (known === "male" || known === "female") return known;
  // Otherwise the first pronoun after each mention (within its sentence) votes, and so does "actress".
  let votes = 0;
  const surname = tokensOf(name).at(-1) ?? name;
  for (const m of text.matchAll(new RegExp(String.raw`\b${surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\b`, "g"))) {
    const window = text.slice(m.index + surname.length, m.index + surname.length + 100);
    const parts = window.split(/[.!?]\s+/);
    // "Castell is wearing Dior; Reeve is in a tux, he tells us": a pronoun after another name is not hers.
    const cut = (part: string) => others.reduce((acc, o) => (acc.includes(o) ? acc.slice(0, acc.indexOf(o)) : acc), part);
    const own = cut(parts[0]);
    const next = parts.length > 1 && own === parts[0] ? parts[1] : "";
    // "Morrow, with whom she…", "directed the video for her": not Morrow. "Morrow… His publicist": Morrow.
    const p = /(?<!\bwhom\s)\b(he|his|she|her|actress|actor)\b/i.exec(own) ?? /^(His|Her)\b/.exec(next);
    if (p) votes += PRONOUNS_MALE.has(p[1].toLowerCase()) || p[1].toLowerCase() === "actor" ? 1 : -1;
  }
  return votes > 0 ? "male" : votes < 0 ? "female" : "unknown";
}

/**
 * The people an article names in full: ledger names and aliases, and two- or three-word
 * capitalised runs that are not outlets, places, months or sentence openers.
 * `masked` has the outlets blanked out.
 */
export function findPeople(text: string, masked: string, ledgerNames: string[], headings: { start: number; end: number }[] = []): Person[] {
  const names: string[] = [];
  const body = mask(masked, headings);
  const folded = masked.toLowerCase();
  for (const n of ledgerNames) if (n && folded.includes(n.toLowerCase()) && !names.includes(n)) names.push(n);
  for (const m of masked.matchAll(NAME_RUN)) {
    const trimmed = trimRun(m[0]);
    if (!trimmed) continue;
    let name = trimmed;
    const offset = m.index + m[0].indexOf(trimmed);
    if (headings.some((h) => offset >= h.start && offset < h.end)) {
      // Title Case headlines glue words onto names ("Greta Holm Address the Rumors"): keep the longest
      // leading part the body also writes, or nothing.
      const words = trimmed.split(/\s+/);
      let found = "";
      for (let n = words.length; n >= 2 && !found; n--) if (body.includes(words.slice(0, n).join(" "))) found = words.slice(0, n).join(" ");
      // A sentence-case heading or caption ("2. Theo Marsh and Ingrid Solberg: courtside cuties") names people as prose does,
      // when the body goes on to call them by first name or surname ("Fleur takes the crown", "Boateng insisted").
      const inBody = (w: string) => new RegExp(String.raw`\b${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\b`).test(body);
      if (
        !found &&
        words.length === 2 &&
        ((isFirstName(words[0]) && (!isKnownNonName(words[1]) || body.includes(words[1]))) ||
          ((inBody(words[0]) || inBody(words[1])) &&
            !isKnownNonName(words[0]) &&
            !isKnownNonName(words[1]) &&
            !/(?:er|or|ist|ian|ess)$/.test(words[0])))
      )
        found = trimmed;
      if (!found) continue;
      name = found;
    }
    if (!acceptable(name, masked.slice(Math.max(0, offset - 30), offset), masked)) continue;
    if (names.some((n) => n.toLowerCase() === name.toLowerCase() || n.includes(name))) continue;
    // "her home, Palazzo Rossi" after "Benedetta Rossi": a second owner of a surname needs a known first name.
    const last = tokensOf(name).at(-1);
    if (!isFirstName(tokensOf(name)[0]) && names.some((n) => tokensOf(n).at(-1) === last)) continue;
    names.push(name);
  }
  const surnames = names.map((n) => tokensOf(n).at(-1) ?? n);
  return names.map((name, i) => ({
    name,
    gender: guessGender(
      name,
      text,
      surnames.filter((_, j) => j !== i),
    ),
  }));
}

interface Token {
  start: number;
  end: number;
  person?: string;
  via: PersonRef["via"];
  pronoun?: "male" | "female";
  role?: Gender;
}

/**
 * Every reference to a known person, in text order: full names, ledger aliases, a surname or
 * first name used alone when only one person has it, and pronouns and role nouns
 * ("the actress") resolved to the most recent person they fit.
 */
export function personRefs(text: string, people: Person[], aliases: Map<string, string[]>): Span<PersonRef>[] {
  const tokens: Token[] = [];
  const taken = (s: number, e: number) => tokens.some((t) => s < t.end && e > t.start);
  const add = (re: RegExp, token: Omit<Token, "start" | "end">) => {
    for (const m of text.matchAll(re))
      if (!taken(m.index, m.index + m[0].length)) tokens.push({ start: m.index, end: m.index + m[0].length, ...token });
  };
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  for (const p of [...people].sort((a, b) => b.name.length - a.name.length)) {
    for (const alias of [p.name, ...(aliases.get(p.name) ?? [])])
      add(new RegExp(String.raw`\b${esc(alias)}\b`, "gi"), { person: p.name, via: "name" });
  }
  const shortForms = new Map<string, string[]>();
  for (const p of people) {
    const t = tokensOf(p.name);
    for (const w of new Set([t[0], t[t.length - 1]])) shortForms.set(w, [...(shortForms.get(w) ?? []), p.name]);
  }
  // A surname two people share ("Finn Maddox" and "his wife, Lucy Maddox") means the one the article introduced first.
  const firstAt = (name: string) => (text.indexOf(name) < 0 ? Infinity : text.indexOf(name));
  for (const [word, owners] of shortForms) {
    const surnameOfAll = owners.length > 1 && owners.every((o) => tokensOf(o).at(-1) === word && tokensOf(o)[0] !== word);
    if (surnameOfAll) owners.sort((a, b) => firstAt(a) - firstAt(b));
    if (owners.length === 1 || surnameOfAll)
      add(new RegExp(String.raw`\b${esc(word)}\b(?!\s+[A-Z])`, "g"), { person: owners[0], via: "short" });
  }
  add(/\b(?:he|him|his|himself)\b/gi, { via: "pronoun", pronoun: "male" });
  add(/\b(?:she|her|hers|herself)\b/gi, { via: "pronoun", pronoun: "female" });
  for (const m of text.matchAll(ROLE_NOUNS)) {
    const role = m[1].toLowerCase();
    // "the singer Rosa Lyle": the role introduces the name after it, it does not point back.
    const appositive = /^\s+[A-Z][\p{L}'’-]+\s+[A-Z]/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (!appositive && !taken(m.index, m.index + m[0].length))
      tokens.push({
        start: m.index,
        end: m.index + m[0].length,
        via: "role",
        role: FEMALE_ROLES.has(role) ? "female" : MALE_ROLES.has(role) ? "male" : "unknown",
      });
  }
  tokens.sort((a, b) => a.start - b.start);

  const gender = new Map(people.map((p) => [p.name, p.gender]));
  const mentions = new Map<string, number>();
  for (const t of tokens) if (t.person) mentions.set(t.person, (mentions.get(t.person) ?? 0) + 1);
  const count = (n: string) => mentions.get(n) ?? 0;
  const recent: string[] = [];
  const spans: Span<PersonRef>[] = [];
  for (const t of tokens) {
    let person = t.person;
    if (!person && t.pronoun) {
      // "…at the launch of her friend Anaïs Morel's collection, and she was giving nothing away": a passing name
      // mentioned once does not take "she" from the article's subject.
      const fits = recent.filter((n) => gender.get(n) === t.pronoun);
      const salient = fits.slice(1, 3).find((n) => count(n) >= 3 * count(fits[0]) && count(n) >= count(fits[0]) + 4 && count(fits[0]) <= 1);
      person = salient ?? fits[0] ?? recent.find((n) => gender.get(n) === "unknown");
    }
    if (!person && t.role) {
      const sentenceStart = Math.max(...[".", "!", "?", "\n"].map((stop) => text.lastIndexOf(stop, t.start)));
      const inSentence = new Set(spans.filter((s) => s.start > sentenceStart).map((s) => s.value.person));
      // Of the recent people the role fits, the one the article is most about ("the actress" is its subject, not her rival's wife).
      const fits = recent.filter(
        (n) => !inSentence.has(n) && (t.role === "unknown" || gender.get(n) === t.role || gender.get(n) === "unknown"),
      );
      const salient = fits.slice(1, 3).find((n) => count(n) >= 3 * count(fits[0]) && count(n) >= count(fits[0]) + 4);
      person = salient ?? fits[0];
    }
    if (!person) continue;
    // A host named for their party ("David Beckham's 50th birthday bash") is not who "he" means next.
    const hostOnly = t.via !== "pronoun" && EVENT_AFTER.test(text.slice(t.end, t.end + 60));
    if (t.via !== "pronoun" && !hostOnly) {
      const i = recent.indexOf(person);
      if (i >= 0) recent.splice(i, 1);
      recent.unshift(person);
    }
    const possessive = /^[’']s\b/.test(text.slice(t.end, t.end + 3)) || /^(?:his|her|hers)$/i.test(text.slice(t.start, t.end));
    spans.push({ start: t.start, end: t.end, value: { person, via: t.via, possessive } });
  }
  return spans;
}
