import type { MetadataRoute } from "next";
import { getDb } from "@/db/client";
import { sitemapEntries } from "@/lib/seo/sitemap";

// The ledger changes all day: build the sitemap per request, never at build time.
export const dynamic = "force-dynamic";

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getDb());
}
