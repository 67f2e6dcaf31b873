/** Word lists the extractor's rules share. Lower-case unless noted. */

export const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
export const DAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** Capitalised words that start or fill a name-shaped run but are not part of a person's name. */
export const NOT_NAME_WORDS = new Set([
  ...MONTH_NAMES, ...DAY_NAMES,
  "the", "a", "an", "in", "on", "at", "but", "and", "or", "over", "last", "this", "that", "these", "those", "when", "while",
  "after", "before", "speaking", "according", "asked", "as", "if", "so", "yet", "still", "then", "now", "since", "during",
  "for", "from", "with", "without", "by", "to", "of", "it", "its", "he", "she", "they", "his", "her", "their", "we", "i",
  "you", "our", "my", "meanwhile", "however", "earlier", "later", "both", "neither", "not", "no", "yes", "oh", "mr", "mrs",
  "ms", "miss", "dr", "sir", "dame", "lady", "lord", "prince", "princess", "king", "queen", "exclusive", "update", "read",
  "more", "photos", "watch", "sources", "source", "insiders", "insider", "fans", "reps", "rep", "one", "two", "three",
  "sunday", "new", "los", "san", "las", "north", "south", "east", "west", "street", "avenue", "road", "hotel", "restaurant",
  "bar", "club", "cafe", "café", "theatre", "theater", "hall", "centre", "center", "festival", "awards", "gala", "beach",
  "island", "square", "airport", "hospital", "studios", "studio", "film", "films", "season", "series", "show", "tour",
  "album", "christmas", "easter", "halloween", "thanksgiving", "oscars", "grammys", "emmys", "met", "instagram", "tiktok",
  "twitter", "facebook", "youtube", "netflix", "hbo", "disney", "marvel", "god", "wow", "hollywood", "london", "paris",
  "lake", "mount", "river", "villa", "palazzo", "chateau", "château", "castle", "bay", "port", "fort", "santa", "cape", "grand", "prix", "valley", "canyon", "harbor", "harbour", "everyone", "nobody", "someone", "here", "there", "what", "who", "why", "how", "where", "which", "did", "does", "do",
  "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "should", "can", "may", "might",
]);

/** Small words that may sit inside a name ("Ana de Armas", "Dick Van Dyke"). */
export const NAME_PARTICLES = new Set(["de", "da", "del", "della", "van", "von", "der", "den", "di", "du", "le", "la", "bin", "al", "st."]);

/** Words that make a capitalised run look like an outlet rather than a person. */
export const OUTLET_WORDS = new Set([
  "magazine", "weekly", "daily", "news", "post", "times", "tonight", "today", "show", "podcast", "herald", "mail", "star",
  "gazette", "journal", "review", "live", "radio", "tv", "online", "digest", "insider", "report", "tribune", "chronicle",
  "press", "mirror", "sun", "express", "buzz", "access", "extra", "vogue", "elle", "reporter", "variety", "deadline",
  "people", "us", "ok!", "hello!", "page", "six", "e!", "entertainment", "wire", "bulletin", "observer", "standard",
  "telegraph", "guardian", "independent", "monthly", "quarterly", "blog", "channel", "network", "hour", "morning",
  "evening", "night", "late", "club", "feed", "dispatch", "ledger", "courier", "sentinel", "globe", "world", "scoop",
  "gossip", "celebrity", "celeb", "glam", "style", "now", "life", "media", "fm", "network", "stream", "files", "diaries",
]);

/** Verbs and phrases after which a capitalised run names the outlet that was told or that reported. */
export const OUTLET_CUES = [
  "podcast,", "podcast", "account", "newsletter", "blog", "tabloid", "magazine", "website", "site", "channel", "column", "show,", "series,", "programme", "program",
  "told", "telling", "tells", "tell", "spoke to", "spoke with", "speaking to", "speaking with", "talking to", "talking with",
  "talked to", "talked with", "interview with", "interviewed by", "according to", "asked by", "confirmed to", "said to",
  "revealed to", "reported by", "published by", "first reported by", "obtained by", "statement to", "appearance on",
  "appeared on", "explained on", "said on", "revealed on", "on", "to", "in", "by", "reports in", "wrote in", "via",
];

/** Verbs that follow an outlet that reported something itself. */
export const OUTLET_REPORT_VERBS = ["reported", "reports", "revealed", "claimed", "claims", "published", "broke the news", "alleged", "was first to report", "first reported", "ran a story", "has learned", "learned", "can reveal", "reveals", "exclusively revealed", "later reported", "retracted", "corrected", "debunked", "updated"];

export const PRONOUNS_MALE = new Set(["he", "him", "his", "himself"]);
export const PAIR_REFERENCES = /\b(the (?:pair|couple|two|duo|twosome|lovebirds|co-?stars|two stars|rumou?red couple|alleged couple)|they|them|their|both|together|each other|one another)\b/i;

/** Role nouns an article uses for someone it already named ("the actress", "the 62-year-old"). */
export const ROLE_NOUNS = /\bthe (?:(?:[\w-]+ )?(actress|actor|singer|star|rapper|model|director|musician|songwriter|comedian|presenter|host|chef|athlete|footballer|player|producer|influencer|heiress|dancer|author|designer|driver|racer|novelist|dealer|socialite|stylist|funnyman|boxer|golfer|drummer|guitarist|frontman|frontwoman|musician|filmmaker|writer|reality star|tv star|pop star|\d+-year-old))\b/gi;
export const FEMALE_ROLES = new Set(["actress", "heiress"]);
export const MALE_ROLES = new Set(["actor"]);

/** After a name: its owner is the host or the couple of an event ("David Beckham's 50th birthday bash"). */
export const EVENT_AFTER = /^[’']s\s+(?:[\w-]+\s+){0,3}?(?:wedding|nuptials|party|bash|birthday|celebration|shower|funeral|gala|dinner|barbecue|show|concert|premiere|home|house|mansion|villa|estate|yacht)\b/i;
