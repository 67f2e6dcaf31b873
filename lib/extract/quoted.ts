import { outletsIn, quotesIn, refsIn } from "./article";
import { attributionOf, roleFor, type Attribution } from "./attribution";
import { NO_COMMENT_RE, SIGHTING_RE, SPECULATION_CUE_RE, kindOfEvent, confidenceOf, kindOfRemark, stanceOf } from "./classify";
import type { Pair } from "./pairs";
import { REP_RE, SPEECH_VERBS } from "./quotes";

const SPEECH_VERB_RE = new RegExp(String.raw`\b${SPEECH_VERBS}\b`, "i");
import { ROMANCE_RE, mentionsIn } from "./remarks";
import type { Article } from "./article";
import { baseOf, type Step, type Walk } from "./walk";
import type { DatePrecision } from "@/lib/vocabulary";
import { findDates, type FoundDate } from "./dates";
import { SPEECH_OCCASION } from "./date-clues";
import type { Sentence } from "./sentences";

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

/**
 * A named third party's words about the couple in focus ("'She's mirroring him,' Moss said", "'We
 * adore him,' her mother said"): the quote points at one of them by name or pronoun, and the
 * sentence names nobody of another couple.
 */
function thirdPartyOnFocus(w: Walk, named: Set<string>, quoteWords: string): boolean {
  if ([...named].some((n) => !w.focus.includes(n) && w.pairs.some((p) => p.includes(n)))) return false;
  const names = w.focus.flatMap((n) => n.split(/\s+/)).filter((x) => x.length > 2);
  if (names.some((n) => new RegExp(String.raw`\b${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\b`).test(quoteWords))) return true;
  // A pronoun alone could mean anyone ("'He has been superb all season,' said the manager"): it must come with talk of them as a couple.
  return (
    /\b(?:he|him|his|she|her|they|them|their|the two of them|the pair|the couple)\b/i.test(quoteWords) &&
    (ROMANCE_RE.test(quoteWords) ||
      PARTNER_RE.test(quoteWords) ||
      // "She's swimming faster…, so whatever he's doing, he can keep doing it": him and her both.
      (/\b(?:he|him|his)\b/i.test(quoteWords) && /\b(?:she|her)\b/i.test(quoteWords)) ||
      /\b(?:together|each other|the two of them|the pair|the couple|chemistry|mirroring|adore)\b/i.test(quoteWords))
  );
}

/**
 * The dates that date the words, not what they tell: one right after the speech verb ("told Hush
 * on Monday") or ahead of the speaker ("On Friday, Coles posted…"); not one inside the reported
 * clause ("said the pair came in last Saturday") nor in a clause about the speaker ("a diner who
 * saw them on Thursday said").
 */
function speechDates(bare: string, dates: FoundDate[], verbAt: number): FoundDate[] {
  return dates.filter((d) => {
    if (d.index >= verbAt) {
      const gap = bare.slice(verbAt, d.index).replace(/^\S+/, "");
      return (
        gap.length < 60 && !/\b(?:that|the pair|the couple|they|them|he|she|were|was|had|have|came|when|how|after|before)\b/i.test(gap)
      );
    }
    // "…at the party late last month, and a reader who was there emailed us": a date in another clause dates that clause.
    if (/,\s+(?:and|but|while)\s+/i.test(bare.slice(d.index, verbAt))) return false;
    return !/\b(?:who|which|whose)\b[^,]*$/i.test(bare.slice(0, d.index)) || /,/.test(bare.slice(d.index, verbAt));
  });
}

/** Words given to this article: "she told us", "he tells me", "told this paper". */
const TOLD_US_RE = /\b(?:told|tells|telling) (?:us|me|this (?:paper|newspaper|magazine|site|website|programme|program|column|station))\b/i;
const COY_RE =
  /\b(?:refus\w+ to be drawn|would(?:n['’]t| not) be drawn|declin\w+ to be drawn|play(?:ed|ing|s)? coy|coyly|dodg(?:ed|ing)|sidestepp\w+|deflect(?:ed|ing)|kept (?:mum|schtum|quiet)|giving nothing away|gave nothing away|tight-lipped|(?:said|says|say) only|would only say|only said|fann(?:ed|ing) the flames)\b/i;
const PARTNER_RE =
  /\b(?:his|her|my) (?:co-?star|partner|girlfriend|boyfriend|wife|husband|fianc\w*|collaborator)\b|\b(?:he|she) and (?:his|her)\b/i;
const OUTLET_CLAIM_RE = /^\W*(?:\w+\s+){0,2}?(?:claimed|reported|alleged|wrote|said|revealed)\b/i;

const REPLY_RE =
  /\b(?:shut|shuts|shot|den(?:y|ies|ied)|dismiss\w*|rebut\w*|confirm\w*|hit back|hits back|address(?:ed|es|ing) (?:the|those|these) (?:rumou?rs?|reports?|claims?|speculation|chatter))\b/i;
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
      // Undated words given to this article (an unnamed source's, or told to it by name): its day.
      if (
        (attribution.role === "insider" || (sentenceOutlet !== null && sentenceOutlet === article.outlet) || TOLD_US_RE.test(bare)) &&
        !dates.length &&
        !inherited &&
        when.precision === "circa" &&
        when.occurredOn === article.published
      )
        when = { occurredOn: article.published, precision: "day" };
      const principal: string | null = attribution.role === "rep" ? attribution.principal : speaker;
      const ownPair: Pair | null = principal
        ? (w.pairs.find((p) => p.includes(principal) && (p === w.focus || (named.has(p[0]) && named.has(p[1])))) ??
          w.pairs.find((p) => p.includes(principal)) ??
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
            // "'Let's just say I watch more football,' she laughed, refusing to be drawn": a coy answer about the romance.
            COY_RE.test(bare) ||
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
                (w.lastSpeaker?.claimed || thirdPartyOnFocus(w, named, quoteWords) ? w.focus : null))
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
        // "Her spokesperson said she had 'no comment to make'": an undated no-comment was given to this article, on its day.
        // (Not when the sentence before, in its paragraph, told the dated occasion: "…cornered by reporters on Monday. '…,' he said".)
        if (
          kind === "statement" &&
          !dates.length &&
          !inherited &&
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
