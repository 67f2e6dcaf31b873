import type { Metadata } from "next";
import { pairFeedPath } from "@/lib/urls";

/** What app/layout.tsx appends to every page's own title. */
export const TITLE_SUFFIX = " · Rumor Ledger";
/** Longest whole `<title>` we write: search results and tabs cut beyond about this many characters. */
export const MAX_TITLE_LENGTH = 70;

/**
 * A page's own title, cut at a word with an ellipsis so that with the site's
 * suffix the whole `<title>` stays within MAX_TITLE_LENGTH. The page's h1 keeps
 * the full text.
 */
export function pageTitle(text: string): string {
  const room = MAX_TITLE_LENGTH - TITLE_SUFFIX.length;
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= room) return clean;
  const cut = clean.slice(0, room - 1);
  const space = cut.lastIndexOf(" ");
  // Cut at the last word boundary unless that loses more than a third of the room.
  const kept = space > room * 0.66 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,;:.–—-]+$/, "")}…`;
}

export interface FeedLink {
  url: string;
  title: string;
}

/** The site-wide Atom feed, announced on every page. */
export const SITE_FEED: FeedLink = { url: "/feed.xml", title: "Rumor Ledger: latest claims" };

/** A pair's own Atom feed. */
export function pairFeed(slug: string, names: string): FeedLink {
  return { url: pairFeedPath(slug), title: `${names}: every claim (Rumor Ledger)` };
}

/**
 * A page's `alternates`: its canonical URL and the feeds to announce with
 * `<link rel="alternate">`. A page that sets `alternates` replaces the layout's
 * whole object, so every page builds it here and the site feed is never lost.
 */
export function pageAlternates(
  canonical: string,
  options: { feeds?: FeedLink[]; json?: string; csv?: string; oembed?: string } = {},
): NonNullable<Metadata["alternates"]> {
  const types: Record<string, { url: string; title: string }[]> = {
    "application/atom+xml": [...(options.feeds ?? []), SITE_FEED],
  };
  if (options.json) types["application/json"] = [{ url: options.json, title: "This page's data as JSON" }];
  if (options.csv) types["text/csv"] = [{ url: options.csv, title: "This page's data as CSV" }];
  // oEmbed discovery: a CMS given this page's URL finds the embed.
  if (options.oembed) types["application/json+oembed"] = [{ url: options.oembed, title: "oEmbed" }];
  return { canonical, types };
}
