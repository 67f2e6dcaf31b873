import type { ClaimKind } from "@/db/enums";

const KIND_NOUNS: Record<ClaimKind, [string, string]> = {
  sighting: ["sighting", "sightings"],
  appearance: ["appearance together", "appearances together"],
  statement: ["on-record statement", "on-record statements"],
  report: ["report", "reports"],
  speculation: ["piece of speculation", "pieces of speculation"],
  denial: ["denial", "denials"],
  confirmation: ["confirmation", "confirmations"],
  professional: ["professional link", "professional links"],
};

/** How a sentence names n claims of a kind: "a sighting", "3 on-record statements". */
export function kindPhrase(kind: ClaimKind, n: number, { article = true } = {}): string {
  const [one, many] = KIND_NOUNS[kind];
  if (n === 1) return article ? `${/^[aeiou]/.test(one) ? "an" : "a"} ${one}` : one;
  return `${n} ${many}`;
}

/** The plural noun alone ("sightings"). */
export function kindPlural(kind: ClaimKind): string {
  return KIND_NOUNS[kind][1];
}
