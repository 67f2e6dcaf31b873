import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { OverloadedError } from "@/lib/errors";
import { shareCardPng } from "@/lib/embeds/share";
import { SHARE_CARD_SIZE } from "@/lib/embeds/share-card";

export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";
export const alt = "The rumor file of this pair on Rumor Ledger: status, heat now and the heat curve";

/** The pair's share card (1200×630 PNG), drawn by the same SVG code as the charts and rasterised with bundled fonts. */
export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  let png: Buffer | null;
  try {
    png = await shareCardPng(getDb(), slug);
  } catch (error) {
    if (!(error instanceof OverloadedError)) throw error;
    return new Response(`${error.message}\n`, {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "Retry-After": String(error.retryAfterSeconds) },
    });
  }
  if (!png) notFound();
  return new Response(new Uint8Array(png), {
    headers: { "Content-Type": "image/png", "Cache-Control": "public, max-age=0, s-maxage=300, stale-while-revalidate=300" },
  });
}
