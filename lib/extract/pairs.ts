import { quotesIn, refsIn, type Article } from "./article";
import type { PersonRef } from "./people";
import type { Span } from "./spans";
import { EVENT_AFTER, HAND_IN_HAND } from "./lexicon";

export type Pair = [string, string];

const EVENT_OF =
  /\b(?:wedding|marriage|nuptials|renewal|anniversary|party|bash|birthday|celebration|shower|funeral|gala|dinner|barbecue|show|concert|premiere)\s+(?:of|for|hosted by|thrown by)\s+(?:(?:his|her|their|the)\s+)?(?:[\p{L}-]+\s+){0,4}?$/iu;
const GUEST_LIST_RE =
  /\b(?:among the (?:guests|attendees|crowd)|(?:other|also) (?:sightings|famous faces|faces|celebrities|stars|spotted)\b[^.;]{0,60}\b(?:included|including|were)|guests (?:included|were)|guests (?:at|of) (?:the|their|his|her) [\w\s'’-]{0,40}?(?:included|were|including)|guest list|also (?:in attendance|attending|present|spotted)|also (?:at|among|on) (?:the|their|his|her) [\w\s'’-]{0,40}?(?:were|was)|were among|the likes of|rubbed shoulders|along with)\b|^\W*Also\b[^:.;"“]{0,60}:\s/i;
/** "Castmates Lorna Fitzgibbon and Omar Whitlock": people named as members of a group, not as a couple ("the co-stars X and Y" are). */
const GROUP_BEFORE =
  /(?<!\b(?:the|his|her|their)\s)\b(?:castmates|cast-?mates|co-?stars|bandmates|teammates|team-mates|guests|fellow [\w-]+s|friends|pals|colleagues|judges|contestants|hosts|presenters|siblings|parents|rivals|nominees)\s*,?\s+$/i;
/** "A's marriage to B", "A's romance with B": a possessive's relationship links the two. */
const RELATION_OF =
  /^[’']s\s+(?:[\w-]+\s+){0,3}?(?:marriage|relationship|romance|engagement|split|divorce|separation|break-?up|fling|affair|courtship|reunion|wedding|love affair),?\s+(?:to|with|from)\s+(?:(?:his|her|the|fellow)\s+)?(?:[\w-]+\s+){0,3}?$/i;
/** "his wife of eight years, Nicola Vickers", "her partner of four years, the cyclist Bram De Wit": a partner in apposition. */
const PARTNER_APPOSITION =
  /^[’']s\s+(?:new\s+|former\s+|ex-)?(?:boyfriend|girlfriend|partner|husband|wife|fianc[ée]e?|ex)(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?,\s+(?:the\s+)?(?:[\p{Ll}-]+\s+|(?:[\p{Lu}][\p{Ll}-]+\s+)(?=(?:[\p{Ll}-]+\s+)+$)){0,3}$/u;
/** "Marguerite Okafor and her husband, director Jonah Feld": a couple named together, one as the other's partner. */
const AND_PARTNER =
  /^\s*(?:and|&)\s+(?:his|her)\s+(?:new\s+|long-?time\s+|long-?term\s+|former\s+|ex-)?(?:boyfriend|girlfriend|partner|husband|wife|fianc[ée]e?|spouse)(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?,?\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}$/u;
/** A title before a name: "Countess", "Lady", "Dr.". */
const HONORIFIC = String.raw`(?:Countess|Count|Lady|Lord|Sir|Dame|Princess|Prince|Baroness|Baron|Duchess|Duke|Mrs?|Ms|Dr)\.?`;
/** "in the box of Countess …", "at the villa of …": a name as the owner of the place, before "with". */
const HOST_OF_BEFORE =
  /\b(?:box|table|home|house|villa|yacht|chalet|suite|tent|estate|invitation|party|marquee|cabin|terrace) of\s+(?:[\p{Lu}][\p{L}.-]*\s+){0,2}$/u;
/** "the evening's host, philanthropist Camilla Trevenna", "Our hostess, Lady Honoria Blakiston": a host's role, then the name. */
const APPOSED_HOST = new RegExp(String.raw`\b(?:host|hostess|bride|groom)s?,\s+(?:the\s+)?(?:(?:[a-z][\w-]*|${HONORIFIC})\s+){1,2}$`);
const ARRIVED_RE = /^(?:,[^.;!?]{0,140},)?\s+(?:arrived|came|turned up|showed up|rolled up|swept in)\b/;
const ARRIVED_WITH_BEFORE = new RegExp(String.raw`\bwith\s+(?:(?:his|her|the)\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:${HONORIFIC}\s+)?$`, "u");
const LISTED_COUPLE_RE = new RegExp(
  String.raw`\b(?:${HAND_IN_HAND}|kiss(?:ing|ed)|cuddling|canoodling|as a couple|very much together|(?:his|her) (?:girlfriend|boyfriend|wife|husband|fianc[ée]e?))\b`,
  "i",
);
/** Words of a couple (not of being seen: "also spotted" lists guests) that make the two names of a list a pair. */
const LISTED_TWO_CUE_RE =
  /\b(?:dating|romance|romantic|couple|engaged|engagement|married|newlyweds?|together|kiss\w*|boyfriend|girlfriend|fianc\w*|husband|wife|relationship|inseparable|an item|canoodl\w*|smitten|loved-up)\b/i;
const BROUGHT_RE = /\b(?:brought|accompanied by|arrived with|came with|turned up with|escorted|plus-one|as (?:his|her) date)\b/i;
const COUPLE_CUE_RE =
  /\b(?:dating|romance|romantic|couple|split|engaged|married|together|kiss\w*|spotted|seen|boyfriend|girlfriend|fianc\w*|husband|wife|relationship|linked|rumou?r\w*|ex)\b/i;
/**
 * "A and B", "A and the actor B", "A and the Seahaven Rovers midfielder B": descriptors between,
 * never another name ("A and Cormac Fennessy in matching B" links A to Fennessy only).
 */
const AND_LINK = /^\s*(?:and|&)\s*(?:(?:the\s+|his\s+|her\s+)?(?:[\p{L}'’-]+\s+){1,5})?$/u;
const LINK_BETWEEN =
  /^(?:\s*(?:and|&)\s*|,\s+with whom\s+|,?\s+(?:(?:\w+|[-–—])\s+){0,10}?(?:on the arm of|arm in arm with|hand in hand with)\s+(?:(?:his|her|their|the)\s+)?(?:[^\s.;!?]+\s+){0,6}?|,?\s+(?:(?:\w+|[-–—])\s+){0,3}?(?:spotted|seen|caught|photographed|snapped|pictured|papped|stepping|strolling|walking|leaving|arriving|dining)\s+(?:[^\s.;!?]+\s+){0,12}?(?:with|alongside|beside)\s+(?:(?:his|her|their|the)\s+)?(?:[^\s.;!?]+\s+){0,4}?|,?\s+(?:who\s+)?(?:(?:was|were|has been|have been|had been|is|are)\s+)?(?:(?:\w+(?:['’-]\w+)*|[-–—])\s+){0,5}?(?:with|alongside|beside|opposite|brought|escorted|accompanied by|said of|spoke of|speaking of|asked about|talking about|gushed about|raved about|dating|dated|romancing|kissed|kissing|married|marrying|wed|engaged to|split from|split with|separation from|divorce from|marriage to|married to|married for (?:\w+\s+){1,3}to|engagement to|splitting from|broke up with|breaking up with|separated from|divorced|divorcing|linked to|linked with|romance with|relationship with|date with|hand in hand with|on the arm of|arm in arm with|(?:at|by) the side of|cosying up to|cozying up to)\s+(?:(?:his|her|their|the)\s+)?(?:[^\s.;!?]+\s+){0,6}?)$/i;
/** The link words of a relationship, as opposed to being somewhere with someone. */
const SPLIT_LINK =
  /\b(?:split (?:from|with)|separat\w+ from|divorc\w+|married|marriage to|engaged to|engagement to|broke up with|breaking up with|dating|dated|romance with|relationship with)\b/i;
/** After a name in the headline or lede: the article is about that person's celebration. */
const HOSTED_AFTER =
  /^[’']s\s+(?:[\w-]+\s+){0,3}?(?:wedding|nuptials|party|bash|birthday|celebration|shower|cruise|gala|ball|brunch|soir[ée]e|fundraiser|barbecue|garden party|dinner party|house party)\b/i;
/** A day just gone: "on Saturday", "last Sunday", "over the weekend". */
const RECENT_DAY_RE =
  /\b(?:on|last|this past)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:yesterday|over the weekend|last weekend|this weekend)\b/i;
const OPPONENTS_BEFORE =
  /\b(?:clash|fight|bout|match|game|duel|showdown|rematch|rivalry|battle|final|derby|tie|contest|race|face-?off)\s+between\s+(?:(?:the\s+)?[\p{Ll}-]+\s+){0,2}$/u;
const COUPLE_PHRASE = /\bthe (?:couple|pair|two|duo|lovebirds)\b/i;
const PARTNER_WORDS =
  /^[’']s\s+(?:new\s+|rumou?red\s+|former\s+|ex-)?(?:boyfriend|girlfriend|beau|partner|husband|wife|fianc[ée]e?|flame|love|squeeze|ex|date|co-?star|sweetheart|(?:duet|dance|skating|tennis|business) partner|collaborator)\b/i;

/** A reference that names someone as host or bride rather than as one of a pair ("David Beckham's 50th birthday bash"). */
export function isMentionOnly(article: Article, ref: Span<PersonRef>): boolean {
  const before = article.text.slice(Math.max(0, ref.start - 40), ref.start);
  const after = article.text.slice(ref.end, ref.end + 60);
  return (
    // "The bride, who wore…, exchanged vows with Lindell": whoever is marrying is no pair of the article's own.
    /^the (?:bride|groom)\b/i.test(article.text.slice(ref.start, ref.end)) ||
    EVENT_OF.test(article.text.slice(Math.max(0, ref.start - 60), ref.start)) ||
    EVENT_AFTER.test(after) ||
    // ("the Danish chef and television host Signe Thorsager": a host by trade hosts no party.)
    /\b(?:hosted by|thrown by|organi[sz]ed by|bride|groom|(?<!\b(?:television|TV|radio|talk-show|chat-show|breakfast|game-show|podcast|late-night|daytime)\s)host)\s*,?\s*$/i.test(
      before,
    ) ||
    // A host's role in apposition, then the name.
    APPOSED_HOST.test(before) ||
    // "the wedding of her co-star Nina Ferreira and the songwriter Luke Ambrose": the second of the couple marrying too.
    coupleOfEvent(article, ref)
  );
}

function coupleOfEvent(article: Article, ref: Span<PersonRef>): boolean {
  // ("the vow renewal of Ingrid Solbakken and her husband, the Milanese DJ Teo Marangoni".)
  const m =
    /(?:^|[^\p{L}])([\p{Lu}][\p{L}'’-]+)\s+and\s+(?:(?:his|her) (?:husband|wife|partner),\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/u.exec(
      article.text.slice(Math.max(0, ref.start - 60), ref.start),
    );
  if (!m) return false;
  const at = ref.start - (m[0].length - m[0].indexOf(m[1]));
  const first = article.refs.find((r) => r.start <= at && r.end >= at + m[1].length - 1);
  return first !== undefined && first !== ref && EVENT_OF.test(article.text.slice(Math.max(0, first.start - 60), first.start));
}

/** Whether someone else is named (not by a pronoun) between the i-th and the j-th reference. */
function namedBetween(refs: Span<PersonRef>[], i: number, j: number): boolean {
  const ends = [refs[i].value.person, refs[j].value.person];
  return refs.slice(i + 1, j).some((r) => r.value.via !== "pronoun" && !ends.includes(r.value.person));
}

/** How many sentences refer to both people of a pair (by name, title or pronoun). */
export function sentencesWithBoth(article: Article, pair: Pair): number {
  return article.sentences.filter((s) => {
    const names = new Set(refsIn(article, s).map((r) => r.value.person));
    return names.has(pair[0]) && names.has(pair[1]);
  }).length;
}

/** Whether the sentence names (not by pronoun) the person of a reference before it. */
function namedBefore(article: Article, s: { start: number }, ref: Span<PersonRef>): boolean {
  if (refsIn(article, { start: s.start, end: ref.start }).some((o) => o.value.person === ref.value.person && o.value.via !== "pronoun"))
    return true;
  // "Almqvist, it seems, has found love as well. He arrived…": the subject of the sentence before, taken up as this one's subject.
  const sentence = article.sentences.find((x) => x.start === s.start);
  const before = sentence && article.sentences[sentence.index - 1];
  if (!sentence || !before || before.paragraph !== sentence.paragraph || refsIn(article, { start: s.start, end: ref.start }).length)
    return false;
  const subject = refsIn(article, before)[0];
  return (
    subject !== undefined &&
    subject.value.person === ref.value.person &&
    subject.value.via !== "pronoun" &&
    !/\S/.test(article.text.slice(before.start, subject.start).replace(/^(?:[A-Z][\w'’]*,?\s+){0,3}/, ""))
  );
}

function inList(article: Article, ref: Span<PersonRef>): boolean {
  // "Senator Harlan Oakes, the jeweller Mina Farahani and…": a role may stand between the comma and the name.
  const before = article.text.slice(Math.max(0, ref.start - 50), ref.start);
  return (
    /[A-Z][\p{L}'’-]+,\s*(?:the\s+(?:[\p{Ll}-]+\s+){1,3})?$/u.test(before) && !/\b(?:by|of|with|for|from|to|and|in|at)\s+$/.test(before)
  );
}

/**
 * The couples an article is about: two people it links in one breath ("A and B", "A with B",
 * "A's boyfriend B", "A split from B"), not a host and a guest, not names in a list of guests.
 * Ordered by how often the article links them.
 */
export function findPairs(article: Article): Pair[] {
  const counts = new Map<
    string,
    { pair: Pair; links: number; first: number; byName: boolean; cue: boolean; relation: boolean; background: number }
  >();
  const link = (a: Span<PersonRef>, b: Span<PersonRef>, s: { start: number; text: string }, relation = false, background = false) => {
    const pair = [a.value.person, b.value.person].sort() as Pair;
    const key = pair.join("|");
    const entry = counts.get(key) ?? { pair, links: 0, first: s.start, byName: false, cue: false, relation: false, background: 0 };
    entry.links += 1;
    entry.relation ||= relation;
    if (background) entry.background += 1;
    // "Dovydas Kairaitis confirmed that he is engaged to Brielle Fontaine": a pronoun whose person the sentence has just named.
    const named = (r: Span<PersonRef>) => r.value.via !== "pronoun" || namedBefore(article, s, r);
    entry.byName ||= named(a) && named(b);
    entry.cue ||= COUPLE_CUE_RE.test(s.text);
    counts.set(key, entry);
  };
  const newlyweds: string[] = [];
  for (const s of article.sentences) {
    // "Among them: the DJ Sunny Adebayo, who brought the novelist Lorcan Fitzgerald as her plus-one": a guest's date is a pair.
    const refs = refsIn(article, s);
    // ("…among the sixty or so guests were Zurich banker Lorenz Imhasly and the French actress Capucine Delorme. They arrived
    // ten minutes apart, which fooled nobody.": two guests the next sentence takes up as "they" are a couple.)
    const next = article.sentences[s.index + 1];
    // ("Also on board: Italian shipping heir Gianluca Ferrante and Greek singer Eleni Daskalaki, who spent the night proving the
    // gossips wrong. The Milan weekly Il Pettegolo declared in July that the couple were 'finita'": the couple of the next
    // sentence, which names no one, are the two.)
    const takesUp =
      next?.paragraph === s.paragraph &&
      (/^\W*(?:They|The (?:two|pair|couple))\b/.test(next.text) ||
        (/\bthe (?:two|pair|couple)\b/.test(next.text) && !refsIn(article, next).some((r) => r.value.via !== "pronoun")));
    const namedCount = new Set(refs.filter((r) => r.value.via !== "pronoun").map((r) => r.value.person)).size;
    const twoTakenUp =
      takesUp &&
      namedCount <= 3 &&
      /\band\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+(?:,\s+who\b[^.!?]*)?[.!]?\s*$/u.test(s.text);
    // ("Also in the marquee, and also holding hands: DJ Kagiso Radebe and model Anneke van Wyk.": a couple in the list.)
    // ("Also at the ball were Benedict Oyel and Sofia Castell, who told me they became engaged in Lisbon": two names, and
    // words of a couple, are no list.)
    const twoOfACouple = namedCount === 2 && LISTED_TWO_CUE_RE.test(s.text);
    if (GUEST_LIST_RE.test(s.text) && !BROUGHT_RE.test(s.text) && !twoTakenUp && !twoOfACouple && !LISTED_COUPLE_RE.test(s.text)) continue;
    // "Van Arsdale, the Boston investor…, arrived on Saturday at the wedding of A and B … with the architect Efua
    // Mensah-Clarke": whom the sentence's subject arrived with, however many names come between.
    const subject = refs[0];
    const arrivedWith =
      subject &&
      subject.value.via !== "pronoun" &&
      /^\W*(?:(?:Van|Von|De|Du|Da|Di|Le|La|Del|Mac|Mc)\s+)?$/.test(article.text.slice(s.start, subject.start));
    if (arrivedWith && ARRIVED_RE.test(article.text.slice(subject.end, s.end)))
      for (const b of refs.slice(1))
        if (
          b.value.person !== subject.value.person &&
          b.value.via !== "pronoun" &&
          ARRIVED_WITH_BEFORE.test(article.text.slice(Math.max(s.start, b.start - 60), b.start)) &&
          !isMentionOnly(article, b)
        )
          link(subject, b, s);
    for (let i = 0; i < refs.length; i++) {
      // The next two people named after this one: its own pronouns in between do not count.
      let others = 0;
      for (let j = i + 1; j < refs.length && others < 2; j++) {
        const a = refs[i];
        const b = refs[j];
        if (a.value.person === b.value.person) continue;
        others += 1;
        // "Thiago Arruda, the Brazilian striker who…, has been quietly dating Maren Holt": the appositive aside.
        // "Ravensworth, 35, who grew up in Leeds, was married to…": an age or role, then a relative clause about them.
        const between = article.text.slice(a.end, b.start).replace(/^,\s[^,;.!?]{0,140}(?:,\s(?:who|whose)\s[^,;.!?]{0,140})?,(?=\s)/, "");
        const own = a.value.via === "pronoun" && a.value.possessive ? `'s${between}` : between;
        const apposed = PARTNER_APPOSITION.test(own);
        const partner = PARTNER_WORDS.test(own) || apposed;
        const andPartner = AND_PARTNER.test(between) && !namedBetween(refs, i, j);
        const relation = apposed || andPartner || RELATION_OF.test(own) || (partner && between.length < 40);
        // "Frey's duet with Haddad": a possessive's work with someone links them too.
        const possessiveWith = a.value.possessive && /^[’']s\s+(?:[\w-]+\s+){0,3}?(?:with|alongside)\s+$/i.test(between);
        // "Ebersberger, who is leading the new Parsifal, also attended the opening … with the art dealer Ilona Festetics on his arm".
        const onArm =
          /\bwith\s+(?:(?:the|his|her)\s+)?(?:[^\s.;!?]+\s+){0,6}$/i.test(between) &&
          !/[.;!?]/.test(between) &&
          /^\s+on\s+(?:his|her)\s+arm\b/i.test(article.text.slice(b.end, b.end + 14));
        const linked =
          onArm ||
          ((LINK_BETWEEN.test(between) || (AND_LINK.test(between) && !namedBetween(refs, i, j))) &&
            (!a.value.possessive || a.value.via === "pronoun")) ||
          possessiveWith ||
          andPartner ||
          relation;
        if (!linked || isMentionOnly(article, a) || isMentionOnly(article, b)) continue;
        // "Edlinger-Hauswirth … arrived in the box of Countess Adelheid Traunsee-Pallavicini with Réka Szentgyörgyi": whose
        // box it was came with no one; the sentence's subject did.
        if (/^\s*with\s+$/.test(between) && HOST_OF_BEFORE.test(article.text.slice(Math.max(0, a.start - 40), a.start))) {
          const subject = refs.find(
            (r) => r.value.via !== "pronoun" && r.start < a.start && /^\W*$/.test(article.text.slice(s.start, r.start)),
          );
          if (subject && subject.value.person !== b.value.person) link(subject, b, s);
          continue;
        }
        if (
          /^\s*(?:and|&)\s+(?:the\s+(?:[\p{L}-]+\s+){0,2})?$/u.test(between) &&
          (inList(article, a) || /^\s*,\s*[A-Z]/.test(article.text.slice(b.end, b.end + 4)))
        )
          continue;
        if (GROUP_BEFORE.test(article.text.slice(Math.max(0, a.start - 30), a.start)) && !relation) continue;
        // "the heavyweight clash between Declan Fahy and Tyrese Okoye-Bamford": opponents, not a couple.
        if (/^\s*(?:and|&)\s*$/.test(between) && OPPONENTS_BEFORE.test(article.text.slice(Math.max(0, a.start - 40), a.start))) continue;
        // "Penrose's 30-year marriage to Audrey Penrose", "his wife of twelve years, Fenella Dray", "her split from…":
        // told in passing about one person, such a relationship is background to the article's couple, not the couple.
        // ("Kairaitis confirmed that he is engaged to Fontaine": a subject pronoun for someone the sentence has just named is not.)
        const background =
          apposed || RELATION_OF.test(own) || (a.value.via === "pronoun" && (a.value.possessive || !namedBefore(article, s, a)));
        // "Caroline Ashby … married Prakash Iyer on Saturday": whose wedding the article reports are its hosts.
        if (
          /^\s*(?:,[^,]{0,80},\s*)?(?:married|wed|exchanged vows with|tied the knot with)\s+$/.test(between) &&
          RECENT_DAY_RE.test(s.text)
        )
          newlyweds.push(a.value.person, b.value.person);
        link(a, b, s, relation || SPLIT_LINK.test(between), background && (relation || SPLIT_LINK.test(between)));
      }
    }
    // "The actress simply said it: "Kabir and I are together."": the speaker and whom the quote pairs with "I".
    for (const q of quotesIn(article, s)) {
      const inside = refs.filter((r) => r.start >= q.start && r.end <= q.end && r.value.via !== "pronoun");
      const outside = [...new Set(refs.filter((r) => r.end <= q.start || r.start >= q.end).map((r) => r.value.person))];
      const partner = inside.find(
        (r) =>
          /^\s*(?:and|&)\s+(?:I|me)\b/.test(article.text.slice(r.end, r.end + 8)) ||
          /\b(?:me|I)\s+and\s+$/.test(article.text.slice(Math.max(0, r.start - 8), r.start)),
      );
      if (!partner || outside.length !== 1 || outside[0] === partner.value.person) continue;
      // Whoever "I" is, the sentence names them by name, title or pronoun: the link is as good as one by name.
      const speaker = refs.find((r) => r.value.person === outside[0])!;
      link({ ...speaker, value: { ...speaker.value, via: "name" } }, partner, s);
    }
    // "Last month, the couple attended the wedding…, where Fontaine sang and Morrow gave a toast":
    // the only two people a sentence about "the couple" names are the couple.
    // ("Doughty, who plays bass in Pippa's band, joked about the couple": a possessive names no one of the couple.)
    const named = [
      ...new Set(
        refs.filter((r) => r.value.via !== "pronoun" && !r.value.possessive && !isMentionOnly(article, r)).map((r) => r.value.person),
      ),
    ];
    if (named.length === 2 && COUPLE_PHRASE.test(s.text)) {
      const [a, b] = named.map((n) => refs.find((r) => r.value.person === n)!);
      link(a, b, s);
    }
  }
  // A pronoun alone can point the wrong way: such a link needs the two together in two sentences.
  const together = (pair: Pair) => sentencesWithBoth(article, pair);
  // Someone named once, as the other's spouse or ex in passing, is background to the article's couple.
  const namings = (person: string) => article.refs.filter((r) => r.value.person === person && r.value.via !== "pronoun").length;
  const passing = (e: { pair: Pair; links: number; background: number }) =>
    e.background === e.links && Math.min(namings(e.pair[0]), namings(e.pair[1])) <= 1;
  const named = [...counts.values()].filter((e) => !passing(e) && (e.byName || together(e.pair) >= 2));
  // An ex or a former spouse: a pair only beside a couple the article names one of them in.
  const exes = [...counts.values()].filter(
    (e) => !named.includes(e) && e.relation && named.some((n) => n.pair.some((p) => e.pair.includes(p))),
  );
  // "A confirms B romance, and insists she is NOT back with C": the couple the headline names, unless it names them only to deny it.
  const headline = article.sentences[0];
  const headlined = (pair: Pair) => {
    if (!headline || headline.prose) return false;
    const at = pair.map((n) => refsIn(article, headline).find((r) => r.value.person === n && r.value.via !== "pronoun"));
    if (!at[0] || !at[1]) return false;
    const [a, b] = at[0].start < at[1].start ? [at[0], at[1]] : [at[1], at[0]];
    return !/\b(?:not|n[’']t|never|no longer)\b/i.test(article.text.slice(a.end, b.start));
  };
  const byLinks = (x: (typeof named)[number], y: (typeof named)[number]) =>
    Number(headlined(y.pair)) - Number(headlined(x.pair)) ||
    mentionsOf(y.pair) - mentionsOf(x.pair) ||
    y.links - x.links ||
    x.first - y.first;
  const mentionsOf = (pair: Pair) => article.refs.filter((r) => pair.includes(r.value.person)).length;
  // "Inside Honor Blakiston's Provence wedding: the two new couples who stole the show": whose wedding or party it
  // is are its hosts; beside other couples they are mentions of those couples' appearance, not a pair of their own.
  const lede = article.sentences[1];
  const opening = lede
    ? Math.max(...article.sentences.filter((x) => x.paragraph === lede.paragraph).map((x) => x.end))
    : article.text.length;
  const hosts = new Set(
    article.refs
      .filter((r) => r.start < opening && r.value.via !== "pronoun" && HOSTED_AFTER.test(article.text.slice(r.end, r.end + 60)))
      .map((r) => r.value.person),
  );
  for (const person of newlyweds) hosts.add(person);
  const guests = named.filter((e) => !e.pair.some((p) => hosts.has(p)));
  const couples = guests.length ? guests : named;
  const ranked = [
    ...couples.sort(byLinks),
    ...exes.filter((e) => couples.some((c) => c.pair.some((p) => e.pair.includes(p)))).sort(byLinks),
  ];
  const found = ranked.length ? ranked.map((e) => e.pair) : coOccurring(article);
  // "Isla Nettlefold and Sacha Orsini: fashion's most talked-about front row": the two people a headline names are its couple,
  // when no sentence linked them (and the headline does not name them only to deny it).
  const top = headlinePair(article);
  if (top && !found.some((p) => p[0] === top[0] && p[1] === top[1]) && headlined(top) && !hosts.has(top[0]) && !hosts.has(top[1]))
    return [top, ...found];
  return found;
}

/** The first two people a headline names (by name, not by pronoun), or null. */
function headlinePair(article: Article): Pair | null {
  const headline = article.sentences[0];
  if (!headline || headline.prose) return null;
  const refs = refsIn(article, headline).filter((r) => r.value.via !== "pronoun");
  const people = [...new Set(refs.map((r) => r.value.person))];
  if (people.length !== 2) return null;
  // "Gemma Royle blushes, Rhea Wickramasinghe sets the record straight": two clauses, two stories.
  const first = refs[0];
  const second = refs.find((r) => r.value.person !== first.value.person)!;
  if (/[,;]/.test(article.text.slice(first.end, second.start))) return null;
  return [...people].sort() as Pair;
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
