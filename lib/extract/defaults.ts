import { outletsIn, refsIn, type Article } from "./article";
import { attributionOf } from "./attribution";
import {
  CO_STAR_NOUN_RE,
  EVENT_RE,
  OUTING_COUNT_RE,
  OWN_POST_RE,
  OWN_WORDS_RE,
  PROFESSIONAL_RE,
  SIGHTING_RE,
  confidenceOf,
  kindOfEvent,
  kindOfRemark,
  stanceOf,
  type SpeakerRole,
} from "./classify";
import { PAIR_REFERENCES } from "./lexicon";
import { tokensOf } from "./names";
import { escapeRegExp } from "./regex";
import type { Pair } from "./pairs";
import { findPlace } from "./places";
import { INSIDER_RE } from "./quotes";
import type { Sentence } from "./sentences";
import type { RawClaim, Step, Walk } from "./walk";
import type { ClaimKind } from "@/lib/vocabulary";

/**
 * Defaults for the situations the phrase rules miss (ADR 0019, fourth pass): the article's
 * principal pair, and a claim of a broad kind for a sentence that dates something the pair did or
 * said when no specific rule fired. Guarded so that they do not spray guesses.
 */

/** Words that say a text is about a couple even when no sentence links two names. */
const COUPLE_WORDS_RE =
  /\b(?:boyfriend|girlfriend|couple|pair|romance|romantic|dating|dated|together|seeing each other|beside (?:her|him)|with (?:him|her)|the two of (?:you|them)|love|lovers|relationship|linked|rumou?r(?:s|ed)?|kiss\w*|flirt\w*|more than (?:just |good |summer )?friends|(?:their|first|joint) (?:public )?outing)\b/i;
/** At most this many suggestions per article once the defaults are added. */
export const MAX_SUGGESTIONS = 8;

/**
 * The couple the article is about: the linked pair its headline or opening paragraph names, else
 * the most linked one; when nothing links two names but the text uses couple words, the two
 * people it names most (never a rep, nor a name that is part of an outlet's, such as a show's host).
 */
export function principalPair(article: Article, pairs: Pair[], reps: Map<string, string>): Pair | null {
  const firstProse = article.sentences.find((s) => s.prose);
  const lede = new Set(
    article.sentences
      .filter((s) => s.index === 0 || (firstProse && s.paragraph === firstProse.paragraph))
      .flatMap((s) => refsIn(article, s).map((r) => r.value.person)),
  );
  if (pairs.length) return pairs.find((p) => lede.has(p[0]) && lede.has(p[1])) ?? pairs[0];
  if (!COUPLE_WORDS_RE.test(article.text)) return null;
  const outletNames = [...article.outlets.map((o) => o.value), article.outlet ?? ""].join(" | ").toLowerCase();
  const counts = new Map<string, number>();
  for (const r of article.refs) {
    const name = r.value.person;
    if (reps.has(name) || outletNames.includes(name.toLowerCase())) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const ranked = [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]);
  if (ranked.length < 2) return null;
  // The two who share the most sentences ("Grant plays Leontes, and Achebe's Hermione answers him"), then the most named.
  const sentencesOf = (name: string) =>
    new Set(
      article.refs
        .filter((r) => r.value.person === name)
        .map((r) => article.sentences.find((s) => s.start <= r.start && r.start < s.end)?.index),
    );
  const top = ranked.slice(0, 4).map(([name, n]) => ({ name, n, in: sentencesOf(name) }));
  let best: { pair: Pair; score: number[] } | null = null;
  for (let i = 0; i < top.length; i++)
    for (let j = i + 1; j < top.length; j++) {
      if (relatives(article, top[i].name, top[j].name)) continue;
      const shared = [...top[i].in].filter((x) => top[j].in.has(x)).length;
      const score = [shared, top[i].n + top[j].n];
      if (!best || score[0] > best.score[0] || (score[0] === best.score[0] && score[1] > best.score[1]))
        best = { pair: [top[i].name, top[j].name], score };
    }
  return best?.pair ?? null;
}

const RELATIVE_RE = String.raw`(?:mother|father|mum|mom|dad|sister|brother|son|daughter|aunt|uncle|cousin|niece|nephew|grandmother|grandfather|grandson|granddaughter|stepmother|stepfather|twin)`;

/** "Aurélien's mother, Hélène de Montferrand": one introduced as the other's relative; no couple. */
function relatives(article: Article, a: string, b: string): boolean {
  const introduced = (of: string, who: string) => {
    const forms = [...new Set([of, ...tokensOf(of)])].map(escapeRegExp).join("|");
    const re = new RegExp(String.raw`\b(?:${forms})['’]s\s+(?:[\w-]+\s+)?${RELATIVE_RE},?\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$`, "u");
    return article.refs.some(
      (r) => r.value.person === who && r.value.via !== "pronoun" && re.test(article.text.slice(Math.max(0, r.start - 80), r.start)),
    );
  };
  return introduced(a, b) || introduced(b, a);
}

/** A transcript's speaker tag ("WREN ACHTERBERG: We did…"): the person the paragraph's words are by. */
function taggedSpeaker(article: Article, sentence: Sentence): string | null {
  const opening = article.sentences.find((s) => s.paragraph === sentence.paragraph);
  const tag = opening && /^([A-Z][\p{L}'’.-]*(?:[^\S\n]+[A-Z][\p{L}'’.-]*){0,3}):\s/u.exec(opening.text);
  if (!tag) return null;
  const said = tag[1].toLowerCase();
  const person = article.people.find((p) => p.name.toLowerCase() === said || p.name.toLowerCase().split(/\s+/).pop() === said);
  return person?.name ?? null;
}

/** The outlet the speaker was last named beside, a few paragraphs up at most ("Rowe spoke to Melody Weekly…"). */
function recentOutlet(w: Walk, person: string, sentence: Sentence): string | null {
  const recent = w.lastOutletOf.get(person);
  return recent && recent.paragraph >= sentence.paragraph - 4 ? recent.outlet : null;
}

/** Solo career news: a record, a tour, a restaurant, a result — not evidence about a couple. */
const SOLO_RE =
  /\b(?:album|single|tour|restaurant|opens|memoir|book|finish(?:ed|ing) (?:first|second|third|\w+th)|stage play|next project|what['’]s next|(?:will )?next be seen|recently seen in|will star|due (?:out|this|next|in)|repped by|represented by|signed (?:to|with)|parish|council|planning)\b/i;
/** "They are not holding hands", "Neither … has posted": a negated clause is no outing and no remark. */
const NEGATED_RE = /\b(?:not|never|neither|nor|n['’]t|no longer)\b/i;
const STATEMENT_CUE_RE =
  /\b(?:couple|dating|together|friends?|romance|relationship|seeing (?:each other|anyone)|private life|personal life|say more|not going to|all I['’]ll say|that['’]s all|rumou?rs?|single|in love|split)\b/i;
const OUTING_RE = /\b(?:together|seen|spotted|dined|dining|photographed|pictured|snapped|sharing|shared|holding hands|left|leaving)\b/i;
const WORK_RE =
  /\b(?:worked|work(?:ing)? with|filmed (?:its|their|the|a|an)|co-?stars?|collaborat\w*|interviewed|guest judge|judged|recorded|plays? (?:my|his|her) (?:[\w-]+ )?(?:love interest|wife|husband|girlfriend|boyfriend|mother|father|sister|brother|daughter|son|lover|partner|rival|boss|nemesis)|directed|starred)\b/i;
/** Events beyond the phrase rules' list: a dance, a fair, a named night. */
const BROAD_EVENT_RE = /\b(?:ceilidh|dance|prom|disco|carnival|f[eê]te|fair|[A-Z][\w'’]+ Night)\b/u;
/** An unnamed source however introduced: "who asked not to be named". */
const ANONYMOUS_RE =
  /\b(?:asked not to be named|declined to be named|did not want to be named|speaking on condition of anonymity|on condition of anonymity|ask(?:ing|ed) (?:that )?(?:we|us) (?:not )?(?:to )?(?:not )?(?:use|print|publish) (?:his|her|their) name)\b/i;
const DOCUMENTS_RE =
  /\b(?:documents?|records?|filings?|court papers|paperwork|land registry|register)\b[^.;]{0,60}?\b(?:reveal|show|list|name|confirm)(?:s|ed)?\b/i;
const REPORT_VERB_RE = /\b(?:reported|reports|claimed|claims|says|said|wrote|writes|alleged|revealed)\b/i;

/**
 * One claim for a prose sentence no rule gave any: it must name one of the principal pair (or
 * say "the couple", "they") and carry a cue — quoted or transcribed words of one of them or their
 * rep, an unnamed source, a named outlet's report, work together, an event or an outing — and,
 * unless it is on-record words, a date in it or just before it, or an event.
 */
export function defaultClaim(w: Walk, step: Step, principal: Pair): RawClaim | null {
  const { article } = w;
  const { sentence, quotes, bare, named, dates, sentenceOutlet } = step;
  if (w.claims.length >= MAX_SUGGESTIONS) return null;
  const members = principal.filter((n) => named.has(n));
  const others = [...named].filter((n) => !principal.includes(n) && w.pairs.some((p) => p !== principal && p.includes(n)));
  if (others.length) return null;
  const pairRef = PAIR_REFERENCES.test(sentence.text);
  const tagged = taggedSpeaker(article, sentence);
  if (!members.length && !pairRef && !(tagged && principal.includes(tagged))) return null;
  // "The single, which they recorded last year…": a record of theirs is no solo news.
  if (SOLO_RE.test(bare) && members.length < 2 && !pairRef) return null;
  // "It wasn't the first time the two have been seen together this month": counting outings told elsewhere.
  if (!quotes.length && new RegExp(OUTING_COUNT_RE.source, "i").test(bare)) return null;

  const words = `${quotes.map((q) => q.text).join(" ")} ${bare}`;
  const attribution = attributionOf(article, sentence, quotes);
  const principalOf = (name: string | null) => (name && w.repOf.has(name) ? w.repOf.get(name)! : name);
  const speaker =
    attribution?.role === "person" || attribution?.role === "rep" ? (attribution.speaker ?? null) : quotes.length ? null : tagged;
  const spokeFor = attribution?.role === "rep" ? (attribution.principal ?? principal[0]) : speaker ? principalOf(speaker) : null;
  // Words without quotation marks are the phrase rules' to read; a transcript's tagged words are not.
  const onRecord =
    (quotes.length > 0 || (tagged !== null && !quotes.length)) &&
    spokeFor !== null &&
    principal.includes(spokeFor) &&
    STATEMENT_CUE_RE.test(words);
  const previousNear =
    w.dates.previous !== null &&
    w.dates.previous.sentence.paragraph === sentence.paragraph &&
    w.dates.previous.sentence.index === sentence.index - 1;
  const dated = dates.length > 0 || previousNear || EVENT_RE.test(bare);
  // Papers the article read itself ("Planning documents reveal that … has two new owners: A and B"): its own report, of its day.
  const documented = DOCUMENTS_RE.test(bare) && (members.length === 2 || pairRef);
  if (!onRecord && !dated && !documented) return null;

  const otherOutlet = outletsIn(article, sentence).find((o) => o.value !== article.outlet)?.value ?? null;
  const event = kindOfEvent(bare);
  const outingKind = event === "report" ? null : event;
  let kind: ClaimKind | null = null;
  let role: SpeakerRole | null = null;
  if (onRecord) {
    role = attribution?.role === "rep" || (speaker && w.repOf.has(speaker)) ? "rep" : "pair";
    kind = kindOfRemark(words, role);
  } else if ((INSIDER_RE.test(bare) || ANONYMOUS_RE.test(bare)) && /\b(?:said|says|told|tells|claimed|claims|according to)\b/i.test(bare)) {
    kind = "speculation";
    role = "insider";
  } else if (otherOutlet && REPORT_VERB_RE.test(bare)) kind = "report";
  else if (documented) kind = "report";
  else if (NEGATED_RE.test(bare) || (OWN_POST_RE.test(bare) && OWN_WORDS_RE.test(bare))) return null;
  else if (WORK_RE.test(bare.replace(CO_STAR_NOUN_RE, " ")) || PROFESSIONAL_RE.test(bare.replace(CO_STAR_NOUN_RE, " ")))
    kind = "professional";
  else if (outingKind)
    kind = outingKind === "sighting" && BROAD_EVENT_RE.test(bare) && /\bat (?:the|a)\b/i.test(bare) ? "appearance" : outingKind;
  else if (EVENT_RE.test(bare) && /\b(?:at|to)\b/i.test(bare) && OUTING_RE.test(bare)) kind = "appearance";
  else if (OUTING_RE.test(bare) && (findPlace(article.masked.slice(sentence.start, sentence.end)) || SIGHTING_RE.test(bare)))
    kind = "sighting";
  // "Albright led the parade on Saturday. Beside her sat Vasquez": the companion joins the outing just told.
  const joined = !kind && !onRecord ? companionOuting(w, sentence) : null;
  if (joined) return { ...joined, pair: principal, outlet: article.outlet, evidence: `${joined.evidence} ${sentence.text}` };
  if (!kind) return null;
  // One of the pair named, with no "together" or "they": the other must be in the sentence as "you" or "we" (an interview).
  // "He was spotted leaving the couple's home", "…outside their house": the couple named as owners are not both there.
  const bothThere = PAIR_REFERENCES.test(sentence.text.replace(/\b(?:the (?:couple|pair|two)['’]s|their)\b/gi, " "));
  if ((kind === "sighting" || kind === "appearance") && members.length < 2 && !bothThere && !/\b(?:you|we|us)\b/i.test(bare)) return null;

  const outing = kind === "sighting" || kind === "appearance" || kind === "professional";
  // On-record words: their own date, the sentence before that names the speaker, else the news day the lede gave, else today.
  const spoken = onRecord ? w.dates.dateFor(article, dates, sentence, null, spokeFor) : null;
  const undated = spoken !== null && spoken.precision === "circa" && spoken.occurredOn === article.published;
  const when =
    kind === "speculation"
      ? { occurredOn: article.published, precision: "day" as const }
      : spoken
        ? undated
          ? (w.dates.lead ?? { occurredOn: article.published, precision: "day" as const })
          : spoken
        : // An outlet's report: the date nearest its verb ("claimed on Easter Sunday that…").
          w.dates.dateFor(article, dates, sentence, kind === "report" && otherOutlet ? verbAt(bare, sentence.start) : null);
  const reportWhen =
    kind === "report" && (documented || !dates.length)
      ? documented && !otherOutlet
        ? { occurredOn: article.published, precision: "day" as const }
        : { occurredOn: article.published.slice(0, 7), precision: "circa" as const }
      : when;
  // A professional claim resting on a transcript's words keeps their speaker.
  const workSpeaker = kind === "professional" && tagged && principal.includes(tagged) && !quotes.length ? tagged : null;
  const onRecordSpeaker = onRecord && role === "pair" ? spokeFor : onRecord ? speaker : workSpeaker;
  return {
    pair: principal,
    kind,
    ...reportWhen,
    // Where the pair were, for outings and work alike.
    place: outing ? findPlace(article.masked.slice(sentence.start, sentence.end)) : null,
    speaker: onRecordSpeaker ?? null,
    quote: kind === "speculation" || onRecord || kind === "report" ? (quotes[0]?.text ?? null) : null,
    // What the article states itself is the publishing outlet's; words keep the outlet they were told to.
    outlet:
      kind === "report"
        ? (otherOutlet ?? article.outlet)
        : outing
          ? article.outlet
          : (sentenceOutlet ?? (spokeFor ? recentOutlet(w, spokeFor, sentence) : null) ?? article.outlet),
    mentions: [],
    stance: stanceOf(kind, words),
    confidence: confidenceOf(kind, role, Boolean(otherOutlet)),
    evidence: sentence.text,
    sentence: sentence.index,
  };
}

/** Someone placed at another's side: "Beside her sat…", "…, accompanied by", "as his date". */
const COMPANION_RE =
  /\b(?:(?:beside|alongside|next to) (?:her|him)|by (?:her|his) side|on (?:her|his) arm|(?:joined|accompanied|escorted) by|as (?:her|his) (?:date|plus-one|guest))\b/i;

/**
 * The outing of the sentence before, when this one only adds who was at someone's side: its kind
 * (an event makes it an appearance), date and place.
 */
function companionOuting(w: Walk, sentence: Sentence): Omit<RawClaim, "pair" | "outlet"> | null {
  const { article } = w;
  const before = article.sentences[sentence.index - 1];
  if (!before || before.paragraph !== sentence.paragraph || !COMPANION_RE.test(sentence.text)) return null;
  const event = kindOfEvent(before.text);
  const kind: ClaimKind | null = event === "sighting" || event === "appearance" ? event : EVENT_RE.test(before.text) ? "appearance" : null;
  if (!kind) return null;
  const previous = w.dates.previous?.sentence.index === before.index ? w.dates.previous.when : null;
  return {
    kind,
    ...(previous ?? { occurredOn: article.published, precision: "circa" as const }),
    place: findPlace(article.masked.slice(before.start, before.end)) ?? findPlace(article.masked.slice(sentence.start, sentence.end)),
    speaker: null,
    quote: null,
    mentions: [],
    stance: "supports",
    confidence: confidenceOf(kind, null, false),
    evidence: before.text,
    sentence: sentence.index,
  };
}

/** Where the sentence's report verb is, as an offset into the article, or null. */
function verbAt(bare: string, start: number): number | null {
  const verb = REPORT_VERB_RE.exec(bare);
  return verb ? start + verb.index : null;
}
