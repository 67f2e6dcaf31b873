import { Feed } from "feed";
import type { ClaimView } from "@/lib/claims/types";
import { confidenceGrade } from "@/lib/confidence";
import { formatDay, formatPartialDate, naturalPrecision } from "@/lib/dates";
import { attributeText, escapeHtml, xmlSafe } from "@/lib/html";
import { absoluteUrl, claimPath, pairPath, safeExternalUrl } from "@/lib/urls";
import { GRADE_LABELS, KIND_LABELS, STANCE_LABELS } from "@/lib/vocabulary";

export interface ClaimsFeedSpec {
  /** The feed's own path ("/feed.xml"): its id and its rel="self" link. */
  path: string;
  /** The page the feed follows ("/", "/pairs/…"). */
  pagePath: string;
  title: string;
  subtitle: string;
  claims: ClaimView[];
  /** When an empty feed last changed (an Atom feed always has an `updated`). */
  emptyUpdated?: string;
}

/** A claim's entry id: its page URL, which the URL contract keeps stable. */
export function claimEntryId(id: number): string {
  return absoluteUrl(claimPath(id));
}

/** One line a reader sees in a feed list: confidence, sources, kind, when and where. */
function entrySummary(c: ClaimView): string {
  const grade = confidenceGrade(c.confidence);
  const outlets = [...new Set(c.citations.map((x) => x.outlet.name))].join(", ");
  const when = formatPartialDate(c.occurredOn, c.precision);
  const parts = [
    c.status === "retracted" ? `Retracted${c.retractedAt ? ` ${formatDay(c.retractedAt)}` : ""}: ${c.correction ?? ""}` : null,
    `Confidence: ${grade.label} (${grade.min}–${grade.max}%)`,
    outlets ? `Source: ${outlets}` : null,
    `${KIND_LABELS[c.kind]}, ${when}${c.place ? `, ${c.place}` : ""}`,
  ];
  return escapeHtml(parts.filter(Boolean).join(" · "));
}

/** The entry's HTML body. Every piece of text is escaped; only http(s) links are linked. */
function entryContent(c: ClaimView): string {
  const grade = confidenceGrade(c.confidence);
  const [a, b] = c.pair.people;
  const html: string[] = [];
  if (c.status === "retracted") {
    html.push(
      `<p><strong>Correction${c.retractedAt ? ` (${escapeHtml(formatDay(c.retractedAt))})` : ""}:</strong> ${escapeHtml(c.correction ?? "")}</p>`,
    );
    html.push(`<p>This claim was retracted; it stays on the record, struck through.</p>`);
  }
  html.push(
    `<p><strong>Confidence:</strong> ${escapeHtml(grade.label)} (${grade.min}–${grade.max}% likely true). ${escapeHtml(grade.evidence)}</p>`,
    `<p><strong>${escapeHtml(KIND_LABELS[c.kind])}</strong> · ${escapeHtml(formatPartialDate(c.occurredOn, c.precision))}${c.place ? ` · ${escapeHtml(c.place)}` : ""} · ${escapeHtml(STANCE_LABELS[c.stance])}</p>`,
  );
  if (c.details) html.push(`<p>${escapeHtml(c.details)}</p>`);
  if (c.quote) html.push(`<blockquote><p>“${escapeHtml(c.quote)}”${c.speaker ? ` — ${escapeHtml(c.speaker.name)}` : ""}</p></blockquote>`);
  if (c.citations.length > 0) {
    const items = c.citations.map((x) => {
      const href = safeExternalUrl(x.url);
      const title = x.title ? escapeHtml(x.title) : href ? "source" : "";
      const link = href && title ? `<a href="${escapeHtml(href)}">${title}</a>` : title;
      const date = x.publishedOn ? ` (${escapeHtml(formatPartialDate(x.publishedOn, naturalPrecision(x.publishedOn) ?? "day"))})` : "";
      return `<li>${escapeHtml(x.outlet.name)} (${x.outlet.grade === null ? "not yet graded" : `reliability ${x.outlet.grade}: ${escapeHtml(GRADE_LABELS[x.outlet.grade].toLowerCase())}`})${link ? `: ${link}` : ""}${date}</li>`;
    });
    html.push(`<p><strong>Sources</strong></p><ul>${items.join("")}</ul>`);
  }
  html.push(
    `<p><a href="${escapeHtml(absoluteUrl(pairPath(c.pair.slug)))}">${escapeHtml(`${a.name} & ${b.name}`)}: the whole timeline</a></p>`,
  );
  return html.join("\n");
}

/**
 * An Atom feed of claims. Each entry keeps its id for life (the claim's URL);
 * `updated` is the claim's last change, so an edit or a retraction reaches
 * feed readers as an updated entry, retitled "Retracted: …" with its correction.
 */
export function claimsAtomFeed(spec: ClaimsFeedSpec): string {
  const newest = spec.claims.reduce<string | null>((max, c) => (max === null || c.updatedAt > max ? c.updatedAt : max), null);
  const feed = new Feed({
    id: absoluteUrl(spec.path),
    // The library escapes markup here but not the characters XML forbids (a person's name stored with a NUL).
    title: xmlSafe(spec.title),
    description: xmlSafe(spec.subtitle),
    link: absoluteUrl(spec.pagePath),
    feed: absoluteUrl(spec.path),
    updated: new Date(newest ?? spec.emptyUpdated ?? "1970-01-01T00:00:00Z"),
    language: "en",
    author: { name: "Rumor Ledger", link: absoluteUrl("/") },
    generator: "Rumor Ledger",
    copyright: "Rumor Ledger",
  });
  for (const c of spec.claims) {
    const grade = confidenceGrade(c.confidence);
    const headline = escapeHtml(c.headline);
    feed.addItem({
      id: claimEntryId(c.id),
      link: absoluteUrl(claimPath(c.id)),
      // The library writes titles as HTML (type="html" in CDATA): escaped text, never markup from the ledger.
      title: c.status === "retracted" ? `Retracted: ${headline}` : headline,
      date: new Date(c.updatedAt),
      published: new Date(c.publishedAt ?? c.createdAt),
      description: entrySummary(c),
      content: entryContent(c),
      category: [
        {
          term: `confidence-${c.confidence}`,
          name: attributeText(`Confidence: ${grade.label} (${grade.min}–${grade.max}%)`),
          scheme: absoluteUrl("/how-we-grade"),
        },
        { term: `kind-${c.kind}`, name: attributeText(KIND_LABELS[c.kind]) },
        ...[...new Map(c.citations.map((x) => [x.outlet.slug, x.outlet])).values()].map((o) => ({
          term: `outlet-${o.slug}`,
          name: attributeText(`Source: ${o.name} (${o.grade ?? "not yet graded"})`),
          scheme: absoluteUrl("/outlets"),
        })),
      ],
    });
  }
  return feed.atom1();
}
