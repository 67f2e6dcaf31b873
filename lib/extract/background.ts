import { refsIn, type Article } from "./article";
import type { Pair } from "./pairs";
import type { Sentence } from "./sentences";
import type { RawClaim } from "./walk";

/** How gossip tells a marriage or romance that ended before the story: "'s marriage to X collapsed", "divorce from X". */
const ENDED_AFTER_NAME =
  /^[^.]{0,60}?\b(?:ended|collapsed|broke down|fell apart|came to an end|ended in divorce|was dissolved|was over|finalised|finalized|(?:was|were) called off|fizzled out|(?:the (?:couple|pair|two) )?(?:split|broke up|parted ways|called it (?:off|quits)))\b/i;
const ENDED_BEFORE_NAME =
  /\b(?:divorce from|divorced from|split from|separation from|break-?up with|parted from|previously married to|formerly married to|was married to|ex-(?:wife|husband|partner|girlfriend|boyfriend|fianc[ée]e?),?|(?:called|broke) off (?:his|her|their) (?:[\w-]+\s+)?engagement to|ended (?:his|her|their) (?:[\w-]+\s+)?(?:relationship|romance|engagement|marriage) (?:with|to))\s*(?:the\s+)?(?:[\w-]+\s+){0,4}$/i;
/** Words that tell a romance ended, anywhere in a sentence (the looser reading below). */
const PAST_ROMANCE_RE =
  /\b(?:split|broke up|break-?up|divorc(?:e|ed|es)|separated|separation|went (?:their|our) separate ways|parted ways|called it (?:off|quits)|called off)\b|\b(?:relationship|romance|marriage|engagement)\b[^.;]{0,80}\bended\b|\bended (?:their|his|her) (?:[\w-]+ ){0,2}(?:relationship|romance|marriage|engagement)\b|\b(?:dated|engaged to)\b[^.;]{0,80}\buntil\b|\bengaged until\b/i;
const ON_RECORD_RE = /\b(?:confirm(?:ed|s|ing)?|said|says|told|tells|announced|reported|claimed)\b/i;
const NOT_AN_EX_BEFORE =
  /\b(?:rep|representative|agent|manager|publicist|spokes(?:man|woman|person)|lawyer|attorney|team-?mate|co-?star|friend|sister|brother|mother|father|daughter|son)\s*,?\s*(?:the\s+)?$|\b(?:plays|played|playing)\s+(?:[\w-]+\s+){0,3}$/i;
const MARRIAGE_BEFORE_NAME = /\b(?:marriage|relationship|engagement|romance)\s+(?:to|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$/i;

/**
 * A split in the background (ADR 19): "Jade's six-year marriage to DJ Tony Kerslake collapsed last
 * summer", "Alasdair, whose divorce from Nell Garvie was finalised last year". The article states
 * it itself, so it is its own report, of its day, and it bears against the old couple. One claim
 * per old couple; the couple the story is about is never one.
 */
export function backgroundSplits(article: Article, pairs: Pair[], claimed: RawClaim[]): RawClaim[] {
  const out: RawClaim[] = [];
  const known = (a: string, b: string) => [...claimed, ...out].some((c) => c.pair.includes(a) && c.pair.includes(b));
  const add = (a: string, b: string, sentence: Sentence) => {
    // The couple the story is about (the first linked) is never its own background.
    if ((pairs[0]?.includes(a) && pairs[0]?.includes(b)) || known(a, b)) return;
    if (!pairs.some((p) => p.includes(a))) return;
    out.push({
      pair: [a, b],
      kind: "report",
      occurredOn: article.published,
      precision: "day",
      place: null,
      speaker: null,
      quote: null,
      outlet: article.outlet,
      mentions: [],
      stance: "contradicts",
      confidence: "likely",
      evidence: sentence.text,
      sentence: sentence.index,
    });
  };
  for (const sentence of article.sentences.filter((s) => s.prose)) {
    const refs = refsIn(article, sentence).filter((r) => r.value.via !== "pronoun" || r.value.possessive);
    for (const ex of refs.filter((r) => r.value.via === "name")) {
      const before = article.text.slice(sentence.start, ex.start);
      const after = article.text.slice(ex.end, sentence.end);
      const ended = ENDED_BEFORE_NAME.test(before) || (MARRIAGE_BEFORE_NAME.test(before) && ENDED_AFTER_NAME.test(after));
      if (!ended) continue;
      // Whose marriage: the person named (or "his"/"her") before it in the sentence, not the ex.
      // "…this is a man who had a very public split from Jade Beaumarchais": no one named before the ex in the sentence;
      // the one of the story's couple the text named last is whose split it was.
      const subject =
        refs.filter((r) => r.end <= ex.start && r.value.person !== ex.value.person).at(-1) ??
        article.refs
          .filter(
            (r) =>
              r.end <= sentence.start &&
              sentence.start - r.end < 400 &&
              r.value.via !== "pronoun" &&
              pairs[0]?.includes(r.value.person) &&
              r.value.person !== ex.value.person,
          )
          .at(-1);
      if (subject) add(subject.value.person, ex.value.person, sentence);
    }
    // Told more loosely: "she and Swedish saxophonist Anders Kjellberg went their separate ways", "Cheung divorced the
    // singer Vivian Ko in 2014", "Strachan was engaged to Morag Dunleavy until last year", "Her last serious
    // relationship, with the cellist Benedikt Arnholt, ended in 2020". Whose it was: the person the sentence names or
    // means before the ex, when the words of the ending come after them. Words on record or an outlet's report of the
    // split are the walk's to read, as a confirmation or a report.
    const cue = PAST_ROMANCE_RE.exec(sentence.text);
    if (!cue || ON_RECORD_RE.test(sentence.text) || out.some((c) => c.sentence === sentence.index)) continue;
    const cueAt = sentence.start + cue.index;
    const all = refsIn(article, sentence);
    for (const ex of all.filter((r) => r.value.via === "name")) {
      // "Okafor's representative, Lena Brightwater,", "Ulverston's team-mate Sami Zambrano": no ex.
      if (NOT_AN_EX_BEFORE.test(article.text.slice(sentence.start, ex.start))) continue;
      const subject = all.filter((r) => r.end <= ex.start && r.value.person !== ex.value.person).at(-1);
      if (subject && subject.end <= cueAt) add(subject.value.person, ex.value.person, sentence);
    }
  }
  return out;
}
