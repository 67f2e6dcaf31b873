import { looksLikePlace } from "./nlp";
import { DAY_NAMES, MONTH_NAMES } from "./lexicon";

const CAP = String.raw`[A-Z][\p{L}'’.&-]*`;
const RUN = String.raw`${CAP}(?:[^\S\n]+(?:(?:of|the|de|del|la|&|and)[^\S\n]+)?${CAP}){0,4}`;
const VENUE_RE = new RegExp(
  String.raw`\b(?:at|inside|outside|to|from|leaving|left|exiting)\s+(?:the\s+)?(${RUN})(?:['’]s)?(?=[\s,.;:!?)]|$)(?:,?\s+in\s+(${RUN}))?`,
  "gu",
);
const CITY_RE = new RegExp(
  String.raw`\b(?:in|around|across|through|near|on the streets of|streets of)\s+(?:the\s+)?(${RUN})(?=[\s,.;:!?)]|$)`,
  "gu",
);
const AFTER_VENUE_OK =
  /^(?:$|[\s]*[,.;:!?)]|\s+(?:in|on|with|for|and|last|over|this|after|before|where|to|while|during|as|when|earlier|late|on|together|together,|alongside|just|back|amid|ahead|following|until|—|–|-)\b)/;

/** Cuts a run where a month or weekday starts, and drops a trailing full stop or joining word. */
function tidy(run: string): string {
  const words = run.split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && isCalendar(w));
  return (cut > 0 ? words.slice(0, cut) : words)
    .join(" ")
    .replace(/[.]$/, "")
    .replace(/\s+(?:and|&|of|the)$/, "");
}

function isCalendar(run: string): boolean {
  const w = run.split(/\s+/)[0].toLowerCase();
  return MONTH_NAMES.includes(w) || DAY_NAMES.includes(w) || /^\d/.test(w);
}

/**
 * The place a sentence names: "Venue, City" when both are named, else whichever is; null when none.
 * `masked` has people, outlets and quotations blanked, so a name or a magazine is never a place.
 */
export function findPlace(masked: string): string | null {
  let venue: string | null = null;
  let city: string | null = null;
  for (const m of masked.matchAll(VENUE_RE)) {
    const name = tidy(m[1]);
    if (isCalendar(name)) continue;
    const rest = masked.slice(m.index + m[0].length);
    if (!m[2] && !AFTER_VENUE_OK.test(rest)) continue;
    if (looksLikePlace(name) && !m[2]) {
      city ??= name;
      continue;
    }
    venue ??= name;
    if (m[2] && !isCalendar(m[2])) city ??= tidy(m[2]);
    break;
  }
  if (!city) {
    for (const m of masked.matchAll(CITY_RE)) {
      const name = tidy(m[1]);
      if (isCalendar(name) || !looksLikePlace(name)) continue;
      city = name;
      break;
    }
  }
  if (venue && city) return `${venue}, ${city}`;
  return venue ?? city;
}
