import type { RawClaim } from "./walk";

const short = (name: string) => name.split(/\s+/)[0];

function clip(quote: string, words = 8): string {
  const parts = quote.split(/\s+/);
  return parts.length <= words ? quote : `${parts.slice(0, words).join(" ")} …`;
}

/** A one-line headline in the ledger's style, from the claim's own fields (the editor will polish it). */
export function headlineOf(c: RawClaim): string {
  const [a, b] = c.pair;
  const both = `${short(a)} and ${short(b)}`;
  const where = c.place ? ` in ${c.place.split(", ").pop()}` : "";
  const speaker = c.speaker ? short(c.speaker) : null;
  const other = c.speaker === a ? short(b) : c.speaker === b ? short(a) : null;
  switch (c.kind) {
    case "sighting":
      return `${both} seen together${where}`;
    case "appearance":
      return `${both} attend ${c.mentions.length ? `${c.mentions[0]}'s event` : "an event"} together${where}`;
    case "professional":
      return `${both} work together`;
    case "denial":
      return `${speaker ?? "A representative"} denies a romance${other ? ` with ${other}` : ` between ${both}`}`;
    case "confirmation":
      return `${speaker ?? "A representative"} confirms ${c.stance === "contradicts" ? "the split" : "the relationship"}${other ? ` with ${other}` : ""}`;
    case "statement":
      return c.quote
        ? `${speaker ?? "A representative"}${other ? ` on ${other}` : ""}: “${clip(c.quote)}”`
        : `${speaker ?? "A representative"} comments on ${both}`;
    case "speculation":
      return c.quote ? `Insider on ${both}: “${clip(c.quote)}”` : `Talk of a romance between ${both}`;
    case "report":
      return `${c.outlet ?? "Report"}: ${both} ${c.stance === "contradicts" ? "story contradicted" : "reported together"}`;
  }
}
