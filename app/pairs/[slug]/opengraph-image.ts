import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { shareCardPng } from "@/lib/embeds/share";
import { SHARE_CARD_SIZE } from "@/lib/embeds/share-card";

export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";
export const alt = "The rumor file of this pair on Rumor Ledger: status, heat now and the heat curve";

/** The pair's share card (1200×630 PNG), drawn by the same SVG code as the charts and rasterised with bundled fonts. */
export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const png = shareCardPng(getDb(), slug);
  if (!png) notFound();
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png", "Cache-Control": "public, max-age=0, s-maxage=300, stale-while-revalidate=300" } });
}
