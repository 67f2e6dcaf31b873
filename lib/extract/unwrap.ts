/**
 * Text pasted from an email, a PDF or a wire feed is often hard-wrapped: every line ends near the
 * same width and a sentence, or a name ("Maren\nHolloway"), runs on over the break. The rules read
 * a line break as the end of a paragraph, so such a text would be read as a column of headings.
 * This turns each soft break back into a space — one character for one, so every offset into the
 * text stays where it was — and leaves the breaks that end a paragraph, a heading or a list item.
 */
export function unwrapLines(text: string): string {
  const lines = text.split("\n");
  const filled = lines.filter((l) => l.trim().length > 0);
  // A text whose paragraphs are single lines (most of them long) is not wrapped.
  const widest = Math.max(0, ...filled.map((l) => l.length));
  if (filled.length < 4 || widest > 100) return text;
  const wrappedWidth = widest * 0.6;
  let out = "";
  lines.forEach((line, i) => {
    out += line;
    if (i === lines.length - 1) return;
    const next = lines[i + 1];
    const soft =
      line.trim().length >= wrappedWidth &&
      next.trim().length > 0 &&
      // A line that ends a sentence may end its paragraph too, unless the next one carries on in lower case.
      (!/[.!?…]["”’)\]]*$/.test(line.trim()) || /^\s*\p{Ll}/u.test(next)) &&
      // A list item, a transcript's speaker tag or a caption starts a line of its own.
      !/^\s*(?:[-•*–]\s|\d+[.)]\s|\[|[A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,3}:\s)/u.test(next);
    out += soft ? " " : "\n";
  });
  return out;
}

/**
 * Text copied from a web page carries no-break and thin spaces ("Mia\u00a0Dorne", "5\u202fJune"):
 * plain spaces to every rule, one character for one.
 */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, " ");
}
