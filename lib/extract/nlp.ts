import nlp from "compromise";
import { getGender } from "gender-detection-from-name";

// compromise's lexicon (word → tag or tags), read directly: tagging whole texts costs far more
// than the extractor's time budget, and the rules only need to know what a word is.
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;

const PLACE_TAGS = new Set(["Place", "City", "Country", "Region", "Address", "Airport"]);

function tagsOf(word: string): string[] {
  const tags = lexicon[word.toLowerCase().replace(/[’']s$/, "")];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

/** What compromise's lexicon knows of a word as a given name: its gender, "unknown", or null when it is not a first name. */
export function firstNameGender(word: string): "male" | "female" | "unknown" | null {
  const tags = tagsOf(word);
  if (tags.includes("MaleName")) return "male";
  if (tags.includes("FemaleName")) return "female";
  if (tags.includes("FirstName")) return "unknown";
  // "Siobhán", "Zoë": the lexicon lists many names only without their accents.
  const plain = word.normalize("NFD").replace(/\p{M}/gu, "");
  return plain !== word && tags.length === 0 ? firstNameGender(plain) : null;
}

export function isFirstName(word: string): boolean {
  return firstNameGender(word) !== null;
}

/** True when the lexicon knows the word as something other than a name (an adjective, a verb, a place…). */
export function isKnownNonName(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length > 0 && !tags.some((t) => /Name$|^Person$|^ProperNoun$/.test(t));
}

/** Whether compromise's lexicon knows a capitalised run as a place (a city, a country, a region). */
export function looksLikePlace(run: string): boolean {
  return tagsOf(run).some((t) => PLACE_TAGS.has(t));
}

/**
 * What the given-name list (gender-detection-from-name: some 100,000 names compromise does not
 * have, "Callum", "Thandiwe", "Cian") says of a word: only ever a gender, never that the word is a
 * first name (the list has Summer, Paris and Daily too; ADR 19). `english` keeps to its English list.
 */
export function listedGender(word: string, english = false): "male" | "female" | "unknown" {
  const lang = english ? "en" : undefined;
  const gender = getGender(word.normalize("NFC"), lang);
  // "Sebastián", "Ciarán", "Siân": the list spells many names without their accents, and it
  // takes some accented spellings it does not hold for women's ("Aurélien", "Théo").
  const plain = getGender(word.normalize("NFD").replace(/\p{M}/gu, ""), lang);
  return plain === "unknown" ? gender : plain;
}
