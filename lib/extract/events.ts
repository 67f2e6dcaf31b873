import { outletsIn } from "./article";
import { EVENT_RE, PROFESSIONAL_RE, SPECULATION_CUE_RE, SPLIT_RE, confidenceOf, cueIndex, kindOfEvent, stanceOf } from "./classify";
import { findPlace } from "./places";
import { INSIDER_RE } from "./quotes";
import { ROMANCE_RE, mentionsIn } from "./remarks";
import type { Sentence } from "./sentences";
import { baseOf, type RawClaim, type Step, type Walk } from "./walk";
import type { ClaimKind } from "@/lib/vocabulary";

const OUTLET_REPORT_RE =
  /\b(?:reported|reports|reporting|according to|claimed|claims|alleged|published|broke the news|ran a story|first reported|revealed|reveals|can reveal|has learned|retracted|corrected|debunked|walked back|backed down|fact-?check\w*|matched (?:the|an|a) (?:image|photo|picture|video)|pull(?:ed|ing) (?:the|its) (?:story|article|report|piece)|editor['’]s note|story|report|article|exclusive|established|found that|showed that|traced|ran|first ran|carried|posted|told its (?:[\d.]+ (?:million|thousand) )?(?:followers|readers|listeners|subscribers)|first linked|(?:first )?floated|first paired|(?:was )?(?:the )?first to call)\b/i;
const SPOKE_ON_RE =
  /\b(?:revealed|confirmed|announced|said|admitted|told (?:viewers|listeners|the audience))\b[^.;"“”]{0,40}\bon\s+(?:(?:the|a|an|this|last|\w+['’]s)\s+)?(?:(?:episode|edition|instalment|installment) of\s+)?$/i;
const OWN_SCOOP_RE =
  /\b(?:understands|can (?:exclusively )?reveal|has (?:learned|learnt)|has been told|we understand|we can reveal|we have learned)\b/i;
/** A report's rebuttal by a rep told in the same sentence: "a story that her agent dismissed…", "which his rep denied" (case-sensitive: the owner's name is capitalised). */
export const REBUTTAL_RE =
  /\b(?:a (?:story|report|claim|rumou?r)|which|something|claims?|reports?) (?:that )?(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*['’]s|his|her|their) (?:\w+ )?(?:rep|reps|representative|spokes\w+|publicist|agent|manager|lawyer|team|camp) (?:\w+ly )?(?:denied|dismissed|rejected|laughed off|shot down|branded \w+|called \w+|rubbished)\b/;
/** A comma, then a work the pair made and a relative clause of its own: ", the snowbound thriller they shot". */
const OUTING_ASIDE_RE =
  /,\s+(?:the\s+(?:[\w'’-]+\s+){0,3}?(?:film|movie|thriller|drama|series|show|album|single|song|play|musical|comedy|record|campaign|documentary)\s+(?:that\s+|which\s+)?(?:they|she|he|the (?:two|pair))\s+(?:\w+\s+){0,2}?(?:shot|filmed|made|recorded|wrote|co-wrote|starred|worked))\b[^.;]*$/i;
const atCue = (sentence: Sentence, index: number | null): number | null => (index === null ? null : sentence.start + index);

/**
 * What the article states itself or attributes to an unnamed insider or a named outlet: an
 * outlet's scoop or report, an insider's word, sightings, appearances, work together, speculation.
 * "copy" when the sentence only tells of other outlets running a report already told.
 */
export function statedClaims(w: Walk, step: Step): "copy" | void {
  const { article } = w;
  const { sentence, quotes, bare, named, sentenceOutlet, dates, previousPlace } = step;
  let { pair } = step;
  const base = baseOf(sentence, stanceOf);
  // "Verify Desk established that the man in the photo is Lindgren's brother": an outlet's word on one of the couple in focus.
  const reports =
    outletsIn(article, sentence).some((o) => o.value !== article.outlet) &&
    /\b(?:established|found that|showed that|traced|debunk\w*|retract\w*|correct(?:ed|ion)|fact-?check\w*|matched (?:the|an|a) (?:image|photo|picture|video)|backed down|pull(?:ed|ing) (?:the|its) (?:story|article|report|piece)|editor['’]s note)\b/i.test(
      bare,
    );
  if (!pair && reports && named.size <= 1 && [...named].every((n) => w.focus.includes(n))) pair = w.focus;
  // "The co-stars of Second Helpings… Filming began in Rome in March": the shoot of the film the couple star in.
  const shootBegan =
    /^\s*(?:Filming|Shooting|Production|Principal photography|Rehearsals)\s+(?:began|started|kicked off|got under way)\b/i.test(bare);
  // "A friend of the singer says the marriage had been under strain": an unnamed source on the couple in focus.
  const insiderOnFocus =
    [...named].every((n) => w.focus.includes(n)) &&
    INSIDER_RE.test(bare) &&
    /\b(?:says|said|told|tells|claims|claimed|confides|confided|insists|insisted|reveals|revealed)\b/i.test(bare) &&
    (ROMANCE_RE.test(bare) || SPLIT_RE.test(bare) || /\b(?:marriage|wedding|engagement)\b/i.test(bare));
  if (!pair && insiderOnFocus) pair = w.focus;
  if (!pair && !named.size && shootBegan && /\bco-?stars?\b|\bstar(?:s|red)? (?:opposite|alongside)\b/i.test(article.text)) pair = w.focus;
  if (!pair) return;
  // "The story was lifted within hours by The Weekend Holler": a syndicated copy is the report it copies, nothing more.
  if (COPY_RE.test(bare) && outletsIn(article, sentence).some((o) => o.value !== article.outlet) && copyOfReport(w, sentence, pair))
    return "copy";

  const place =
    findPlace(article.masked.slice(sentence.start, sentence.end)) ??
    (previousPlace?.index === sentence.index - 1 ? previousPlace.place : null);
  const mentions = mentionsIn(article, sentence, pair);
  const outlets = outletsIn(article, sentence)
    // "revealed the news on Wednesday's episode of Late Tonight": a programme someone spoke on reports nothing itself.
    .filter((o) => !SPOKE_ON_RE.test(article.text.slice(sentence.start, o.start)))
    .map((o) => o.value);
  const reportingOutlet =
    outlets.find((o) => o !== article.outlet && OUTLET_REPORT_RE.test(bare)) ??
    (SAME_OUTLET_RE.test(bare) ? outletBefore(w, sentence) : null);
  // "…has been quietly dating Maren Holt, The Touchline understands": the publishing outlet's own scoop.
  const ownScoop =
    !quotes.length &&
    !reportingOutlet &&
    OWN_SCOOP_RE.test(bare) &&
    (ROMANCE_RE.test(bare) || SPLIT_RE.test(bare)) &&
    !PROFESSIONAL_RE.test(bare);

  // Unnamed insiders, outlets' reports, then what the article itself states.
  const event = kindOfEvent(bare);
  // "…were spotted sharing a candlelit dinner, and according to fellow diners they barely looked at the menu":
  // onlookers cited for the detail of an outing the article tells are the outing's witnesses, not a source's words.
  const witnesses =
    (event === "sighting" || event === "appearance") &&
    /\baccording to\b/i.test(bare) &&
    !/\b(?:said|says|told|tells|claimed|claims|revealed|reveals|insisted|insists|added|dished|spilled)\b/i.test(bare);
  const insider =
    !witnesses &&
    INSIDER_RE.test(bare) &&
    /\b(?:said|says|told|tells|claimed|claims|revealed|reveals|insisted|insists|added|according to|dished|spilled|shared)\b/i.test(bare);
  if (ownScoop) {
    w.claims.push(ofTheDay(w, { ...base("report", bare), pair, outlet: article.outlet, confidence: "plausible" }));
  } else if (insider && !quotes.length) {
    const kind: ClaimKind = "speculation";
    const when = w.dates.dateFor(article, dates, sentence, null, null);
    // An unnamed source's undated words, given to this article: its day.
    const undated = when.precision === "circa" && when.occurredOn === article.published;
    w.claims.push({
      ...base(kind, bare),
      pair,
      ...(undated ? { occurredOn: article.published, precision: "day" as const } : when),
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
    // "…after The Sunday Shout claimed on Easter Sunday that…": the date nearest the report's verb.
    const verb = OUTLET_REPORT_RE.exec(bare);
    w.claims.push({
      ...base("report", `${bare} ${quote ?? ""}`),
      pair,
      ...w.dates.dateFor(article, dates, sentence, verb ? sentence.start + verb.index : null, null),
      place: null,
      speaker: null,
      quote,
      outlet: reportingOutlet,
      mentions,
      confidence: "plausible",
    });
    // "…, a story that Mensah-Hart's agent dismissed the following day as fanciful": the rep's answer is a claim of its own.
    const rebuttal = REBUTTAL_RE.exec(bare);
    if (rebuttal) {
      const later = dates.filter((d) => d.index > rebuttal.index);
      w.claims.push({
        ...base("denial", rebuttal[0]),
        pair,
        ...(later.length
          ? { occurredOn: later[0].occurredOn, precision: later[0].precision }
          : { occurredOn: article.published, precision: "day" as const }),
        place: null,
        speaker: null,
        quote: null,
        outlet: article.outlet,
        mentions: [],
        confidence: "confirmed",
      });
    }
  } else if (event && (!quotes.length || event !== "report")) {
    // "The wedding … took place on 18 April. … The pair arrived together": an outing at the event just described,
    // or at the one the article opens on ("There are weddings, and then there are harvest weddings… ¶ … Whitcombe arrived with…").
    const opening = article.sentences.find((s) => s.paragraph > 0)?.paragraph ?? 0;
    const atEvent =
      event === "sighting" &&
      article.sentences.some(
        (s) =>
          s.index < sentence.index &&
          (s.paragraph === sentence.paragraph || s.index >= sentence.index - 3 || s.paragraph <= opening) &&
          EVENT_RE.test(s.text),
      ) &&
      /\b(?:arrived|arriving|sat|seated|danced|posed|walked|on the arm of|arm in arm|(?:public|first) outing|front[- ]row)\b/i.test(bare);
    const kind: ClaimKind = atEvent ? "appearance" : event;
    const split = kind === "sighting" ? splitActivities(bare) : 1;
    // A development the article states itself dates from the report: the publication day.
    const when =
      kind === "report"
        ? !dates.length && w.dates.section
          ? w.dates.section
          : { occurredOn: article.published, precision: "day" as const }
        : w.dates.dateFor(
            article,
            // "the pairs team who have skated together since roughly 2018 … were spotted on Monday": a span's start dates no outing.
            kind === "sighting" || kind === "appearance"
              ? dates.filter(
                  (d) =>
                    (!/\bsince\s+$/i.test(bare.slice(0, d.index).replace(/\b(?:roughly|about|around|at least)\s+$/i, "")) ||
                      // "linked since December, when the pair were seated together": the outing the span starts with.
                      /^[\s,]*when\b/i.test(bare.slice(d.index + d.text.length))) &&
                    // "…for the premiere of Northern Dispatch, the thriller they shot together around February 2023": a date in
                    // an aside about something the outing names dates that thing, not the outing.
                    !OUTING_ASIDE_RE.test(bare.slice(cueIndex(kind, bare) ?? 0, d.index)),
                )
              : dates,
            sentence,
            atCue(sentence, cueIndex(kind, bare)),
          );
    for (let i = 0; i < split; i++) {
      w.claims.push({
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
  // "It isn't the first time the pair have sparked rumours": looking back, not new talk.
  if (SPECULATION_CUE_RE.test(bare) && !/\b(?:isn['’]t|is not|wasn['’]t|was not|not) the first time\b/i.test(bare)) {
    w.claims.push(
      ofTheDay(w, { ...base("speculation", bare), stance: "supports", pair, outlet: article.outlet, confidence: "speculative" }),
    );
  }
}

/** An outlet named before, taken up again by what it is: "The gossip site reported on Sunday that…". */
const SAME_OUTLET_RE =
  /^\W*(?:the|that) (?:[\w-]+ ){0,2}?(?:site|paper|tabloid|magazine|outlet|blog|newspaper|website|publication|weekly|podcast|account|newsletter) (?:had |has |then |first |originally )?(?:reported|claimed|alleged|revealed|wrote|said|ran)\b/i;

/** The last outlet other than the publishing one that the article named before this sentence. */
function outletBefore(w: Walk, sentence: Sentence): string | null {
  for (let i = sentence.index - 1; i >= 0; i--) {
    const named = outletsIn(w.article, w.article.sentences[i]).filter((o) => o.value !== w.article.outlet);
    if (named.length) return named[named.length - 1].value;
  }
  return null;
}

/** Other outlets running a story already told: "was picked up by", "lifted wholesale by", "repeated by", "both running it". */
const COPY_RE =
  /\b(?:(?:was|were|had been|been|later|quickly|then)\s+(?:quickly\s+|later\s+|soon\s+)?(?:picked up|lifted|repeated|copied|re-?reported|aggregated)|(?:picked up|lifted|repeated|copied)\s+(?:\w+\s+){0,3}?by|(?:both|all|each)\s+(?:running|ran|carrying|carried)\s+it)\b/i;

/** Folds a syndicated copy into the report it copies (one told in the last few sentences), if there is one. */
function copyOfReport(w: Walk, sentence: Sentence, pair: RawClaim["pair"]): boolean {
  const original = w.claims.findLast(
    (c) => c.kind === "report" && c.pair === pair && c.outlet !== w.article.outlet && sentence.index - c.sentence <= 3,
  );
  if (!original) return false;
  if (original.evidence.length < 600) original.evidence = `${original.evidence} ${sentence.text}`;
  return true;
}

/** A claim of the article's own day that names no place, speaker, quote or mention: its own scoop, the talk it says was fuelled. */
function ofTheDay(
  w: Walk,
  claim: Pick<RawClaim, "kind" | "stance" | "evidence" | "sentence" | "pair" | "outlet" | "confidence">,
): RawClaim {
  return { ...claim, occurredOn: w.article.published, precision: "day", place: null, speaker: null, quote: null, mentions: [] };
}

/** "walking the streets and dining out": two outings in one sentence are two sightings. */
function splitActivities(words: string): number {
  return /\b(walking|strolling|dining|shopping|hiking|jogging|having (?:dinner|lunch|drinks))\b[^.;]*?\band\s+(walking|strolling|dining|shopping|hiking|jogging|having (?:dinner|lunch|drinks))\b/i.test(
    words,
  )
    ? 2
    : 1;
}
