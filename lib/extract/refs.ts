import { escapeRegExp } from "./regex";
import { findQuotes } from "./quotes";
import { EVENT_AFTER, FEMALE_ROLES, HAND_IN_HAND, MALE_ROLES, ROLE_NOUNS } from "./lexicon";
import { givenAndFamily, surnameFirst, tokensOf } from "./names";
import { isFirstName } from "./nlp";
import type { Gender, Person, PersonRef } from "./people";
import type { Span } from "./spans";

/** Word edges that know letters beyond ASCII: "\b" sees none before the "Å" of "Åberg". */
const WORD_START = String.raw`(?<![\p{L}\p{N}_])`;
const WORD_END = String.raw`(?![\p{L}\p{N}_])`;

interface Token {
  start: number;
  end: number;
  person?: string;
  via: PersonRef["via"];
  pronoun?: "male" | "female";
  role?: Gender;
  /** The role noun itself ("director", "winner"), to match what the article said of each person. */
  noun?: string;
}

/**
 * Epithets beyond the lexicon's role nouns, with up to two modifiers, capitalised or not, and an
 * age: "the Emmy winner, 34,", "the Brazilian striker", "the Harbour Lane beauty", "her co-star".
 */
const EPITHETS =
  /(?:\b(?:the|his|her)|(?<=(?:^|[.!?]["”’]?\s+|\n))The) (?:(?:[\p{Lu}\d][\p{L}\d'’-]*|[\p{Ll}][\p{Ll}-]*) ){0,2}?(winner|nominee|champion|striker|goalkeeper|midfielder|defender|captain|quarterback|olympian|medall?ist|specialist|veteran|newcomer|beauty|stunner|hunk|ace|flanker|favou?rite|icon|legend|mogul|tycoon|billionaire|heir|coach|co-?star|castmate|bandmate|teammate|filmmaker|director|star|singer|actress|actor|groom|bride)\b(?!-(?:crossed|studded|struck|spangled))(?:, \d{2},)?/gu;
/** A word that names what someone is: a lowercase noun right before the name, or an appositive after it. */
const ROLE_BEFORE = /\b([\p{Ll}][\p{Ll}-]{2,})\s+$/u;
/** "Director Anders Kjellberg has confirmed…": a role opening the sentence, capitalised. */
const ROLE_OPENING = /(?:^|[.!?]["”’]?\s+|\n)(\p{Lu}\p{Ll}{2,})\s+$/u;
const ROLE_AFTER =
  /^,\s+(?:\d{2},\s+)?(?:the|a|an|his|her)\s+((?:[\p{L}'’-]+\s+){0,3}?[\p{Ll}-]+)(?=\s+(?:of|who|whose|from|at|in|on|for|with)\b|,|\.)/u;

const REP_NOUNS = String.raw`(?:rep|reps|representative|spokes(?:person|woman|man)|publicist|agent|manager|lawyer|attorney|team(?!-)|camp)`;
const REP_FOR = new RegExp(String.raw`\b${REP_NOUNS}\s+(?:for|of)\s+$`, "i");
const REP_OF = new RegExp(String.raw`^[’']s\s+(?:[\w-]+\s+)?${REP_NOUNS}\b`, "i");

/** What the article said each person is when it named them: "director Reid Okamura", "Dominic Vasquez, the star of…". */
function rolesOf(text: string, tokens: Token[]): Map<string, Set<string>> {
  const roles = new Map<string, Set<string>>();
  for (const t of tokens) {
    if (!t.person || t.via !== "name") continue;
    const words = [
      ROLE_BEFORE.exec(text.slice(Math.max(0, t.start - 30), t.start))?.[1],
      ROLE_OPENING.exec(text.slice(Math.max(0, t.start - 30), t.start))?.[1],
      ...(ROLE_AFTER.exec(text.slice(t.end, t.end + 80))?.[1].split(/\s+/) ?? []),
    ].filter((w): w is string => Boolean(w));
    if (words.length) roles.set(t.person, new Set([...(roles.get(t.person) ?? []), ...words.map((w) => w.toLowerCase())]));
  }
  return roles;
}

/** What opens a list of guests, up to the name: "Also at the long tables:", "Among the guests were". */
const GUEST_LIST_LEAD =
  /(?:\bAlso\b[^:.;!?"“\n]{0,60}:|\b[Aa]mong the (?:other )?(?:guests|attendees|crowd)\b(?: were)?|\b[Gg]uests included)[^.!?:\n]*$/;
const LISTED_TOGETHER = new RegExp(String.raw`\b(?:${HAND_IN_HAND})\b[^.!?\n]*$`, "i");

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
  for (const p of [...people].sort((a, b) => b.name.length - a.name.length)) {
    for (const alias of [p.name, ...(aliases.get(p.name) ?? []), ...(p.aliases ?? [])])
      add(new RegExp(String.raw`${WORD_START}${escapeRegExp(alias)}${WORD_END}`, "giu"), { person: p.name, via: "name" });
  }
  const shortForms = new Map<string, string[]>();
  for (const p of people) {
    // A nickname the article gave ("Lux") calls the person as their first name does.
    const nicks = (p.aliases ?? []).map((a) => /["“‘]\s*([^"”’]+?)\s*["”’]/.exec(a)?.[1]).filter((n): n is string => Boolean(n));
    const { given, family } = givenAndFamily(p.name);
    // "Josefina Larraín Cox … Larraín told us": a Spanish name's first surname, a word no given-name list holds, calls her too.
    const t = tokensOf(p.name);
    // ("Guðrún Ásta told us" is a given name and a middle one, never written apart.)
    const apart =
      t.length === 3 && new RegExp(String.raw`(?<!${escapeRegExp(t[0])}\s)${WORD_START}${escapeRegExp(t[1])}${WORD_END}`, "u").test(text);
    const paternal = apart && !surnameFirst(t) && /^\p{Lu}/u.test(t[1]) && !isFirstName(t[1]) ? [t[1], `${t[1]} ${t[2]}`] : [];
    for (const w of new Set([given, family, ...paternal, ...nicks])) shortForms.set(w, [...(shortForms.get(w) ?? []), p.name]);
  }
  // A surname two people share ("Finn Maddox" and "his wife, Lucy Maddox") means the one the article introduced first.
  const firstAt = (name: string) => (text.indexOf(name) < 0 ? Infinity : text.indexOf(name));
  // Longer forms first: "Wei Ling" before a "Ling" someone else may be called.
  for (const [word, owners] of [...shortForms].sort(([a], [b]) => b.length - a.length)) {
    const surnameOfAll = owners.length > 1 && owners.every((o) => tokensOf(o).at(-1) === word && tokensOf(o)[0] !== word);
    if (surnameOfAll) owners.sort((a, b) => firstAt(a) - firstAt(b));
    if (owners.length === 1 || surnameOfAll)
      add(new RegExp(String.raw`${WORD_START}${escapeRegExp(word)}${WORD_END}(?!\s+\p{Lu})`, "gu"), { person: owners[0], via: "short" });
  }
  add(/\b(?:he|him|his|himself)\b/gi, { via: "pronoun", pronoun: "male" });
  add(/\b(?:she|her|hers|herself)\b/gi, { via: "pronoun", pronoun: "female" });
  for (const re of [ROLE_NOUNS, EPITHETS])
    for (const m of text.matchAll(re)) {
      const role = (m[1] ?? m[2]).toLowerCase();
      // "the singer Rosa Lyle", "the film's director, Priscilla Noon": the role introduces the name after it, it does not point back.
      // ("X, the star of Mørketid, and the Danish chef and television host Signe Thorsager": the second of a list, two
      // roles, then the name they introduce; "that the league star and netballer Jess Paewai" are two people.)
      const listed = /\band\s+$/.test(text.slice(Math.max(0, m.index - 5), m.index));
      const appositive = (
        listed ? /^(?:\s+(?:and|&)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)?,?\s+[A-Z][\p{L}'’-]+\s+[A-Z]/u : /^,?\s+[A-Z][\p{L}'’-]+\s+[A-Z]/u
      ).test(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
      // "her co-star" is the partner of whoever "her" is: a relation, not an epithet to resolve here.
      // "run The Anchor & Oar", "at The Golden Hare": a capitalised role noun mid-sentence is part of a venue's or a title's name.
      const titled =
        /^The\s+\p{Lu}/u.test(m[0]) &&
        !/(?:^|[.!?]["”’)]?\s+|\n)$/.test(text.slice(Math.max(0, m.index - 4), m.index)) &&
        /\p{Lu}/u.test((m[1] ?? m[2])[0] ?? "");
      const named = /^\s*(?:&|and\s+\p{Lu}\p{Ll}|\p{Lu}\p{Ll})/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6));
      if (/^(?:his|her)\b/i.test(m[0]) || appositive || titled || named || taken(m.index, m.index + m[0].length)) continue;
      tokens.push({
        start: m.index,
        end: m.index + m[0].length,
        via: "role",
        role: FEMALE_ROLES.has(role) || role === "bride" ? "female" : MALE_ROLES.has(role) || role === "groom" ? "male" : "unknown",
        noun: role,
      });
    }
  tokens.sort((a, b) => a.start - b.start);

  const gender = new Map(people.map((p) => [p.name, p.gender]));
  const roles = rolesOf(text, tokens);
  const quotes = findQuotes(text);
  const mentions = new Map<string, number>();
  for (const t of tokens) if (t.person) mentions.set(t.person, (mentions.get(t.person) ?? 0) + 1);
  const count = (n: string) => mentions.get(n) ?? 0;
  // Whether a person's last mention was in passing: a possessive or after a preposition ("her friend Anaïs Morel's collection").
  const inPassing = new Map<string, boolean>();
  const recent: string[] = [];
  let opener: { person: string; at: number } | null = null;
  const spans: Span<PersonRef>[] = [];
  // Pairs the article names together by name ("Delphine Achterberg and Marcus Oyelaran"), each member's partner.
  const coupled = new Map<string, string>();
  tokens.forEach((t, index) => {
    const next = tokens[index + 1];
    const between = next ? text.slice(t.end, next.start) : "";
    if (
      t.person &&
      next?.person &&
      t.person !== next.person &&
      (/^\s+(?:and|&)\s+$/.test(between) || /^\s+(?:[\p{Ll}-]+\s+){0,3}(?:beside|with|alongside|next to)\s+$/u.test(between))
    )
      for (const [a, b] of [
        [t.person, next.person],
        [next.person, t.person],
      ])
        if (!coupled.has(a)) coupled.set(a, b);
  });
  tokens.forEach((t, index) => {
    let person = t.person;
    if (!person && t.pronoun) {
      // Inside quotation marks, "she" is not whoever is quoted saying it ("'She's mirroring him,' Moss told us").
      const quote = quotes.find((q) => t.start > q.start && t.end < q.end);
      const quoted = quote ? speakersOf(text, quote, tokens) : new Set<string>();
      // "'Everett and Maribel are friends,' she told The Daily Gleam": who is named inside the words is not who said them.
      const subject = /^(?:he|she)$/i.test(text.slice(t.start, t.end));
      const saidAfter = quote || !subject ? undefined : quotes.find((q) => q.end <= t.start && /^[\s,]*$/.test(text.slice(q.end, t.start)));
      const inWords = new Set(
        saidAfter ? tokens.filter((o) => o.person && o.start >= saidAfter.start && o.end <= saidAfter.end).map((o) => o.person!) : [],
      );
      const candidates = recent.filter((n) => gender.get(n) === t.pronoun && !quoted.has(n));
      const outside = candidates.filter((n) => !inWords.has(n));
      const fits = outside.length ? outside : candidates;
      // "…at the launch of her friend Anaïs Morel's collection, and she was giving nothing away": a passing name
      // mentioned once does not take "she" from the article's subject.
      const salient = inPassing.get(fits[0])
        ? fits.slice(1, 3).find((n) => count(n) >= 3 * count(fits[0]) && count(n) >= count(fits[0]) + 4 && count(fits[0]) <= 1)
        : undefined;
      // "Benedetti was less direct. 'Lux is family,' she said": the last one named, opening the sentence before, whose
      // gender the article had not given, is who "she" means — and is a woman from now on.
      const opened =
        subject &&
        opener &&
        opener.person === recent.find((n) => !inWords.has(n) && !quoted.has(n)) &&
        gender.get(opener.person) === "unknown" &&
        t.start - opener.at < 250
          ? opener.person
          : undefined;
      // "Rhiannon Doughty, who plays bass in Pippa's band, joked… '…,' she said": the sentence's subject, not a possessive after it.
      const subjectBefore =
        subject &&
        opener &&
        fits[0] !== opener.person &&
        fits.includes(opener.person) &&
        inPassing.get(fits[0]) &&
        t.start - opener.at < 300
          ? opener.person
          : undefined;
      person = opened ?? subjectBefore ?? salient ?? fits[0] ?? recent.find((n) => gender.get(n) === "unknown" && !quoted.has(n));
      if (opened) gender.set(opened, t.pronoun);
    }
    if (!person && t.role) {
      // "Dominic Vasquez, the star of the police drama": an appositive role is the name just before it.
      const previous = tokens[index - 1];
      if (previous?.person && /^(?:[’']s)?(?:,\s*\d{1,3})?,\s*$/.test(text.slice(previous.end, t.start))) person = previous.person;
    }
    if (!person && t.role) {
      const sentenceStart = Math.max(...[".", "!", "?", "\n"].map((stop) => text.lastIndexOf(stop, t.start)));
      // "A spokesperson for Esquivel said the singer…": a rep's principal is who the rep's role noun means, not someone else.
      const principal = (s: Span<PersonRef>) =>
        REP_FOR.test(text.slice(Math.max(0, s.start - 40), s.start)) || REP_OF.test(text.slice(s.end, s.end + 30));
      // ("Asked whether he was seeing her, the actor did not hesitate": a pronoun before the role is most often the same person.)
      const inSentence = new Set(
        spans.filter((s) => s.start > sentenceStart && !principal(s) && s.value.via !== "pronoun").map((s) => s.value.person),
      );
      // "a pal of the director": whom the article introduced as a director, however long ago.
      const described = recent.find((n) => t.noun !== undefined && roles.get(n)?.has(t.noun) && !inSentence.has(n));
      // Of the recent people the role fits, the one the article is most about ("the actress" is its subject, not her rival's wife).
      // ("She kissed the Argentine on both cheeks": the object of the sentence is not its subject.)
      const subject = spans.find(
        (s) =>
          s.start > sentenceStart &&
          s.value.via === "pronoun" &&
          /^(?:he|she)$/i.test(text.slice(s.start, s.end)) &&
          /^\W*$/.test(text.slice(sentenceStart + 1, s.start)) &&
          /^\s+\p{Ll}+(?:ed|s)\s+$/u.test(text.slice(s.end, t.start)),
      )?.value.person;
      const fits = recent.filter(
        (n) => !inSentence.has(n) && n !== subject && (t.role === "unknown" || gender.get(n) === t.role || gender.get(n) === "unknown"),
      );
      const salient = fits.slice(1, 3).find((n) => count(n) >= 3 * count(fits[0]) && count(n) >= count(fits[0]) + 4);
      // "A wants everyone to know … with B. The Swedish singer, 28, addressed…": a role opening a sentence is its subject,
      // who opened the sentence before, not someone that sentence named after a preposition.
      const opens = /(?:^|[.!?]["”’)]?\s+|\n)$/.test(text.slice(Math.max(0, t.start - 4), t.start));
      const ended = text.slice(0, sentenceStart + 1).search(/[\s.!?"”’)]*$/);
      const before = Math.max(...[".", "!", "?", "\n"].map((stop) => text.lastIndexOf(stop, ended - 1)));
      const topic = opens && opener && fits.includes(opener.person) && opener.at > before ? opener.person : undefined;
      // "In a post shared with her followers, the 36-year-old singer wrote": the subject after an opening phrase is whom its pronoun meant.
      const lead = /^,\s*$/.test(text.slice(t.start - 2, t.start))
        ? spans.find(
            (s) => s.start > sentenceStart && s.value.via === "pronoun" && (t.role === "unknown" || gender.get(s.value.person) === t.role),
          )?.value.person
        : undefined;
      const opening = lead && !spans.some((s) => s.start > sentenceStart && s.value.via !== "pronoun") ? lead : undefined;
      // "'…,' the groom said": one of the couple whose wedding the article named ("the wedding of TV chef Lysander Pook and…").
      const marrying =
        t.noun === "groom" || t.noun === "bride"
          ? recent.find(
              (n) =>
                (gender.get(n) === t.role || gender.get(n) === "unknown") &&
                (new RegExp(String.raw`\bwedding of (?:[\p{L}'’-]+,?\s+){0,5}?${escapeRegExp(n)}`, "u").test(text) ||
                  new RegExp(String.raw`${escapeRegExp(n)}[’']s\s+(?:[\p{L}-]+\s+){0,2}?wedding\b`, "u").test(text)),
            )
          : undefined;
      // "Delphine Achterberg and Marcus Oyelaran arrived… The Dutch actress and the London-born heartthrob got to know each
      // other…": two roles joined by "and" mean a couple the article named together, not whoever was named last.
      const couple = coupleRole(text, t, tokens[index - 1], spans.at(-1), coupled, fits);
      person = marrying ?? described ?? couple ?? salient ?? topic ?? opening ?? fits[0];
    }
    if (!person) return;
    // A host named for their party ("David Beckham's 50th birthday bash") is not who "he" means next.
    // Nor is a guest named in a list ("Also at the long tables: Daisuke Okabe, Margaux Lhermitte and…"), unless the list
    // says they are a couple ("Also in the marquee, and also holding hands: …").
    const lead = text.slice(Math.max(0, t.start - 200), t.start);
    const listed = GUEST_LIST_LEAD.test(lead) && !LISTED_TOGETHER.test(lead);
    const hostOnly = t.via !== "pronoun" && (EVENT_AFTER.test(text.slice(t.end, t.end + 60)) || listed);
    const possessive = /^[’']s\b/.test(text.slice(t.end, t.end + 3)) || /^(?:his|her|hers)$/i.test(text.slice(t.start, t.end));
    if (t.via !== "pronoun" && !hostOnly) {
      const i = recent.indexOf(person);
      if (i >= 0) recent.splice(i, 1);
      recent.unshift(person);
      if (/(?:^|[.!?]["”’)]?\s+|\n)$/.test(text.slice(Math.max(0, t.start - 4), t.start)) && !possessive) opener = { person, at: t.start };
      inPassing.set(person, possessive || /\b(?:of|at|to|from|with|for|by|about)\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start)));
    }
    spans.push({ start: t.start, end: t.end, value: { person, via: t.via, possessive } });
  });
  return spans;
}

/**
 * The person a role means when it is one of two joined by "and" ("the Dutch actress and the London-born
 * heartthrob"): for the first, the one the role fits who was named together with someone; for the second,
 * the partner of whom the first meant. Undefined when the roles are not a couple's or nothing fits.
 */
function coupleRole(
  text: string,
  t: Token,
  previous: Token | undefined,
  resolved: Span<PersonRef> | undefined,
  coupled: Map<string, string>,
  fits: string[],
): string | undefined {
  if (/^(?:,\s*\d{1,3},)?\s+and\s+the\s/i.test(text.slice(t.end, t.end + 12))) return fits.find((n) => coupled.has(n));
  if (previous?.role && resolved?.start === previous.start && /^(?:,\s*\d{1,3},)?\s+and\s+$/i.test(text.slice(previous.end, t.start))) {
    const partner = coupled.get(resolved.value.person);
    return partner && fits.includes(partner) ? partner : undefined;
  }
  return undefined;
}

/**
 * Who a quotation is given to: people named (not as a possessive) in the reporter's words of its
 * sentence, before or after it, or as a transcript's speaker tag ("Kwan: I was lying!").
 */
function speakersOf(text: string, quote: { start: number; end: number }, tokens: Token[]): Set<string> {
  const lineStart = text.lastIndexOf("\n", quote.start) + 1;
  const stop = /[.!?]["”’]?\s/.exec(text.slice(quote.end));
  const until = stop ? quote.end + stop.index : text.length;
  const sentenceStart = Math.max(lineStart, ...[". ", "! ", "? "].map((s) => text.lastIndexOf(s, quote.start - 1) + 1));
  const out = new Set<string>();
  for (const t of tokens) {
    if (!t.person || (t.start >= quote.start && t.end <= quote.end)) continue;
    const inReach = (t.start >= quote.end && t.start < until) || (t.start >= sentenceStart && t.end <= quote.start);
    if (inReach && !/^[’']s\b/.test(text.slice(t.end, t.end + 3))) out.add(t.person);
  }
  return out;
}
