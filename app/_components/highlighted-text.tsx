import type { TextSegment } from "@/lib/search/query";

/**
 * Text with its search matches in `<mark>`. Every piece is a React text node,
 * so whatever the text holds is escaped; no HTML string is ever injected.
 */
export function HighlightedText({ segments }: { segments: TextSegment[] }) {
  return <>{segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</>;
}
