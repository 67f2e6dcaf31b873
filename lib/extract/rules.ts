import { mask } from "./spans";
import { namesAWordOf } from "./regex";
import { outletsIn, quotesIn, refsIn, type Article } from "./article";
import { attributionOf, outletOf } from "./attribution";
import { DateTrail, INTERVIEW_RE } from "./claim-dates";
import { NO_COMMENT_RE, NON_CLAIM_RE, cueIndex, kindOfEvent } from "./classify";
import { findDates } from "./dates";
import { defaultClaim, principalPair } from "./defaults";
import { statedClaims } from "./events";
import { PAIR_REFERENCES } from "./lexicon";
import { findPairs, isMentionOnly, sentencesWithBoth, type Pair } from "./pairs";
import { backgroundSplits } from "./background";
import { chooseCouples } from "./couples";
import { kindFamily, learnedClaim, type SentenceModel } from "./learned";
import { findPlace } from "./places";
import { quotedClaims } from "./quoted";
import { outsideQuotes } from "./quotes";
import { appositiveReps, denialsOfSplits, remarkWithoutQuote, titledReps } from "./remarks";
import type { Sentence } from "./sentences";
import type { RawClaim, Walk, When } from "./walk";

export type { RawClaim } from "./walk";

const HOSTING_AFTER =
  /^,?\s+(?:threw|throws|hosted|hosts|was hosting|is hosting|has hosted|has entertained|entertained)\s+(?:(?:his|her|their|the|an?)\s+)?(?:[\w'’-]+\s+){0,3}?(?:party|after-?party|bash|dinner|brunch|lunch|gala|ball|soir[ée]e|cruise|barbecue|fundraiser|benefit|guests|benefactors)\b/i;
const HOSTING_BEFORE =
  /\b(?:(?:hosted|thrown)(?:\s+as (?:ever|always|usual))?,?\s+by|(?<!\b(?:TV|television|radio|talk-show|chat-show|game-show|podcast|breakfast|quiz|show)\s+)(?:host|hostess)|(?:wedding|nuptials) of|(?:our|the|their|evening['’]s|night['’]s) host,?)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;

const PARTY_BEFORE =
  /\b(?:party|after-?party|bash|dinner|brunch|lunch|gala|ball|soir[ée]e|reception|barbecue|cruise|celebration)\s+(?:that\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

/** Whether the article names someone as the host of its party: "Quilty threw his famous after-party", "hostess Astrid". */
export function isHost(article: Article, person: string): boolean {
  return article.refs.some(
    (r) =>
      r.value.person === person &&
      r.value.via !== "pronoun" &&
      // "both were at the Schneeball, Cordula Imboden's annual charity dinner": the event, then whose it is, in apposition.
      ((r.value.possessive &&
        /\b(?:at|to)\s+(?:the\s+)?[^,.;!?]{1,40},\s*$/.test(article.text.slice(Math.max(0, r.start - 60), r.start)) &&
        /^[’']s\s+(?:[\w'’-]+\s+){0,3}?(?:party|after-?party|dinner|supper|ball|gala|soir[ée]e|lunch|brunch|reception|barbecue|picnic|bash)\b/i.test(
          article.text.slice(r.end, r.end + 60),
        )) ||
        // ("the wedding of Lila's childhood friend Danica Oakenfold": whose friend is no host.)
        (!r.value.possessive &&
          (HOSTING_AFTER.test(article.text.slice(r.end, r.end + 80)) ||
            HOSTING_BEFORE.test(article.text.slice(Math.max(0, r.start - 40), r.start)) ||
            // "the party Kenji Moriwaki threw aboard his yacht", "the after-party that editor Josefina Larraín Cox threw".
            (PARTY_BEFORE.test(article.text.slice(Math.max(0, r.start - 40), r.start)) &&
              /^\s+(?:threw|hosted|gave|was throwing|was hosting|had thrown)\b/.test(article.text.slice(r.end, r.end + 30)))))),
  );
}

/** The people the article names as hosts of its party. */
export function hostsOf(article: Article): Set<string> {
  return new Set(article.people.map((p) => p.name).filter((n) => isHost(article, n)));
}

/**
 * The people to leave out of the article's most named couple: reps, and hosts no sentence links to anyone
 * ("…arrived together at the party Kenji Moriwaki threw. '…,' Moriwaki told us": however often named, no partner).
 */
function withHosts(article: Article, linked: Pair[], repOf: Map<string, string>): Map<string, string> {
  const hosts = [...hostsOf(article)].filter((n) => !linked.some((p) => p.includes(n)));
  return new Map([...repOf, ...hosts.map((h): [string, string] => [h, h])]);
}

const EX_TOLD_RE = /\b(?:split (?:from|with)|former|ex-|divorc\w+|separated from|broke up|parted ways|exe?s?\b)/i;

/**
 * The couples the walk looks for, the article's own first. With no link between two names but talk
 * of a couple, its two most named people. "DeShawn Okoro-Whitfield … was Yesenia Cardoso": when the
 * links found only a couple named less (a teammate's engagement told in passing), the article's most
 * named two, sharing sentences, come after the linked couples — or before them when the only link is
 * one of them with an ex named far less ("Refresher: Pettaway was engaged to R&B singer Imani
 * Rhodes-Castillo").
 */
function pairsToWalk(article: Article, found: Pair[], principal: Pair | null, repOf: Map<string, string>): Pair[] {
  // "…the midpoint party, hosted as ever by festival director Kerryn Mallory, who spent the night trying to get Kowalczyk
  // to make her champagne disappear": a host linked with one of another linked couple is no couple.
  const linked = found.filter((p, i) => p.every((n, j) => !isHost(article, n) || !found.some((q, k) => k !== i && q.includes(p[1 - j]))));
  if (!linked.length) return principal ? [principal] : [];
  const focal = principalPair(article, [], withHosts(article, linked, repOf));
  const mentions = (p: Pair) => article.refs.filter((r) => p.includes(r.value.person)).length;
  const unlinkedFocal =
    focal &&
    !linked.some((p) => p.includes(focal[0]) && p.includes(focal[1])) &&
    sentencesWithBoth(article, focal) >= 1 &&
    mentions(focal) > mentions(linked[0]);
  if (!unlinkedFocal) return linked;
  const shared = linked.length === 1 ? linked[0].find((n) => focal.includes(n)) : undefined;
  const namings = (n: string | undefined) => article.refs.filter((r) => r.value.person === n).length;
  const exOfFocal = shared !== undefined && namings(focal.find((n) => n !== shared)) >= 2 * namings(linked[0].find((n) => n !== shared));
  if (exOfFocal) return [focal, ...linked];
  // "…where impresario Barnaby Quilty threw his after-party, and where Hamish Treloar and chef Duc Anh Pham slow-danced":
  // one of a linked couple named often beside the host makes no second couple of them.
  const rivalled = linked.some((p) => {
    const common = p.find((n) => focal.includes(n));
    return (
      common !== undefined &&
      isHost(
        article,
        focal.find((n) => n !== common)!,
      )
    );
  });
  if (rivalled) return linked;
  return [...linked, focal];
}

/** The couples the rules find in an article (before any learned filter), with the reps and the principal couple the walk needs. */
export function rulesCouples(article: Article): {
  found: Pair[];
  principal: Pair | null;
  repOf: Map<string, string>;
  titled: ReadonlySet<string>;
} {
  const repOf = appositiveReps(article);
  const titled = titledReps(article);
  // A rep introduced as such speaks for one of a couple, or for a team or a gallery; they are not one of a couple themselves.
  const linked = withHeadingPairs(article, findPairs(article)).filter((p) => !p.some((n) => repOf.has(n) || titled.has(n)));
  // (With links, the principal is one of them and the people left out do not matter: the hosts are looked for only without.)
  const principal = principalPair(article, linked, linked.length ? repOf : withHosts(article, linked, repOf));
  return { found: pairsToWalk(article, linked, principal, repOf), principal, repOf, titled };
}

/**
 * Walks the article sentence by sentence and applies the claim rules: quotes with their speakers
 * (statements, denials, confirmations, speculation from insiders), outlet reports, sightings,
 * appearances, work together and talk of romance — each tied to the pair it concerns.
 */
export function claimsOf(article: Article, model: SentenceModel | null = null): RawClaim[] {
  const rules = rulesCouples(article);
  const { repOf, titled, found } = rules;
  const pairs = model?.couples ? chooseCouples(article, found, model.couples, hostsOf(article)) : found;
  if (!pairs.length) return [];
  // A principal couple the filter dropped gives way to the first couple it kept.
  const same = (p: Pair, q: Pair) => p.includes(q[0]) && p.includes(q[1]);
  const principal =
    rules.principal && !pairs.some((p) => same(p, rules.principal!)) && found.some((p) => same(p, rules.principal!))
      ? pairs[0]
      : rules.principal;
  const w: Walk = {
    article,
    pairs,
    repOf,
    titledReps: titled,
    claims: [],
    focus: pairs[0],
    lastSpeaker: null,
    lastRemark: null,
    lastOutletOf: new Map(),
    dates: new DateTrail(article),
  };
  const guessed = new Set<RawClaim>();
  let previousPlace: { place: string; index: number } | null = null;
  let pendingPlace: { place: string; index: number } | null = null;
  let pending: { when: When; sentence: Sentence } | null = null;
  // An outlet's name read as "Wednesday's Grand Ole Morning" keeps its weekday: that is a date.
  const withoutOutlets = mask(
    article.text,
    article.outlets.map((o) => {
      const day = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[’']s\s+/.exec(o.value)?.[0].length ?? 0;
      return { ...o, start: o.start + day };
    }),
  );
  for (const sentence of article.sentences) {
    if (pending) w.dates.previous = pending;
    pending = null;
    if (sentence.prose || /\b\d{4}-\d\d-\d\d\b/.test(sentence.text)) {
      // A caption's ISO date ("…, London, 2026-06-27]") dates the sentence after it.
      const bareText = outsideQuotes(sentence.text, quotesIn(article, sentence), sentence.start);
      const found = findDates(bareText, article.published, w.dates.anchor());
      // "whispering about since Christmas, and on Thursday night it went public": a date a span starts from sets no scene.
      const scene = found.find((d) => !/\bsince\s+(?:the\s+)?$/i.test(bareText.slice(0, d.index))) ?? found[0];
      if (found.length) pending = { when: { occurredOn: scene.occurredOn, precision: scene.precision }, sentence };
      if (found.length && INTERVIEW_RE.test(sentence.text)) w.dates.interview = pending!.when;
    } else {
      // A timeline's dated head ("May 3, 2022 - The first red carpet") dates the section under it; an undated head ends it.
      const head = findDates(sentence.text, article.published, w.dates.anchor()).find((d) => d.index <= 12);
      w.dates.section = head ? { occurredOn: head.occurredOn, precision: head.precision } : null;
      if (w.dates.section) pending = { when: w.dates.section, sentence };
    }
    const quotes = quotesIn(article, sentence);
    const bare = outsideQuotes(sentence.text, quotes, sentence.start);
    if (pendingPlace) previousPlace = pendingPlace;
    const ownPlace = sentence.prose ? findPlace(article.masked.slice(sentence.start, sentence.end)) : null;
    pendingPlace = ownPlace ? { place: ownPlace, index: sentence.index } : null;
    const refs = refsIn(article, sentence).filter((r) => !isMentionOnly(article, r));
    const named = new Set(refs.map((r) => r.value.person));
    const sentenceOutlet = outletOf(article, sentence);
    for (const n of named) if (sentenceOutlet) w.lastOutletOf.set(n, { outlet: sentenceOutlet, paragraph: sentence.paragraph });
    if (!sentence.prose) {
      // A heading or caption naming a couple ("2. Theo Marsh and Ingrid Solberg: courtside cuties") sets whom "the pair" means next.
      w.focus = pairs.find((p) => named.has(p[0]) && named.has(p[1])) ?? w.focus;
      continue;
    }
    // "Kayleigh split from her fiancé, Ryan Tilsley, in March. … It isn't the first time the new duo have been linked": the
    // new couple is the article's, not the ex just told of.
    if (principal && NEW_COUPLE_RE.test(bare)) w.focus = principal;
    if (
      NON_CLAIM_RE.test(bare) ||
      FAN_POST_RE.test(bare) ||
      // "is currently starring opposite Reese": news of one of them is solo only when the other is not in it.
      (SOLO_NEWS_RE.test(bare) && !TOGETHER_RE.test(bare) && !workedWithPartner(bare, w.focus)) ||
      (!quotes.length && SCHEDULE_RE.test(bare)) ||
      // "It isn't the first time the pair have been seen together.": a look back at what the article tells next.
      (!quotes.length &&
        /\b(?:isn['’]t|is not|wasn['’]t|was not) the first time\b/i.test(bare) &&
        !findDates(bare, article.published).length) ||
      (GUEST_LIST_RE.test(bare) && !pairs.some((p) => named.has(p[0]) && named.has(p[1])))
    )
      continue;
    // "He repeated the line on the radio on Monday": a syndicated copy of the remark just made.
    if (w.lastRemark && /\brepeat(?:ed|s|ing)\b/i.test(bare) && w.lastRemark.speaker && named.has(w.lastRemark.speaker)) {
      w.lastRemark.evidence = `${w.lastRemark.evidence} ${sentence.text}`;
      continue;
    }
    if (!quotes.length && unquotedRemark(w, sentence, bare, named, sentenceOutlet)) continue;

    const both = pairs.find((p) => named.has(p[0]) && named.has(p[1]));
    // "It was the actress who made the first move. The pair got close…": naming one of another couple turns to that couple.
    if (!both && named.size && ![...named].some((n) => w.focus.includes(n)))
      w.focus = pairs.find((p) => p.some((n) => named.has(n))) ?? w.focus;
    const pairRef = PAIR_REFERENCES.test(sentence.text);
    // "They…" means the couple in focus, unless the sentence names someone of another couple.
    // ('"Those two owned my dance floor," Quilty told us': whoever speaks of "those two" is not one of them.)
    const quotedRef = pairRef && !PAIR_REFERENCES.test(bare);
    const spoken = new Set(refs.filter((r) => quotes.some((q) => r.start >= q.start && r.end <= q.end)).map((r) => r.value.person));
    const namedPairs = pairs.filter((p) => p.some((n) => (quotedRef ? spoken : named).has(n)));
    const pair: Pair | null =
      both ??
      (pairRef
        ? (namedPairs.find((p) => p === w.focus) ??
          namedPairs[0] ??
          (named.size === 0 || [...named].some((n) => w.focus.includes(n)) || !namedPairs.length ? w.focus : null))
        : null);
    // ("Some context: Fairweather-Hynes split from his former co-star Jade Penhaligon in 2021. On Wednesday night the pair
    // turned up together again": an ex told of in the background does not become whom "the pair" means next.)
    if (pair && !(pair !== pairs[0] && both && EX_TOLD_RE.test(bare))) w.focus = pair;
    // "The Scottish Sunday Tattle first reported on the 3rd": a weekday in an outlet's name is no date.
    const unnamed = outsideQuotes(withoutOutlets.slice(sentence.start, sentence.end), quotes, sentence.start);
    const dates = findDates(withoutAsides(unnamed), article.published, w.dates.anchor());
    const step = { sentence, quotes, bare, named, sentenceOutlet, pair, pairRef, dates, previousPlace };
    const before = w.claims.length;
    const quoted = quotes.length > 0 && quotedClaims(w, step);
    // "The Daily Sextant reported in July that McBride and Venn-Thomas had split, and on Wednesday Venn-Thomas confirmed it in a
    // statement: '…'": the other outlet's report told before the words is a claim of its own.
    const reportFirst = quoted ? REPORT_THEN_WORDS.exec(bare) : null;
    if (
      reportFirst &&
      outletsIn(article, sentence).some((o) => o.value !== article.outlet && o.start - sentence.start < reportFirst[1].length)
    ) {
      const clause = reportFirst[1];
      const claimsBefore = w.claims.length;
      const focus = w.focus;
      statedClaims(w, { ...step, bare: clause, quotes: [], dates: dates.filter((d) => d.index < clause.length) });
      // Only the report: what else the clause might read as is the words' business.
      w.claims.splice(claimsBefore, w.claims.length - claimsBefore, ...w.claims.slice(claimsBefore).filter((c) => c.kind === "report"));
      w.focus = focus;
    }
    const copy = !quoted && statedClaims(w, step) === "copy";
    // No rule fired: a broad default for the principal pair, at most one per sentence.
    const fallback = principal && !copy && w.claims.length === before ? defaultClaim(w, step, principal) : null;
    if (fallback) w.claims.push(fallback);
    // The sentence classifier (ADR 19, eighth and eighteenth passes), never for words the quote rules read (nor, when the
    // rules found nothing, for words read as going on with a remark already claimed: '"We never were," she added'):
    // where the rules found no claim, one of the kind it rates high enough; beside the rules' claims, one of another
    // family of kinds, when it rates that higher still: a second piece of evidence ("The two were seen leaving a Soho
    // restaurant together in March, the Evening Crier reported": the rules read the report, the classifier the sighting).
    const ours = w.claims.slice(before);
    const toldBefore = !ours.length && w.claims.some((c) => c.evidence.includes(sentence.text));
    const learned =
      model && !copy && !quoted && !toldBefore ? learnedClaim(w, step, model, ours.length ? model.besideThreshold : model.threshold) : null;
    if (learned && !ours.some((c) => kindFamily(c.kind) === kindFamily(learned.kind))) {
      w.claims.push(learned);
      guessed.add(learned);
    }
  }
  denialsOfSplits(w.claims);
  const background = backgroundSplits(
    article,
    pairs,
    w.claims.filter((c) => !guessed.has(c)),
  );
  // A sentence that tells an old split is that split's evidence, not a claim the model guessed for the couple in focus,
  // nor a split of another couple ("She and the saxophonist Anders Kjell went their separate ways": not hers with Bryn).
  const told = new Set(background.map((c) => c.sentence));
  const claims = w.claims.filter(
    (c) => !(told.has(c.sentence) && (guessed.has(c) || (c.kind === "report" && c.stance === "contradicts" && c.quote === null))),
  );
  return [...withoutToldSplits(claims, article.outlet), ...background].sort((a, b) => a.sentence - b.sentence);
}

/** An outlet's report, then ", and (on Wednesday) X confirmed/denied…": the clause of the report. */
const REPORT_THEN_WORDS =
  /^(.*?\b(?:reported|claimed|alleged|revealed|splashed)\b[^"“”]*?),\s+(?:and|but)\s+(?:(?:on|then|later|by)\s+[\w-]+\s+)?(?:[^\s,]+\s+){0,4}?(?:confirmed|denied|insisted|said|told|hit back|dismissed)\b/i;

/**
 * "Castro and Rauch are going their separate ways. … '…,' her rep confirmed": the split the article
 * states is the confirmation it rests on, one piece of evidence, so the confirmation alone stays.
 */
function withoutToldSplits(claims: RawClaim[], outlet: string | null): RawClaim[] {
  const confirmed = (c: RawClaim) =>
    claims.some(
      (k) => k.kind === "confirmation" && k.stance === "contradicts" && k.pair === c.pair && Math.abs(k.sentence - c.sentence) <= 6,
    );
  return claims.filter(
    (c) => !(c.kind === "report" && c.stance === "contradicts" && c.outlet === outlet && c.quote === null && confirmed(c)),
  );
}

/**
 * A roundup's heading that names two people ("Saffron Leigh and DeShawn Pruitt: new couple
 * alert?", "Coles & Abernathy") announces a couple of its own, even when the text below only uses
 * epithets for them.
 */
function withHeadingPairs(article: Article, pairs: Pair[]): Pair[] {
  const out = [...pairs];
  const has = (a: string, b: string) => out.some((p) => p.includes(a) && p.includes(b));
  for (const s of article.sentences.filter((x) => !x.prose)) {
    const names = [
      ...new Set(
        refsIn(article, s)
          .filter((r) => r.value.via === "name")
          .map((r) => r.value.person),
      ),
    ];
    if (names.length !== 2 || has(names[0], names[1])) continue;
    const between = article.text.slice(s.start, s.end);
    if (/\b(?:and|&)\b|&/.test(between)) out.push([names[0], names[1]]);
  }
  return out;
}

/** Anonymous fans online are no source: "wrote one fan", "fans flooded the comments". */
const NEW_COUPLE_RE = /\bthe new (?:duo|couple|pair|lovebirds|item|flames?|romance)\b/i;
const FAN_POST_RE =
  /\b(?:(?:one|a|another|some|many)\s+(?:[\w-]+\s+){0,2}?(?:fan|follower|commenter|user|viewer|reader|supporter|listener|subscriber)s?\b(?![’']s)[^.!?]{0,60}?\b(?:wrote|posted|commented|tweeted|replied|added|gushed|joked)|(?:wrote|posted|commented|tweeted|replied|gushed|joked)\s+(?:one|a|another)\s+(?:[\w-]+\s+){0,2}?(?:fan|follower|commenter|user|viewer|reader|supporter|listener|subscriber)|fans (?:wrote|posted|commented|flooded|went wild|were quick)|(?:TikTok|Instagram|X|Reddit|the internet) (?:is|was) (?:already )?(?:full of|awash with|flooded))\b/i;
/** Solo career news: what one of them does next ("will next be seen in", "her mixtape drops on March 1"). */
const SOLO_NEWS_RE =
  /\b(?:next (?:stars?|be seen|appears?)|will (?:next )?(?:be seen|star|appear|headline|release|tour|compete|return)|is attached to|(?:album|mixtape|single|EP|memoir|book|tour|collection|record)(?: [A-Z][\w'’-]*){0,4},? (?:drops|is out|comes out|arrives|lands|is due)|(?:is|was) currently (?:filming|shooting|recording|touring|working on|starring|appearing|performing|playing)|(?:has|have|had) (?:just )?been (?:announced|named|unveiled|revealed) as (?:the |a )?(?:new )?(?:face|ambassador|host|presenter|judge|star|lead)|(?:her|his) (?:last|final) (?:major |big )?(?:competition|tournament|championship|race|season|tour|match|fight|game|film|album|show|performance)s?)\b/i;
/** "Quill is currently starring opposite Reese": one of the couple's work with the other named as the partner in it. */
function workedWithPartner(bare: string, focus: Pair | null): boolean {
  return focus !== null && namesAWordOf(focus, bare, String.raw`(?:opposite|alongside)\s+`);
}
/** What is yet to come: "returns to screens in September", "is set to", "next season". */
const SCHEDULE_RE =
  /\b(?:returns? to (?:screens|the stage|the air|our screens)|will (?:return|be back)|(?:is|are) (?:set|due|scheduled|slated|expected|tipped|poised) to)\b/i;
/**
 * Guests merely listed, as a sentence to skip: "Other guests at the wedding included…". Narrower than
 * the pairs' list (pairs.ts), which also keeps "A and B were among the crowd" from linking them.
 */
const GUEST_LIST_RE =
  /\b(?:(?:guests|other sightings|famous faces|other faces)\b[^.;]{0,40}\b(?:included|including|were)|among the (?:guests|attendees|crowd)|the guest list|also (?:spotted|seen|sighted|in attendance|present)\b[^.;]{0,60}\b(?:were|was|included|including))\b|^\W*Also\b[^:.;"“]{0,60}:\s/i;
const TOGETHER_RE = /\b(?:together|both|each other|the (?:pair|couple|two))\b/i;

/**
 * A sentence with its asides about someone blanked, offsets kept: "Pryce, who took over the bakery
 * in 2019, would only say…" and "Mahoney, who has been filming here since April, was photographed…"
 * date neither the words nor the outing.
 */
function withoutAsides(bare: string): string {
  return bare.replace(/,\s+who\s+(?:has|have|had|took|was|were|is|are|moved|joined|founded|runs|ran|began|started)\b[^,;:]*,/g, (m) =>
    // An aside that tells an outing or the couple's story keeps its date ("…, who were photographed kissing two weeks ago,").
    /\b(?:photographed|seen|spotted|pictured|snapped|kiss\w*|dat(?:ed|ing)|linked|paired|married|engaged|split|together|couple|pair)\b/i.test(
      m,
    )
      ? m
      : " ".repeat(m.length),
  );
}

/**
 * On-record words told without quotation marks ("Okafor's rep confirmed the split"). True when
 * the sentence needs no other rule: it held a remark and no outing told after it.
 */
function unquotedRemark(w: Walk, sentence: Sentence, bare: string, named: Set<string>, sentenceOutlet: string | null): boolean {
  const { article } = w;
  // "…and raved about her new film to the Associated Press": the next paragraph's bare quote is theirs.
  const said = attributionOf(article, sentence, []);
  let when = findDates(withoutAsides(bare), article.published, w.dates.anchor());
  // "He has denied dating her, weeks after the pair were photographed … earlier this month": the date is the outing's.
  let eventAfterRemark = false;
  const eventKind = kindOfEvent(bare);
  const eventAt = eventKind && eventKind !== "report" ? cueIndex(eventKind, bare) : null;
  if (said && eventAt !== null && sentence.start + eventAt > said.at) {
    eventAfterRemark = true;
    when = when.filter((d) => d.index < eventAt);
  }
  if (said)
    w.lastSpeaker = {
      attribution: said,
      outlet: sentenceOutlet,
      paragraph: sentence.paragraph,
      claimed: PAIR_REFERENCES.test(sentence.text) || [...named].length > 1,
      date: when.length ? w.dates.dateFor(article, when, sentence, null) : null,
    };
  if (said?.role === "rep" && said.speaker && said.principal) w.repOf.set(said.speaker, said.principal);
  const remark = said && remarkWithoutQuote(article, sentence, said, w.pairs, named, bare);
  if (!remark) return false;
  // "Holloway's team declined to comment.": an undated no-comment was given to this article, on its day.
  const noComment = remark.kind === "statement" && !when.length && NO_COMMENT_RE.test(bare);
  w.claims.push({
    ...remark,
    ...(noComment
      ? { occurredOn: article.published, precision: "day" as const }
      : w.dates.dateFor(article, when, sentence, said.at, said.role === "rep" ? said.principal : said.speaker, said.role === "rep")),
    outlet: sentenceOutlet ?? article.outlet,
  });
  w.focus = remark.pair;
  w.lastRemark = w.claims[w.claims.length - 1];
  return !eventAfterRemark;
}
