import { getDb } from "@/db/client";
import { oembed } from "@/lib/embeds/oembed";
import { requestOrigin } from "@/lib/urls";

export const dynamic = "force-dynamic";

/** GET /api/oembed?url=&maxwidth=&maxheight=&format=json — oEmbed 1.0 for pair pages and chart embeds. */
export function GET(request: Request) {
  const result = oembed(getDb(), new URL(request.url).searchParams, requestOrigin(request));
  return Response.json(result.body, {
    status: result.status,
    headers: {
      "Cache-Control": result.status === 200 ? "public, max-age=300, s-maxage=300" : "no-store",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
