import { getDb } from "@/db/client";
import { cachedPublicResponse } from "@/lib/cache/ledger-cache";
import { todayIso } from "@/lib/dates";
import { calibrationEmbedResponse } from "@/lib/embeds/calibration";

export const dynamic = "force-dynamic";

/** GET /embed/calibration — the desk's calibration, for articles about the ledger itself. `?theme=light|dark|auto`. */
export async function GET(request: Request) {
  const db = getDb();
  return cachedPublicResponse(db, request, todayIso(), (req) => calibrationEmbedResponse(db, req));
}
