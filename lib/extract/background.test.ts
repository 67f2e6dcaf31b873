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

describe("background splits told loosely (twenty-first pass)", () => {
  const story = (lines: string[]) =>
    [
      "Bryn Sutt and Ilse Kova: the rehearsal room romance",
      "Bryn Sutt, 48, and Ilse Kova were seen together at the Lyric in Hammersmith on Monday.",
      ...lines,
    ].join("\n\n");

  it("reads the ending anywhere after whose it was: a pair that split, a divorce as a verb, an engagement until, a relationship that ended", () => {
    expect(reports(story(["She and the saxophonist Anders Kjell quietly went their separate ways last year."]), "2025-09-04")).toEqual([
      "Anders Kjell & Ilse Kova 2025-09-04 day contradicts",
    ]);
    expect(reports(story(["Sutt, 48, divorced the singer Vivian Korr in 2014."]), "2025-09-04")).toEqual([
      "Bryn Sutt & Vivian Korr 2025-09-04 day contradicts",
    ]);
    expect(reports(story(["Kova was engaged to the comic Morag Dunlevy until last year."]), "2025-09-04")).toEqual([
      "Ilse Kova & Morag Dunlevy 2025-09-04 day contradicts",
    ]);
    expect(reports(story(["Sutt's last serious relationship, with the cellist Benedikt Arnholm, ended in 2020."]), "2025-09-04")).toEqual([
      "Benedikt Arnholm & Bryn Sutt 2025-09-04 day contradicts",
    ]);
  });

  it("takes no rep, team-mate or role for an ex, and leaves a split told on record to the words", () => {
    expect(reports(story(["Kova's representative, Lena Brightwell, says the split rumours are nonsense."]), "2025-09-04")).toEqual([]);
    expect(reports(story(["Sutt's team-mate Sami Zambra and the influencer Roxy Mable have split."]), "2025-09-04")).not.toContain(
      "Bryn Sutt & Sami Zambra 2025-09-04 day contradicts",
    );
    expect(
      reports(story(["Kova, who plays the landlady Bev Hollis on the soap, has been single since her divorce."]), "2025-09-04"),
    ).toEqual([]);
    expect(
      reports(
        story(["Sutt's manager confirmed in January that he and the singer Marisol Quines had split after four years."]),
        "2025-09-04",
      ),
    ).not.toContain("Bryn Sutt & Marisol Quines 2025-09-04 day contradicts");
  });

  it("never makes a split of whom the ending came before", () => {
    expect(reports(story(["Divorce lawyers are busy in Kent, where Kova now lives near the chef Paolo Renz."]), "2025-09-04")).toEqual([]);
  });
});
