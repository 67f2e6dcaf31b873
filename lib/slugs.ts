import slugify from "slugify";

/** A person's or outlet's URL slug: lowercase ASCII words joined by single hyphens ("Beyoncé" → "beyonce"). */
export function slugifyName(name: string): string {
  // slugify transliterates accents; collapsing repeated hyphens keeps "--" free to join pair slugs.
  return slugify(name, { lower: true, strict: true, trim: true }).replace(/-+/g, "-").replace(/^-|-$/g, "");
}

export const PAIR_SEPARATOR = "--";

/** The canonical pair slug: the two person slugs in alphabetical order, joined with "--". */
export function canonicalPairSlug(a: string, b: string): string {
  if (a === b) throw new RangeError("A pair needs two different people");
  return [a, b].sort().join(PAIR_SEPARATOR);
}

/** Splits a pair slug into its two person slugs, or null if it is not shaped like one. */
export function splitPairSlug(slug: string): [string, string] | null {
  const parts = slug.split(PAIR_SEPARATOR);
  if (parts.length !== 2) return null;
  const [a, b] = parts;
  if (!isPersonSlug(a) || !isPersonSlug(b) || a === b) return null;
  return [a, b];
}

/** True for a well-formed single-entity slug ("ana-de-armas"). */
export function isPersonSlug(slug: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug);
}
