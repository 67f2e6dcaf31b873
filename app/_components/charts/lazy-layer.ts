import type { PageChartsJson } from "@/lib/charts/page-charts";
import type { ChartView } from "@/lib/charts/types";
import { pairChartsPath } from "@/lib/urls";

/*
 * The browser side of the pair page's lazy chart layer (ADR 17): nothing here
 * runs until a reader reaches or touches a chart, and then it costs one JSON
 * request for all four views and recharts' own chunk.
 */

type PageChart = PageChartsJson["charts"][number];

const requests = new Map<string, Promise<Map<ChartView, PageChart>>>();

/** The pair's chart data and tables (GET /pairs/{slug}/charts.json), asked for once per page; a failed request may be retried. */
export function loadPageCharts(slug: string): Promise<Map<ChartView, PageChart>> {
  let request = requests.get(slug);
  if (!request) {
    request = fetch(pairChartsPath(encodeURIComponent(slug)), { headers: { Accept: "application/json" } })
      .then(async (res) => {
        if (!res.ok) throw new Error(`charts.json: HTTP ${res.status}`);
        const body = (await res.json()) as PageChartsJson;
        return new Map(body.charts.map((c) => [c.view, c]));
      })
      .catch((error: unknown) => {
        requests.delete(slug);
        throw error;
      });
    requests.set(slug, request);
  }
  return request;
}

// A reader who has scrolled has "reached" every chart they can see; a chart on screen at load has not been reached yet.
let readerScrolled = false;

/**
 * Calls `reached` once, when the reader touches, points at or focuses the
 * chart's card, or scrolls so that the chart is on screen. Never at load
 * without any of these, so first paint and the page's first seconds stay free
 * of recharts. Returns a function that stops listening.
 */
export function onReached(chart: HTMLElement, reached: () => void): () => void {
  const card = chart.closest("article") ?? chart;
  let inView = false;
  let done = false;
  const fire = () => {
    if (done) return;
    done = true;
    stop();
    reached();
  };
  const onScroll = () => {
    readerScrolled = true;
    if (inView) fire();
  };
  const observer = new IntersectionObserver((entries) => {
    inView = entries.some((e) => e.isIntersecting);
    if (inView && readerScrolled) fire();
  });
  const events = ["pointerenter", "pointerdown", "focusin"] as const;
  function stop() {
    observer.disconnect();
    window.removeEventListener("scroll", onScroll);
    for (const e of events) card.removeEventListener(e, fire);
  }
  for (const e of events) card.addEventListener(e, fire, { passive: true });
  window.addEventListener("scroll", onScroll, { passive: true });
  observer.observe(chart);
  return stop;
}
