import { refsIn, type Article } from "./article";
import type { PersonRef } from "./people";
import type { Span } from "./spans";
import { EVENT_AFTER } from "./lexicon";

export type Pair = [string, string];

const EVENT_OF =
  /\b(?:wedding|nuptials|party|bash|birthday|celebration|shower|funeral|gala|dinner|barbecue|show|concert|premiere)\s+(?:of|for|hosted by|thrown by)\s*$/i;
const GUEST_LIST_RE =
  /\b(?:among the (?:guests|attendees|crowd)|guests (?:included|were)|guests (?:at|of) (?:the|their|his|her) [\w\s'’-]{0,40}?(?:included|were|including)|guest list|also (?:in attendance|attending|present|spotted)|were among|the likes of|rubbed shoulders)\b/i;
const BROUGHT_RE = /\b(?:brought|accompanied by|escorted|plus-one|as (?:his|her) date)\b/i;
const COUPLE_CUE_RE =
  /\b(?:dating|romance|romantic|couple|split|engaged|married|together|kiss\w*|spotted|seen|boyfriend|girlfriend|fianc\w*|husband|wife|relationship|linked|rumou?r\w*|ex)\b/i;
const LINK_BETWEEN =
  /^(?:\s*(?:and|&)\s*(?:(?:the\s+|his\s+|her\s+)?(?:[A-Z][a-z]+(?:-[a-z]+)?\s+)?(?:[a-z][\w-]*\s+){1,3})?|,\s+with whom\s+|,?\s+(?:who\s+)?(?:(?:was|were|has been|have been|had been|is|are)\s+)?(?:(?:\w+|[-–—])\s+){0,5}?(?:with|alongside|beside|opposite|brought|escorted|accompanied by|said of|spoke of|speaking of|asked about|talking about|gushed about|raved about|dating|dated|romancing|kissed|kissing|married|marrying|wed|engaged to|split from|split with|separation from|divorce from|marriage to|married to|married for (?:\w+\s+){1,3}to|engagement to|splitting from|broke up with|breaking up with|separated from|divorced|divorcing|linked to|linked with|romance with|relationship with|date with|hand in hand with|cosying up to|cozying up to)\s+(?:(?:his|her|their|the)\s+)?(?:[^\s.;!?]+\s+){0,6}?)$/i;
const COUPLE_PHRASE = /\bthe (?:couple|pair|two|duo|lovebirds)\b/i;
const PARTNER_WORDS =
  /^[’']s\s+(?:new\s+|rumou?red\s+|former\s+|ex-)?(?:boyfriend|girlfriend|beau|partner|husband|wife|fianc[ée]e?|flame|love|squeeze|ex|date|co-?star|sweetheart|(?:duet|dance|skating|tennis|business) partner|collaborator)\b/i;

/** A reference that names someone as host or bride rather than as one of a pair ("David Beckham's 50th birthday bash"). */
export function isMentionOnly(article: Article, ref: Span<PersonRef>): boolean {
  const before = article.text.slice(Math.max(0, ref.start - 40), ref.start);
  const after = article.text.slice(ref.end, ref.end + 60);
  return (
    EVENT_OF.test(before) || EVENT_AFTER.test(after) || /\b(?:hosted by|thrown by|organi[sz]ed by|bride|groom|host)\s*,?\s*$/i.test(before)
  );
}

function inList(article: Article, ref: Span<PersonRef>): boolean {
  return /[A-Z][\p{L}'’-]+,\s*$/u.test(article.text.slice(Math.max(0, ref.start - 30), ref.start));
}

/**
 * The couples an article is about: two people it links in one breath ("A and B", "A with B",
 * "A's boyfriend B", "A split from B"), not a host and a guest, not names in a list of guests.
 * Ordered by how often the article links them.
 */
export function findPairs(article: Article): Pair[] {
  const counts = new Map<string, { pair: Pair; links: number; first: number; byName: boolean; cue: boolean }>();
  const link = (a: Span<PersonRef>, b: Span<PersonRef>, s: { start: number; text: string }) => {
    const pair = [a.value.person, b.value.person].sort() as Pair;
    const key = pair.join("|");
    const entry = counts.get(key) ?? { pair, links: 0, first: s.start, byName: false, cue: false };
    entry.links += 1;
    entry.byName ||= a.value.via !== "pronoun" && b.value.via !== "pronoun";
    entry.cue ||= COUPLE_CUE_RE.test(s.text);
    counts.set(key, entry);
  };
  for (const s of article.sentences) {
    // "Among them: the DJ Sunny Adebayo, who brought the novelist Lorcan Fitzgerald as her plus-one": a guest's date is a pair.
    if (GUEST_LIST_RE.test(s.text) && !BROUGHT_RE.test(s.text)) continue;
    const refs = refsIn(article, s);
    for (let i = 0; i < refs.length; i++) {
      // The next two people named after this one: its own pronouns in between do not count.
      let others = 0;
      for (let j = i + 1; j < refs.length && others < 2; j++) {
        const a = refs[i];
        const b = refs[j];
        if (a.value.person === b.value.person) continue;
        others += 1;
        // "Thiago Arruda, the Brazilian striker who…, has been quietly dating Maren Holt": the appositive aside.
        const between = article.text.slice(a.end, b.start).replace(/^,\s[^,;.!?]{0,140},(?=\s)/, "");
        const partner =
          PARTNER_WORDS.test(between) || (a.value.via === "pronoun" && a.value.possessive && PARTNER_WORDS.test(`'s${between}`));
        // "Frey's duet with Haddad": a possessive's work with someone links them too.
        const possessiveWith = a.value.possessive && /^[’']s\s+(?:[\w-]+\s+){0,3}?(?:with|alongside)\s+$/i.test(between);
        const linked =
          (LINK_BETWEEN.test(between) && (!a.value.possessive || a.value.via === "pronoun")) ||
          possessiveWith ||
          (partner && between.length < 40);
        if (!linked || isMentionOnly(article, a) || isMentionOnly(article, b)) continue;
        if (/^\s*(?:and|&)\s*$/.test(between) && (inList(article, a) || /^\s*,\s*[A-Z]/.test(article.text.slice(b.end, b.end + 4))))
          continue;
        link(a, b, s);
      }
    }
    // "Last month, the couple attended the wedding…, where Fontaine sang and Morrow gave a toast":
    // the only two people a sentence about "the couple" names are the couple.
    const named = [...new Set(refs.filter((r) => r.value.via !== "pronoun" && !isMentionOnly(article, r)).map((r) => r.value.person))];
    if (named.length === 2 && COUPLE_PHRASE.test(s.text)) {
      const [a, b] = named.map((n) => refs.find((r) => r.value.person === n)!);
      link(a, b, s);
    }
  }
  // A pronoun alone can point the wrong way: such a link needs the two together in two sentences.
  const together = (pair: Pair) =>
    article.sentences.filter((s) => {
      const names = new Set(refsIn(article, s).map((r) => r.value.person));
      return names.has(pair[0]) && names.has(pair[1]);
    }).length;
  const ranked = [...counts.values()]
    .filter((e) => e.byName || together(e.pair) >= 2)
    .sort((x, y) => y.links - x.links || x.first - y.first);
  return ranked.length ? ranked.map((e) => e.pair) : coOccurring(article);
}

/**
 * When no sentence links two people in so many words, the two the article keeps naming side by
 * side in sentences about a couple (in two sentences at least, one with a couple word) are the pair.
 */
function coOccurring(article: Article): Pair[] {
  const seen = new Map<string, { pair: Pair; sentences: number; cue: boolean }>();
  for (const s of article.sentences) {
    if (GUEST_LIST_RE.test(s.text)) continue;
    const names = [
      ...new Set(
        refsIn(article, s)
          .filter((r) => r.value.via !== "pronoun" && !isMentionOnly(article, r))
          .map((r) => r.value.person),
      ),
    ];
    if (names.length !== 2) continue;
    const pair = [...names].sort() as Pair;
    const entry = seen.get(pair.join("|")) ?? { pair, sentences: 0, cue: false };
    entry.sentences += 1;
    entry.cue ||= COUPLE_CUE_RE.test(s.text) || COUPLE_PHRASE.test(s.text);
    seen.set(pair.join("|"), entry);
  }
  const best = [...seen.values()].filter((e) => e.sentences >= 2 && e.cue).sort((x, y) => y.sentences - x.sentences)[0];
  return best ? [best.pair] : [];
}
