/**
 * A server-drawn chart as an image of a same-origin SVG (ADR 21): its markup
 * is fetched (and cached per ledger version) instead of sitting in the page,
 * where React's hydration data would carry it a second time. The dark drawing
 * is fetched instead of the light one when the reader's colour scheme is dark
 * (the site follows that preference). Full width at the chart's own height, as
 * the inline SVG was; `alt` names it and says what it shows.
 */
export function ChartPicture({ src, height, alt }: { src: string; height: number; alt: string }) {
  return (
    <picture>
      <source media="(prefers-color-scheme: dark)" srcSet={`${src}?theme=dark`} />
      <img className="chart-img" src={`${src}?theme=light`} alt={alt} width={640} height={height} decoding="async" />
    </picture>
  );
}
