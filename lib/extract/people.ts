import { escapeRegExp } from "./regex";
import { isFirstName, isKnownNonName, looksLikePlace, listedGender } from "./nlp";
import { guessGender, type Gender } from "./gender";
import { LEADING_TITLES, NOT_NAME_WORDS, OUTLET_WORDS } from "./lexicon";
import { givenAndFamily, surnameFirst, tokensOf } from "./names";
import { mask } from "./spans";

export type { Gender } from "./gender";

export interface Person {
  name: string;
  gender: Gender;
  /** Other ways the article writes the whole name: `Elias "Lux" Okwuosa` for Lux Okwuosa. */
  aliases?: string[];
}

/** A place in the text that refers to a person, and how: the full name, a surname, a pronoun… */
export interface PersonRef {
  person: string;
  via: "name" | "short" | "pronoun" | "role";
  possessive: boolean;
}

const NAME_RUN =
  /\p{Lu}[\p{L}'’-]+(?:[^\S\n]+(?:(?:de|da|dos|das|del|della|van|von|der|den|ter|ten|di|du|le|la|bin|binti|al|ap|ab|ferch|St\.|Ó|Ní|Nic|Uí|Ua)[^\S\n]+)*\p{Lu}[\p{L}'’-]+)+/gu;

const NAME_PARTICLE = /^(?:Mac|Mc|Van|Von|De|Del|Della|Der|Den|Du|Le|La|Di|Da|Dos|Bin|Ibn|Al|El|St\.?)$/;

const ORGANISATION_WORDS =
  /^(?:Rovers|United|City|Town|Athletic|Wanderers|Albion|FC|Pictures|Studios?|Records|Artists|Talent|Entertainment|Films|Productions|Group|Agency|Partners|Media|Global|Company|Co|Management|Agency|Label|Foundation|Theatre|Theater|Hall|Arena|Prize|Award|Awards|Festival|Gallery|Hotel|Club|Ltd|Inc|Rangers|Hotspur|Argyle|Thistle|Harriers|Academicals|Orient|Cup|Day|Diary|Games|Open|Series|Trophy|Prix|Week|Gala|Ball|Classic|League|Championships?|Olympics|Marathon|Regatta|Fest|Fair|Grounds|Carnival|Expo|Gras|Racing|Motorsports?|Strip|Notebook|Dispatch|Column|Chronicle|Bulletin|Digest|Gazette|Tatler|Courier|Norte|Sur|Nord|Sud|Centro|Oeste)$/;

const VENUE_WORDS =
  /^(?:House|Lounge|Bar|Grill|Kitchen|Tavern|Inn|Bistro|Brasserie|Caf[eé]|Rooms|Terrace|Steakhouse|Lodge|Arms|Trattoria|Osteria|Cantina|Diner|Pub|Restaurant|Taverna|Canteen|Eatery|Cellar|Oyster|Izakaya|Supper|Social)$/;

/** A team's, a band's or a company's name is followed by what it is. */
const ORGANISATION_AFTER =
  /^\s+(?:number|song|track|tune|ballad|anthem|album|gig|concert|tribute act|singalong)s?\b|^\s+(?:reporter|journalist|correspondent|columnist|photographer|critic)s?\b|^\s+(?:prop|winger|striker|midfielder|defender|goalkeeper|keeper|captain|skipper|fly-half|scrum-half|hooker|flanker|full-back|batsman|batter|opener|all-rounder|spinner|bowler|pitcher|quarterback|centre-back|centre-forward|forward|cricketer|footballer|player|driver)\s+[A-Z]|^\s+(?:(?:swim|swimming|football|soccer|rugby|hockey|basketball|baseball|cricket|netball|rowing|dance|theatre|theater|record|production|talent|pop|rock|boy|girl)\s+)?(?:team|club|squad|band|group|school|academy|company|label|franchise|brand|firm|agency|studio|orchestra|choir|crew)\b|^\s+(?:guitarist|drummer|bassist|keyboardist|frontman|frontwoman|lead singer|vocalist|advert|commercial|ad campaign)s?\b/;
/** "and his wife, ", "her brother ": a relative introduced by name. */
const FAMILY_BEFORE =
  /\b(?:wife|husband|spouse|partner|fianc[ée]e?|sister|brother|daughter|son|mother|father|mum|mom|dad|twin|cousin)(?:,\s*|\s+)$/i;

/** "New Zealander", "Sri Lankan": a nationality written in two capitalised words, which a run of names may start with. */
const TWO_WORD_NATIONALITY =
  /^(?:Puerto Rican|Sri Lankan|South African|Costa Rican|New Zealander|Saudi Arabian|North Korean|South Korean|Northern Irish|Hong Konger)$/;
/** "Conductor", "Senator", "Coach": a word shaped like a role before a surname is a title, not a first name. */
const ROLE_SHAPED = /(?:er|or|ist|ian|ess|ent|ant|ain|ach|ef|ge|man|woman)$/i;
/** "the drama ", "her hit single ", "the new series ": a work named by what it is, just before its title. */
const WORK_BEFORE =
  /\b(?:the|a|an|her|his|their|its|new|hit)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:drama|film|movie|series|sitcom|miniseries|telenovela|teleserye|soap|single|album|novel|musical|documentary)\s+/u;
const TITLE_AFTER =
  /^\s+(?:co-?stars?|castmates?|shoot|set|cast|crew|premiere|trailer|sequel|franchise|soundtrack|press tour|reunion|finale|episode|spin-?off)\b/;
/** After a show's name: the role its star has there, then the star's name. */
const SHOW_OF_STAR =
  /^\s+(?:favourite|favorite|star|regular|stalwart|legend|actress|actor|veteran|newcomer|hunk|stunner|heartthrob|alum|judge|presenter|host|villain|heroine|hero)\s+\p{Lu}\p{Ll}/u;
/** "The producer of that show, Gemma Adeyinka": a role held in a work, whose holder the name after the comma is. */
export const HOLDER_OF_WORK =
  /\b(?:producer|host|presenter|creator|director|writer|showrunner|star|editor|founder|boss|head)s?\s+of\s+(?:the|that|this|his|her|their)\s+[\w-]+,\s+$/i;

function trimRun(run: string): string {
  let words = run.split(/\s+/);
  const possessive = words.findIndex((w) => /[’']s$/.test(w));
  if (possessive >= 0) words = words.slice(0, possessive + 1);
  words[words.length - 1] = words[words.length - 1].replace(/[’']s$|(?<=s)[’']$/, "");

  // "the Danish DJ Oskar Feld": a role written as an acronym, and what describes it, come before the name.
  const role = words.findIndex((w) => /^(?:DJ|MC|MP|QB|CEO|VP)$/.test(w));
  // "Lewes High Street", "Castle Road": a street, whatever its first words.
  if (words.length >= 2 && /^(?:Street|Road|Avenue|Boulevard)$/.test(words[words.length - 1])) return "";
  // ("The New Zealand DJ and the actress": a place and a role, no name.)
  if (role >= 0 && role === words.length - 1) return "";
  if (role >= 0 && role <= words.length - 3) words = words.slice(role + 1);
  // "New Zealander Rangi Whitcombe", "South African Thandi Mokoena": a nationality of two words is no part of the name.
  const nationality = words.findIndex((w, i) => i <= 1 && TWO_WORD_NATIONALITY.test(`${w} ${words[i + 1]}`));
  if (nationality >= 0 && words.length - nationality >= 4) words = words.slice(nationality + 2);
  // "Co-host Tayla Cordingley", "Co-founder Amara Diallo": a role with its prefix. ("Tan Sri Lim Boon Kiat", "Datuk Seri
  // Hafiz Rahman": a Malaysian honorific of two words, whose first may be a surname elsewhere.)
  while (
    words.length &&
    (NOT_NAME_WORDS.has(words[0].toLowerCase()) ||
      LEADING_TITLES.has(words[0].toLowerCase()) ||
      /^Co-\p{Ll}+$/u.test(words[0]) ||
      (/^(?:Tan|Puan|Datuk|Dato['’])$/.test(words[0]) && /^S(?:e)?ri$/.test(words[1] ?? "")))
  )
    words.splice(0, /^S(?:e)?ri$/.test(words[1] ?? "") && /^(?:Tan|Puan|Datuk|Dato['’])$/.test(words[0]) ? 2 : 1);
  while (words.length && NOT_NAME_WORDS.has(words[words.length - 1].toLowerCase())) words.pop();
  // "Castmates Lorna Fitzgibbon", "Mum-of-one Jade": a descriptor glued on before a first name is no part of the name.
  if (
    words.length >= 2 &&
    !isFirstName(words[0]) &&
    !surnameFirst(words) &&
    (/^\p{Lu}\p{Ll}+-(?:(?:of|in|and)-\p{Ll}+|\p{Ll}+(?:ed|ing)|born|old)$/u.test(words[0]) ||
      // ("Beckett Lyle Abernathy": a given name the list knows before a middle name stays.)
      (words.length >= 3 &&
        // ("Cillian Mac Giolla", "Pieter Van Damme": a surname's particle is no first name.)
        !NAME_PARTICLE.test(words[1]) &&
        (isFirstName(words[1]) || (ROLE_SHAPED.test(words[0]) && listedGender(words[1]) !== "unknown")) &&
        listedGender(words[0], true) === "unknown"))
  )
    words.shift();
  return words.length >= 2 ? words.join(" ") : "";
}

/**
 * Whether the text goes on to treat a name's last word as a person's: an age ("Frey, 52,"), a
 * speech verb ("Frey said"), a possessive person noun ("Frey's agent") or "he/she" right after it.
 */
function surnameActsAsPerson(name: string, text: string): boolean {
  const surname = tokensOf(name).at(-1);
  if (!surname || surname.length < 3) return false;
  // "Sartori, for her part, chose…": the surname alone, then a past tense that does not end in "-ed" ("Porto Novo took" is a place).
  const given = tokensOf(name)[0];
  if (
    new RegExp(
      String.raw`(?<!\b${escapeRegExp(given)}\s)\b${escapeRegExp(surname)}(?:,\s+(?:meanwhile|however|though|too|for (?:his|her) part),)?\s+(?:${IRREGULAR_PAST})\b`,
      "u",
    ).test(text)
  )
    return true;
  return new RegExp(
    String.raw`\b${escapeRegExp(surname)}(?:,\s*\d{2},|(?:,\s+(?:meanwhile|however|though|too|for (?:his|her) part),)?\s+(?:\p{Ll}+ed|said|says|told|tells|added|adds|smiled|laughed|insisted|replied|wrote|posted|who|has|had|is|was)\b|[’']s\s+(?:(?:agent|rep|representative|publicist|spokes(?:person|woman|man)|manager|lawyer|attorney|friend|fan|kid|mum|mom|dad|co-?star|bandmate)s?|spokespeople|family|children|ex-(?:wife|husband|partner|girlfriend|boyfriend)|(?:new|rumou?red|latest|secret)\s+(?:man|woman|beau|squeeze|flame|love)|wife|husband|partner|girlfriend|boyfriend|camp|team|baton|career|atelier|engagement|marriage|divorce|ex|fianc[ée]e?|mother|father|sister|brother|daughter|son|parents)\b)`,
    "u",
  ).test(text);
}

/** Past tenses that do not end in "-ed", which only a person's surname goes on to: "Sartori, for her part, chose…". */
const IRREGULAR_PAST =
  "chose|spoke|took|gave|made|kept|wore|went|came|left|met|sat|stood|found|felt|thought|became|began|ran|won|got|saw|knew|grew|drew|flew|threw|rode|sang|swam|drank|ate|led|held|brought|bought|caught|taught|fought|sent|spent|built|lost|paid|sold|heard|meant|slept|broke|woke|shook|stole|forgot|hid|bit|dug|hung|lit|shot|shut|slid|spun|struck|swore|tore|wept|wound";

/** A lowercase role noun right before a name: "Olympic rower Finn Maddox", "striker Thiago Arruda", "her co-star Lena Ruiz". */
const ROLE_WORDS = String.raw`[a-z]+(?:er|or|ist|ian|ess|eur)|star|model|host|chef|judge|partner|pro|champion|coach|agent|student|consultant|assistant|correspondent|heir|alum|alumna|alumnus|bandmate|teammate|castmate|housemate|co-?star|wife|husband|girlfriend|boyfriend|fianc[ée]e?|rival|pal|colleague|socialite`;
const ROLE_BEFORE_NAME = new RegExp(String.raw`(?:^|\s)(?:${ROLE_WORDS})\s+$`);
/** Words opening a sentence that are shaped like a role ("After", "Whatever", "Former") but name none. */
const NOT_A_ROLE = new Set([
  "after",
  "never",
  "ever",
  "however",
  "whatever",
  "whenever",
  "wherever",
  "whoever",
  "other",
  "another",
  "under",
  "over",
  "later",
  "either",
  "neither",
  "rather",
  "together",
  "whether",
  "further",
  "former",
  "latter",
  "earlier",
  "better",
  "sooner",
  "longer",
  "elder",
  "older",
  "younger",
  "tender",
  "mister",
  "junior",
  "senior",
  "major",
  "minor",
  "prior",
  "superior",
  "interior",
  "exterior",
]);

/** Words only a person follows: "was spotted with ", "is dating ", "split from ". */
const PARTNER_BEFORE =
  /\b(?:(?:spotted|seen|pictured|photographed|snapped|papped|caught|kissing|cuddling|canoodling|dancing|holding hands)\s+with|(?:is|are|was|were|been|now|reportedly|secretly)\s+(?:dating|seeing)|(?:romance|relationship|fling|affair|date|split|break-?up|engagement)\s+with|(?:linked|engaged)\s+to|(?:split|separated)\s+from)\s+$/i;

/** "Maya Stone, the Love Lagoon winner,": a role in apposition right after the name, ending there. */
function apposedRole(name: string, text: string): boolean {
  return new RegExp(
    String.raw`\b${escapeRegExp(name)},\s+(?:the|a|an)\s+(?:(?!(?:for|of|with|in|by|from|to|and|or)\s)[\p{L}'’-]+\s+){0,3}?(?:${ROLE_WORDS})(?=[,.;])`,
    "u",
  ).test(text);
}

/** "Singer Maya Stone and chef Leo Brandt…": a role before the name, capitalised because it opens the sentence. */
function openingRole(before: string): boolean {
  const word = /(?:^|[.!?]["”’]?\s+|\n)\s*(\p{Lu}\p{Ll}+)\s+$/u.exec(before)?.[1].toLowerCase();
  return word !== undefined && !NOT_A_ROLE.has(word) && ROLE_BEFORE_NAME.test(` ${word} `);
}

function acceptable(name: string, before: string, text = ""): boolean {
  const tokens = tokensOf(name);
  // ("Jasmine Lee Wei Ling": a given name the lexicon reads as a word, which the name list holds, before a Chinese name.)
  const givenThenFamilyFirst = tokens.length === 4 && listedGender(tokens[0], true) !== "unknown" && surnameFirst(tokens.slice(1));
  // ("Rachel Teo Hui Min": a listed given name, then a Chinese surname and given name.)
  // ("Cathal Mac Giolla Phádraig": an Irish surname of three words.)
  const long =
    tokens.length === 4 &&
    (/^(?:Mac|Mc|Nic|Ó|Ní|Ua|Uí)$/.test(tokens[1]) ||
      (isFirstName(tokens[0]) && (surnameFirst(tokens.slice(1)) || tokens.slice(1).every((t) => !isKnownNonName(t)))) ||
      givenThenFamilyFirst);
  if (tokens.length < 2 || (tokens.length > 3 && !long)) return false;
  if (tokens.some((t) => NOT_NAME_WORDS.has(t.toLowerCase()))) return false;
  // "10:41 PM ET": a live blog's clock, not a person.
  if (tokens.some((t) => /^(?:AM|PM|ET|EST|EDT|CT|PT|PST|PDT|GMT|BST|CET|CEST|UTC)$/.test(t))) return false;
  // "the energy drink Volt Surge", "the band Greyhound Saints": what a product or a business is called.
  if (
    /\b(?:agency|drink|brand|label|perfume|fragrance|app|company|firm|band|restaurant|bar|hotel|caf[eé]|shop|store|boutique|chain|startup|start-up),?\s+$/i.test(
      before,
    )
  )
    return false;
  // "His publicist, Miles Okonkwo,": a run a role introduces is a person, whatever its words mean.
  // "Olympic rower Finn Maddox", "striker Thiago Arruda": a lowercase role noun right before introduces a person too.
  const introduced =
    /\b(?:rep|representative|spokes(?:person|woman|man)|publicist|manager|agent|lawyer|attorney)\s*,?\s+$/i.test(before) ||
    /(?:^|\s)(?:DJ|MC|MP|QB|CEO|VP)\s+$/.test(before) ||
    // "as the guest of Kenji Aramaki", "on the arm of": only a person is someone's guest.
    /\b(?:guest|arm|side|wife|husband|partner|girlfriend|boyfriend|fianc[ée]e?|date|plus-one|widow|son|daughter|sister|brother)\s+of\s+$/i.test(
      before,
    ) ||
    // "Kessler's marriage to Anke Brandt, a Swakopmund architect,": whom a marriage, an engagement or a divorce was with is a person.
    /\b(?:marriage|engagement|engaged|married|wed|divorce|divorced|separation|separated)\s+(?:to|from)\s+(?:(?:the|his|her)\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u.test(
      before,
    ) ||
    ROLE_BEFORE_NAME.test(before) ||
    openingRole(before);
  // "was spotted with Dean Okafor", "is dating Leo Brandt": words only a person follows ("her relationship with Gold Coast surfer…": a place).
  // "Maya Stone, the reality-show winner, and…": a role in apposition after the name. (The text is read last, only when nothing else tells.)
  const first =
    isFirstName(tokens[0]) ||
    introduced ||
    (PARTNER_BEFORE.test(before) && !looksLikePlace(name)) ||
    surnameFirst(tokens) ||
    givenThenFamilyFirst ||
    apposedRole(name, text);
  // "Thiago Amaral dos Santos" is a person; "Quinta das Hortênsias" is an estate.
  if (/\s(?:dos|das)\s/.test(name) && (!first || /\b(?:her|his|their|its|the|at|in|to|from)\s+$/i.test(before))) return false;
  // "Gene Holcomb", "Jade Penhaligon": a first name the lexicon knows as a word is still a name when the text treats the surname as a person.
  // "Beau Garroway and Lila Rousseau", "Dawn Pellingham & Craig Ellerbeck": coupled with another full name, a surname
  // no dictionary knows makes a person of a first name that is also a word.
  const coupled =
    tokens.length === 2 &&
    !isKnownNonName(tokens[1]) &&
    new RegExp(
      String.raw`\b${escapeRegExp(name)}\s+(?:and|&)\s+\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+|\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+\s+(?:and|&)\s+${escapeRegExp(name)}\b`,
      "u",
    ).test(text);
  if (!first && !coupled && isKnownNonName(tokens[0]) && (ROLE_SHAPED.test(tokens[0]) || !surnameActsAsPerson(name, text))) return false;
  // "Kestrel FM", "Harbour News": a station's or a paper's name, whatever its first word.
  if (/^(?:FM|TV|Radio|News|Magazine|Podcast|Weekly|Daily|Online|Live)$/.test(tokens[tokens.length - 1])) return false;
  // "who starred in Haliwell's Saltwater Hymn", "teamed up on Saltwater Hymn": a work, not its star.
  if (
    !first &&
    /\b(?:starred|starring|stars|appeared|cast|teamed up|worked together|collaborated)\s+(?:in|on)\s+(?:\p{Lu}[\p{L}'’-]+['’]s\s+)?$/u.test(
      before,
    )
  )
    return false;
  // "Puerto Rican singer Yarelis Quiñones": a nationality of two words, then the person.
  if (TWO_WORD_NATIONALITY.test(name) || /^(?:Sri Lanka|Puerto Rico|Costa Rica)$/.test(name)) return false;
  // "beside her new installation, Steam Lines", "for Steam Lines, a project the pair began": a work, not a person.
  if (
    !isFirstName(tokens[0]) &&
    (/\b(?:installation|exhibition|album|single|song|film|series|book|novel|collection|painting|sculpture|project|play|musical),\s+$/.test(
      before,
    ) ||
      new RegExp(
        String.raw`\b${escapeRegExp(name)},\s+(?:a|an|the|her|his|their)\s+(?:[\w-]+\s+){0,2}?(?:project|film|album|series|show|installation|exhibition|book|novel|song|single|play|musical|collection)\b`,
      ).test(text))
  )
    return false;
  // "Calle Estafeta", "Rue Mouffetard", "Piazza Navona": a street or a square, named the other way round.
  if (
    /^(?:Barrio|Bairro|Colonia|Quartier|Rione|Calle|Rue|Via|Viale|Avenida|Avinguda|Carrer|Paseo|Passeig|Plaza|Pla[cç]a|Praça|Piazza|Piazzale|Rua|Strada|Ulica|Platz|Plac)$/.test(
      tokens[0],
    )
  )
    return false;
  // "Rádio Saudade", "Radio Kestrel", "TV Globo": a station named the other way round.
  if (/^(?:Radio|Rádio|Radyo|Rádió|TV|Tele|Télé)$/.test(tokens[0])) return false;
  // "Castleford Rovers", "Northlight Pictures": a team's or a company's name, not a person's.
  if (ORGANISATION_WORDS.test(tokens[tokens.length - 1])) return false;
  // "Kaiseki House", "Ortolan Grill": a venue's name, unless its first word is a first name.
  if (!first && VENUE_WORDS.test(tokens[tokens.length - 1])) return false;
  // "Harwick's 3-1 win over Ashby Vale": the side a match was played against.
  if (
    /\b(?:(?:win|victory|defeat|draw|loss|game|match|tie|clash) (?:over|against|with|to)|beat|against|versus|vs\.?)\s+$/i.test(before) &&
    !surnameActsAsPerson(name, text)
  )
    return false;
  // "Achterberg, who signed Paper Orchard two years ago": what a label signs or a manager books is an act.
  if (!first && /\b(?:signed|signing|booked|booking|managed|manages|produced|producing|produces)\s+$/i.test(before)) return false;
  // "the John Wick films", "the World of John Wick": a title, not a person.
  if (/\b(?:[Tt]he|[A-Z][a-z]+ of)\s+$/.test(before)) return false;
  // "her 2019 single Paper Moon", "the drama Freshers", "her new single, Porch Light,": a work's title.
  if (
    /\b(?:single|album|song|track|record|film|movie|series|show|novel|book|play|drama|comedy|thriller|documentary|musical|sitcom|miniseries),?\s+$/i.test(
      before,
    ) &&
    !HOLDER_OF_WORK.test(before)
  )
    return false;
  if (!first && tokens.some((t) => OUTLET_WORDS.has(t.toLowerCase()))) return false;
  // "interested in Anselm Frey": after a preposition an unknown name is a place, unless the text goes on to treat it as a person.
  if (!first && /\b(?:in|from|near|outside|at|of|to|the|for)\s+$/.test(before) && !surnameActsAsPerson(name, text)) return false;
  // "at the Castellane Hotel in Beverly Hills", "flew in from Byron Bay": a place whose last word says so, whatever its first.
  if (
    /\b(?:in|from|near|outside|to|around)\s+$/.test(before) &&
    /^(?:Hills|Heights|Springs|Beach|Bay|Valley|Island|Islands|Falls|Harbour|Harbor|Creek|Cove|Canyon|Gardens)$/.test(
      tokens[tokens.length - 1],
    ) &&
    !new RegExp(String.raw`\b${escapeRegExp(name)}[’']s\b`).test(text)
  )
    return false;
  // "ITV's Dale End": a broadcaster's show.
  if (!first && /\b(?:ITV|BBC|Channel \d|Netflix|HBO|Sky|RTÉ|RTE|CBS|NBC|ABC|Fox)[’']s\s+$/.test(before)) return false;
  if (!first && looksLikePlace(name)) return false;
  return true;
}

/**
 * The people an article names in full: ledger names and aliases, and two- or three-word
 * capitalised runs that are not outlets, places, months or sentence openers.
 * `masked` has the outlets blanked out.
 */
export function findPeople(text: string, masked: string, ledgerNames: string[], headings: { start: number; end: number }[] = []): Person[] {
  const names: string[] = [];
  const body = mask(masked, headings);
  const folded = masked.toLowerCase();
  for (const n of ledgerNames) if (n && folded.includes(n.toLowerCase()) && !names.includes(n)) names.push(n);
  // Each capitalised run, trimmed once, with where it starts: read twice, for organisations first, then for people.
  // "Hollywood's Rafe Hartsfield", "Castle Street's Kerry-Ann Wexcombe": after a possessive, the run reads again as its own.
  const runs = [...masked.matchAll(NAME_RUN)].flatMap((m) => {
    const parts = [{ text: m[0], at: m.index }];
    // ("Brazil's Babado Total ran the same piece" is a paper.) "Halloway Faces' Sienna Olenska": a plural's possessive too.
    const owner = /(?:[’']s|(?<=s)[’'])\s+(?=\p{Lu}[\p{L}'’-]+\s+\p{Lu})/u.exec(m[0]);
    const published = /^\s+(?:ran|reported|published|carried|splashed|printed|broke)\b/.test(masked.slice(m.index + m[0].length));
    if (owner && !published) parts.push({ text: m[0].slice(owner.index + owner[0].length), at: m.index + owner.index + owner[0].length });
    return parts.map(({ text: run, at }) => {
      const trimmed = trimRun(run);
      return { trimmed, offset: at + run.indexOf(trimmed) };
    });
  });
  const organisationNames = new Set<string>();
  for (const { trimmed: run, offset: at } of runs) {
    const after = masked.slice(at + run.length, at + run.length + 40);
    // "MILLGATE Close favourite Bethan Crowther", "Harbour Lane star Jade Penhaligon": a show's name, then its star's.
    const showOf = !isFirstName(tokensOf(run)[0] ?? "") && SHOW_OF_STAR.test(after);
    if (run && (ORGANISATION_AFTER.test(after) || showOf)) organisationNames.add(run.toLowerCase());
  }
  for (const { trimmed, offset } of runs) {
    if (!trimmed) continue;
    let name = trimmed;
    if (headings.some((h) => offset >= h.start && offset < h.end)) {
      // Title Case headlines glue words onto names ("Greta Holm Address the Rumors"): keep the longest
      // leading part the body also writes, or nothing.
      const words = trimmed.split(/\s+/);
      let found = "";
      for (let n = words.length; n >= 2 && !found; n--) if (body.includes(words.slice(0, n).join(" "))) found = words.slice(0, n).join(" ");
      // A sentence-case heading or caption ("2. Theo Marsh and Ingrid Solberg: courtside cuties") names people as prose does,
      // when the body goes on to call them by first name or surname ("Fleur takes the crown", "Boateng insisted").
      // ("Globes Afterglow: …" over a body that writes only "the Golden Globes": a word inside another name is not the person's.)
      const inBody = (w: string) => new RegExp(String.raw`(?<!\p{Lu}[\p{L}'’-]*\s)\b${escapeRegExp(w)}\b(?!\s+\p{Lu})`, "u").test(body);
      if (
        !found &&
        words.length === 2 &&
        ((isFirstName(words[0]) && (!isKnownNonName(words[1]) || body.includes(words[1]))) ||
          (!ROLE_SHAPED.test(words[0]) && surnameActsAsPerson(trimmed, body)) ||
          ((inBody(words[0]) || inBody(words[1])) &&
            !isKnownNonName(words[0]) &&
            !isKnownNonName(words[1]) &&
            !/(?:er|or|ist|ian|ess)$/.test(words[0])))
      )
        found = trimmed;
      if (!found) continue;
      // "Bảo Ngọc and Julien steal fashion week" over "model Lương Bảo Ngọc": the body's full name is the person's.
      const longer = [...body.matchAll(new RegExp(String.raw`(\p{Lu}[\p{L}'’-]+)\s+${escapeRegExp(found)}(?![\p{L}-]|['’](?!s\b))`, "gu"))];
      // ("Nattapong, Hui Min and the rooftop" over "designer Tan Hui Min": a family name first, though "tan" is also a word.)
      const fuller = (m: RegExpMatchArray) =>
        (!isKnownNonName(m[1]) || surnameFirst(tokensOf(`${m[1]} ${found}`))) &&
        !/-\p{Ll}/u.test(m[1]) &&
        !LEADING_TITLES.has(m[1].toLowerCase());
      if (longer.some(fuller)) continue;
      name = found;
    }
    if (!acceptable(name, masked.slice(Math.max(0, offset - 30), offset), masked)) continue;
    // "the Marlow Marlins swim team", "the Greyhound Saints guitarist": a team's or a band's name, wherever the text says so.
    if (organisationNames.has(name.toLowerCase())) continue;
    // "his Riptide Protocol co-star", "the Saltwater Kings shoot": a work's title used before what it is a title of.
    if (!isFirstName(tokensOf(name)[0]) && new RegExp(String.raw`\b${escapeRegExp(name)}${TITLE_AFTER.source.slice(1)}`).test(masked))
      continue;
    // "Lorong Kasih returns for a second season" after "the drama Lorong Kasih": what the text calls a work is no person.
    if (!isFirstName(tokensOf(name)[0]) && new RegExp(String.raw`${WORK_BEFORE.source}${escapeRegExp(name)}\b`, "u").test(masked)) continue;
    if (new RegExp(String.raw`["“‘']${escapeRegExp(name)}[,.!?]?[”"’']`).test(text)) continue;
    if (names.some((n) => n.toLowerCase() === name.toLowerCase() || n.includes(name))) continue;
    // "her home, Palazzo Rossi" after "Benedetta Rossi": a second owner of a surname needs a known first name,
    // or to be introduced as family ("Tucker Vandermeer and his wife, Brielle Vandermeer").
    const last = tokensOf(name).at(-1);
    // ("Sir Rupert Galbraith and Hermione Galbraith": the surname's owner just named, and this one beside them.)
    const family =
      FAMILY_BEFORE.test(masked.slice(Math.max(0, offset - 40), offset)) ||
      new RegExp(String.raw`\b${escapeRegExp(last ?? "")}\s+(?:and|&)\s+$`, "u").test(masked.slice(Math.max(0, offset - 40), offset));
    if (!isFirstName(tokensOf(name)[0]) && !family && names.some((n) => tokensOf(n).at(-1) === last)) continue;
    names.push(name);
  }
  const aliases = nicknamed(masked, names);
  // Another person's name (first name or surname) ends the stretch of text whose pronouns may be theirs.
  const forms = names.map((n) => [...new Set([tokensOf(n)[0], tokensOf(n).at(-1) ?? n, ...Object.values(givenAndFamily(n))])]);
  return names.map((name, i) => ({
    name,
    gender: guessGender(name, text, forms.filter((_, j) => j !== i).flat()),
    ...(aliases.has(name) ? { aliases: aliases.get(name) } : {}),
  }));
}

const NICKNAMED = /\b(\p{Lu}[\p{L}'’-]+)\s+["“‘]\s*(\p{Lu}[\p{L}'’-]+)\s*["”’]\s+(\p{Lu}[\p{L}'’-]+)\b/gu;

/**
 * `Elias "Lux" Okwuosa`: a nickname in quotation marks between first name and surname. The same
 * person as "Lux Okwuosa" or "Elias Okwuosa" when the article also writes that; otherwise a new
 * person under first name and surname (added to `names`). Returns each person's written forms.
 */
function nicknamed(masked: string, names: string[]): Map<string, string[]> {
  const aliases = new Map<string, string[]>();
  for (const m of masked.matchAll(NICKNAMED)) {
    const [whole, first, nick, last] = m;
    if (NOT_NAME_WORDS.has(first.toLowerCase()) || LEADING_TITLES.has(first.toLowerCase())) continue;
    let owner = names.find((n) => {
      const t = tokensOf(n);
      return t.at(-1) === last && (t[0] === nick || t[0] === first);
    });
    if (!owner) {
      if (!isFirstName(first) && !surnameActsAsPerson(`${first} ${last}`, masked)) continue;
      owner = `${first} ${last}`;
      names.push(owner);
    }
    aliases.set(owner, [...(aliases.get(owner) ?? []), whole]);
  }
  // "actor Thanawat Srisuwan (Tee to all of us) and his co-star Pimchanok Rattanakul (our queen Mild)": a name in brackets
  // after a full name, which the text then uses on its own, is what the article calls them.
  for (const name of names)
    for (const m of masked.matchAll(new RegExp(String.raw`${escapeRegExp(name)}\s*\(([^()\n]{1,40})\)`, "gu")))
      for (const [nick] of m[1].matchAll(/(?<![\p{L}'’-])\p{Lu}\p{Ll}+(?![\p{L}'’-])/gu)) {
        const alone = new RegExp(String.raw`(?<!\p{Lu}[\p{L}'’-]*\s)\b${escapeRegExp(nick)}\b(?!\s+\p{Lu})`, "gu");
        if (NOT_NAME_WORDS.has(nick.toLowerCase()) || tokensOf(name).includes(nick)) continue;
        if ([...masked.matchAll(alone)].length >= 2) aliases.set(name, [...(aliases.get(name) ?? []), `“${nick}”`]);
      }
  return aliases;
}
