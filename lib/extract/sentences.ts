/** A sentence of the article with where it sits: paragraph number and character offsets. */
export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** False for headings and captions (no closing punctuation): they name people but carry no claim. */
  prose: boolean;
}

const CLOSES = /[.!?…]["”’')\]]*$/;
// A full stop, ?, ! or … (with any closing quote or bracket), then space, then what can open a sentence.
const BOUNDARY = /[.!?…]+["”’')\]]*\s+(?=["“‘'([]?[A-Z0-9])/g;
const ABBREVIATION =
  /(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Mt|Prof|Rev|Gen|Sen|Rep|Gov|Capt|Lt|Col|Sgt|vs|etc|No|Vol|Inc|Ltd|Co|Corp)|\b[A-Z]|\b(?:[A-Z]\.){1,3}[A-Z])\.$/;

const SPEAKER_AFTER =
  /^(?:[A-Z][\p{L}'’-]+\s+){1,2}(?:said|says|told|tells|asked|asks|added|adds|laughed|laughs|joked|jokes|insisted|replied|wrote|posted|admitted|quipped|shrugged|smiled|grinned|beamed|gushed|teased|shouted|yelled|declared)\b/u;

function insideQuote(before: string): boolean {
  const straight = (before.match(/"/g) ?? []).length;
  const opened = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  return straight % 2 === 1 || opened > 0;
}

/**
 * Splits an article into paragraphs (line breaks) and sentences, keeping offsets into the text.
 * A sentence ends at . ! ? or … followed by a capital, except after a title or an initial ("Mr.", "J.").
 */
export function splitSentences(text: string, quotations: { start: number; end: number }[] = []): Sentence[] {
  const out: Sentence[] = [];
  const lineRe = /[^\n]+/g;
  let paragraph = 0;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const line = m[0];
    if (!line.trim()) continue;
    const prose = CLOSES.test(line.trim());
    const cuts: number[] = [];
    if (prose) {
      for (const b of line.matchAll(BOUNDARY)) {
        const stop = b.index + b[0].replace(/\s+$/, "").length;
        if (ABBREVIATION.test(line.slice(Math.max(0, b.index - 6), b.index + 1))) continue;
        // Inside a quotation the speaker is still talking: "We're not together. We're friends," she said.
        if (insideQuote(line.slice(0, stop))) continue;
        // '"…says everything, doesn't it?" Clementine told us.': a question or an exclamation quoted, then who said it.
        if (/[?!]["”’']/.test(b[0]) && SPEAKER_AFTER.test(line.slice(b.index + b[0].length))) continue;
        // Or inside a quotation the caller found (single marks: 'We're friends. Nothing more,' she said).
        if (quotations.some((q) => m.index + stop > q.start && m.index + stop < q.end - 1)) continue;
        cuts.push(stop);
      }
      // "…in Bristol in 2021; they rehearsed this production through December…": two independent clauses, two pieces of evidence.
      for (const b of line.matchAll(/;\s+(?=[a-z])/g)) if (!insideQuote(line.slice(0, b.index))) cuts.push(b.index + 1);
      cuts.sort((a, b) => a - b);
    }
    let from = 0;
    for (const cut of [...cuts, line.length]) {
      const raw = line.slice(from, cut);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (body)
        out.push({
          index: out.length,
          paragraph,
          start: m.index + from + lead,
          end: m.index + from + lead + body.length,
          text: body,
          prose,
        });
      from = cut;
    }
    paragraph += 1;
  }
  return out;
}
