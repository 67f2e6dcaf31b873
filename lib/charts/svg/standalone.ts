/**
 * A page chart's fluid SVG as a document of its own, for an `<img>`: the
 * picture only (the timeline's layer of claim links stays out — an image has
 * no links, and the page lists every claim below), with the rule that thins
 * the axis labels on a narrow chart. Media queries inside an SVG image answer
 * to the image's own width, so the chart adapts as it did inline; x positions
 * are percentages of that width and the height is fixed, so text keeps its
 * size. Colours are the concrete ones of the theme it was drawn in.
 */
export function standaloneChartSvg(markup: string): string {
  const links = markup.indexOf('<svg class="rlc rl-links"');
  const picture = markup.startsWith('<div class="rl-tl">') && links > 0 ? markup.slice(markup.indexOf("<svg"), links) : markup;
  const open = picture.indexOf(">") + 1;
  if (!picture.startsWith("<svg ") || open === 0) throw new Error("Not an SVG chart");
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    picture.slice(0, open) +
    "<style>.rlc text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,'Noto Sans','DejaVu Sans',sans-serif}" +
    "@media (max-width:480px){.tick-odd{display:none}}</style>" +
    picture.slice(open)
  );
}

/** The headers of a chart image: an SVG that can run nothing and fetch nothing. */
export const CHART_IMAGE_HEADERS = {
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
  "X-Content-Type-Options": "nosniff",
  // As the read API: a shared cache that keys on Vary alone keeps signed-in and anonymous copies apart.
  Vary: "Authorization, Cookie",
};
