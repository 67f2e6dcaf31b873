import "server-only";
import { and, asc, desc, eq, inArray, max } from "drizzle-orm";
import type { Db } from "@/db/client";
import { claims, outlets, pairs, people } from "@/db/schema";
import { READER_VISIBLE_STATUSES } from "@/lib/claims/load";
import { pairIsPublic } from "@/lib/pairs/visibility";
import { absoluteUrl, claimPath, outletPath, pairPath, personPath } from "@/lib/urls";

/** The sitemap protocol's limit for one file. */
export const SITEMAP_LIMIT = 50_000;

export interface SitemapEntry {
  url: string;
  lastModified?: string;
}

/**
 * Every page a search engine should know: home, the explainer, outlets, public pairs,
 * people, and claims readers can see (never a draft, never /editor or /api).
 * Claims come last, most recently changed first, so a ledger past the
 * protocol's 50,000 URLs drops its oldest claim pages rather than its pairs.
 */
export function sitemapEntries(db: Db, limit = SITEMAP_LIMIT): SitemapEntry[] {
  const visible = inArray(claims.status, [...READER_VISIBLE_STATUSES]);
  const newest =
    db
      .select({ at: max(claims.updatedAt) })
      .from(claims)
      .where(visible)
      .get()?.at ?? undefined;
  const entries: SitemapEntry[] = [
    { url: absoluteUrl("/"), lastModified: newest },
    { url: absoluteUrl("/how-we-grade") },
    { url: absoluteUrl("/outlets") },
  ];

  const pairRows = db
    .select({ slug: pairs.slug, updatedAt: pairs.updatedAt, latest: max(claims.updatedAt) })
    .from(pairs)
    .leftJoin(claims, and(eq(claims.pairId, pairs.id), visible))
    .where(pairIsPublic)
    .groupBy(pairs.id)
    .orderBy(asc(pairs.slug))
    .all();
  for (const p of pairRows)
    entries.push({ url: absoluteUrl(pairPath(p.slug)), lastModified: p.latest && p.latest > p.updatedAt ? p.latest : p.updatedAt });

  for (const p of db.select({ slug: people.slug, updatedAt: people.updatedAt }).from(people).orderBy(asc(people.slug)).all()) {
    entries.push({ url: absoluteUrl(personPath(p.slug)), lastModified: p.updatedAt });
  }
  for (const o of db.select({ slug: outlets.slug, updatedAt: outlets.updatedAt }).from(outlets).orderBy(asc(outlets.slug)).all()) {
    entries.push({ url: absoluteUrl(outletPath(o.slug)), lastModified: o.updatedAt });
  }

  const room = Math.max(0, limit - entries.length);
  const claimRows = db
    .select({ id: claims.id, updatedAt: claims.updatedAt })
    .from(claims)
    .where(visible)
    .orderBy(desc(claims.updatedAt), desc(claims.id))
    .limit(room)
    .all();
  for (const c of claimRows) entries.push({ url: absoluteUrl(claimPath(c.id)), lastModified: c.updatedAt });
  return entries.slice(0, limit);
}

/** The robots.txt rules: everything readers see is open; the editors' side, the API and sign-in are kept out of indexes. */
export const ROBOTS_DISALLOW = ["/editor", "/api", "/login"] as const;
