import { outletsIn, quotesIn, refsIn, type Article } from "./article";
import { attributionOf, roleFor, type Attribution } from "./attribution";
import { NO_COMMENT_RE, SIGHTING_RE, SPECULATION_CUE_RE, kindOfEvent, confidenceOf, kindOfRemark, stanceOf } from "./classify";
import type { Pair } from "./pairs";
import { OUTLET_REPORT_VERBS, PAIR_REFERENCES, TOGETHER_ABROAD_RE } from "./lexicon";
import { REP_RE, SPEECH_VERBS } from "./quotes";
import {
  ROMANCE_QUESTION_RE,
  COY_RE,
  LEAD_REPLY_RE,
  OUTLET_CLAIM_RE,
  PARTNER_RE,
  REPLY_RE,
  TOLD_US_RE,
  UNNAMED_SPEAKER_RE,
  aboutPartner,
  speechDates,
  thirdPartyOnFocus,
} from "./quote-cues";
import { ROMANCE_RE, mentionsIn } from "./remarks";
import { baseOf, type Step, type Walk } from "./walk";
import type { DatePrecision } from "@/lib/vocabulary";
import { findDates } from "./dates";
import { escapeRegExp } from "./regex";
import { SPEECH_OCCASION } from "./date-clues";
import type { Sentence } from "./sentences";

const SPEECH_VERB_RE = new RegExp(String.raw`\b${SPEECH_VERBS}\b`, "i");

/**
 * Quoted words and who said them: statements, denials, confirmations of one of a couple or their
 * rep, a third party's words, an insider's speculation. True when the sentence needs no other rule.
 */
export function quotedClaims(w: Walk, step: Step): boolean {
  const { article } = w;
  const { sentence, quotes, bare, named, pair, pairRef, sentenceOutlet } = step;
  let { dates } = step;
  const base = baseOf(sentence, stanceOf);
  if (quotes.length) {
    let attribution: Attribution | null = attributionOf(article, sentence, quotes);
    // "…when the blog Hot Goss claimed the pair were 'secretly engaged', citing a guest who said…": the quote is the outlet's report.
    const reporter = outletsIn(article, sentence).find(
      (o) => o.value !== article.outlet && o.end <= quotes[0].start && OUTLET_CLAIM_RE.test(article.text.slice(o.end, quotes[0].start)),
    );
    if (
      reporter &&
      (!attribution || attribution.role === "insider" || attribution.at >= reporter.end) &&
      (!attribution || attribution.at > quotes[0].start || attribution.at - reporter.end < 30)
    )
      return false;
    // "'…,' the partygoer said", "my tipster says": an unnamed source named only by what they are.
    if (!attribution) {
      const unnamed = UNNAMED_SPEAKER_RE.exec(bare);
      if (unnamed) attribution = { role: "insider", speaker: null, principal: null, at: sentence.start + unnamed.index };
    }
    let outlet = sentenceOutlet;
    let inherited: { occurredOn: string; precision: DatePrecision } | null = null;
    // "Kaye's spokesperson confirmed it on Tuesday. 'Desmond is very happy,' she said" / "… the spokesperson said":
    // the rep of the sentence before goes on speaking.
    const repBefore = w.lastSpeaker?.attribution.role === "rep" && w.lastSpeaker.paragraph === sentence.paragraph ? w.lastSpeaker : null;
    if (repBefore && ((!attribution && REP_RE.test(bare)) || (attribution?.viaPronoun && !repBefore.attribution.speaker))) {
      attribution = repBefore.attribution;
      outlet ??= repBefore.outlet;
      inherited = repBefore.date;
    }
    if (!attribution && w.lastSpeaker && w.lastSpeaker.paragraph >= sentence.paragraph - 2 && !bare.trim().replace(/[\s.,:;!?…]/g, "")) {
      attribution = w.lastSpeaker.attribution;
      outlet ??= w.lastSpeaker.outlet;
      inherited = w.lastSpeaker.date;
    }
    // "'Zeke and Freya are dating,' the actor's publicist confirmed": a rep whose principal goes unnamed, speaking of the pair.
    const repPair =
      pair ??
      ([...named].some((n) => w.focus.includes(n)) || thirdPartyOnFocus(w, named, quotes.map((q) => q.text).join(" ")) ? w.focus : null);
    if (!attribution && repPair && REP_RE.test(bare) && SPEECH_VERB_RE.test(bare)) {
      attribution = { role: "rep", speaker: null, principal: repPair[0], at: sentence.start + bare.search(SPEECH_VERB_RE) };
      // "A spokesperson for the forward went further on Tuesday. '…,' the spokesperson said": the rep's sentence before dates the words.
      const before = w.dates.previous;
      if (
        before &&
        before.sentence.index === sentence.index - 1 &&
        before.sentence.paragraph === sentence.paragraph &&
        REP_RE.test(before.sentence.text)
      )
        inherited = before.when;
    }
    if (attribution?.role === "person" && attribution.speaker && w.repOf.has(attribution.speaker))
      attribution = { ...attribution, role: "rep", principal: w.repOf.get(attribution.speaker)! };
    if (attribution?.role === "rep" && attribution.speaker && attribution.principal)
      w.repOf.set(attribution.speaker, attribution.principal);
    if (attribution) {
      dates = speechDates(bare, dates, attribution.at - sentence.start);
      const speaker: string | null = attribution.speaker;
      if (!outlet && speaker) {
        const recent = w.lastOutletOf.get(speaker);
        if (recent && recent.paragraph >= sentence.paragraph - 4) outlet = recent.outlet;
      }
      // "…," Ana concluded: the same interview as the paragraph before keeps its date.
      if (
        !dates.length &&
        w.lastSpeaker?.date &&
        // Two unnamed sources are not one speaker going on.
        speaker !== null &&
        w.lastSpeaker.attribution.speaker === speaker &&
        w.lastSpeaker.outlet === outlet &&
        w.lastSpeaker.paragraph >= sentence.paragraph - 1
      )
        inherited ??= w.lastSpeaker.date;
      let when: { occurredOn: string; precision: DatePrecision } =
        inherited && !dates.length
          ? inherited
          : w.dates.dateFor(
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
        !TOLD_US_RE.test(bare) &&
        when.precision === "circa" &&
        when.occurredOn === article.published;
      if (untold && w.dates.lead) when = w.dates.lead;
      outlet ??= article.outlet;
      // A month or a year the article gave before ("They met in July. '…,' Thistlewood told the Dispatch") is background,
      // not when words given to this outlet were said (a profile's meeting with its subject is).
      const background = when.precision !== "day" && when.occurredOn !== w.dates.interview?.occurredOn;
      // Undated words given to this article (an unnamed source's, or told to it by name): its day.
      if (
        (attribution.role === "insider" || (sentenceOutlet !== null && sentenceOutlet === article.outlet) || TOLD_US_RE.test(bare)) &&
        !dates.length &&
        !inherited &&
        when.precision === "circa" &&
        when.occurredOn === article.published
      )
        when = { occurredOn: article.published, precision: "day" };
      // "'…,' a member of the festival crew told The Setlist": an unnamed source's undated words to this outlet are of
      // its day, whatever the sentence before dated; so are anyone's, when that date was another outlet's report
      // ("In March The Harbour Tattler reported they had split. '…,' he told Boundary Babble").
      else if (
        !dates.length &&
        !inherited &&
        ((sentenceOutlet !== null && sentenceOutlet === article.outlet) || TOLD_US_RE.test(bare)) &&
        (attribution.role === "insider" || afterOtherReport(article, w.dates.previous?.sentence) || background)
      )
        when = { occurredOn: article.published, precision: "day" };
      const principal: string | null = attribution.role === "rep" ? attribution.principal : speaker;
      // "'Ji-woo and Ronan? I've known since Easter,' Adaeze told me": one of a couple naming both of another speaks of them.
      const ofOthers = principal !== null && w.pairs.some((p) => !p.includes(principal) && named.has(p[0]) && named.has(p[1]));
      const ownPair: Pair | null =
        principal && !ofOthers
          ? (w.pairs.find((p) => p.includes(principal) && (p === w.focus || (named.has(p[0]) && named.has(p[1])))) ??
            w.pairs.find((p) => p.includes(principal)) ??
            null)
          : null;
      const quoteWords = quotes.map((q) => q.text).join(" ");
      const role0 = attribution.role;
      const before = article.sentences[sentence.index - 1];
      // The sentence before that introduces the speaker and says nothing quoted ("Dufresne addressed the report herself on Tuesday"),
      // in its paragraph, or a rep's ending the one before ("…'s agent, Mikko Halonen, flatly rejected that story.¶'…,' Halonen said").
      const lead =
        before &&
        (before.paragraph === sentence.paragraph || (before.paragraph === sentence.paragraph - 1 && REP_RE.test(before.text))) &&
        !quotesIn(article, before).length &&
        // A rep's sentence before ("Her representative told Stargazer there was no truth to the report") speaks for the rep too.
        // ("Ellingham-Hart's people are having none of it. '…,' his publicist, Lorna Beckwith, told CCC": the rep's principal.)
        ((speaker && refsIn(article, before).some((r) => r.value.person === speaker)) ||
          (attribution.role === "rep" &&
            (REP_RE.test(before.text) || /(?:['’]s|\b(?:his|her|their))\s+people\b/i.test(before.text)) &&
            sameRepresented(refsIn(article, before), attribution.principal)))
          ? before.text
          : "";
      const concerns: boolean =
        Boolean(ownPair) &&
        Boolean(
          ownPair &&
          ((named.has(ownPair[0]) && named.has(ownPair[1])) ||
            ROMANCE_RE.test(`${quoteWords} ${bare}`) ||
            TOGETHER_ABROAD_RE.test(quoteWords) ||
            // "He's a good guy," Holt said: one of a couple talking about the other.
            (attribution.role === "person" && speaker !== null && aboutPartner(article, ownPair, speaker, quoteWords)) ||
            // "Delacroix shuts it down…: 'We're fine'": answering the rumour is about the couple.
            REPLY_RE.test(bare) ||
            LEAD_REPLY_RE.test(lead) ||
            // "'No comment, man,' he said": one of a couple refusing to talk is refusing to talk about the couple.
            (role0 === "person" && NO_COMMENT_RE.test(quoteWords)) ||
            // "'Let's just say I watch more football,' she laughed, refusing to be drawn": a coy answer about the romance.
            COY_RE.test(bare) ||
            // "Saskia was giving nothing away when she appeared on the show. Asked whether she was seeing anyone, she laughed: '…'".
            (role0 !== "insider" && (ROMANCE_QUESTION_RE.test(bare) || ROMANCE_QUESTION_RE.test(lead) || COY_RE.test(lead))) ||
            // "…that he and his co-star were 'just buddies'": words that confirm or deny, about the partner.
            (PARTNER_RE.test(`${quoteWords} ${bare}`) && kindOfRemark(`${quoteWords} ${bare}`, "pair") !== "statement") ||
            attribution.role === "rep" ||
            pairRef ||
            (w.lastSpeaker?.claimed === true &&
              w.lastSpeaker.attribution.speaker === speaker &&
              w.lastSpeaker.paragraph >= sentence.paragraph - 1)),
        );
      const remarkPair: Pair | null =
        attribution.role === "person" && !ownPair
          ? (pair ?? (speaker && thirdPartyOnFocus(w, named, quoteWords) ? w.focus : null))
          : concerns
            ? ownPair
            : attribution.role === "insider"
              ? (pair ??
                w.pairs.find((p) => p.some((n) => named.has(n))) ??
                (w.lastSpeaker?.claimed || thirdPartyOnFocus(w, named, quoteWords) || coupleJustTold(article, sentence, w.focus)
                  ? w.focus
                  : null))
              : null;
      if (remarkPair) {
        const role = roleFor(attribution, remarkPair, w.titledReps);
        const kind = kindOfRemark(`${quoteWords} ${bare} ${lead}`, role, quoteWords);
        // "Her spokesperson said she had 'no comment to make'": an undated no-comment was given to this article, on its day.
        // One of the couple's own coy "no comment", said elsewhere, keeps the date of where it was said.
        const ownNoComment =
          role === "pair" && NO_COMMENT_RE.test(quoteWords) && !TOLD_US_RE.test(bare) && sentenceOutlet !== article.outlet;
        // (Not when the sentence before, in its paragraph, told the dated occasion: "…cornered by reporters on Monday. '…,' he said".)
        if (
          kind === "statement" &&
          !dates.length &&
          !inherited &&
          !ownNoComment &&
          !toldOccasion(article, sentence) &&
          NO_COMMENT_RE.test(`${quoteWords} ${bare}`)
        )
          when = { occurredOn: article.published, precision: "day" };
        // The same speaker going on in the next sentence or paragraph: one remark, not two.
        const last = w.lastRemark;
        if (inherited !== null || (!bare.trim().replace(/[\s.,:;!?…]/g, "") && last)) {
          if (
            last &&
            last.speaker === (role === "insider" ? null : speaker) &&
            last.pair === remarkPair &&
            (last.kind === kind ||
              kind === "statement" ||
              kind === "speculation" ||
              (last.kind === "statement" && (kind === "denial" || kind === "confirmation")))
          ) {
            last.evidence = `${last.evidence} ${sentence.text}`;
            // "'I would remember my own wedding,' she said. '…That's the whole story'": the remark is as firm as its firmest words.
            if (last.kind === "statement" && (kind === "denial" || kind === "confirmation")) {
              last.kind = kind;
              last.stance = stanceOf(kind, `${last.evidence}`);
            }
            // The summary's quote, outlet and date are those of the words it summarised.
            if (last.quote === null) {
              last.quote = quotes[0].text;
              if (outlet) last.outlet = outlet;
              if (last.precision === "circa" && last.occurredOn === article.published) Object.assign(last, when);
            }
            if (last.kind === "speculation" || last.kind === "statement")
              last.stance = role === "pair" || role === "rep" ? last.stance : stanceOf("speculation", `${last.evidence}`);
            w.lastSpeaker = { attribution, outlet, paragraph: sentence.paragraph, claimed: true, date: w.lastSpeaker?.date ?? null };
            return true;
          }
        }
        const stance =
          role === "third-party" ? stanceOf("speculation", `${quoteWords} ${bare}`) : stanceOf(kind, `${quoteWords} ${bare} ${lead}`);
        w.claims.push({
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
        w.lastRemark = w.claims[w.claims.length - 1];
        w.focus = remarkPair;
      }
      w.lastSpeaker = { attribution, outlet, paragraph: sentence.paragraph, claimed: Boolean(remarkPair), date: when };
      // "Both of them were at the party, and a reader who was there emailed us: '…'": the outing is evidence of its own.
      const outing = (pair !== null || pairRef) && kindOfEvent(bare) === "appearance";
      if (remarkPair && !SIGHTING_RE.test(bare) && !SPECULATION_CUE_RE.test(bare) && !outing) return true;
    }
  }
  return false;
}

/** Whether the sentence before, in the same paragraph, tells a dated occasion for words ("…cornered by reporters on Monday."). */
function toldOccasion(article: Article, sentence: Sentence): boolean {
  const before = article.sentences[sentence.index - 1];
  return (
    before?.paragraph === sentence.paragraph &&
    !quotesIn(article, before).length &&
    SPEECH_OCCASION.test(before.text) &&
    findDates(before.text, article.published).some((d) => d.occurredOn <= article.published)
  );
}

/** The sentence before speaks for the same person as the rep quoted now: it names them, or nobody ("The spokesperson told…"). */
function sameRepresented(refs: { value: { person: string } }[], principal: string | null): boolean {
  return !refs.length || (principal !== null && refs.some((r) => r.value.person === principal));
}

/**
 * "The two were at it again on the Fourth, two-stepping at Billy Bob's. '…That boy is done for,' one
 * stock contractor told the Spur": an unnamed source quoted in a paragraph that has just told of the
 * couple speaks of them, named or not.
 */
function coupleJustTold(article: Article, sentence: Sentence, focus: Pair): boolean {
  const before = article.sentences[sentence.index - 1];
  if (!before || before.paragraph !== sentence.paragraph || quotesIn(article, before).length) return false;
  const names = new Set(refsIn(article, before).map((r) => r.value.person));
  return (names.has(focus[0]) && names.has(focus[1])) || PAIR_REFERENCES.test(before.text);
}

/** Whether a sentence is another outlet's report ("In March The Harbour Tattler reported…"). */
function afterOtherReport(article: Article, sentence: Sentence | undefined): boolean {
  return (
    sentence !== undefined && outletsIn(article, sentence).some((o) => o.value !== article.outlet) && OTHER_REPORT_RE.test(sentence.text)
  );
}
const OTHER_REPORT_RE = new RegExp(String.raw`\b(?:${OUTLET_REPORT_VERBS.map(escapeRegExp).join("|")})\b`, "i");
