import { refsIn, type Article } from "./article";
import type { Attribution } from "./attribution";
import { SPLIT_RE, kindOfRemark, stanceOf } from "./classify";
import { PAIR_REFERENCES } from "./lexicon";
import { isMentionOnly, type Pair } from "./pairs";
import type { Sentence } from "./sentences";
import { REP_NOUN } from "./quotes";
import type { RawClaim } from "./walk";

export const ROMANCE_RE =
  /\b(?:romance|romantic|romantically|dating|found love|love of my life|reconcil\w+|back together|love life|relationship|couple|in love|boyfriend|girlfriend|engaged|engagement|split|break-?ups?|broken up|breaking up|called it quits|rumou?rs?|each other|personal life|private life|wedding bells|walk(?:ing)? down the aisle|settl(?:e|ing) down|tie the knot|(?:anything|something) (?:going on |romantic )?between|made it official|(?:went|gone|going) public|Instagram official)\b/i;

/** The named people of a sentence who are part of a claim without being one of the couple (a host, a bride). */
export function mentionsIn(article: Article, sentence: Sentence, exclude: string[]): string[] {
  const out: string[] = [];
  for (const r of refsIn(article, sentence)) {
    if (exclude.includes(r.value.person) || out.includes(r.value.person)) continue;
    if (isMentionOnly(article, r)) out.push(r.value.person);
  }
  return out;
}
export const ROMANCE_DENIED_RE =
  /\b(?:not dating|never dated|just friends|only friends|friends(?:,)? nothing more|nothing more|not (?:a couple|an item|together|romantic\w*)|colleagues|strictly professional|purely professional|single)\b/i;
/**
 * What a denial bears on depends on what it denies: after a reported split, "Still here. Both of
 * us." denies the split and supports the couple; a denial that they are dating contradicts.
 */
export function denialsOfSplits(claims: RawClaim[]): void {
  claims.forEach((c, i) => {
    if (c.kind !== "denial" || c.stance !== "contradicts" || ROMANCE_DENIED_RE.test(`${c.quote ?? ""} ${c.evidence}`)) return;
    const splitBefore = claims
      .slice(0, i)
      .some((k) => k.pair === c.pair && (k.kind === "report" || k.kind === "speculation") && k.stance === "contradicts");
    if (splitBefore) c.stance = "supports";
  });
}
/** A question about the couple put to one of them ("Asked … whether", "asked about him"). */
const ASKED_ABOUT_RE = /\b(?:asked|quizzed|pressed|questioned)\b[^.!?]{0,120}?\b(?:whether|if|about)\b/i;
/**
 * On-record words reported without quotation marks: "Okafor's rep confirmed the split",
 * "Quill's publicist declined to comment", "Brooks denied the rumours".
 */
export function remarkWithoutQuote(
  article: Article,
  sentence: Sentence,
  said: Attribution,
  pairs: Pair[],
  named: Set<string>,
  bare: string,
): Omit<RawClaim, "occurredOn" | "precision" | "outlet"> | null {
  // "…walked the carpet hand in hand, confirming weeks of whispers": the outing confirms, nobody spoke.
  const public_ = /\b(?:made it official|(?:went|gone|going) public|Instagram official)\b/i.test(bare);
  if (!public_ && /^\w+ing\b/.test(article.text.slice(said.at, said.at + 20)) && /,\s*$/.test(article.text.slice(said.at - 3, said.at)))
    return null;
  if (
    said.role === "insider" ||
    !(
      /\b(?:confirm\w*|den(?:y|ies|ied|ying)|declined|refused|dismiss\w*|shot down|shut down|addressed)\b/i.test(bare) ||
      // "Asked whether there was anything between them, she just smiled": a coy answer is on the record.
      ASKED_ABOUT_RE.test(bare) ||
      // "made it official on Sunday, posting a snap of the pair": going public is a confirmation.
      public_ ||
      // "Frost announced their separation", not "his band announced a tour".
      (/\bannounc\w+/i.test(bare) && (SPLIT_RE.test(bare) || ROMANCE_RE.test(bare))) ||
      // "Her representative told Stargazer there was no truth to the report": no to the talk, with no verb of denying.
      (TALK_OF_THEM_RE.test(bare) && kindOfRemark(bare, said.role === "rep" ? "rep" : "pair") === "denial")
    )
  )
    return null;
  const principal = said.role === "rep" ? said.principal : said.speaker;
  // "Brayden and Ava Quorn announced their breakup": the couple the sentence names both of, not the speaker's first couple.
  const pair = principal
    ? (pairs.find((p) => p.includes(principal) && named.has(p[0]) && named.has(p[1])) ?? pairs.find((p) => p.includes(principal)))
    : null;
  if (!pair || !principal) return null;
  // "Quill denied the report on Monday": the talk of them is about the couple, like naming both.
  if (
    said.role === "person" &&
    !(named.has(pair[0]) && named.has(pair[1])) &&
    !ROMANCE_RE.test(bare) &&
    !PAIR_REFERENCES.test(bare) &&
    !TALK_OF_THEM_RE.test(bare)
  )
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
/** Talk about the couple being answered: "the report", "those rumours", "the claims", "the story". */
const TALK_OF_THEM_RE =
  /\b(?:the|those|these|such|that|this|recent|latest)\s+(?:[\w-]+\s+)?(?:reports?|rumou?rs?|claims?|story|stories|speculation|gossip)\b/i;
const REP_BEFORE_NAME = new RegExp(String.raw`^[’']s\s+(?:[\w-]+\s+)?${REP_NOUN},?\s+$`, "i");
const REP_AFTER_PRONOUN = new RegExp(String.raw`^\s+(?:[\w-]+\s+)?${REP_NOUN},?\s+$`, "i");
const REP_AFTER_NAME = new RegExp(String.raw`^,\s+$`);
const REP_AFTER_PRINCIPAL = new RegExp(String.raw`^(?:[’']s)?\s+(?:[\w-]+\s+)?${REP_NOUN}\b`, "i");

/** Titles of someone who speaks for another; an agent, a manager or a lawyer only as someone's ("her agent"). */
const REP_TITLE = String.raw`(?:spokes(?:person|woman|man)|publicist|press (?:officer|secretary|chief)|PR (?:rep|person|chief|manager)|representative|rep)`;
const OWNED_TITLE = String.raw`(?:(?:['’]s|\b(?:his|her|their))\s+(?:[\w-]+\s+){0,2}?(?:agent|manager|lawyer|attorney))`;
/** "Dr.", "Maître", "Frau Dr.": honorifics between a title and the name it introduces. */
const HONORIFICS = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Maître|Me|Frau|Herr|Madame|Mme|Monsieur|Señora?|Sra?|Dra|Don|Doña|Signora?|Avv|Atty|Hon)\.?\s+){0,2}`;
const TITLE_BEFORE = new RegExp(String.raw`(?:\b${REP_TITLE}|${OWNED_TITLE}),?\s+${HONORIFICS}$`, "i");
const TITLE_AFTER = new RegExp(
  String.raw`^,\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?${REP_TITLE}|(?:(?:his|her|their|\S+['’]s)\s+)(?:[\w-]+\s+){0,2}?(?:${REP_TITLE}|agent|manager|lawyer|attorney))\b`,
  "i",
);

/**
 * People the article names with the title of someone who speaks for another: "team spokeswoman Hanna Lehtola",
 * "Kestrel's press officer, Katrin Vogelsang", "Freja Mørch, a spokesperson for the gallery". Their words are a rep's,
 * a denial or a confirmation as well as a statement, even when whom they speak for is no one the article names.
 */
export function titledReps(article: Article): Set<string> {
  const titled = new Set<string>();
  for (const r of article.refs) {
    if (r.value.via !== "name" || r.value.possessive) continue;
    if (
      TITLE_BEFORE.test(article.text.slice(Math.max(0, r.start - 40), r.start)) ||
      TITLE_AFTER.test(article.text.slice(r.end, r.end + 60))
    )
      titled.add(r.value.person);
  }
  return titled;
}

/**
 * Reps the article introduces by name: "Castellane's spokesperson Joanna Pell", "Rhea Stone, his
 * publicist". Whatever they say later speaks for their principal.
 */
export function appositiveReps(article: Article): Map<string, string> {
  const reps = new Map<string, string>();
  const refs = article.refs;
  for (let i = 0; i + 1 < refs.length; i++) {
    const [a, b] = [refs[i], refs[i + 1]];
    if (a.value.person === b.value.person) continue;
    const between = article.text.slice(a.end, b.start);
    if (a.value.possessive && b.value.via === "name" && REP_BEFORE_NAME.test(between)) reps.set(b.value.person, a.value.person);
    // "his agent, Fergal Rooney,": a rep named after a possessive pronoun.
    else if (a.value.possessive && a.value.via === "pronoun" && b.value.via === "name" && REP_AFTER_PRONOUN.test(between))
      reps.set(b.value.person, a.value.person);
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
