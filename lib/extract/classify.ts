import type { ClaimKind, Stance } from "@/lib/vocabulary";
import type { ConfidenceLevel } from "@/db/enums";
import { TOGETHER_ABROAD_RE } from "./lexicon";

export const NON_CLAIM_RE =
  /\b(?:did not|didn['’]t|has not|have not|had not|hasn['’]t|haven['’]t)\s+(?:immediately\s+)?(?:respond|return|reply)|could not be reached|were not available for comment|was not available for comment|did not return/i;
export const SPLIT_RE =
  /\b(?:split|splits|split up|broke up|broken up|break-?up|part(?:ed|ing)? ways|called it quits|separated|separation|divorc\w*|ended (?:their|the|things)|(?:go|going|gone|went) (?:their|our) separate ways|call(?:ed|ing|s)? time on (?:their|our|the|his|her) (?:\w+ )?(?:romance|relationship|marriage|engagement|love affair)|(?:decided|decision|agreed|chose) to end (?:their|our|the) (?:\w+ )?(?:relationship|romance|marriage|engagement)|over between|calling it quits|(?:came|come|comes|coming) to an? (?:\w+ )?end|no longer together|separate lives|living apart|lived apart|are over|have ended|grew apart|grown apart|drifted apart|(?:has|have|had|already) moved on|moved out|(?:wasn['’]t|isn['’]t|was not|is not|not) working(?: out)?|(?:decided|decision|agreed) to (?:separate|split|part ways|divorce|go our separate ways)|finished a while (?:back|ago)|remain (?:devoted |close |good |loving )?(?:co-parents|friends)|co-parent(?:s|ing)\b|(?:will|would) always be (?:a )?family|(?:we|they)['’]re finished|(?:we|they) are finished|it['’]s (?:done|over)(?=[.!,]|$))\b/i;
const DENIAL_RE =
  /\b(?:not engaged|not married|not pregnant|not an item|not dating|not (?:going|stepping) out with|aren['’]t dating|isn['’]t dating|are not (?:dating|together|a couple|an item|in a relationship)|not (?:a couple|an item|together|back together)|(?:just|only|simply|merely) (?:good |close |old )?(?:friends|buddies|pals|mates)|good friends|close friends|old friends|good mates|good pals|friends and colleagues|(?:are|were|we['’]re|they['’]re|we are|they are) (?:just |only |simply |good |close |old |great )?(?:friends|colleagues|collaborators|pals|mates|buddies)(?: and (?:(?:dear|close|good|old|great) )?(?:friends|colleagues|collaborators))?(?=,? and that(?: is|['’]s) all|[.!?]|$)|(?:is|was) my best friend|(?:(?:is|['’]s) )?like (?:my|a) (?:little |big |younger |older |baby |kid )?(?:sister|brother)\b|that['’]s (?:where|all) it ends|never been\b[^.!?]{0,50}\btogether|very much (?:married|together|in love)|nothing going on|nothing romantic|(?:one of )?my (?:closest|best|oldest|dearest) friends|nothing more|only friends|strictly (?:professional|business|musical|platonic)|purely (?:professional|business|musical|platonic)|no truth|not true|untrue|false|baseless|fabricated|made[- ]up|nonsense|rubbish|categorically|never dated|never been (?:a couple|together)|den(?:y|ies|ied)|shut(?:s)? down|shot down|shuts (?:it|that|this|them) down|dismiss(?:ed|es)?|laughed off|rejected|refuted|not seeing (?:each other|anyone|anybody)|not dating anyone|(?:i['’]m|i am) single|(?:is|he['’]s|she['’]s|am|are) (?:very much |happily |completely |still )?single\b|(?:shot|shut|knocked|played) (?:that|it|this|them|the (?:rumou?rs?|reports?|story|claims?)) down|still together|very much together|no (?:romance|relationship|affair)|rebut\w*|hit back|slapped down|slaps down|no split|not (?:broken|split) up|have not split|haven['’]t split)\b/i;
/**
 * Words that answer a rumour by saying all is well or that there is nothing to tell: "we're fine,
 * stronger than ever", "that's the whole story" ("a dear friend" alone stays coy).
 */
const ALL_WELL_RE =
  /\b(?:(?:better|stronger|closer|more together|tighter) than ever|never been (?:happier|stronger|better|closer)|(?:we|they)['’]re (?:fine|solid)|(?:we|they) are (?:fine|solid)|and (?:I|me) are (?:fine|solid))\b/i;
/** Set-up phrases that reject a rumour before the words that answer it: "her people are having none of it", "begs to differ". */
export const REFUSAL = String.raw`having none of it|(?:is|was|are|were|am)(?: not|n['’]t) having (?:it|any of it|that)|(?:says|said|say) otherwise|beg(?:s|ged)? to differ`;
/**
 * A rumour answered with no: "was having none of it", "the report was simply wrong", "has not
 * moved in with him", "laughed the claims off", "there is no engagement", "complete fiction", "one
 * of my best pals, and that's it".
 */
const REJECTED_RE = new RegExp(
  String.raw`\b(?:${REFUSAL}|wide of the mark|(?:set|put|setting|putting|sets|puts) the record straight|(?:pour|pours|poured|pouring|threw|throws|throw) (?:cold|iced|icy) water|(?:knock|knocks|knocked|put|puts|nip|nips|nipped|shut|shuts|shot) (?:that|it|this|the \w+)(?: one)? (?:on the head|to bed|in the bud|down)|flatly (?:rejected|denied|dismissed)|lives? (?:alone|on (?:his|her) own|by (?:himself|herself)|in (?:his|her) own (?:house|home|flat|apartment|place))\b|lives? in [A-Z][\w'’-]+ with (?:his|her) (?:cat|dog|cats|dogs|parents|mum|mom)\b|(?:nobody|no one|no-one) (?:has )?moved\b|(?<![\w,] )Not so(?=[,.!]|\s+fast\b)|(?:do|does|did) not live together|(?:don|doesn|didn)['’]t live together|(?:are|is|were) not living together|(?:story|report|claim|rumou?r)s? (?:is|are|was|were) (?:\w+ )?invented|invented from start to finish|(?:he|she) (?:wasn['’]t|was not) with [A-Z]|nice try,? (?:internet|guys|everyone|folks|trolls|tabloids|haters|people)|(?:need|needs|get) a (?:new )?hobby|(?:report|story|claims?|rumou?rs?|article)\s+(?:was|were|is|are)\s+(?:simply |just |completely |totally |flat |plain )?wrong|(?:has|have|had)(?: not|n['’]t) (?:moved in|got engaged|gotten engaged|married|proposed|eloped|tied the knot|been dating)\b(?!\s+(?:long|for|very|that)\b)|laugh(?:ed|s|ing) (?:the |those |these |such |that |this )?(?:\w+ )?off|there (?:is|was|['’]s) no (?:secret )?(?:engagement|wedding|marriage|romance|relationship|affair|baby|pregnancy|split|feud|ring)|(?:pure|complete|total|utter|a work of) (?:fiction|fantasy)|(?:one of )?my (?:closest|best|oldest|dearest) (?:pals|mates|buddies)|(?:friends?|pals?|mates?|buddies|colleagues?|co-?stars?|collaborators?)\b[^.!?;]{0,40}?\bthat['’]s (?:genuinely |honestly |really )?it\b(?=[.!?,]|$)|(?:friends?|pals?|mates?|buddies|colleagues?|co-?stars?|collaborators?)\b[^.!?;]{0,40}?\bthat['’]s all (?:he|she|it|they|we) (?:is|are|was|were)\b)`,
  "i",
);
/** A couple in trouble, as a report or a source tells it: "on the rocks", "barely speaking", "trouble in paradise". */
const TROUBLE_RE =
  /(?<!(?:\b(?:not|no|never|far from)|n['’]t)\s+)\b(?:on the rocks|barely (?:speaking|talking)|not (?:speaking|talking) to each other|trouble in paradise|living apart)\b/i;
/** Talk of trouble being answered: reports, stories, rumours, a split. */
const TROUBLE_TALK_RE =
  /\b(?:rumou?rs?|reports?|stories|story|claims?|speculation|gossip|split|break-?up|trouble|rift|(?:a|the|their|our|any|no) row)\b/i;
const NOTHING_TO_TELL_RE =
  /\b(?:that['’]s all there is to it|that is all there is to it|that['’]s (?:the whole|the entire|the full|all there is to the) story|that is (?:the whole|the entire|the full|all there is to the) story|there['’]s nothing (?:more )?to (?:tell|it)|there is nothing (?:more )?to (?:tell|it))\b/i;
const CONFIRM_RE =
  /\b(?:confirm(?:ed|s|ing)?|(?:we|they)(?:['’]re| are) (?:together|engaged|an item|dating|in love|a couple)|(?:we|they)(?:['’]re| are) (?:very |so |really )?happy(?! (?:with|for|to|about)\b)|(?:are|['’]re) (?:seeing each other|seeing one another|an item)|are (?:dating|together|a couple|an item|engaged|married|in love|expecting)|my (?:boyfriend|girlfriend|partner|fianc[ée]e?|husband|wife)(?! on (?:the )?(?:ice|stage|court|set|screen|track|dance ?floor|pitch|page|air)\b| in (?:crime|business)\b)|in a relationship|got engaged|are engaged|have split|have separated|parted ways|amicabl[ey]|split|separated|broke up|are happy together|very much in love|(?:I|she|he) said yes|getting married|tied the knot|broke the news|is my (?:person|soulmate|other half|rock|everything)|(?:she|he)['’]s my (?:girl|guy|man|woman|lady|person)\b|with my person\b|(?<!\b(?:not|never)\s|n['’]t\s|\b(?:whether|if)\b[^.?!"“”]{0,40})\bback together\b|(?:he|she)['’]s mine\b|^\W*Mine\W*$|\bis (?:very |so |really )?happy with [A-Z]|love of my life|says it out loud|(?:went|goes|going) public|(?:made|making|make) it official|(?:we|they)(?:['’]re| are) (?:now |officially |finally )?(?:official|exclusive|a thing)|it['’]s official|(?:we|they)(?:['’]ve| have) been (?:together|dating|seeing each other|a couple)|(?:we|they) are,? (?:yeah|yes)|yes,? (?:I['’]m|I am|we['’]re|we are) (?:seeing|dating)|\band [A-Z][\w'’-]+ are (?:very |so |really |blissfully )?happy(?! (?:with|for|to|about)\b)|(?:[A-Z][\w'’-]+|he|she) and I (?:are|['’]re) (?:(?:very |so |really )?happy|together|dating|a couple|an item|engaged|official|seeing each other)|(?:officially )?boyfriend and girlfriend|(?:have|has|['’]ve) been (?:together|dating|a couple|seeing each other)(?! (?:for|in) (?:a )?(?:film|show|series|project|work))|(?:yes|yeah|yep)[,!.]?\s+(?:we|they)(?:['’]re| are)\b(?! (?:just|only|not|friends|colleagues)\b))\b/i;
export const NO_COMMENT_RE =
  /\b(?:no comment|declined to comment|declines to comment|would not comment|wouldn['’]t comment|refused to comment|does not comment|doesn['’]t comment|not going to (?:comment|discuss|talk)|won['’]t (?:comment|discuss|talk|confirm or deny)|neither confirm nor deny|keep (?:my|our|their|her|his) (?:private|personal) life|private life|personal life|(?:I['’]m|I am|we['’]re|we are) not saying (?:anything|a word)|(?:my|our) lips are sealed|(?:I['’]ll|I will) say no more|(?:plead(?:s|ed|ing)?|pled) the fifth)\b/i;
export const SPECULATION_CUE_RE =
  /\b(?:fuel(?:l?ed|l?ing|s)?|spark(?:ed|ing|s)?|stok(?:ed|ing|es)|ignit(?:ed|ing|es)|prompt(?:ed|ing|s)?|trigger(?:ed|ing|s)?|set off|add(?:ed|ing|s)? to)\s+(?:(?:fresh|new|further|more|the|wild|intense|romance|dating|relationship)\s+){0,3}(?:speculation|rumou?rs|talk|gossip|whispers)|\bfans (?:speculated|wondered|are convinced|were convinced|believe|suspect)|set tongues wagging|raised eyebrows|raising eyebrows/i;
export const SIGHTING_RE =
  /\b(?:(?:were|was) at it again|two-stepp\w+|danc(?:ed|ing) together|slipped into|slipped out|cos(?:ied|y|ying) up|coz(?:ied|y|ying) up|seated together|sat together|side by side|shared a (?:table|booth|banquette|sofa|sunbed|bench|cab|taxi|car|golf cart)|arm in arm|hand in hand|met up|hung out|spent (?:the|a) (?:day|night|evening|afternoon|weekend) together|browsing|browsed|shopped|strolled|lunched|brunched|picnicked|sunbathed|spotted|seen|sighted|photographed|snapped|pictured|caught(?! up\b)|glimpsed|papped|(?:were|was|been|being|got) filmed (?:\w+ing|together|arm in arm|hand in hand)|stepped out|stepping out|out and about|walking|strolling|dining|dined|having (?:dinner|lunch|drinks|breakfast|brunch)|holding hands|held hands|cosying|cozying|cuddl\w+|kiss\w*|smooch\w*|leaving together|left together|arriving|arrived|shopping|hiking|jogging|(?<!\b(?:over|during|for|after|before|since|through|across) the (?:[\w-]+ )?)(?:vacation|holiday)\w*(?! season)|romantic getaway|date night|dinner date|lunch date|packed on the PDA|packing on the PDA|enjoyed|enjoying|courtside|(?:photos|pictures|images|footage|video|snaps)\b[^.;]{0,60}?\bshow(?:s|ed|ing)?\b|(?:leaving|exiting|emerging from) (?:the|a|an) (?:[\w'’-]+ ){0,4}?(?:restaurant|club|supper club|bar|hotel|pub|venue|party|cafe|café|bistro|studio|theatre|theater|house|home|flat|apartment|gym)|canoodl\w+|snuggl\w+|flirt(?:ed|ing)|perched|huddled|(?:turned up|showed up|popped in|dropped in|headed out|went out|stopped|nipped out|met) for (?:breakfast|brunch|lunch|dinner|drinks|coffee|cocktails|a (?:meal|drink|bite|coffee|nightcap))|grabb(?:ed|ing) (?:coffee|lunch|dinner|drinks|breakfast|brunch|a bite)|(?:over|for) (?:a )?(?:candlelit |romantic |cosy |cozy |late-night |long )?(?:breakfast|brunch|lunch|dinner|drinks|cocktails|nightcap)|(?:photos|photographs|pictures|images|footage|videos) of (?:the (?:two|pair|couple)|them)(?![’']s))\b/i;
export const EVENT_RE =
  /\b(?:grand prix|race|match(?:es)?|play-?offs?|tournament|poker night|charity \w+|auction|dinner|opening|exhibition|art show|private view|launch party|premiere|wedding|nuptials|gala|party|bash|festival|awards|ceremony|launch|fundraiser|benefit|concert|after-?party|reception|soir[ée]e|celebration|show|red carpet|(?:walked|hit|on) the carpet|ball|opening night|screening|baby shower|barbecue|dinner party|fair|f[eê]te|ceilidh|puja|pandal|carnival|prom|parade|christening|graduation|championships?|Grand Slam|Olympics|reunion|fashion week|fashion show|games?|wrap party|book launch|charity walk|(?:cup|grand|play-?off|semi-?) ?final|polo|regatta|fight|bout|title defen[cs]e|presentation|runway show|catwalk show|vernissage|sangeet|mehndi|haldi|pheras|baraat|nikah|walima|quincea[ñn]era|[bB]a[rt] [mM]itzvah|clambake|clam bake|luau|braai|fish fry|crawfish boil|tailgate|fiesta|preview|marquee|vow renewal|renewal of (?:their )?vows|(?:Cup|Derby|Oaks|Ladies|[Rr]ace|[Ff]inals?) [Dd]ay)\b/i;
const ATTEND_RE =
  /\b(?:attend(?:ed|ing|s)?|ringside|pitchside|trackside|(?:walked|swept|strode|sashayed) into|on (?:his|her) arm|on the arm of|(?:were|was) (?:also |both |all )*(?:at|in attendance at)|pos(?:ed|ing)|(?:moved|headed|went) on to|headed to|went to|stopped by|dropped by|(?:were|was) (?:also |both )?among the (?:[\d,]+ )?(?:guests|attendees)|in (?:[\w'’]+ )?(?:player['’]?s? )?box|in the stands|front[- ]row|(?:(?:first|joint|public|rare|chilly|frosty|awkward|cosy|cozy)\s+)?(?:outing|showing)|walked the (?:red )?carpet|hit the (?:red )?carpet|posed|arrived together|arrived (?:at|for) [^.;!?]{0,60}? together|walked into [^.;!?]{0,60}? together|turned up|made (?:their|a|an) (?:[\w-]+ ){0,2}?(?:debut|appearance)|stepped out together|were guests|was a guest|(?:were|was) the guests?|guests? of honou?r|showed up|celebrated|partied|danced|sat together|shared a table|joined .* at|were among the guests|as (?:each other['’]s|his|her) (?:date|plus-one)|(?:picked up|collected|accepted|scooped|took home) (?:the |an? |their )?(?:[A-Z][\w'’-]*\s+){0,3}?(?:[\w-]+\s+)?(?:award|prize|trophy|gong|honou?r|[A-Z][\w'’-]*)\s+(?:at|during)\s)\b/i;
export const PROFESSIONAL_RE =
  /\b(?:four[- ]hands?|(?:wr(?:ote|iting|itten)|sketch(?:ed|ing)|design(?:ed|ing)|compos(?:ed|ing)|choreograph(?:ed|ing)|creat(?:ed|ing)|stag(?:ed|ing)|curat(?:ed|ing)|devis(?:ed|ing)) (?:it|them|(?:the|a|an|their) (?:[\w'’-]+ ){0,3}?[\w-]+) together|(?:a|their|the) joint (?:pop-up|show|exhibition|collection|venture|project|concert|album|tour|gig|recital|residency|menu)|open(?:ing|ed|s) for [A-Z]|(?:was|is|as) (?:his|her|their) soloist|open(?:ed|s|ing) \S+['’]s (?:[\w/-]+ ){0,3}?show|walk(?:ed|s|ing) (?:as (?:the |a )?showstopper )?for (?:\S+['’]s|his|her|their) (?:[\w-]+ ){0,2}?(?:show|line|collection|label)|(?:teed off|played|rode|competed|skated|danced|raced|sailed) (?:together )?as (?:[\w-]+ )?partners|(?:rode|played|competed|raced|sailed) together (?:on|for|in) (?:the|a|their) (?:[\w-]+ ){0,3}?(?:squad|team|side|crew|relay)|shot (?:the|a|their) (?:film|movie|series|show|video|campaign)|started shooting|began shooting|(?:filming|shooting|production|principal photography) (?:began|started|kicked off)|paired (?:up )?(?:at|for|on|with)|partnered (?:up )?(?:with|at|for|on)|starts? shooting|debut opposite|(?:acting|starring|cast|playing) opposite|wrapped (?:the|their) (?:film|shoot)|made (?:with|together)|on the set of|on set|appear(?:ed|s)? in (?:the|a|an|her|his|their) (?:[\w-]+ ){0,2}?(?:video|film|movie|campaign|series|play|advert|commercial)|starring in|stars in|star in|cast in|directed by|from (?:writer-)?director|reunit\w+|reunion|team(?:ed|ing)? up|worked together|first worked|(?:began|started|been) (?:skating|dancing|riding|playing|performing|singing|recording|competing|training) together|skat(?:ed|ing|es) together|play(?:ed|ing|s)? (?:the |a |an |their )?(?:[\w-]+ ){0,2}?(?:set|gig|show|concert|duet|recital)s? together|work(?:ing|ed|s)? side by side|work(?:ing|ed|s)? with|work(?:ing|ed|s)? together|co-?star(?:s|red|ring)?|cast (?:alongside|opposite|together)|joined forces|join(?:ed|ing|s)? (?:the )?cast|star(?:s|red|ring)? (?:alongside|opposite)|film(?:ing|ed)? together|shoot(?:ing)? together|collaborat(?:ed|ing|ion|e)\b|duet|project together|on set together|upcoming (?:film|movie|project|series|album|tour)|sign(?:ed)? on|training for their|rehears\w+ together|record(?:ing|ed) together|produc(?:ing|ed) together|direct(?:s|ed|ing) (?:him|her)|business partners?|film(?:ed|ing|s)? (?:a|an|the) (?:[\w-]+ )?(?:segment|episode|scene|video|campaign|commercial|cameo)|play(?:ed|s|ing)? (?:(?:a|an|the|two)\s+)?(?:[\w-]+ ){0,2}?(?:siblings|lovers|couple|husband and wife|rivals|love interests|brothers|sisters|surgeons|doctors|detectives|partners|colleagues|spouses|enemies)|perform(?:ed|ing|s)? (?:together|a duet|alongside)|sang together|shared the stage|(?:back )?on stage together|together on stage|joined (?:him|her) on stage|(?:drama|film|movie|series|show|album|play|video|campaign)\b[^.;]{0,40}\b(?:was|were) (?:filmed|shot|recorded|made)|co-?produc(?:ed|ing|er)|co-?wr(?:ote|itten|iting)|(?:was|were) (?:recorded|filmed|shot) (?:in|at|over|during|together)|met(?: [\w'’-]+){0,3}? (?:while|when) (?:filming|shooting|working|recording|rehearsing|making)|met on (?:the )?set|met (?:on|filming|while filming) (?:the |a |an )?(?:[\w-]+ ){0,3}?(?:series|show|programme|program|reality show|film|movie|set)|shared a stage|co-?host(?:ed|ing)\b|co-?present(?:ed|ing|s)?\b|host(?:ed|ing)? (?:duties|the show|the programme|the program) together|took over (?:[\w-]+ ){0,2}?duties together|(?:film(?:ed|ing)|shot|made|recorded) (?:[A-Z][\w'’-]*(?:\s+|$)){1,4}together|(?:shot|filmed|made|recorded) (?:a|an|the|their) (?:[\w-]+ ){0,2}?(?:advert|commercial)s?|(?:play|plays|played|playing) (?:a |an |the |two )?(?:[\w-]+ ){0,3}?(?:in|on) (?:the|their|a|an|her|his) (?:[\w-]+ ){0,2}?(?:drama|film|movie|series|show|sitcom|play|musical|thriller|comedy)|rehears(?:ed|ing|es) (?:this|the|a|an|their) (?:[\w-]+ )?(?:production|play|show|musical|tour|routine|scene|number)|(?:filming|shooting|recording|making|rehearsing|filmed|shot|recorded|made) (?:the|their|a|an|her|his) (?:[\w-]+ ){0,3}?(?:series|sitcom|show|film|movie|album|single|video|season|drama|campaign|documentary|training sessions|episode)|(?:filming|shooting|recording|making|filmed|shot|recorded|made) (?:the|their|a|an) (?:[\w'’-]+ ){0,3}?(?:thriller|comedy|romcom|biopic|feature|pilot|musical|record|song|track|EP)\b[^.;]{0,60}?\btogether|front(?:ed|ing|s)? (?:a|an|the) (?:[\w-]+ ){0,2}?(?:campaign|advert|commercial|band|show)|co-?headlin\w+|(?:side by side )?(?:at|on|behind) the (?:judging|presenting|news) (?:table|panel|desk)|(?:judging|presenting) (?:table|panel|duties)|(?:was|were) cast (?:as|in|opposite)|served as (?:the|a|an|her|his) (?:[\w-]+ ){0,2}?(?:consultant|adviser|advisor|producer|director|stylist|choreographer|coach|trainer|writer|co-writer|editor|photographer|mentor)|(?:for|on|in) (?:an|the|one) episode of|(?:starring|starred|appear(?:ed|ing)) in (?:a|an) (?:[\w-]+ ){0,2}?(?:advert|commercial|campaign|video|film|movie|series|play))\b/i;
const DEBUNK_RE =
  /\b(?:traced|stock (?:image|photo|picture)|not (?:a|the) (?:private|real|genuine)|misidentif\w+|debunk\w*|retract\w*|walked back|corrected|correction|false|fabricated|doctored|photoshopped|fake|hoax|not true|untrue|no truth|denied|wrong (?:man|woman|person)|(?:is|was) (?:his|her|[A-Z][\w-]*['’]s) (?:younger |older |little |big )?(?:brother|sister|cousin)|(?:quietly )?removed (?:the|its) (?:article|story|post))\b/i;

/** "at StreamFest", "at TwitchCon Europe", "for the Summer Cup", "from the Golden Melody Gala": an event by its capitalised name. */
const NAMED_EVENT_RE =
  /\b(?:at|to|for|from|watched|watching)\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){0,4}(?:[A-Z][a-z]+(?:Fest|Con)|Cup|Honours|Honors|Awards|Gala|Ball|Festival|Trophy|Classic|Stakes|Derby|Regatta|Expo|Showcase|Championships?|Grand Prix)\b/;
/** "at the Lantern Awards after-party", "at a charity poker night": the pair at a named event. */
const AT_EVENT_RE = new RegExp(
  String.raw`\b(?:at|to|for|leaving|exiting)\s+(?:the|a|an|her|his|their|[A-Z][\w'’]+(?:\s[A-Z][\w'’]+)*['’]s)\s+(?:[\w'’-]+\s+){0,4}?${EVENT_RE.source.slice(2, -2)}\b`,
  "i",
);
/** "at producer Wendell Strick's annual fondue night": a night or a supper someone gives is an event. */
const GIVEN_BY_RE =
  /\b(?:at|to|for)\s+(?:[a-z-]+\s+)?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*['’]s\s+(?:[\p{Ll}'’-]+\s+){0,3}?(?:night|supper|evening|soir[ée]e|lunch|brunch|picnic)\b/u;

/** "at Sundown Fields festival": a capitalised name, then what the event is, with no article. */
/** "Restaurateur Yossi Abergel threw his fiftieth birthday at Levanta, … and the two arrived together": a host's party. */
const HOSTED_EVENT_RE =
  /\b(?:threw|hosted|throws|hosts|was hosting|were hosting|is hosting)\s+(?:(?:his|her|their|an?|the)\s+)?(?:[\w'’-]+\s+){0,3}?(?:party|after-?party|birthday|bash|dinner|brunch|lunch|gala|ball|soir[ée]e|cruise|barbecue|fundraiser|celebration|reception|launch|shindig)\b/i;
const AT_NAMED_EVENT_RE =
  /\b(?:at|to|for)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+(?:festival|gala|ball|party|after-?party|premiere|awards|wedding|concert|fair|carnival|reception|fundraiser|launch)\b/;

export type SpeakerRole = "pair" | "rep" | "third-party" | "insider";

/** The kind of an on-record remark, read from its words: a denial, a confirmation or a plain statement. */
export function kindOfRemark(said: string, role: SpeakerRole, quoted = said): ClaimKind {
  if (role === "insider") return "speculation";
  // "has never quite shut them down": a denial withheld is no denial.
  const words = said.replace(DENIAL_WITHHELD_RE, " ");
  if (role === "third-party") return "statement";
  // "Niamh and Reece separated amicably earlier this year. She won't be discussing her private life": the split told first is the answer.
  const noComment = NO_COMMENT_RE.exec(words);
  const splitFirst = SPLIT_RE.exec(words);
  // "Aleksi's private life is private, and the cottage story is simply untrue": a no-comment that calls the story false denies it.
  if (noComment && !(splitFirst && splitFirst.index < noComment.index && !NEGATED_SPLIT_RE.test(words)) && !CALLED_FALSE_RE.test(words))
    return "statement";
  // "No, absolutely not.": a no said outright.
  if (/^\W*No[,.!]?\s+(?:absolutely|definitely|certainly|categorically)\s+not\b/i.test(words)) return "denial";
  // "confirmed the purchase on Monday but not the romance": half a confirmation is a coy statement.
  if (/\bconfirm\w*\b[^.!?]{0,60}\bbut not\b/i.test(words)) return "statement";
  // "laughed them off without quite denying them": neither yes nor no is a coy statement.
  if (/\bwithout\s+(?:quite\s+|really\s+|actually\s+|ever\s+|exactly\s+)?(?:denying|confirming)\b/i.test(words)) return "statement";
  // "I'm not saying he's my boyfriend": a yes held back is coy, unless a "but" goes on to say yes or no outright.
  const heldBack = /\b(?:I['’]m|I am|[Ww]e['’]re|[Ww]e are) not saying (?:that )?(?:he|she|they|we|it|[A-Z][\w'’-]+)\b/.exec(words);
  const outright = heldBack && /\bbut\b(.*)/is.exec(words.slice(heldBack.index))?.[1];
  if (heldBack && !(outright && (SPLIT_RE.test(outright) || CONFIRM_RE.test(outright)))) return "statement";
  if (RUMOURED_SPLIT_RE.test(words) && !/\b(?:we|I)\s+(?:have|['’]ve)\s+(?:split|separated|broken up)\b/i.test(words)) return "denial";
  // "Split? Y'all need a new hobby": the rumour's word thrown back as a question is no yes.
  if (
    /^\W*(?:split|splitting|break-?up|broken up|divorce|divorcing|engaged|pregnant|married|dating)\s*\?/i.test(words) &&
    !/\byes\b/i.test(words)
  )
    return "denial";
  // "Kai and Skye are mates and nothing more. He is gutted about the break-up": a denial said first is the answer;
  // the split after it is someone else's.
  const denialAt = DENIAL_RE.exec(words)?.index ?? -1;
  const splitAt = SPLIT_RE.exec(words)?.index ?? -1;
  if (denialAt >= 0 && splitAt > denialAt && !NEGATED_SPLIT_RE.test(words) && kindOfDenied(words.slice(0, splitAt)) === "denial")
    return "denial";
  if (
    SPLIT_RE.test(words) &&
    !NEGATED_SPLIT_RE.test(words) &&
    !/\b(?:not true|false|untrue|den(?:y|ies|ied)|no truth|still together)\b/i.test(words)
  )
    return "confirmation";
  if (DENIAL_RE.test(words) || NOTHING_TO_TELL_RE.test(words) || REJECTED_RE.test(words)) return "denial";
  // "We're not separated, we're not getting divorced": a split denied in so many words.
  if (NEGATED_SPLIT_RE.test(words)) return "denial";
  // "Valentina and I are fine, better than ever": all is well, said in answer to talk of trouble.
  if (ALL_WELL_RE.test(words) && TROUBLE_TALK_RE.test(words)) return "denial";
  // "have never confirmed they are an item": a confirmation withheld is no confirmation.
  if ((CONFIRM_RE.test(words) || TOGETHER_ABROAD_RE.test(words)) && !UNCONFIRMED_RE.test(words)) return "confirmation";
  if (PROFESSIONAL_RE.test(quoted.replace(CO_STAR_NOUN_RE, " ")) && role === "pair") return "professional";
  return "statement";
}

/** A story called false outright. */
const CALLED_FALSE_RE = /\b(?:(?:simply |completely |totally |entirely )?untrue|not true|no truth|false|fabricated|made[- ]up)\b/i;

/** What the words before a split say on their own: a denial of the romance ("mates and nothing more"), or nothing. */
function kindOfDenied(words: string): "denial" | null {
  return DENIAL_RE.test(words) && !CONFIRM_RE.test(words) ? "denial" : null;
}

/** "has never quite shut them down", "did not deny": no denial. */
const DENIAL_WITHHELD_RE =
  /(?:\b(?:never|not|yet to|neither)|n['’]t)\s+(?:quite\s+|really\s+|fully\s+|actually\s+|publicly\s+|explicitly\s+)?(?:den(?:y|ied|ies)|shut|shot|dismiss\w*|rejected|refuted)\b[^.!?]*/gi;
/** "have never confirmed", "has yet to confirm": nothing confirmed. */
const UNCONFIRMED_RE = /(?:\b(?:never|not|yet to|neither)|n['’]t)\s+(?:publicly\s+|officially\s+)?confirm(?:ed|s)?\b/i;
/** "have not broken up", "there is no split": a split denied, not reported. */
const NEGATED_SPLIT_RE =
  /(?:\b(?:no|not|never)|n['’]t)\s+(?:(?:been|yet|actually|really|quietly|a)\s+)?(?:split|splitting|break-?up|break up|broken up|broke up|breaking up|separated|separating|over|parted ways|getting (?:a )?divorced?|divorcing|called (?:it quits|time on)|gone (?:our|their) separate ways|(?:decided|chosen|agreed) to (?:end|split|separate|part))\b/i;
/** "claims that he and his wife had split": the split is the rumour being answered, not news. */
const RUMOURED_SPLIT_RE =
  /\b(?:claims?|rumou?rs?|reports?|speculation|suggestions?|stories|story|whispers)\s+(?:that|of)\b[^.!?]{0,80}?\b(?:split|broken up|broke up|separated|separate (?:lives|ways)|parted ways|called (?:it quits|time)|divorc\w*)/i;
/** "They are not holding hands", "have never been photographed together": a clause that denies an outing. */
/** A negation, but not one that says the opposite ("did not let go of her hand", "could not stop smiling", "never left his side"). */
const NOT_TOGETHER_RE =
  /(?:\b(?:not|never|no longer)|n['’]t)\b(?!\s+(?:let go|stop\w*|leave (?:each other|his|her)|left (?:each other|his|her)|take (?:their|his|her) eyes|took (?:their|his|her) eyes|keep (?:their|his|her) hands)\b)/i;
const APART_RE = /\b(?:alone|on (?:his|her) own|separately|kept (?:their|a) distance|without (?:him|her))\b/i;

/** One person seen: "He was spotted", "Marlow was photographed". */
const SEEN_ALONE_RE =
  /\b(?:[Hh]e|[Ss]he|[A-Z][\w'’-]+) (?:was|has been|had been) (?:\w+ly )?(?:spotted|seen|photographed|pictured|snapped|papped|caught|filmed)\b/;
/**
 * Someone beside them: "with her", "with Ana", "with his girlfriend", "together", "the pair", "holding his hand",
 * "feeding Ana"; not "with her suitcases" or "with his dog" (a possessive, not a person).
 */
const COMPANION_RE =
  /\b(?:with (?:him|them|[A-Z][\w'’-]+)|with her\b(?!\s+(?!(?:on|in|at|to|for|after|before|as|and|outside|into|last|this|yesterday|earlier|later|again)\b)[a-z])|with (?:her|his|their) (?:[\w-]+ )?(?:boyfriend|girlfriend|partner|husband|wife|fianc\w*|co-?star|beau|date|flame|man|woman|lady|love)\b|together|alongside|beside|arm in arm|hand in hand|joined by|accompanied by|(?:holding|squeezing|kissing|hugging|cuddling|embracing|feeding) (?:her|his|him|[A-Z][\w'’-]+)|[Tt]he (?:pair|couple|two)\b(?![’']s)|[Bb]oth|[Tt]hey|each other)\b/;

/** "co-star(s)" as a noun that says who someone is, not a verb of working together ("co-starred", "co-stars in"). */
export const CO_STAR_NOUN_RE = /\bco-?stars?\b(?!\s+(?:in|on|alongside|opposite|together)\b)/gi;

/** One of the pair posting a picture of them both. */
/** What makes a post someone's words: a caption, a confirmation. */
export const OWN_WORDS_RE = /\b(?:caption(?:ed)?|writing|wrote|confirm(?:ed|s|ing)?)\b/i;
export const OWN_POST_RE =
  /\b(?:shar(?:ed|ing|es)|post(?:ed|ing|s)|upload(?:ed|ing|s))\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:photo|picture|snap|selfie|video|clip|shot)\b/i;

/** An event that only says when ("the morning after the premiere", "ahead of the gala"). */
const EVENT_AS_TIME_RE = new RegExp(
  String.raw`(?:^\s*|\b(?:the|that) (?:morning|day|night|evening|afternoon|weekend|week) )(?:after|before|following|ahead of) (?:the|a|their|his|her|this|last) (?:[\w'’-]+ ){0,3}?${EVENT_RE.source.slice(2, -2)}\b`,
  "gi",
);

/** "the second time in as many days that they had been seen together": counting outings, not telling one. */
export const OUTING_COUNT_RE =
  /\b(?:the|its|it['’]s|their) (?:first|second|third|fourth|fifth|sixth|umpteenth|only|latest|last|\d+(?:st|nd|rd|th)) time\b(?! around)[^.;,]{0,60}?\b(?:seen|photographed|spotted|pictured|snapped|sighted|papped)(?: out)?(?: together)?\b/gi;

/**
 * How the pair met, told as work: "The pair met in 2023 on the Atlanta set of…", "met in or around 2018, when she starred in
 * the music video…", "got to know each other last year when she took part in the Christmas special of…". The whole
 * sentence is that first meeting, whatever else it says they did there ("hiking the Lake District for a week-long shoot").
 */
export const MET_AT_WORK_RE =
  /\b(?:first\s+)?(?:met(?!\s+(?:up|for)\b)|got to know each other|crossed paths|were introduced|first worked together)\b[^.;!?]{0,60}?\b(?:on|during|while|when|whilst|after)\b[^.;!?]{0,90}?\b(?:(?<=\b(?:the|a|on|its|their|his|her)\s(?:[\w'’-]+\s){0,2})set(?!\s+(?:up|out|off|about))|video|shoot|campaign|series|season|special|film|movie|album|single|tour|production|episode|advert|commercial|cameo|sitcom|drama|soap|musical|play|show|programme|recording|studio|guest|cast|photoshoot|panel|project)s?\b(?!\s+(?:festival|premiere|party|awards))/i;

const HABITUAL_SIGHTING_RE =
  /,?\s*which (?:may|might|would|could|surely|probably)?\s*explains? why\b[^.;]*|\bkeeps? (?:being|getting) (?:photographed|seen|spotted|pictured|snapped)\b[^.;,]*/gi;

/** The kind of something the article states (no quote): an event, a sighting, work, a report. */
export function kindOfEvent(text: string): ClaimKind | null {
  // "The morning after the parade, the pair turned up for breakfast": an event named only to date an outing.
  const sentence = text
    .replace(EVENT_AS_TIME_RE, (m) => " ".repeat(m.length))
    // "It's the first time the two have been photographed together since…": a count of outings told elsewhere.
    .replace(OUTING_COUNT_RE, (m) => " ".repeat(m.length));
  // "Spotline published photos of the pair in Jeju": a paper's pictures are its report; the outing is not seen by anyone named.
  if (
    /\b(?:published|ran|printed|splashed)\s+(?:(?:exclusive|new|grainy|blurry)\s+)?(?:photos|pictures|images|snaps|shots|footage)\s+of\b/i.test(
      sentence,
    )
  )
    return "report";
  // "made it official, posting a snap of the pair cuddled up": the post is the news, not an outing.
  if (/\b(?:made it official|(?:went|gone|going) public|Instagram official)\b/i.test(sentence)) return null;
  // "confirmed on Friday that she is engaged, sharing a photo of the pair on a beach": their own post, not an outing seen.
  if (OWN_POST_RE.test(sentence) && OWN_WORDS_RE.test(sentence)) return null;
  // "spotted house-hunting alone", "arrived separately": not together, so no outing of the pair.
  // The clause that says so is dropped; an outing the rest of the sentence reports still counts.
  if (APART_RE.test(sentence)) {
    const rest = sentence
      .split(/,\s*|\s+but\s+/)
      .filter((clause) => !APART_RE.test(clause) && !NOT_TOGETHER_RE.test(clause))
      .join(", ");
    return rest.length < sentence.length && rest.trim() ? kindOfEvent(rest) : SPLIT_RE.test(sentence) ? "report" : null;
  }
  // "They are not holding hands, but she is wearing his jacket": the negated clause is no outing.
  if (NOT_TOGETHER_RE.test(sentence) && SIGHTING_RE.test(sentence) && !PROFESSIONAL_RE.test(sentence)) {
    const rest = sentence
      .split(/,\s*|\s+but\s+|;\s*/)
      .filter((clause) => !NOT_TOGETHER_RE.test(clause))
      .join(", ");
    if (!SIGHTING_RE.test(rest)) return SPLIT_RE.test(sentence) && !NEGATED_SPLIT_RE.test(sentence) ? "report" : null;
  }
  // "The co-stars walked the red carpet at the film's premiere": "co-stars" names who they are; the event is what they did.
  // "…, which may explain why the two keep being photographed side by side": a habit explained is no outing of its own.
  const work = sentence.replace(CO_STAR_NOUN_RE, " ").replace(HABITUAL_SIGHTING_RE, " ");
  if (MET_AT_WORK_RE.test(sentence) && !SPLIT_RE.test(sentence)) return "professional";
  // ("X split from his former co-star Y … after one excruciating reconciliation attempt on a reunion special": the split is the news.)
  const splitTold = SPLIT_RE.test(sentence) && !NEGATED_SPLIT_RE.test(sentence) && !RUMOURED_SPLIT_RE.test(sentence);
  if (PROFESSIONAL_RE.test(work) && !SIGHTING_RE.test(work.replace(PROFESSIONAL_RE, "")) && !splitTold) return "professional";
  // "photographed leaving the stage door…, hours after a gala concert she had attended": an outing after the event.
  const seen = SIGHTING_RE.exec(sentence);
  const after = /\b(?:hours|minutes|shortly|soon|just)\s+(?:after|before)\b/i.exec(sentence);
  if (seen && after && seen.index < after.index && (EVENT_RE.exec(sentence)?.index ?? 0) > after.index) return "sighting";
  if (ATTEND_RE.test(sentence) && (EVENT_RE.test(sentence) || NAMED_EVENT_RE.test(sentence))) return "appearance";
  // "were also among the 200 guests at the abbey": guests are at an event, named or not.
  // ("Among the 200 guests, none drew more glances than Haldane and Stellwagen, who arrived together.")
  if (/\b(?:(?:were|was) (?:also |both )?among|^\W*among) the (?:[\d,]+ )?(?:guests|attendees)\b/i.test(sentence)) return "appearance";
  // "He was spotted leaving the couple's home with two suitcases": one of them seen on their own is no outing of the pair.
  if (SEEN_ALONE_RE.test(sentence) && !COMPANION_RE.test(sentence)) return SPLIT_RE.test(sentence) ? "report" : null;
  if (SIGHTING_RE.test(sentence))
    return AT_EVENT_RE.test(sentence) ||
      NAMED_EVENT_RE.test(sentence) ||
      AT_NAMED_EVENT_RE.test(sentence) ||
      HOSTED_EVENT_RE.test(sentence) ||
      GIVEN_BY_RE.test(sentence)
      ? "appearance"
      : "sighting";
  // "The split comes at a busy moment for both": the split named as a topic is no new development.
  const told = sentence.replace(/\bthe (?:split|break-?up|separation|divorce)\b(?!\s+(?:of|between|from))/gi, " ");
  if (SPLIT_RE.test(told) && !NEGATED_SPLIT_RE.test(sentence) && !RUMOURED_SPLIT_RE.test(sentence)) return "report";
  return null;
}

/** Where in the sentence the words that make it a claim of this kind are (the date nearest them is its date), or null. */
export function cueIndex(kind: ClaimKind, sentence: string): number | null {
  const cue =
    kind === "professional"
      ? (MET_AT_WORK_RE.exec(sentence) ?? PROFESSIONAL_RE.exec(sentence))
      : kind === "appearance"
        ? (ATTEND_RE.exec(sentence) ?? EVENT_RE.exec(sentence))
        : kind === "sighting"
          ? SIGHTING_RE.exec(sentence)
          : null;
  return cue ? cue.index : null;
}

/** Bearing on "these two are romantically involved at the time". */
export function stanceOf(kind: ClaimKind, words: string): Stance {
  switch (kind) {
    case "sighting":
    case "appearance":
      return "supports";
    case "professional":
    case "statement":
      return "neutral";
    case "denial":
      return SPLIT_RE.test(words) ||
        NEGATED_SPLIT_RE.test(words) ||
        ALL_WELL_RE.test(words) ||
        /\b(?:still|very much) together\b/i.test(words)
        ? "supports"
        : "contradicts";
    case "confirmation":
      return SPLIT_RE.test(words) ? "contradicts" : "supports";
    case "report":
    case "speculation":
      return SPLIT_RE.test(words) || DEBUNK_RE.test(words) || DENIAL_RE.test(words) || TROUBLE_RE.test(words) ? "contradicts" : "supports";
  }
}

/** Suggested confidence on the published scale: on the record beats a named outlet beats an unnamed insider. */
export function confidenceOf(kind: ClaimKind, role: SpeakerRole | null, hasOutlet: boolean): ConfidenceLevel {
  if (role === "pair" || role === "rep") return "confirmed";
  if (kind === "speculation" || role === "insider") return "speculative";
  if (role === "third-party") return "likely";
  if (kind === "report") return hasOutlet ? "plausible" : "likely";
  return "likely";
}
