/** Escapes a literal for use inside a RegExp ("St. John" matches only itself). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Whether any word of these names (three letters or more, so no "de" or "Jo") stands as a whole
 * word in the text, after `before` when given: "'Valentina and I are fine'", "opposite Reese".
 */
export function namesAWordOf(names: readonly string[], text: string, before = ""): boolean {
  const words = names.flatMap((n) => n.split(/\s+/)).filter((w) => w.length > 2);
  return words.some((w) => new RegExp(String.raw`\b${before}${escapeRegExp(w)}\b`).test(text));
}
