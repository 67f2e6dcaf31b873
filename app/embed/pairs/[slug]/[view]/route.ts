import { getDb } from "@/db/client";
import { embedResponse } from "@/lib/embeds/respond";

// Every request reads the ledger: freshness comes from the data version in the ETag, not from a build-time copy.
export const dynamic = "force-dynamic";

/**
 * GET /embed/pairs/[slug]/[view] — finished HTML (no framework JavaScript) for
 * `timeline`, `heat`, `activity`, `confidence`; `[view].svg` and `[view].png`
 * for images. `?theme=light|dark|auto&from=&to=` (and `width=` for images).
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; view: string }> }) {
  const { slug, view } = await params;
  return embedResponse(getDb(), request, slug, view);
}
