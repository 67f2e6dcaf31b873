import { escapeRegExp } from "./regex";
import { firstNameGender, listedGender } from "./nlp";
import { PRONOUNS_MALE } from "./lexicon";
import { givenAndFamily, tokensOf } from "./names";

export type Gender = "male" | "female" | "unknown";

/** Nouns that say what someone is: "his wife of eight years, Nicola Vickers", "Kenzie's mother, Carol Albright", "actress Ana". */
const FEMALE_BEFORE =
  /\b(?:actress|heiress|songstress|mother|mum|mom|wife|girlfriend|fianc[ée]e|sister|daughter|aunt|niece|grandmother|granddaughter|bride|queen|princess|duchess|countess|lady|mrs|ms|miss|businesswoman|frontwoman|waitress|hostess|stepmother|widow)\b(?:-of-\w+)?(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?,?\s+(?:the\s+)?((?:[\w-]+\s+){0,3})$/i;
const MALE_BEFORE =
  /\b(?:actor|father|dad|husband|boyfriend|fianc[ée]|brother|son|uncle|nephew|grandfather|grandson|groom|king|prince|duke|earl|lord|sir|mr|businessman|frontman|waiter|stepfather|widower|funnyman)\b(?:-of-\w+)?(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?,?\s+(?:the\s+)?((?:[\w-]+\s+){0,3})$/i;

/** First names given to boys and girls alike, which compromise's lexicon files under one: only the text tells. */
const UNISEX = new Set(
  "rowan alex riley sam avery frankie sasha jesse cameron emerson blake jody jodie eden hayden ali lou jules billie bobbie nicky ashley kelly".split(
    " ",
  ),
);

/**
 * What the lexicons know of a first name: compromise's, then a list of some 100,000 given names
 * ("Callum", "Thandiwe", "Cian") that compromise does not have (ADR 19).
 */
function lexiconGender(first: string): Gender | null {
  const known = firstNameGender(first);
  if (known === "male" || known === "female") return known;
  const listed = listedGender(first);
  return listed === "unknown" ? known : listed;
}

/**
 * A person's gender: what the text says about them (a gendered noun before the name, the
 * pronouns after each mention by full name, surname or first name), weighed against what
 * compromise's lexicon knows of the first name. The text wins when it says so twice: "Jesse"
 * is a woman's name in the lexicon, but "Kwan, for his part" twice over makes him a man.
 */
export function guessGender(name: string, text: string, others: string[] = []): Gender {
  const tokens = tokensOf(name);
  const { given, family } = givenAndFamily(name);
  const first = given.split(" ")[0];
  const known = UNISEX.has(first.toLowerCase()) ? "unknown" : lexiconGender(first);
  let votes = known === "male" ? 1.5 : known === "female" ? -1.5 : 0;
  let weak = 0;
  const forms = [...new Set([name, family, given, tokens.at(-1) ?? name, tokens[0]])].filter((f) => f.length > 2 && !others.includes(f));
  const counted: [number, number][] = [];
  for (const form of forms) {
    for (const m of text.matchAll(new RegExp(String.raw`\b${escapeRegExp(form)}\b(?![\p{L}-])`, "gu"))) {
      const at = m.index;
      // Each place in the text votes once, whichever form of the name matched there.
      if (counted.some(([s, e]) => at >= s && at < e)) continue;
      counted.push([at, at + form.length]);
      const before = text.slice(Math.max(0, at - 60), at);
      // Only lowercase words may sit between the noun and the name ("his wife of eight years, Nicola").
      // "her husband, the British actor Benedict Crane": the nearest noun with only lowercase words after it.
      const noun = (re: RegExp) => {
        for (let from = 0, m = re.exec(before); m; from += m.index + 1, m = re.exec(before.slice(from)))
          if (!/[A-Z]/.test(m[1])) return m[1];
        return null;
      };
      const female = noun(FEMALE_BEFORE);
      const male = noun(MALE_BEFORE);
      if (female !== null) votes -= 3;
      else if (male !== null) votes += 3;
      // "whether Bellweather was his girlfriend": the partner noun after the name is what the name is, whoever "his" is.
      const partnerNoun =
        /^\s+(?:is|was|as|became|becomes)\s+(?:his|her|their)\s+(?:new\s+|secret\s+)?(girlfriend|wife|fianc[ée]e|boyfriend|husband|fianc[ée])\b/i.exec(
          text.slice(at + form.length, at + form.length + 50),
        );
      if (partnerNoun) {
        votes += /^(?:girlfriend|wife|fianc[ée]e)$/i.test(partnerNoun[1]) ? -3 : 3;
        continue;
      }
      const window = text.slice(at + form.length, at + form.length + 100);
      // "Tan Wei Ling, the Singaporean actress": a gendered noun in apposition says so as firmly as one before the name.
      const apposed =
        /^,\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?(actress|actor|waitress|hostess|sportswoman|sportsman|businesswoman|businessman)\b/u.exec(
          window,
        );
      if (apposed) {
        votes += /(?:ess|woman)$/.test(apposed[1]) ? -3 : 3;
        continue;
      }
      const parts = window.split(/[.!?]["”’]?\s+/);
      // "Castell is wearing Dior; Reeve is in a tux, he tells us": a pronoun after another name is not hers.
      const cut = (part: string) => others.reduce((acc, o) => (acc.includes(o) ? acc.slice(0, acc.indexOf(o)) : acc), part);
      // Words after a closing quotation mark are the reporter's ("'Lux is family,' she said"): not about the name inside.
      const own = cut(parts[0]).split(/["“”]/)[0];
      const next = parts.length > 1 && own === parts[0] ? parts[1] : "";
      // "Morrow, with whom she…", "directed the video for her": not Morrow. "Morrow… His publicist": Morrow.
      // A possessive far into the clause ("…has flown down to watch two of his home games") may be someone else's.
      // "Donal Breslin paid tribute to her on Tuesday's programme": "her" as the object of a preposition is someone else.
      const found =
        /(?<!\bwhom\s)\b(he|his|she|actress|actor|(?<!\b(?:to|for|with|about|towards?)\s)her|(?<=\b(?:to|for|with|about|towards?)\s)her(?=\s+(?!(?:and|on|in|at|to|with|for|as|after|before|when|while|this|last|again)\b)[a-z]))\b/i.exec(
          own,
        );
      // "Liesl Harcourt, 24, and Irish actor Cormac Fennessy": a role noun before someone else's name is theirs.
      const roleOfNext = found !== null && /^act/i.test(found[1]) && /^\s+\p{Lu}/u.test(window.slice(found.index + found[0].length));
      // "Harcourt still wearing his dinner jacket over her shoulders": a clause with his and her is about two people.
      const both = /\b(?:he|his|him)\b/i.test(own) && /\b(?:she|her)\b/i.test(own);
      // "whether he and Harcourt were back together, he smiled": the pronoun after is the other one's.
      const paired = /\b(?:he|she)\s+and\s+$/i.test(before);
      // "…of the pair on a beach in the Maldives, her left hand resting on his chest": his and her further on, past the window.
      const clause = cut(text.slice(at + form.length, at + form.length + 180).split(/[.!?]["”’]?\s+/)[0]).split(/["“”]/)[0];
      const bothLater = /\b(?:he|his|him)\b/i.test(clause) && /\b(?:she|her)\b/i.test(clause);
      const first = roleOfNext || both || bothLater || paired ? null : found;
      // "Saskia and Rowan's story began when he filmed her training": with his and her about the two, the one whose first
      // name the lexicon firmly knows takes theirs, and the other the other one.
      const partner = both
        ? (/(\p{Lu}[\p{Ll}-]+)\s+and\s+$/u.exec(before)?.[1] ?? /^(?:[’']s)?\s+and\s+(\p{Lu}[\p{Ll}-]+)/u.exec(window)?.[1])
        : undefined;
      const partnerGender = partner && !UNISEX.has(partner.toLowerCase()) ? firstNameGender(partner) : null;
      if (partnerGender === "female" || partnerGender === "male") {
        votes += partnerGender === "female" ? 1 : -1;
        continue;
      }
      // A sentence that opens on the name and the next one opening on "He"/"She": the same person.
      const opensSentence = /(?:^|[.!?]["”’]?\s+|\n)$/.test(before) && !/^[’']s\b/.test(window);
      // 'Mei-Lin only laughed. "…," she said': words quoted next and given to a pronoun are the laugher's.
      // Words that name the person ('"Jet is family," she said') are someone else's about them.
      // The quotation may run over several sentences: read it whole, up to the reporter's pronoun.
      const rest = text.slice(at + form.length + own.length).replace(/^[.!?]["”’]?\s+/, "");
      const quotedNext =
        !first && own === parts[0] && !forms.some((f) => rest.split(/["“”]/)[1]?.includes(f))
          ? /^["“][^"“”]+[,!?]["”]\s+(he|she)\s+[a-z]+\b/.exec(rest)
          : null;
      const p = first ?? quotedNext ?? (opensSentence ? /^(His|Her|He|She)\b/.exec(next) : /^(His|Her)\b/.exec(next));
      if (!p) continue;
      const word = p[1].toLowerCase();
      const vote = PRONOUNS_MALE.has(word) || word === "actor" ? 1 : -1;
      // "her" may be an object ("support of her"), and a possessive far into the clause someone else's
      // ("…flown down to watch two of his home games"): neither outvotes the lexicon.
      const strong = word === "he" || word === "she" || (word === "his" && p.index < 30 && p.input === own);
      if (strong) votes += vote;
      else weak += vote;
    }
  }
  if (known !== "male" && known !== "female") votes += weak;
  return votes > 0 ? "male" : votes < 0 ? "female" : "unknown";
}
