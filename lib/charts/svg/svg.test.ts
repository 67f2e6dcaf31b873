import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { chartData, chartDescription } from "../chart-data";
import { claim } from "../testing/claims";
import { CHART_VIEWS } from "../types";
import { legendHtml } from "./legend";
import { chartSvg, chartSvgHeight } from "./render";
import { chartTableHtml } from "./table";
import { timeTicks } from "./kit";
import { epochDay } from "../range";

const claims = [
  claim("2025-02", { precision: "circa", headline: "Dined <out> & “about”" }),
  claim("2025-05-17", { kind: "appearance" }),
  claim("2025-06-01", { kind: "denial", stance: "contradicts", confidence: "confirmed" }),
  claim("2025", { kind: "professional", stance: "neutral", confidence: "confirmed" }),
];

/** Checks that every tag opened is closed in order and attributes are quoted: well-formed enough to catch our own mistakes. */
function balanced(xml: string): boolean {
  const stack: string[] = [];
  for (const m of xml.matchAll(/<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/g)) {
    const [, closing, name, , selfClosing] = m;
    if (selfClosing) continue;
    if (closing) {
      if (stack.pop() !== name) return false;
    } else stack.push(name);
  }
  return stack.length === 0;
}

describe.each(CHART_VIEWS)("the %s SVG", (view) => {
  const data = chartData(view, claims, {}, "2025-12-31");
  for (const mode of ["fluid", "fixed"] as const) {
    for (const theme of ["light", "dark"] as const) {
      it(`is well-formed, with role="img", <title> and <desc> (${mode}, ${theme})`, () => {
        const raw = chartSvg(data, { mode, width: 640, theme, idPrefix: "x", title: "A title", desc: chartDescription(data) });
        expect(balanced(raw)).toBe(true);
        // The fluid timeline is the picture plus a layer of links over it (links may not sit inside role="img").
        const svg = raw.startsWith('<div class="rl-tl">') ? raw.slice(raw.indexOf("<svg"), raw.indexOf('<svg class="rlc rl-links"')) : raw;
        expect(svg.startsWith("<svg ")).toBe(true);
        expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="x-t x-d"/);
        expect(svg).toContain('<title id="x-t">A title</title>');
        expect(svg).toMatch(/<desc id="x-d">[^<]+<\/desc>/);
        expect(balanced(svg)).toBe(true);
        // A real XML parser (resvg's) accepts it and renders it at the stated size.
        const rendered = new Resvg(mode === "fluid" ? svg.replace('width="100%"', 'width="640"') : svg, {
          font: { loadSystemFonts: false },
        }).render();
        expect(rendered.width).toBe(640);
        expect(rendered.height).toBe(chartSvgHeight(data));
      });
    }
  }

  it("has a data table with a caption and scoped headers", () => {
    const table = chartTableHtml(data);
    expect(table).toMatch(/^<table class="rl-table"><caption>[^<]+<\/caption><thead><tr><th scope="col"/);
    expect(table).toContain('<th scope="row"');
    expect(balanced(table)).toBe(true);
  });

  it("has a legend", () => {
    expect(legendHtml(data, "light")).toMatch(/^<ul class="rl-legend" aria-label="Legend"><li><svg/);
  });
});

it("escapes claim text", () => {
  const svg = chartSvg(chartData("timeline", claims), { mode: "fluid", width: 640, theme: "light", idPrefix: "x", title: "t", desc: "d" });
  expect(svg).toContain("Dined &lt;out&gt; &amp; “about”");
  expect(svg).toMatch(/<svg class="rlc rl-links" [^>]*role="group"[^>]*><a href="\/claims\/\d+" class="tip" aria-label="[^"]+"><title>/);
  expect(svg.slice(0, svg.indexOf('<svg class="rlc rl-links"'))).not.toContain("<a ");
});

it("labels time axes with months or years that fit", () => {
  expect(timeTicks(epochDay("2025-01-15"), epochDay("2025-06-30"), 6).map((t) => t.label)).toEqual([
    "Feb 2025",
    "Mar",
    "Apr",
    "May",
    "Jun",
  ]);
  expect(timeTicks(epochDay("2019-03-01"), epochDay("2025-06-30"), 5).map((t) => t.label)).toEqual(["2020", "2022", "2024"]);
});
