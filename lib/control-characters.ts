/*
 * Control characters in ledger text. C0 controls other than tab, line feed
 * and carriage return (browsers send a textarea's line breaks as CR LF), and
 * the other characters XML 1.0 forbids (U+FFFE, U+FFFF, lone surrogates), are
 * refused at input: they mean nothing to a reader and they break every XML
 * output (SVG charts, PNG and share images rendered from SVG, Atom feeds).
 * Outputs also drop them on the way out (lib/html.ts), for rows stored before
 * this rule; the migration strip_control_characters removed those.
 */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** How a character is named in an error: `U+0000`. */
export function codePointName(ch: string): string {
  return `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * Why a text may not be stored, or null when it may: names the field, the
 * character and where it is ("Headline contains the control character U+0001
 * at position 5 …").
 */
export function controlCharacterProblem(value: string, label: string): string | null {
  const match = FORBIDDEN.exec(value);
  if (!match) return null;
  return `${label} contains the control character ${codePointName(match[0])} at position ${match.index + 1}; only tabs and line breaks are allowed`;
}
