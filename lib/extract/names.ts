import { NAME_PARTICLES, SURNAMES_WRITTEN_FIRST } from "./lexicon";

/** A name's words without its particles: "Ana de Armas" is Ana, Armas. */
export function tokensOf(name: string): string[] {
  return name.split(/\s+/).filter((t) => !NAME_PARTICLES.has(t.toLowerCase()));
}

/** "Tan Wei Ling", "Nguyen Van An", "Yoon Ha-rin": a family name written first, then two short syllables. */
export function surnameFirst(words: string[]): boolean {
  if (!SURNAMES_WRITTEN_FIRST.has(words[0])) return false;
  if (words.length === 2) return /^\p{Lu}\p{Ll}{0,4}-\p{Ll}{1,5}$/u.test(words[1]);
  return words.length === 3 && words.slice(1).every((w) => /^\p{Lu}\p{Ll}{1,5}$/u.test(w));
}

/** What a person is called by given name and by family name: "Wei Ling" and "Tan" for Tan Wei Ling. */
export function givenAndFamily(name: string): { given: string; family: string } {
  const t = tokensOf(name);
  if (surnameFirst(t)) return { given: t.slice(1).join(" "), family: t[0] };
  // "Marcus Tan Wei Liang": an English given name before the Chinese name; he is Marcus, or Tan.
  if (t.length === 4 && surnameFirst(t.slice(1))) return { given: t[0], family: t[1] };
  return { given: t[0], family: t[t.length - 1] };
}
