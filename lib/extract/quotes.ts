import type { Span } from "./spans";

/** A quoted passage: its words without the quotation marks or a trailing comma or full stop. */
export interface Quote {
  start: number;
  end: number;
  text: string;
}

const QUOTE_RE = /[“"]([^“”"]{2,}?)[”"]/g;

/** The quoted passages of the article, with offsets of the whole quotation including its marks. */
export function findQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  for (const m of text.matchAll(QUOTE_RE)) {
    const inner = m[1]
      .trim()
      .replace(/[,.]+$/, "")
      .trim();
    // `Elias "Lux" Okwuosa`: a nickname between first name and surname is part of a name, not a quotation.
    const nickname =
      /^\p{Lu}[\p{L}'’-]+$/u.test(inner) &&
      /\p{Lu}[\p{L}'’-]+\s+$/u.test(text.slice(Math.max(0, m.index - 30), m.index)) &&
      /^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
    if (inner && !nickname) out.push({ start: m.index, end: m.index + m[0].length, text: inner });
  }
  return [...out, ...singleQuoted(text, out)].sort((a, b) => a.start - b.start);
}

// An opening single mark after a space, a bracket or a dash; a closing one after a word, before a space or punctuation
// (never between two letters, as in "I’m" or "Jade's").
const SINGLE_OPEN = /(?<=^|[\s([—–-])(['‘])(?=[\p{L}\d…])/gmu;
const SINGLE_CLOSE = { "'": /(?<=[\p{L}\d.,!?…])'(?=[\s.,;:!?)\]—–-]|$)/gmu, "‘": /(?<=[\p{L}\d.,!?…])’(?=[\s.,;:!?)\]—–-]|$)/gmu };

/**
 * Quotations in single marks, as British papers print them ('We are just friends,' she said), in
 * prose lines and outside any double-marked quotation, each closed on its own line.
 */
function singleQuoted(text: string, doubles: Quote[]): Quote[] {
  const out: Quote[] = [];
  let from = 0;
  for (const open of text.matchAll(SINGLE_OPEN)) {
    if (open.index < from || doubles.some((q) => open.index >= q.start && open.index < q.end)) continue;
    const lineEnd = text.indexOf("\n", open.index) < 0 ? text.length : text.indexOf("\n", open.index);
    if (!/[.!?…]["”’')\]]*\s*$/.test(text.slice(open.index, lineEnd))) continue;
    const close = SINGLE_CLOSE[open[1] as "'" | "‘"];
    close.lastIndex = open.index + 2;
    const m = close.exec(text);
    if (!m || m.index > lineEnd) continue;
    const inner = text
      .slice(open.index + 1, m.index)
      .trim()
      .replace(/[,.]+$/, "")
      .trim();
    if (inner.length >= 2) out.push({ start: open.index, end: m.index + 1, text: inner });
    from = m.index + 1;
  }
  return out;
}

/** The text with every quotation blanked, so attribution rules read only the reporter's words. */
export function outsideQuotes(text: string, quotes: Span<unknown>[] | Quote[], offset = 0): string {
  let out = text;
  for (const q of quotes) {
    const s = q.start - offset;
    const e = q.end - offset;
    if (e <= 0 || s >= out.length) continue;
    const a = Math.max(0, s);
    const b = Math.min(out.length, e);
    out = out.slice(0, a) + " ".repeat(b - a) + out.slice(b);
  }
  return out;
}

export const SPEECH_VERBS = String.raw`(?:declined to comment|declined|refused to comment|said|says|told|tells|added|adds|explained|explains|revealed|reveals|responded|replied|continued|shared|shares|gushed|gushes|joked|thanked|grinned|smiled|beamed|shrugged|sighed|admitted|admits|wrote|writes|posted|insisted|insists|confirmed|confirms|denied|denies|noted|quipped|stated|teased|concluded|declared|captioned|commented|called|laughed|recalled|claimed|claims|described|hinted|hints|raved|praised|stressed|offered|mused|dished|spilled|went on|announced|announces|gasped|whispered|murmured|blurted|chuckled|giggled|cooed|fumed|raged|snapped|confided|confides|remarked|observed|pointed out|argued|warned|boasted|enthused|exclaimed|deadpanned|conceded|acknowledged|cracked|vowed|answered|recounted|reflected|squealed|swooned|scoffed|fired back|clarified|maintained|reiterated|assured|reckoned|reckons|believes|tweeted|penned|messaged|texted|emailed|sniffed|blasted|hissed|chirped|muttered|bragged|pleaded|confessed|purred|crooned|drawled|trilled|retorted|shot back|smirked|mumbled|stammered|according to)`;

/** Unnamed people whose word counts as speculation: insiders, friends, onlookers, fellow guests, crew. */
export const INSIDER_RE =
  /\b(?:(?:a|an|one|another|some)\s+(?:[\w-]+\s+){0,3}?(?:source|insider|friend|pal|onlooker|eyewitness|witness|bystander|observer|guest|shopper|partygoer|reveller|diner|crew member|crew|staffer|employee|worker|waiter|waitress|neighbou?r|attendee|spy|tipster|acquaintance|confidant|confidante|person|drinker|punter|regular|customer|patron|traveller|passenger|local|resident|concertgoer|theatregoer|reader|expert|doorman|bouncer|festivalgoer|clubber|colleague|co-worker|coworker|relative|teammate|team-mate|squad member|bandmate|castmate|barman|barmaid|bartender|driver|musician|player|dancer|extra|mechanic|steward|stagehand|usher|technician|engineer|caddie|stylist|make-?up artist|hairdresser|cameraman|camera operator|security guard|bodyguard|valet|sommelier|porter|concierge|receptionist|lifeguard|instructor|(?:bar|stage|floor|tour|hotel|restaurant|venue|club|night) manager|member of (?:the|their|his|her)\s+(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+)?[\w-]+)s?|the (?:guest|source|insider|onlooker|shopper|witness|eyewitness|diner|bystander|fellow guest)|shopper|passer-?by|the (?:wife|partner|girlfriend|boyfriend|husband|mother|father|sister|brother|friend) of (?:one|a|an|another)\b|sources|insiders|regulars|locals|villagers|residents|neighbou?rs|diners|staff members|fellow guests|friends of the (?:pair|couple)|according to (?:friends|pals|those close to (?:him|her|them)|people close to (?:him|her|them))|pals|onlookers|(?:a|one|another) (?:[\w-]+\s+)?member of (?:the|their|his|her|[A-Z][\w'’-]*['’]s) (?:[\w'’]+\s+){0,2}?(?:crew|team|staff|cast|entourage|band|camp|circle|family)|someone close to|someone (?:from|inside) (?:the|their|his|her|[A-Z][\w'’-]*['’]s) |(?:a|one|another) (?:[\w-]+\s+)?member of (?:Team|the team|his team|her team) [A-Z][\w-]*|(?:who|and who) (?:asked|declined|did not want|didn['’]t want) (?:not )?to be (?:named|identified)|speaking on condition of anonymity)\b/i;

/**
 * What a representative who speaks on someone's behalf is called: "rep", "publicist", "press officer" (a team speaks
 * for someone; a team-mate does not).
 */
export const REP_NOUN = String.raw`(?:reps?|representatives?|spokes(?:person|woman|man)|publicist|manager|agent|agency|label|management|lawyer|attorney|promoter|team(?!-)|camp|press (?:officer|secretary|office|team|chief)|PR (?:rep|team|person|chief|manager))`;
/** Representatives who speak on someone's behalf. */
export const REP_RE = new RegExp(String.raw`\b${REP_NOUN}\b`, "i");
