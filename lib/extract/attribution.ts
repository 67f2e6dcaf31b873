import { refsIn, outletsIn, type Article } from "./article";
import { isMentionOnly } from "./pairs";
import { INSIDER_RE, REP_NOUN, REP_RE, SPEECH_VERBS, outsideQuotes, type Quote } from "./quotes";
import type { Sentence } from "./sentences";
import type { PersonRef } from "./people";
import type { Span } from "./spans";
import type { SpeakerRole } from "./classify";

/** Who is speaking in a sentence: a named person, someone's rep (named or not), or an unnamed insider. */
export interface Attribution {
  role: "person" | "rep" | "insider";
  /** The named speaker, if any. */
  speaker: string | null;
  /** For a rep: whom they speak for. */
  principal: string | null;
  /** Where the speech verb is, to pick the nearest date. */
  at: number;
  /** The speaker is only a pronoun ("she said"): a rep just named may be who it means. */
  viaPronoun?: boolean;
}

const VERB_RE = new RegExp(
  String.raw`\b(?:${SPEECH_VERBS}|saying|sharing|adding|telling|explaining|revealing|calling|noting|insisting|admitting|writing|posting|confirming|denying|gushing|joking|responding|asked|asks|wondered)\b|:\s*$`,
  "gi",
);

const OBJECT_BEFORE =
  /\b(?:of|to|with|about|for|from|at|by|on|and|like|than)\s+(?:(?:former|ex-|[A-Z]{2,}|[a-z][a-z-]*(?:er|or|ist|ian|ess|back|star|man|woman))\s+){0,3}$/i;

/**
 * Finds who speaks in a sentence from the reporter's words around the quotes: the subject
 * before a speech verb ("Ana said", "a source told…"), or the name right after it ("said Ana").
 */
export function attributionOf(article: Article, sentence: Sentence, quotes: Quote[]): Attribution | null {
  const bare = outsideQuotes(sentence.text, quotes, sentence.start);
  const refs = refsIn(article, sentence).filter((r) => !quotes.some((q) => r.start >= q.start && r.end <= q.end));
  const verbs = [...bare.matchAll(new RegExp(VERB_RE.source.replace(String.raw`|:\s*$`, String.raw`|:(?=\s*$|\s{2,})`), "gi"))];
  for (const [n, verb] of verbs.entries()) {
    // "A fan asked about Ronan and she just grinned: '…'": who asks does not say the words a later verb introduces.
    if (/^(?:asked|asks|wondered)$/i.test(verb[0]) && verbs.slice(n + 1).some((v) => v[0].startsWith(":"))) continue;
    const verbAt = sentence.start + verb.index;
    const clauseStart = Math.max(bare.lastIndexOf(";", verb.index), 0);
    const window = bare.slice(clauseStart, verb.index);
    // A host or a groom is no one of a pair, but may well speak: "the groom, Fraser Maitland, told…", "Palm Villa host Lorna Quaye admitted".
    const titled = (r: Span<PersonRef>) =>
      /\b(?:host|hostess|bride|groom)s?\s*,?\s*$/i.test(article.text.slice(Math.max(0, r.start - 20), r.start)) ||
      /^the (?:bride|groom)\b/i.test(article.text.slice(r.start, r.end));
    const before = refs.filter(
      (r) => r.end <= verbAt && r.start >= sentence.start + clauseStart && (!isMentionOnly(article, r) || titled(r)),
    );
    // "said Ana" names the speaker; "added that Thackeray had…" does not, nor "insists a pal of the director".
    // ("…was first to splash the story, calling Nassar 'Ante's new summer love'": whom the words call is not who says them.)
    const after = refs.filter(
      (r) =>
        !/^calling$/i.test(verb[0]) &&
        r.start >= verbAt &&
        r.start - verbAt < verb[0].length + 25 &&
        !/\bthat\b|\b(?:of|for|to|with|about|close to)\s+$/i.test(article.text.slice(verbAt + verb[0].length, r.start)),
    );
    // An object ("supportive of Ana", "told to Tom") is not who speaks.
    const subjectRefs = before.filter(
      (r) =>
        !r.value.possessive &&
        // "Asked whether Bellweather was his girlfriend, he grinned and replied": the subject of the question asked is not who answers.
        !/\b(?:whether|if)\s+$/i.test(article.text.slice(Math.max(0, r.start - 10), r.start)) &&
        // "…made it official with former NFL quarterback Trey Bascombe, confirming…": an object, however described.
        (!OBJECT_BEFORE.test(article.text.slice(Math.max(0, r.start - 50), r.start)) ||
          // "…late last month, and Haddad told Glint…": a new clause's subject.
          /,\s+and\s+$/.test(article.text.slice(r.start - 8, r.start)) ||
          // "a fan asked about Ronan and she grinned": "he" and "she" are only ever subjects.
          /^(?:he|she)$/i.test(article.text.slice(r.start, r.end))),
    );
    const rest = article.text.slice(verbAt + verb[0].length, sentence.end);
    // "…was confirmed by her agent", "…were denied by Stroud's rep": a passive's agent speaks.
    const byRep = new RegExp(String.raw`^\s+by\s+(?:(?:his|her|their)\s+|\S+[’']s\s+)(?:[\w-]+\s+)?${REP_NOUN}\b`, "i").exec(rest);
    if (byRep) {
      const owner = refs.find((r) => r.start >= verbAt && r.start < verbAt + verb[0].length + byRep[0].length && r.value.possessive);
      if (owner) return { role: "rep", speaker: null, principal: owner.value.person, at: verbAt };
    }
    // "Cawdor's split from the cellist Greta Ingleby was announced in the spring": a passive with no one after "by" has no
    // speaker; whoever is named before it is what was announced.
    if (
      /\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$/i.test(bare.slice(0, verb.index)) &&
      /^(?:announced|confirmed|denied|revealed|reported|claimed|described|dismissed|rejected|stated|declared|noted|praised|called)$/i.test(
        verb[0],
      )
    )
      continue;
    // "…," insists a pal of the director: the unnamed source after the verb speaks, whoever they are a pal of.
    const lead = rest.slice(0, 40);
    // '"…," said a publicist for another film, who did not want to be named': whoever asks not to be named is an unnamed source.
    if (
      (!subjectRefs.length &&
        /^[^"“.;!?]*\b(?:who|and who) (?:asked|declined|did not want|didn['’]t want|wished) (?:not )?to be (?:named|identified)\b/i.test(
          rest,
        )) ||
      // '"…," he told the Tattle, asking that we not use his name': whoever "he" is, no one named.
      (subjectRefs.every((r) => r.value.via === "pronoun") &&
        /^[^"“.;!?]*\b(?:asking|asked) (?:that )?(?:we|us) (?:not )?(?:to )?(?:not )?(?:use|print|publish|name)\b/i.test(rest))
    )
      return { role: "insider", speaker: null, principal: null, at: verbAt };
    if (INSIDER_RE.exec(lead)?.index === lead.search(/\S/) && !subjectRefs.length)
      return { role: "insider", speaker: null, principal: null, at: verbAt };
    // "A less charitable guest murmured", "…," a fellow sunbather told…, "one engineer who worked on the sessions told…":
    // whoever an indefinite description names, not a fan and not a rep, is an unnamed source, whoever's staff they are
    // ("a booker at her agency", "a source close to her management").
    if (!subjectRefs.length && unnamedSubject(window, article, sentence))
      return { role: "insider", speaker: null, principal: null, at: verbAt };
    // "A member of Zubiri's coaching team told…": one of a team, unnamed, is an insider, not the team speaking.
    const teamMember = /\b(?:a|one|another)\s+(?:[\w-]+\s+)?member of\b/i.test(window);
    if (
      !teamMember &&
      // "someone from Kash's camp": one of the camp, unnamed, not the camp speaking.
      !/\bsomeone (?:from|inside|in)\b/i.test(window) &&
      REP_RE.test(window) &&
      // "her sister and manager, Chiamaka Nwachukwu,": up to three words between the possessive and the rep.
      new RegExp(String.raw`\b(?:for|of)\b|(?:['’]s|\b(?:his|her|their))\s+(?:[\w-]+\s+){0,3}?${REP_NOUN}`, "i").test(window)
    ) {
      const principal =
        before.find((r) => r.value.possessive || /\b(?:for|of)\s+$/i.test(article.text.slice(r.start - 5, r.start)))?.value.person ?? null;
      // The rep's own name sits beside the rep noun ("Devereux's publicist, Carmen Ibarra,", "a spokesman for Sandoval,
      // Rufus Kell,", "Carmen Ibarra, her rep,"),
      // not in an earlier clause ("A and B are a couple, her representative confirmed").
      const repNoun = [...window.matchAll(new RegExp(REP_RE.source, "gi"))].at(-1);
      const nounAt = sentence.start + clauseStart + (repNoun?.index ?? 0);
      const nounEnd = nounAt + (repNoun?.[0].length ?? 0);
      const named =
        subjectRefs.find(
          (r) =>
            r.value.via === "name" &&
            r.value.person !== principal &&
            ((r.start >= nounEnd && /^(?:\s+(?:for|of)\s+[^,;.]{1,40})?,?\s*$/.test(article.text.slice(nounEnd, r.start))) ||
              (r.end <= nounAt && /^,\s+(?:(?:his|her|their)\s+|\S+['’]s\s+)(?:[\w-]+\s+)?$/i.test(article.text.slice(r.end, nounAt)))),
        )?.value.person ?? null;
      if (principal) return { role: "rep", speaker: named, principal, at: verbAt };
    }
    // "Seo-yun's agency, Bluebell Company, went further. '…,' a Bluebell representative told K-Wave Now": whose rep was just said.
    if (/\b(?:an?|the)\s+(?:[A-Z][\w-]*\s+)?(?:rep|representative|spokes(?:person|woman|man))\b/.test(window)) {
      const owner = article.refs
        .filter((r) => r.value.possessive && r.value.via !== "pronoun" && r.end <= verbAt && verbAt - r.end < 250)
        .at(-1);
      if (owner && REP_RE.test(article.text.slice(owner.end, owner.end + 20)))
        return { role: "rep", speaker: null, principal: owner.value.person, at: verbAt };
    }
    // "In a joint statement, representatives for the pair announce…": the couple's reps speak for the one last named.
    if (
      /\b(?:(?:reps?|representatives?|spokes\w+|publicists?)\s+(?:for|of)\s+the\s+(?:pair|couple|two)|their\s+(?:reps?|representatives?|publicists?)|joint statement)\b/i.test(
        window,
      )
    ) {
      const last = article.refs.filter((r) => r.end <= verbAt && r.value.via !== "pronoun").at(-1);
      if (last) return { role: "rep", speaker: null, principal: last.value.person, at: verbAt };
    }
    const insider = INSIDER_RE.exec(window);
    const insiderAt = insider ? insider.index : -1;
    // "Under a fan's comment, she wrote": the fan owns the comment, she speaks.
    const insiderPossessive = insider !== null && /^['’]s\b/.test(window.slice(insider.index + insider[0].length));
    // "A lip reader … believes Restrepo murmured '…'": the source tells what someone said; the source is who speaks here.
    const relayed = insiderAt >= 0 && /\b(?:believes?|thinks?|reckons?|suspects?|swears?|is convinced)\b/i.test(window.slice(insiderAt));
    if (insiderAt >= 0 && !insiderPossessive && (relayed || !subjectRefs.some((r) => r.start - sentence.start - clauseStart > insiderAt))) {
      if (!/\b(?:friend|pal)\b/i.test(window) || !subjectRefs.length)
        return { role: "insider", speaker: null, principal: null, at: verbAt };
    }
    // "Tom has been …, and raved about it": a second verb of the same subject.
    const coordinated = subjectRefs.length > 0 && /,\s*(?:and|but)\s+(?:\w+\s+)?$/i.test(bare.slice(0, verb.index));
    const colonSpeaker = verb[0].startsWith(":") ? before.filter((r) => r.value.possessive && r.value.via === "pronoun").at(-1) : undefined;
    // "…," said Ana / "…, according to Ana": the name after the verb speaks only when no words stand before it in its clause
    // ("the blog Hot Goss claimed the actress was engaged": the actress is what was claimed).
    const inverted = !/[\p{L}\d]\s*$/u.test(window);
    const subject =
      (coordinated ? subjectRefs[0] : subjectRefs[subjectRefs.length - 1]) ??
      colonSpeaker ??
      (inverted ? after.find((r) => !r.value.possessive) : undefined);
    if (subject && !(/^(?:asked|asks|wondered)$/i.test(verb[0]) && subject.end <= verbAt)) {
      const rep = subject.value.via === "pronoun" ? repJustMet(article, sentence, subject) : null;
      if (rep) return { role: "rep", speaker: rep.name, principal: rep.principal, at: verbAt };
      if (subject.value.via === "pronoun" && insiderJustMet(article, sentence, subject))
        return { role: "insider", speaker: null, principal: null, at: verbAt };
      // "Tamara posted a photo of the couple on Instagram on Sunday, writing: '…'": the participle introduces the words.
      const participle = /^[^;.!?"“]*?,\s+(?:writing|saying|adding|captioning it|captioning)(?=:?\s*["“])/i.exec(rest);
      const at = participle ? verbAt + verb[0].length + participle[0].lastIndexOf(" ") + 1 : verbAt;
      return { role: "person", speaker: subject.value.person, principal: null, at, viaPronoun: subject.value.via === "pronoun" };
    }
    const afterBare = bare.slice(verb.index + verb[0].length, verb.index + verb[0].length + 30);
    if (INSIDER_RE.test(afterBare)) return { role: "insider", speaker: null, principal: null, at: verbAt };
  }
  return null;
}

/** Words whose speakers are no source: fans online, reps (read by the rep rules), the article's own readers. */
const NOT_A_SOURCE =
  /\b(?:fans?|followers?|viewers?|users?|commenters?|posters?|listeners?|trolls?|accounts?|reps?|representatives?|spokes(?:person|woman|man)|publicists?|agents?|(?<!\b(?:bar|stage|floor|tour|general|hotel|restaurant|venue|club|store|shop|production|duty|night|house|kit|equipment)\s)managers?|agency|lawyers?|attorneys?|statements?|posts?|reports?|story|article|headline|tweet|caption|message|interview|magazine|paper|tabloid|site|blog|show|podcast)\b/i;
/**
 * The subject of a speech verb described, not named: "a fellow sunbather", "one dog walker in Porthleven, who did not
 * want to be named,", "a little bird close to the couple"; "the friend" after "A friend of the couple…"; "they" after
 * "One crew member who worked on the shoot was less guarded."
 */
const INDEFINITE_SUBJECT =
  /(?:^[\s"“”‘’',:;—–-]*|["“”‘’',:;—–]\s*|\b(?:and|but|while|when)\s+)(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother)\s+((?:[a-z][\w'’-]*\s+){0,4}?[a-z][\w-]*)(?:,?\s+(?:who|close to|from|at|in|on|with|of|near|behind)\b[^"“”;]{0,90}?)?,?\s*$/;

const SPEECH_WORD_RE = new RegExp(String.raw`\b(?:${SPEECH_VERBS}|went|was|were|is|had|has)\b`, "i");

function unnamedSubject(window: string, article: Article, sentence: Sentence): boolean {
  const indefinite = INDEFINITE_SUBJECT.exec(window);
  // "One wrote:", "Another added:" — a verb is no description of the speaker (and those are fans more often than not).
  if (indefinite && SPEECH_WORD_RE.test(indefinite[1])) return false;
  if (indefinite) return !NOT_A_SOURCE.test(indefinite[1]) && !/\b(?:of|for)\s+(?:the\s+)?[A-Z]/.test(window.slice(indefinite.index));
  const before = article.sentences[sentence.index - 1];
  if (!before || before.paragraph !== sentence.paragraph) return false;
  const opener = /^\W*(?:a|an|one|another)\s+((?:[a-z][\w'’-]*\s+){0,3}?([a-z][\w-]*))\b/i.exec(before.text);
  if (
    !opener ||
    NOT_A_SOURCE.test(opener[1]) ||
    article.refs.some((r) => r.start >= before.start && r.end <= before.end && r.value.via !== "pronoun")
  )
    return false;
  // "the friend said", "they told Reeltalk": the one the sentence before just described.
  const back = /(?:^[\s"“”‘’',:;—–-]*|["“”‘’',:;—–]\s*)(?:the\s+([a-z][\w-]*)|(they|he|she))\s*$/i.exec(window);
  return back !== null && (back[2] !== undefined || back[1].toLowerCase() === opener[2].toLowerCase());
}

const REP_MET_RE = new RegExp(String.raw`[’']s\s+(?:[\w-]+\s+){0,2}?(${REP_NOUN})\b(?![’'])`, "gi");

/**
 * "When I called Pettifer's long-suffering agent on Wednesday, I braced myself. Instead, he laughed.
 * '…,' he told me": a pronoun after an unnamed rep the paragraph has just met, with no one named
 * since, is that rep. Returns whom the rep speaks for.
 */
function repJustMet(article: Article, sentence: Sentence, pronoun: Span<PersonRef>): { principal: string; name: string | null } | null {
  const earlier = article.sentences.filter(
    (s) => s.paragraph === sentence.paragraph && s.index < sentence.index && s.index >= sentence.index - 2,
  );
  if (!earlier.length) return null;
  const from = earlier[0].start;
  const text = article.text.slice(from, pronoun.start);
  const met = [...text.matchAll(REP_MET_RE)].at(-1);
  if (!met) return null;
  const at = from + met.index;
  // A rep who spoke in their own sentence ("Kaye's spokesperson confirmed it. '…,' she said") is read on by the remark rules.
  const own = earlier.find((e) => e.start <= at && e.end > at);
  if (own && new RegExp(VERB_RE.source, "i").test(article.text.slice(at + met[0].length, own.end))) return null;
  const owner = article.refs.find((r) => r.end === at && r.value.via !== "pronoun");
  const he = /^he$/i.test(article.text.slice(pronoun.start, pronoun.end));
  if (!owner || (he ? /woman$/i : /(?<!wo)man$/i).test(met[1])) return null;
  // The rep's own name beside the rep noun ("Zubizarreta's press officer, Nuria Castells, was having none of it"), when "she" means them.
  const end = at + met[0].length;
  const apposed = article.refs.find(
    (r) =>
      r.value.via === "name" && r.start > end && /^,\s*$/.test(article.text.slice(end, r.start)) && r.value.person === pronoun.value.person,
  );
  // Someone else named since the rep ("…her agent. Moss, though, said…") is whom the pronoun may mean.
  const quoted = (r: Span<PersonRef>) => article.quotes.some((q) => r.start >= q.start && r.end <= q.end);
  const namedSince = article.refs.some(
    (r) => r.start > at && r.start < pronoun.start && r.value.via !== "pronoun" && !quoted(r) && r.value.person !== apposed?.value.person,
  );
  return namedSince ? null : { principal: owner.value.person, name: apposed?.value.person ?? null };
}

/**
 * "One of the session musicians is convinced there is more to it. '…,' he confided to me": a subject
 * pronoun after a sentence whose subject is an unnamed source, with no one named since outside
 * quotation marks, is that source.
 */
function insiderJustMet(article: Article, sentence: Sentence, pronoun: Span<PersonRef>): boolean {
  const before = article.sentences[sentence.index - 1];
  if (!before || before.paragraph !== sentence.paragraph || !/^(?:he|she)$/i.test(article.text.slice(pronoun.start, pronoun.end)))
    return false;
  const insider = INSIDER_RE.exec(before.text);
  const described = DESCRIBED_SOURCE.exec(before.text);
  const source =
    insider && insider.index <= 4
      ? insider
      : described && !NOT_A_SOURCE.test(described[0]) && !NOT_A_PERSON.test(described[1])
        ? described
        : null;
  if (!source) return false;
  // "One of Brusacci's seamstresses was less guarded. '…,' she whispered": whose staff the source is may be named, and
  // "she" may stand for the source on the way ("One waitress was not shy about what she saw").
  const from = before.start + source.index + source[0].length;
  const quoted = (r: Span<PersonRef>) => article.quotes.some((q) => r.start >= q.start && r.end <= q.end);
  return !article.refs.some((r) => r.start >= from && r.start < pronoun.start && !quoted(r) && r.value.via !== "pronoun");
}

/**
 * A sentence that opens on a person described, not named: "One of Brusacci's seamstresses", "A deckhand from the
 * Aurelia", "One wedding guest", "An exhibitor from the neighbouring stand". The head noun is a word for a person
 * (a seamstress, a driver, an exhibitor, a deckhand, a nominee, a racegoer, a guest).
 */
const DESCRIBED_SOURCE =
  /^\W*(?:A|An|One|Another)\s+(?:of\s+(?:the|his|her|their|\p{Lu}[\p{L}'’-]*['’]s)\s+)?(?:[a-z][\w'’-]*\s+){0,2}?([a-z][\w-]*(?:ess|er|or|ist|ian|ant|ent|hand|man|woman|guest|goer|ee|maid|mate)(?:e?s)?)\b(?![’'-])/u;
/** Words of that shape that are no person: "One summer", "A dinner", "One corner of the room". */
const NOT_A_PERSON =
  /^(?:summer|winter|dinner|number|quarter|letter|order|matter|other|corner|banner|poster|trailer|teaser|cover|flyer|paper|chapter|moment|comment|statement|event|element|segment|fragment|agreement|argument|announcement|engagement|entertainment|management|government|tournament|department|apartment|appointment|payment|restaurant|plant)s?$/;

/** The outlet a sentence attributes its words to, if it names one. */
export function outletOf(article: Article, sentence: Sentence): string | null {
  return outletsIn(article, sentence).find((o) => o.value !== article.outlet)?.value ?? outletsIn(article, sentence)[0]?.value ?? null;
}

/** How the speaker stands to the pair: one of the two, their rep, a named third party, or an insider. */
export function roleFor(attribution: Attribution, pair: [string, string], titledReps: ReadonlySet<string>): SpeakerRole {
  if (attribution.role === "insider") return "insider";
  if (attribution.role === "rep") return "rep";
  if (attribution.speaker && pair.includes(attribution.speaker)) return "pair";
  // A named speaker the article titles as someone's spokesperson speaks as a rep, whoever they speak for.
  return attribution.speaker && titledReps.has(attribution.speaker) ? "rep" : "third-party";
}
