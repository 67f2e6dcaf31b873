import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract";

/** A split in the background of a story is its own report (made-up texts, not corpus articles). */
const reports = (text: string, published: string) =>
  extractClaims({ text, published, outlet: "The Daily Lark" })
    .filter((c) => c.kind === "report")
    .map((c) => `${[...c.pair].sort().join(" & ")} ${c.occurredOn} ${c.precision} ${c.stance}`);

describe("background splits", () => {
  it("reports a marriage that ended or a divorce, for the one of the couple it concerns and the ex, on the article's day", () => {
    const text = [
      "Bryn Sutt and Ilse Kova: the rehearsal room romance",
      "Bryn Sutt, 48, and Ilse Kova were seen together at the Lyric in Hammersmith on Monday.",
      "Ilse's marriage to the composer Rufus Gall ended in 2023, and Bryn has been single since last spring.",
      "Bryn, whose divorce from the director Nell Garv was finalised last year, lives in Kent.",
    ].join("\n\n");
    expect(reports(text, "2025-09-04")).toEqual([
      "Ilse Kova & Rufus Gall 2025-09-04 day contradicts",
      "Bryn Sutt & Nell Garv 2025-09-04 day contradicts",
    ]);
  });

  it("gives nothing for a marriage that goes on, nor for the couple the story is about", () => {
    const text = [
      "Bryn Sutt and Ilse Kova wed",
      "Bryn Sutt and Ilse Kova married at the Lyric in Hammersmith on Monday.",
      "Her marriage to Bryn Sutt is her second, and his sister Ana Sutt was a witness.",
    ].join("\n\n");
    expect(reports(text, "2025-09-04")).toEqual([]);
  });

  it("reads the newer ways of telling an old split: a relationship that ended, an engagement called off, a split with no one named before it", () => {
    const text = [
      "Bryn Sutt and Ilse Kova: the rehearsal room romance",
      "Bryn Sutt, 48, and Ilse Kova were seen together at the Lyric in Hammersmith on Monday.",
      "It follows a hard winter for Kova, whose three-year relationship with the racing driver Timo Brask ended in January.",
      "Sutt's engagement to the stylist Nell Garv was called off in 2023.",
      "Bryn laughed it off. Let's not forget this is a man who had a very public split from fellow reality alum Dora Quill last summer.",
    ].join("\n\n");
    expect(reports(text, "2025-09-04")).toEqual([
      "Ilse Kova & Timo Brask 2025-09-04 day contradicts",
      "Bryn Sutt & Nell Garv 2025-09-04 day contradicts",
      "Bryn Sutt & Dora Quill 2025-09-04 day contradicts",
    ]);
  });
});
