import type { RawClaim } from "./walk";

const norm = (s: string | null) =>
  (s ?? "")
    .toLowerCase()
    .replace(/[“”"'’‘]/g, "")
    .replace(/\s+/g, " ")
    .trim();
const samePair = (a: RawClaim, b: RawClaim) => [...a.pair].sort().join("|") === [...b.pair].sort().join("|");

function sameQuote(a: RawClaim, b: RawClaim): boolean {
  const x = norm(a.quote);
  const y = norm(b.quote);
  return Boolean(x && y && (x.includes(y) || y.includes(x)));
}

/** The reporter's words only: "a local bar" inside a quote introduces nobody. */
const unquoted = (text: string) => text.replace(/[“"][^“”"]*[”"]/g, " ");

/** "one diner", "another guest", "a lip reader who asked not to be named": a second unnamed source, not the first going on. */
const NEW_SOURCE_RE =
  /\b(?:(?:a|an|one|another)\s+(?:[\w-]+\s+){0,3}?(?:source|insider|friend|pal|onlooker|witness|eyewitness|guest|diner|fan|reader|neighbou?r|crew member|staffer|regular|punter|local|resident|colleague|observer|bystander)|who asked not to be named)\b/i;

/**
 * One claim per piece of evidence: later copies fold into the first (which keeps its outlet).
 * The same quote reported twice is one claim (syndication); one speaker's remarks to one outlet
 * are one interview; the same event on the same date, told again in another sentence, is one.
 */
export function mergeDuplicates(claims: RawClaim[], published: string | null = null): RawClaim[] {
  const kept: RawClaim[] = [];
  for (const c of claims) {
    const twin = kept.find((k) => {
      if (!samePair(k, c)) return false;
      if (sameQuote(k, c)) return true;
      if (k.kind !== c.kind) return false;
      if (k.occurredOn !== c.occurredOn && c.precision !== "circa" && k.precision !== "circa") return false;
      if (k.occurredOn.slice(0, 7) !== c.occurredOn.slice(0, 7)) return false;
      switch (c.kind) {
        case "statement":
        case "denial":
        case "confirmation":
          // "X has denied the rumours." then "'…,' X told Vantage": the summary and the quote are one remark.
          return k.speaker === c.speaker && (k.outlet === c.outlet || !c.outlet || !k.outlet || (k.quote === null && c.quote !== null));
        case "speculation":
          // "…," the source added: the same unnamed speaker going on in the next sentence.
          if (k.outlet !== c.outlet) return false;
          if (k.sentence === c.sentence) return true;
          // "One festivalgoer told us: '…'. But a friend of the couple insists…": a new source is a new claim.
          if (NEW_SOURCE_RE.test(unquoted(c.evidence))) return false;
          return k.quote === null || c.quote === null || (c.sentence - k.sentence === 1 && k.stance === c.stance);
        case "report":
          return k.stance === c.stance && k.outlet === c.outlet;
        default:
          // "the Estadio Vallemar" and "the Estadio Vallemar in Valencia": one place, told twice.
          return k.sentence !== c.sentence && (!c.place || !k.place || k.place.startsWith(c.place) || c.place.startsWith(k.place));
      }
    });
    if (!twin) {
      kept.push({ ...c, mentions: [...c.mentions] });
      continue;
    }
    // "A romantic getaway for A and B. The couple spent Valentine's Day at…": the told date beats the undated guess.
    if (twin.precision === "circa" && twin.occurredOn === published && c.occurredOn !== published) {
      twin.occurredOn = c.occurredOn;
      twin.precision = c.precision;
    }
    if (twin.quote === null && c.quote !== null && c.outlet) twin.outlet = c.outlet;
    twin.place ??= c.place;
    twin.speaker ??= c.speaker;
    if (c.confidence === "confirmed") twin.confidence = "confirmed";
    twin.quote ??= c.quote;
    for (const m of c.mentions) if (!twin.mentions.includes(m)) twin.mentions.push(m);
    if (!twin.evidence.includes(c.evidence) && twin.evidence.length < 600 && twin.sentence + 3 >= c.sentence)
      twin.evidence = `${twin.evidence} ${c.evidence}`;
  }
  return withoutSightingsAtEvents(kept);
}

/**
 * "…squeezing her hand when she lost", "later seen sharing a table in the garden": what the pair
 * were seen doing on the day of an event they attended is that same outing, told in detail, not a
 * second one — unless the sighting names a place the event's does not ("lunch in Soho" before an
 * evening premiere in Leicester Square is an outing of its own).
 */
function withoutSightingsAtEvents(claims: RawClaim[]): RawClaim[] {
  return claims.filter((c) => {
    if (c.kind !== "sighting" || c.precision !== "day") return true;
    const outing = claims.find(
      (k) =>
        k.kind === "appearance" &&
        k.precision === "day" &&
        k.occurredOn === c.occurredOn &&
        samePair(k, c) &&
        (!c.place || !k.place || k.place.includes(c.place) || c.place.includes(k.place)),
    );
    if (outing && !outing.evidence.includes(c.evidence) && outing.evidence.length < 600)
      outing.evidence = `${outing.evidence} ${c.evidence}`;
    return !outing;
  });
}
