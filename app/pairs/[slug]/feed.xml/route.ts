import { getDb } from "@/db/client";
import { pairFeedXml } from "@/lib/feeds/ledger-feeds";
import { conditionalResponse } from "@/lib/http/cache";

/** GET /pairs/[slug]/feed.xml — Atom feed of one pair's claims; the reversed slug redirects (308). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const result = pairFeedXml(getDb(), slug);
  if (!result) return new Response("No such pair.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if ("redirectTo" in result) return new Response(null, { status: 308, headers: { Location: result.redirectTo } });
  return conditionalResponse(request, result.xml, { contentType: "application/atom+xml; charset=utf-8" });
}
