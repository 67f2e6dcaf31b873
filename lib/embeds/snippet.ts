import { esc } from "@/lib/charts/svg/kit";

/**
 * The optional listener a host page adds once: it resizes a Rumor Ledger
 * iframe to the height the embed reports — only for a message that comes
 * from that very iframe's window and origin. Under 1 KB, no dependencies.
 */
export const LISTENER_SCRIPT =
  `<script>addEventListener("message",function(e){var h=e.data&&e.data["rumor-ledger-height"];if(typeof h!="number")return;` +
  `var f=document.querySelectorAll("iframe[data-rumor-ledger]");for(var i=0;i<f.length;i++){` +
  `if(f[i].contentWindow===e.source&&new URL(f[i].src,location.href).origin===e.origin)f[i].style.height=Math.max(100,Math.min(h,4000))+"px"}})</script>`;

/**
 * The embed code: a responsive iframe with a server-computed height and a title, plus the optional listener.
 * With a `width` (oEmbed's, in pixels) the iframe says that width and never grows past it, still shrinking to fit.
 */
export function snippetHtml(
  src: string,
  title: string,
  height: number,
  { listener = true, width }: { listener?: boolean; width?: number } = {},
): string {
  const size = width === undefined ? `width="100%" height="${height}"` : `width="${width}" height="${height}"`;
  const style =
    width === undefined
      ? `width:1px;min-width:100%;border:0;height:${height}px`
      : `width:100%;max-width:${width}px;border:0;height:${height}px`;
  const iframe = `<iframe src="${esc(src)}" title="${esc(title)}" ${size} style="${style}" loading="lazy" data-rumor-ledger></iframe>`;
  return listener ? `${iframe}\n${LISTENER_SCRIPT}` : iframe;
}
