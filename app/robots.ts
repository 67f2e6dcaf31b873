import type { MetadataRoute } from "next";
import { ROBOTS_DISALLOW } from "@/lib/seo/sitemap";
import { absoluteUrl } from "@/lib/urls";

// PUBLIC_BASE_URL is read when served, not when built.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: [...ROBOTS_DISALLOW] },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
