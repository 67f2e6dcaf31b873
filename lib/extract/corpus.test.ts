import { describe, expect, it } from "vitest";
import { keyedDateProblem, loadCorpus } from "./corpus-files";

/** Every file of the evaluation corpus is well formed and keyed consistently with its text. */
const corpus = loadCorpus();
const written = corpus.filter((a) => a.set !== "seed");
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe("the evaluation corpus", () => {
  // The held-aside set is rotated each round (ADR 0018): a branch may carry none of it.
  it("has at least 27 tuning articles and the seed article with its 11 demo claims", () => {
    expect(corpus.filter((a) => a.set === "tune").length).toBeGreaterThanOrEqual(27);
    const seed = corpus.filter((a) => a.set === "seed");
    expect(seed).toHaveLength(1);
    expect(seed[0].key.claims).toHaveLength(11);
  });

  it("names every article NN-slug, NNN-slug or NNNN-slug, numbers unique across tune and holdout", () => {
    for (const a of written) expect(a.name).toMatch(/^\d{2,4}-[a-z0-9]+(-[a-z0-9]+)*$/);
    const numbers = written.map((a) => Number(a.name.split("-")[0]));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it.each(written.map((a) => [`${a.set}/${a.name}`, a] as const))("%s is 250–450 words", (_, article) => {
    expect(words(article.text)).toBeGreaterThanOrEqual(250);
    expect(words(article.text)).toBeLessThanOrEqual(450);
  });

  it.each(corpus.map((a) => [`${a.set}/${a.name}`, a] as const))(
    "%s: quotes are verbatim, dates fit, names are in the text",
    (_, article) => {
      expect(article.key.claims.length).toBeGreaterThan(0);
      for (const claim of article.key.claims) {
        const where = `${claim.kind} ${claim.occurredOn}`;
        if (claim.quote !== null) {
          expect(article.text, where).toContain(claim.quote);
          expect(claim.quote, where).not.toMatch(/^["“‘']|["”’',.]$/);
        }
        expect(keyedDateProblem(claim.occurredOn, claim.precision), where).toBeNull();
        expect(claim.occurredOn <= article.key.published, where).toBe(true);
        for (const name of [...claim.pair, ...claim.mentions, ...(claim.speaker ? [claim.speaker] : [])])
          expect(article.text, where).toContain(name);
        const outsiders = [...claim.pair, claim.speaker].filter(Boolean).map((n) => n!.toLowerCase());
        for (const mention of claim.mentions) expect(outsiders, where).not.toContain(mention.toLowerCase());
        if (claim.outlet !== null && claim.outlet !== article.key.outlet) expect(article.text, where).toContain(claim.outlet);
      }
    },
  );
});

describe("keyed dates", () => {
  it.each([
    ["2025-06-03", "day", null],
    ["2025-06", "month", null],
    ["2025", "year", null],
    ["2019-08", "circa", null],
    ["2018", "circa", null],
    ["2026-02-14", "circa", null],
  ] as const)("%s fits %s", (value, precision, expected) => {
    expect(keyedDateProblem(value, precision)).toBe(expected);
  });

  it.each([
    ["2025-06", "day"],
    ["2025-06-03", "month"],
    ["2025-06", "year"],
    ["2025-02-30", "day"],
    ["June 2025", "circa"],
  ] as const)("%s does not fit %s", (value, precision) => {
    expect(keyedDateProblem(value, precision)).not.toBeNull();
  });
});
