import { outletsIn, quotesIn, refsIn, type Article } from "./article";
import { attributionOf, outletOf, roleFor, type Attribution } from "./attribution";
import {
  NO_COMMENT_RE,
  PROFESSIONAL_RE,
  NON_CLAIM_RE,
  EVENT_RE,
  SIGHTING_RE,
  SPECULATION_CUE_RE,
  SPLIT_RE,
  confidenceOf,
  cueIndex,
  kindOfEvent,
  kindOfRemark,
  stanceOf,
} from "./classify";
import { findDates, type FoundDate } from "./dates";
import { PAIR_REFERENCES } from "./lexicon";
import { findPairs, isMentionOnly, type Pair } from "./pairs";
import { findPlace } from "./places";
import { INSIDER_RE, REP_RE, outsideQuotes } from "./quotes";
import type { Sentence } from "./sentences";
import type { ClaimKind, DatePrecision, Stance } from "@/lib/vocabulary";
import type { ConfidenceLevel } from "@/db/enums";

/** A claim before headlines and slugs: what the rules found, and where. */
export interface RawClaim {
  pair: Pair;
  kind: ClaimKind;
  occurredOn: string;
  precision: DatePrecision;
  place: string | null;
  speaker: string | null;
  quote: string | null;
  outlet: string | null;
  mentions: string[];
  stance: Stance;
  confidence: ConfidenceLevel;
  evidence: string;
  sentence: number;
}

const OUTLET_REPORT_RE =
  /\b(?:reported|reports|reporting|according to|claimed|claims|alleged|published|broke the news|ran a story|first reported|revealed|reveals|can reveal|has learned|retracted|corrected|debunked|walked back|story|report|article|exclusive|established|found that|showed that|traced|ran|first ran|carried|posted|told its (?:[\d.]+ (?:million|thousand) )?(?:followers|readers|listeners|subscribers))\b/i;
const OWN_SCOOP_RE =
  /\b(?:understands|can (?:exclusively )?reveal|has (?:learned|learnt)|has been told|we understand|we can reveal|we have learned)\b/i;
const ROMANCE_RE =
  /\b(?:romance|romantic|romantically|dating|found love|love of my life|reconcil\w+|back together|love life|relationship|couple|in love|boyfriend|girlfriend|engaged|engagement|split|rumou?rs?|each other|personal life|private life)\b/i;

/** Whether one of a pair's words name the other, or point at them with a pronoun only the other fits. */
function aboutPartner(article: Article, pair: Pair, speaker: string, words: string): boolean {
  const partner = pair.find((n) => n !== speaker);
  if (!partner || !pair.includes(speaker)) return false;
  const names = partner.split(/\s+/).filter((w) => w.length > 2);
  if (names.some((n) => new RegExp(String.raw`\b${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\b`).test(words))) return true;
  const gender = article.people.find((p) => p.name === partner)?.gender;
  const own = article.people.find((p) => p.name === speaker)?.gender;
  if (!gender || gender === "unknown" || gender === own) return false;
  return (gender === "male" ? /\b(?:he|him|his)\b/i : /\b(?:she|her)\b/i).test(words);
}

const REPLY_RE =
  /\b(?:shut|shuts|shot|den(?:y|ies|ied)|dismiss\w*|rebut\w*|confirm\w*|hit back|hits back|address(?:ed|es|ing) (?:the|those|these) (?:rumou?rs?|reports?|claims?|speculation|chatter))\b/i;
type When = { occurredOn: string; precision: DatePrecision };
const INTERVIEW_RE = /\b(?:when|as|after|before) (?:we|I) (?:meet|met|speak|spoke|sit down|sat down|caught up|catch up)\b/i;
const PRESENT_SPEECH = /\b(?:says|tells|adds|explains|admits|recalls|insists|laughs|shrugs)\b/i;
/** When the writer met the subject of a profile ("when we meet at a bistro in late August"). */
let interview: When | null = null;
/** The last date the article gave, and where: "It was the second time…" leans on it. */
let previous: { when: When; sentence: Sentence } | null = null;
/** The date of the timeline section being read, from its dated head. */
let section: When | null = null;
/** The day the news of the article happened, when its opening paragraph gives one from the fortnight before publication. */
let lead: When | null = null;

function leadDate(article: Article): When | null {
  const first = article.sentences.find((s) => s.prose);
  if (!first) return null;
  for (const s of article.sentences.filter((x) => x.prose && x.paragraph === first.paragraph)) {
    const day = findDates(outsideQuotes(s.text, quotesIn(article, s), s.start), article.published).find((d) => d.precision === "day");
    const days = day ? (Date.parse(article.published) - Date.parse(day.occurredOn)) / 86_400_000 : -1;
    if (day && days >= 1 && days <= 14) return { occurredOn: day.occurredOn, precision: day.precision };
  }
  return null;
}

/**
 * The date nearest to `at` among the sentence's dates; else the date of the sentence just
 * before (or earlier in the same paragraph); else the publication day marked circa.
 */
function dateFor(
  article: Article,
  dates: FoundDate[],
  sentence: Sentence,
  at: number | null,
  speaker?: string | null,
  viaRep = false,
): When {
  if (!dates.length && previous) {
    const near = previous.sentence.paragraph === sentence.paragraph || previous.sentence.index === sentence.index - 1;
    // One of the pair may be "the couple"; a rep's principal must be named.
    const mentioned = (s: Sentence) =>
      refsIn(article, s).some((r) => r.value.person === speaker) || (!viaRep && PAIR_REFERENCES.test(s.text));
    // The sentence just before that names the speaker ("…, the conductor said in an interview published on Wednesday.") dates the quote after it.
    const sameSpeaker =
      speaker === undefined ||
      (speaker !== null &&
        (previous.sentence.paragraph === sentence.paragraph ||
          (previous.sentence.index === sentence.index - 1 &&
            !quotesIn(article, previous.sentence).length &&
            /\b(?:said|says|told|tells|interview|statements?|spoke|speaking)\b/i.test(previous.sentence.text))) &&
        mentioned(previous.sentence));
    if (near && sameSpeaker) return previous.when;
  }
  if (!dates.length && section) return section;
  // A profile's present tense ("…," Fontaine tells Loom) was said when the writer met the subject.
  if (!dates.length && interview && speaker !== undefined && PRESENT_SPEECH.test(sentence.text)) return interview;
  if (dates.length) {
    const local = at === null ? 0 : at - sentence.start;
    const best = [...dates].sort((a, b) => Math.abs(a.index - local) - Math.abs(b.index - local))[0];
    return { occurredOn: best.occurredOn, precision: best.precision };
  }
  // An undated outing in a news story ("They arrived together") is the one the opening paragraph dated.
  if (speaker === undefined && lead) return lead;
  return { occurredOn: article.published, precision: "circa" };
}

const atCue = (sentence: Sentence, index: number | null): number | null => (index === null ? null : sentence.start + index);

function mentionsIn(article: Article, sentence: Sentence, exclude: string[]): string[] {
  const out: string[] = [];
  for (const r of refsIn(article, sentence)) {
    if (exclude.includes(r.value.person) || out.includes(r.value.person)) continue;
    if (isMentionOnly(article, r)) out.push(r.value.person);
  }
  return out;
}

/**
 * Walks the article sentence by sentence and applies the claim rules: quotes with their speakers
 * (statements, denials, confirmations, speculation from insiders), outlet reports, sightings,
 * appearances, work together and talk of romance — each tied to the pair it concerns.
 */
export function claimsOf(article: Article): RawClaim[] {
  const repOf = appositiveReps(article);
  // A rep introduced as such speaks for one of a couple; they are not one of a couple themselves.
  const pairs = findPairs(article).filter((p) => !p.some((n) => repOf.has(n)));
  if (!pairs.length) return [];
  const claims: RawClaim[] = [];
  let focus: Pair = pairs[0];
  let lastSpeaker: {
    attribution: Attribution;
    outlet: string | null;
    paragraph: number;
    claimed: boolean;
    date: { occurredOn: string; precision: DatePrecision } | null;
  } | null = null;
  const lastOutletOf = new Map<string, { outlet: string; paragraph: number }>();

  previous = null;
  interview = null;
  section = null;
  lead = leadDate(article);
  let lastRemark: RawClaim | null = null;
  let previousPlace: { place: string; index: number } | null = null;
  let pendingPlace: { place: string; index: number } | null = null;
  let pending: { when: When; sentence: Sentence } | null = null;
  // "The following day", "ten days earlier": counted from the last day the article gave.
  const anchor = () => (previous && previous.when.occurredOn.length === 10 ? previous.when.occurredOn : null);
  for (const sentence of article.sentences) {
    if (pending) previous = pending;
    pending = null;
    if (sentence.prose || /\b\d{4}-\d\d-\d\d\b/.test(sentence.text)) {
      // A caption's ISO date ("…, London, 2026-06-27]") dates the sentence after it.
      const found = findDates(outsideQuotes(sentence.text, quotesIn(article, sentence), sentence.start), article.published, anchor());
      if (found.length) pending = { when: { occurredOn: found[0].occurredOn, precision: found[0].precision }, sentence };
      if (found.length && INTERVIEW_RE.test(sentence.text)) interview = pending!.when;
    } else {
      // A timeline's dated head ("May 3, 2022 - The first red carpet") dates the section under it; an undated head ends it.
      const head = findDates(sentence.text, article.published, anchor()).find((d) => d.index <= 12);
      section = head ? { occurredOn: head.occurredOn, precision: head.precision } : null;
      if (section) pending = { when: section, sentence };
    }
    const quotes = quotesIn(article, sentence);
    const bare = outsideQuotes(sentence.text, quotes, sentence.start);
    if (pendingPlace) previousPlace = pendingPlace;
    const ownPlace = sentence.prose ? findPlace(article.masked.slice(sentence.start, sentence.end)) : null;
    pendingPlace = ownPlace ? { place: ownPlace, index: sentence.index } : null;
    const refs = refsIn(article, sentence).filter((r) => !isMentionOnly(article, r));
    const named = new Set(refs.map((r) => r.value.person));
    const sentenceOutlet = outletOf(article, sentence);
    for (const n of named) if (sentenceOutlet) lastOutletOf.set(n, { outlet: sentenceOutlet, paragraph: sentence.paragraph });
    if (!sentence.prose) {
      // A heading or caption naming a couple ("2. Theo Marsh and Ingrid Solberg: courtside cuties") sets whom "the pair" means next.
      focus = pairs.find((p) => named.has(p[0]) && named.has(p[1])) ?? focus;
      continue;
    }
    if (NON_CLAIM_RE.test(bare)) continue;
    // "He repeated the line on the radio on Monday": a syndicated copy of the remark just made.
    if (lastRemark && /\brepeat(?:ed|s|ing)\b/i.test(bare) && lastRemark.speaker && named.has(lastRemark.speaker)) {
      lastRemark.evidence = `${lastRemark.evidence} ${sentence.text}`;
      continue;
    }
    let eventAfterRemark = false;
    if (!quotes.length) {
      // "…and raved about her new film to the Associated Press": the next paragraph's bare quote is theirs.
      const said = attributionOf(article, sentence, []);
      let when = findDates(bare, article.published, anchor());
      // "He has denied dating her, weeks after the pair were photographed … earlier this month": the date is the outing's.
      const eventKind = kindOfEvent(bare);
      const eventAt = eventKind && eventKind !== "report" ? cueIndex(eventKind, bare) : null;
      if (said && eventAt !== null && sentence.start + eventAt > said.at) {
        eventAfterRemark = true;
        when = when.filter((d) => d.index < eventAt);
      }
      if (said)
        lastSpeaker = {
          attribution: said,
          outlet: sentenceOutlet,
          paragraph: sentence.paragraph,
          claimed: PAIR_REFERENCES.test(sentence.text) || [...named].length > 1,
          date: when.length ? dateFor(article, when, sentence, null) : null,
        };
      if (said?.role === "rep" && said.speaker && said.principal) repOf.set(said.speaker, said.principal);
      const remark = said && remarkWithoutQuote(article, sentence, said, pairs, named, bare);
      if (remark) {
        // "Holloway's team declined to comment.": an undated no-comment was given to this article, on its day.
        const noComment = remark.kind === "statement" && !when.length && NO_COMMENT_RE.test(bare);
        claims.push({
          ...remark,
          ...(noComment
            ? { occurredOn: article.published, precision: "day" as const }
            : dateFor(article, when, sentence, said.at, said.role === "rep" ? said.principal : said.speaker, said.role === "rep")),
          outlet: sentenceOutlet ?? article.outlet,
        });
        focus = remark.pair;
        lastRemark = claims[claims.length - 1];
        if (!eventAfterRemark) continue;
      }
    }

    const both = pairs.find((p) => named.has(p[0]) && named.has(p[1]));
    // "It was the actress who made the first move. The pair got close…": naming one of another couple turns to that couple.
    if (!both && named.size && ![...named].some((n) => focus.includes(n))) focus = pairs.find((p) => p.some((n) => named.has(n))) ?? focus;
    const pairRef = PAIR_REFERENCES.test(sentence.text);
    // "They…" means the couple in focus, unless the sentence names someone of another couple.
    const namedPairs = pairs.filter((p) => p.some((n) => named.has(n)));
    let pair: Pair | null =
      both ??
      (pairRef
        ? (namedPairs.find((p) => p === focus) ??
          namedPairs[0] ??
          (named.size === 0 || [...named].some((n) => focus.includes(n)) || !namedPairs.length ? focus : null))
        : null);
    if (pair) focus = pair;
    const dates = findDates(bare, article.published, anchor());
    const base = (kind: ClaimKind, words: string) => ({
      kind,
      stance: stanceOf(kind, words),
      evidence: sentence.text,
      sentence: sentence.index,
    });

    // Quoted words and who said them.
    if (quotes.length) {
      let attribution: Attribution | null = attributionOf(article, sentence, quotes);
      let outlet = sentenceOutlet;
      let inherited: { occurredOn: string; precision: DatePrecision } | null = null;
      // "Kaye's spokesperson confirmed it on Tuesday. 'Desmond is very happy,' she said" / "… the spokesperson said":
      // the rep of the sentence before goes on speaking.
      const repBefore = lastSpeaker?.attribution.role === "rep" && lastSpeaker.paragraph === sentence.paragraph ? lastSpeaker : null;
      if (repBefore && ((!attribution && REP_RE.test(bare)) || (attribution?.viaPronoun && !repBefore.attribution.speaker))) {
        attribution = repBefore.attribution;
        outlet ??= repBefore.outlet;
        inherited = repBefore.date;
      }
      if (!attribution && lastSpeaker && lastSpeaker.paragraph >= sentence.paragraph - 2 && !bare.trim().replace(/[\s.,:;!?…]/g, "")) {
        attribution = lastSpeaker.attribution;
        outlet ??= lastSpeaker.outlet;
        inherited = lastSpeaker.date;
      }
      if (attribution?.role === "person" && attribution.speaker && repOf.has(attribution.speaker))
        attribution = { ...attribution, role: "rep", principal: repOf.get(attribution.speaker)! };
      if (attribution?.role === "rep" && attribution.speaker && attribution.principal)
        repOf.set(attribution.speaker, attribution.principal);
      if (attribution) {
        const speaker: string | null = attribution.speaker;
        if (!outlet && speaker) {
          const recent = lastOutletOf.get(speaker);
          if (recent && recent.paragraph >= sentence.paragraph - 4) outlet = recent.outlet;
        }
        // "…," Ana concluded: the same interview as the paragraph before keeps its date.
        if (
          !dates.length &&
          lastSpeaker?.date &&
          lastSpeaker.attribution.speaker === speaker &&
          lastSpeaker.outlet === outlet &&
          lastSpeaker.paragraph >= sentence.paragraph - 1
        )
          inherited ??= lastSpeaker.date;
        let when: { occurredOn: string; precision: DatePrecision } =
          inherited && !dates.length
            ? inherited
            : dateFor(
                article,
                dates,
                sentence,
                attribution.at,
                attribution.role === "rep" ? attribution.principal : speaker,
                attribution.role === "rep",
              );
        // Words said where the story happened ("…," Boateng insisted on the carpet), to no outlet, with no date: that day.
        const untold =
          attribution.role !== "insider" &&
          !dates.length &&
          !inherited &&
          !outlet &&
          when.precision === "circa" &&
          when.occurredOn === article.published;
        if (untold && lead) when = lead;
        outlet ??= article.outlet;
        const principal: string | null = attribution.role === "rep" ? attribution.principal : speaker;
        const ownPair: Pair | null = principal
          ? (pairs.find((p) => p.includes(principal) && (p === focus || (named.has(p[0]) && named.has(p[1])))) ??
            pairs.find((p) => p.includes(principal)) ??
            null)
          : null;
        const quoteWords = quotes.map((q) => q.text).join(" ");
        const concerns: boolean =
          Boolean(ownPair) &&
          Boolean(
            ownPair &&
            ((named.has(ownPair[0]) && named.has(ownPair[1])) ||
              ROMANCE_RE.test(`${quoteWords} ${bare}`) ||
              // "He's a good guy," Holt said: one of a couple talking about the other.
              (attribution.role === "person" && speaker !== null && aboutPartner(article, ownPair, speaker, quoteWords)) ||
              // "Delacroix shuts it down…: 'We're fine'": answering the rumour is about the couple.
              REPLY_RE.test(bare) ||
              attribution.role === "rep" ||
              pairRef ||
              (lastSpeaker?.claimed === true &&
                lastSpeaker.attribution.speaker === speaker &&
                lastSpeaker.paragraph >= sentence.paragraph - 1)),
          );
        const remarkPair: Pair | null =
          attribution.role === "person" && !ownPair
            ? pair
            : concerns
              ? ownPair
              : attribution.role === "insider"
                ? (pair ?? pairs.find((p) => p.some((n) => named.has(n))) ?? (lastSpeaker?.claimed ? focus : null))
                : null;
        if (remarkPair) {
          const role = roleFor(attribution, remarkPair);
          const before = article.sentences[sentence.index - 1];
          const lead =
            before &&
            before.paragraph === sentence.paragraph &&
            !quotesIn(article, before).length &&
            speaker &&
            refsIn(article, before).some((r) => r.value.person === speaker)
              ? before.text
              : "";
          const kind = kindOfRemark(`${quoteWords} ${bare} ${lead}`, role, quoteWords);
          // The same speaker going on in the next sentence or paragraph: one remark, not two.
          const last = lastRemark;
          if (inherited !== null || (!bare.trim().replace(/[\s.,:;!?…]/g, "") && last)) {
            if (
              last &&
              last.speaker === (role === "insider" ? null : speaker) &&
              last.pair === remarkPair &&
              (last.kind === kind || kind === "statement" || kind === "speculation")
            ) {
              last.evidence = `${last.evidence} ${sentence.text}`;
              // The summary's quote, outlet and date are those of the words it summarised.
              if (last.quote === null) {
                last.quote = quotes[0].text;
                if (outlet) last.outlet = outlet;
                if (last.precision === "circa" && last.occurredOn === article.published) Object.assign(last, when);
              }
              if (last.kind === "speculation" || last.kind === "statement")
                last.stance = role === "pair" || role === "rep" ? last.stance : stanceOf("speculation", `${last.evidence}`);
              lastSpeaker = { attribution, outlet, paragraph: sentence.paragraph, claimed: true, date: lastSpeaker?.date ?? null };
              continue;
            }
          }
          const stance =
            role === "third-party" ? stanceOf("speculation", `${quoteWords} ${bare}`) : stanceOf(kind, `${quoteWords} ${bare} ${lead}`);
          claims.push({
            ...base(kind, quoteWords),
            stance,
            pair: remarkPair,
            ...when,
            place: null,
            speaker: role === "insider" ? null : speaker,
            quote: quotes[0].text,
            outlet,
            mentions: mentionsIn(article, sentence, [...remarkPair, ...(speaker ? [speaker] : [])]),
            confidence: confidenceOf(kind, role, Boolean(outlet)),
          });
          lastRemark = claims[claims.length - 1];
          focus = remarkPair;
        }
        lastSpeaker = { attribution, outlet, paragraph: sentence.paragraph, claimed: Boolean(remarkPair), date: when };
        if (remarkPair && !SIGHTING_RE.test(bare) && !SPECULATION_CUE_RE.test(bare)) continue;
      }
    }
    // "Verify Desk established that the man in the photo is Lindgren's brother": an outlet's word on one of the couple in focus.
    const reports =
      outletsIn(article, sentence).some((o) => o.value !== article.outlet) &&
      /\b(?:established|found that|showed that|traced|debunk\w*|retract\w*|correct(?:ed|ion))\b/i.test(bare);
    if (!pair && reports && named.size <= 1 && [...named].every((n) => focus.includes(n))) pair = focus;
    // "The co-stars of Second Helpings… Filming began in Rome in March": the shoot of the film the couple star in.
    const shootBegan =
      /^\s*(?:Filming|Shooting|Production|Principal photography|Rehearsals)\s+(?:began|started|kicked off|got under way)\b/i.test(bare);
    if (!pair && !named.size && shootBegan && /\bco-?stars?\b|\bstar(?:s|red)? (?:opposite|alongside)\b/i.test(article.text)) pair = focus;
    if (!pair) continue;

    const place =
      findPlace(article.masked.slice(sentence.start, sentence.end)) ??
      (previousPlace?.index === sentence.index - 1 ? previousPlace.place : null);
    const mentions = mentionsIn(article, sentence, pair);
    const outlets = outletsIn(article, sentence).map((o) => o.value);
    const reportingOutlet = outlets.find((o) => o !== article.outlet && OUTLET_REPORT_RE.test(bare)) ?? null;
    // "…has been quietly dating Maren Holt, The Touchline understands": the publishing outlet's own scoop.
    const ownScoop =
      !quotes.length &&
      !reportingOutlet &&
      OWN_SCOOP_RE.test(bare) &&
      (ROMANCE_RE.test(bare) || SPLIT_RE.test(bare)) &&
      !PROFESSIONAL_RE.test(bare);

    // Unnamed insiders, outlets' reports, then what the article itself states.
    const insider =
      INSIDER_RE.test(bare) &&
      /\b(?:said|says|told|tells|claimed|claims|revealed|reveals|insisted|insists|added|according to|dished|spilled|shared)\b/i.test(bare);
    const event = kindOfEvent(bare);
    if (ownScoop) {
      claims.push({
        ...base("report", bare),
        pair,
        occurredOn: article.published,
        precision: "day",
        place: null,
        speaker: null,
        quote: null,
        outlet: article.outlet,
        mentions: [],
        confidence: "plausible",
      });
    } else if (insider && !quotes.length) {
      const kind: ClaimKind = "speculation";
      claims.push({
        ...base(kind, bare),
        pair,
        ...dateFor(article, dates, sentence, null, null),
        place: null,
        speaker: null,
        quote: null,
        outlet: reportingOutlet ?? sentenceOutlet ?? article.outlet,
        mentions,
        confidence: "speculative",
      });
    } else if (
      reportingOutlet &&
      (!event || event === "report" || !/\b(?:spotted|seen|attended)\b/i.test(bare) || /\b(?:reported|according to|claimed)\b/i.test(bare))
    ) {
      const quote = quotes.length && !quotes.some((q) => q.text.split(/\s+/).length > 25) ? quotes[0].text : null;
      claims.push({
        ...base("report", `${bare} ${quote ?? ""}`),
        pair,
        ...dateFor(article, dates, sentence, null, null),
        place: null,
        speaker: null,
        quote,
        outlet: reportingOutlet,
        mentions,
        confidence: "plausible",
      });
    } else if (event && (!quotes.length || event !== "report")) {
      // "The wedding … took place on 18 April. … The pair arrived together": an outing at the event just described.
      const atEvent =
        event === "sighting" &&
        !place &&
        article.sentences.some((s) => s.paragraph === sentence.paragraph && s.index < sentence.index && EVENT_RE.test(s.text)) &&
        /\b(?:arrived|sat|danced|posed|walked)\b/i.test(bare);
      const kind: ClaimKind = atEvent ? "appearance" : event;
      const split = kind === "sighting" ? splitActivities(bare) : 1;
      // A development the article states itself dates from the report: the publication day.
      const when =
        kind === "report"
          ? !dates.length && section
            ? section
            : { occurredOn: article.published, precision: "day" as const }
          : dateFor(article, dates, sentence, atCue(sentence, cueIndex(kind, bare)));
      for (let i = 0; i < split; i++) {
        claims.push({
          ...base(kind, bare),
          pair,
          ...when,
          place: kind === "professional" ? null : place,
          speaker: null,
          quote: null,
          outlet: article.outlet,
          mentions: kind === "appearance" ? mentions : [],
          confidence: confidenceOf(kind, null, false),
        });
      }
    }
    if (SPECULATION_CUE_RE.test(bare)) {
      claims.push({
        ...base("speculation", bare),
        stance: "supports",
        pair,
        occurredOn: article.published,
        precision: "day",
        place: null,
        speaker: null,
        quote: null,
        outlet: article.outlet,
        mentions: [],
        confidence: "speculative",
      });
    }
  }
  denialsOfSplits(claims);
  return claims;
}

const ROMANCE_DENIED_RE =
  /\b(?:not dating|never dated|just friends|only friends|friends(?:,)? nothing more|nothing more|not (?:a couple|an item|together|romantic\w*)|colleagues|strictly professional|purely professional|single)\b/i;

/**
 * What a denial bears on depends on what it denies: after a reported split, "Still here. Both of
 * us." denies the split and supports the couple; a denial that they are dating contradicts.
 */
function denialsOfSplits(claims: RawClaim[]): void {
  claims.forEach((c, i) => {
    if (c.kind !== "denial" || c.stance !== "contradicts" || ROMANCE_DENIED_RE.test(`${c.quote ?? ""} ${c.evidence}`)) return;
    const splitBefore = claims
      .slice(0, i)
      .some((k) => k.pair === c.pair && (k.kind === "report" || k.kind === "speculation") && k.stance === "contradicts");
    if (splitBefore) c.stance = "supports";
  });
}

/**
 * On-record words reported without quotation marks: "Okafor's rep confirmed the split",
 * "Quill's publicist declined to comment", "Brooks denied the rumours".
 */
function remarkWithoutQuote(
  article: Article,
  sentence: Sentence,
  said: Attribution,
  pairs: Pair[],
  named: Set<string>,
  bare: string,
): Omit<RawClaim, "occurredOn" | "precision" | "outlet"> | null {
  // "…walked the carpet hand in hand, confirming weeks of whispers": the outing confirms, nobody spoke.
  if (/^\w+ing\b/.test(article.text.slice(said.at, said.at + 20)) && /,\s*$/.test(article.text.slice(said.at - 3, said.at))) return null;
  if (
    said.role === "insider" ||
    !(
      /\b(?:confirm\w*|den(?:y|ies|ied|ying)|declined|refused|dismiss\w*|shot down|shut down|addressed)\b/i.test(bare) ||
      // "Frost announced their separation", not "his band announced a tour".
      (/\bannounc\w+/i.test(bare) && (SPLIT_RE.test(bare) || ROMANCE_RE.test(bare)))
    )
  )
    return null;
  const principal = said.role === "rep" ? said.principal : said.speaker;
  const pair = principal ? pairs.find((p) => p.includes(principal)) : null;
  if (!pair || !principal) return null;
  if (said.role === "person" && !(named.has(pair[0]) && named.has(pair[1])) && !ROMANCE_RE.test(bare) && !PAIR_REFERENCES.test(bare))
    return null;
  const role = said.role === "rep" ? "rep" : "pair";
  const kind = kindOfRemark(bare, role);
  return {
    pair,
    kind,
    stance: stanceOf(kind, bare),
    evidence: sentence.text,
    sentence: sentence.index,
    place: null,
    speaker: said.speaker,
    quote: null,
    mentions: [],
    confidence: "confirmed",
  };
}

const REP_NOUN = String.raw`(?:rep|representative|spokesperson|spokeswoman|spokesman|publicist|manager|agent|lawyer|attorney)`;
const REP_BEFORE_NAME = new RegExp(String.raw`^[’']s\s+(?:[\w-]+\s+)?${REP_NOUN},?\s+$`, "i");
const REP_AFTER_NAME = new RegExp(String.raw`^,\s+$`);
const REP_AFTER_PRINCIPAL = new RegExp(String.raw`^(?:[’']s)?\s+(?:[\w-]+\s+)?${REP_NOUN}\b`, "i");

/**
 * Reps the article introduces by name: "Castellane's spokesperson Joanna Pell", "Rhea Stone, his
 * publicist". Whatever they say later speaks for their principal.
 */
function appositiveReps(article: Article): Map<string, string> {
  const reps = new Map<string, string>();
  const refs = article.refs;
  for (let i = 0; i + 1 < refs.length; i++) {
    const [a, b] = [refs[i], refs[i + 1]];
    if (a.value.person === b.value.person) continue;
    const between = article.text.slice(a.end, b.start);
    if (a.value.possessive && b.value.via === "name" && REP_BEFORE_NAME.test(between)) reps.set(b.value.person, a.value.person);
    else if (
      a.value.via === "name" &&
      b.value.possessive &&
      REP_AFTER_NAME.test(between) &&
      REP_AFTER_PRINCIPAL.test(article.text.slice(b.end, b.end + 30))
    )
      reps.set(a.value.person, b.value.person);
  }
  return reps;
}

/** "walking the streets and dining out": two outings in one sentence are two sightings. */
function splitActivities(words: string): number {
  return /\b(walking|strolling|dining|shopping|hiking|jogging|having (?:dinner|lunch|drinks))\b[^.;]*?\band\s+(walking|strolling|dining|shopping|hiking|jogging|having (?:dinner|lunch|drinks))\b/i.test(
    words,
  )
    ? 2
    : 1;
}
