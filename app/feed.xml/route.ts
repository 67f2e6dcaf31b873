import { getDb } from "@/db/client";
import { siteFeedXml } from "@/lib/feeds/ledger-feeds";
import { conditionalResponse } from "@/lib/http/cache";

export const dynamic = "force-dynamic";

/** GET /feed.xml — Atom feed of the latest published claims and corrections. */
export function GET(request: Request) {
  return conditionalResponse(request, siteFeedXml(getDb()), { contentType: "application/atom+xml; charset=utf-8" });
}
