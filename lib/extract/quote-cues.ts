import type { Article } from "./article";
import type { FoundDate } from "./dates";
import type { Pair } from "./pairs";
import { SPEECH_VERBS } from "./quotes";
import { REFUSAL } from "./classify";
import { ROMANCE_RE } from "./remarks";
import { namesAWordOf } from "./regex";
import type { Walk } from "./walk";

/**
 * What quoted words and the reporter's words around them tell about who is meant and when
 * (ADR 0019): the partner named or pointed at, a third party on the couple in focus, the dates
 * of the words, and the cue phrases the quote rules read.
 */

/** Whether one of a pair's words name the other, or point at them with a pronoun only the other fits. */
export function aboutPartner(article: Article, pair: Pair, speaker: string, words: string): boolean {
  const partner = pair.find((n) => n !== speaker);
  if (!partner || !pair.includes(speaker)) return false;
  if (namesAWordOf([partner], words)) return true;
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
export function thirdPartyOnFocus(w: Walk, named: Set<string>, quoteWords: string): boolean {
  if ([...named].some((n) => !w.focus.includes(n) && w.pairs.some((p) => p.includes(n)))) return false;
  if (namesAWordOf(w.focus, quoteWords)) return true;
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
export function speechDates(bare: string, dates: FoundDate[], verbAt: number): FoundDate[] {
  return dates.filter((d) => {
    if (d.index >= verbAt) {
      // ("…," he told reporters after practice on Tuesday: the occasion the words were said on, then its day.)
      const gap = bare
        .slice(verbAt, d.index)
        .replace(/^\S+/, "")
        .replace(/\b(?:after|before)\s+(?:(?:the|a|an|his|her|their)\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+$/i, "");
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
export const TOLD_US_RE =
  /\b(?:told|tells|telling) (?:us|me|this (?:paper|newspaper|magazine|site|website|programme|program|column|station))\b/i;
export const COY_RE =
  /\b(?:refus\w+ to be drawn|would(?:n['’]t| not) be drawn|declin\w+ to be drawn|play(?:ed|ing|s)? coy|coyly|dodg(?:ed|ing)|sidestepp\w+|deflect(?:ed|ing)|kept (?:mum|schtum|quiet)|giving nothing away|gave nothing away|tight-lipped|(?:said|says|say) only|would only say|only said|fann(?:ed|ing) the flames)\b/i;
/**
 * Asked about the romance, or answering it evasively: "was asked whether she had a new man", "when the subject came up",
 * "was less direct", "is playing it cool", "isn't about to spell it out". Words said so are about the couple.
 */
export const ROMANCE_QUESTION_RE =
  /\b(?:(?:[Aa]sked|[Qq]uizzed|[Pp]ressed|[Qq]uestioned) (?:directly |again )?(?:about|on) (?:(?:the|his|her|their) (?:[\w-]+ )?(?:romance|relationship|rumou?rs?|reports?|love life|new man|new woman|boyfriend|girlfriend|partner|co-?star|sweetheart|beau)|him|her(?=\s*[,.;:!?]|\s+(?:on|at|in|during|and|directly)\b)|the (?:pair|couple|two)|[A-Z][\w'’-]+)\b|[Aa]sked (?:directly )?(?:whether|if) (?:he|she|they|the (?:two|pair|couple)) (?:was|were|is|are|had|has)\b|[Aa]sked (?:him|her) directly|[Ww]hen (?:the (?:subject|topic|question)|(?:his|her|their) (?:love life|romance|relationship)) came up|less direct|playing it (?:cool|coy)|play(?:s|ed)? it cool|(?:is|was)n['’]t about to (?:spell|confirm|say)|not about to (?:spell|confirm|say)|cagey|evasive|keeping (?:it|things) (?:vague|quiet|under wraps)|not giving (?:much|anything) away)/;
export const PARTNER_RE =
  /\b(?:his|her|my) (?:co-?star|partner|girlfriend|boyfriend|wife|husband|fianc\w*|collaborator)\b|\b(?:he|she) and (?:his|her)\b/i;
export const OUTLET_CLAIM_RE = /^\W*(?:\w+\s+){0,2}?(?:claimed|reported|alleged|wrote|said|revealed)\b/i;

/** An unnamed source by what they are, speaking: "the partygoer said", "my tipster says", "the crew member told Backbeat". */
export const UNNAMED_SPEAKER_RE = new RegExp(
  String.raw`\b(?:the|my|our|this|that|one)\s+(?:[\w-]+\s+){0,2}?(?:partygoer|tipster|crew member|diner|guest|source|insider|onlooker|eyewitness|witness|reveller|shopper|staffer|spy|passer-?by|bystander|concertgoer|festivalgoer|clubber|regular|punter|waiter|waitress|bartender|barman|barmaid|neighbou?r|fellow guest|engineer|stagehand|extra)\s+${SPEECH_VERBS}`,
  "i",
);
export const REPLY_RE =
  /\b(?:shut|shuts|shot|den(?:y|ies|ied)|dismiss\w*|rebut\w*|confirm\w*|hit back|hits back|address(?:ed|es|ing) (?:the|those|these) (?:rumou?rs?|reports?|claims?|speculation|chatter))\b/i;
/** A sentence that introduces someone answering talk of them: "addressed the report herself on Tuesday", "was having none of it". */
export const LEAD_REPLY_RE = new RegExp(
  String.raw`\b(?:address(?:ed|es|ing) (?:the|those|these) (?:rumou?rs?|reports?|claims?|speculation|chatter|stor(?:y|ies))|den(?:y|ies|ied)|dismiss(?:ed|es)|rebut\w*|hit back|hits back|sh(?:ut|ot) (?:down|(?:it|them|the \w+) down)|laugh(?:ed|s) (?:\w+ )?off|${REFUSAL})\b`,
  "i",
);
