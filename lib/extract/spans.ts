/** A stretch of the article's text and what it stands for. */
export interface Span<T> {
  start: number;
  end: number;
  value: T;
}

/** The spans that overlap [start, end). */
export function within<T>(spans: Span<T>[], start: number, end: number): Span<T>[] {
  return spans.filter((s) => s.start < end && s.end > start);
}

/** Replaces each span's text with spaces so later patterns cannot match inside it; offsets stay put. */
export function mask(text: string, spans: { start: number; end: number }[]): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + " ".repeat(s.end - s.start) + out.slice(s.end);
  return out;
}
