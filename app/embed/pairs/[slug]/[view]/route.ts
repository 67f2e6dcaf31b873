import { getDb } from "@/db/client";
import { cachedPublicResponse } from "@/lib/cache/ledger-cache";
import { todayIso } from "@/lib/dates";
import { embedResponse } from "@/lib/embeds/respond";

// Every request reads the ledger: freshness comes from the data version in the ETag, not from a build-time copy.
export const dynamic = "force-dynamic";

/**
 * GET /embed/pairs/[slug]/[view] — finished HTML (no framework JavaScript) for
 * `timeline`, `heat`, `activity`, `confidence`; `[view].svg` and `[view].png`
 * for images. `?theme=light|dark|auto&from=&to=` (and `width=` for images).
 * Answers are kept in memory until the ledger changes.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; view: string }> }) {
  const { slug, view } = await params;
  const db = getDb();
  const today = todayIso();
  return cachedPublicResponse(db, request, today, (req) => embedResponse(db, req, slug, view, today));
}
