import { describe, expect, it } from "vitest";
import {
  allowedTypos,
  alternativesMatchQuery,
  closeSpellings,
  editDistance,
  foldText,
  highlightSegments,
  MARK_END,
  MARK_START,
  markWordPrefixes,
  MAX_QUERY_TERMS,
  prefixMatchQuery,
  queryTerms,
} from "./query";

describe("query words", () => {
  it("folds case and accents and keeps only letters and digits", () => {
    expect(queryTerms("  Ana DE Arm ")).toEqual(["ana", "de", "arm"]);
    expect(queryTerms("Beyoncé's 50th")).toEqual(["beyonce", "s", "50th"]);
    expect(foldText("ÀÉÎÕÜ ß")).toBe("aeiou ß");
  });

  it("cannot smuggle FTS5 syntax: quotes, stars, column filters and operators are dropped", () => {
    expect(queryTerms('headline:"x" OR y* NEAR(a) -c ^d')).toEqual(["headline", "x", "or", "y", "near", "a", "c", "d"]);
    expect(prefixMatchQuery(queryTerms('"); DROP TABLE claims; --'))).toBe('"drop"* AND "table"* AND "claims"*');
  });

  it("drops repeats and caps the number of words", () => {
    expect(queryTerms("tom Tom TOM")).toEqual(["tom"]);
    expect(queryTerms("a b c d e f g h i j k")).toHaveLength(MAX_QUERY_TERMS);
    expect(queryTerms("!!! ...")).toEqual([]);
  });

  it("asks for every word as a prefix, and offers close spellings as alternatives", () => {
    expect(prefixMatchQuery(["ana", "de", "arm"])).toBe('"ana"* AND "de"* AND "arm"*');
    expect(
      alternativesMatchQuery([
        { term: "ana", alternatives: [] },
        { term: "armsa", alternatives: ["armas", "arms"] },
      ]),
    ).toBe('"ana"* AND ("armsa"* OR "armas" OR "arms")');
  });
});

describe("close spellings", () => {
  it("measures insertions, deletions, substitutions and swapped neighbours", () => {
    expect(editDistance("armas", "armas", 2)).toBe(0);
    expect(editDistance("armsa", "armas", 2)).toBe(1);
    expect(editDistance("cruse", "cruise", 2)).toBe(1);
    expect(editDistance("crusie", "cruise", 2)).toBe(1);
    expect(editDistance("kitten", "sitting", 3)).toBe(3);
    expect(editDistance("abc", "xyz", 1)).toBe(2); // capped at max + 1
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });

  it("allows no typo in short words, one from four letters and two from seven", () => {
    expect(allowedTypos("tom")).toBe(0);
    expect(allowedTypos("arms")).toBe(1);
    expect(allowedTypos("beckhem")).toBe(2);
  });

  it("finds whole words and word beginnings within the allowance, closest and most common first", () => {
    const vocabulary = [
      { term: "armas", docs: 3 },
      { term: "arms", docs: 1 },
      { term: "cruise", docs: 20 },
      { term: "london", docs: 12 },
      { term: "beckham", docs: 4 },
    ];
    expect(closeSpellings("armsa", vocabulary)).toEqual(["armas", "arms"]);
    expect(closeSpellings("crusi", vocabulary)).toEqual(["cruise"]); // still typing "cruise"
    expect(closeSpellings("lodnon", vocabulary)).toEqual(["london"]);
    expect(closeSpellings("bekcahm", vocabulary)).toEqual(["beckham"]);
    expect(closeSpellings("tmo", vocabulary)).toEqual([]); // too short to guess
    expect(closeSpellings("zzzzzz", vocabulary)).toEqual([]);
  });
});

describe("highlighted text", () => {
  it("cuts marked text into plain and matched pieces", () => {
    expect(highlightSegments(`Seen in ${MARK_START}London${MARK_END} together`)).toEqual([
      { text: "Seen in ", match: false },
      { text: "London", match: true },
      { text: " together", match: false },
    ]);
    expect(highlightSegments(null)).toEqual([]);
  });

  it("marks the words that begin with a query word, whatever their case and accents", () => {
    expect(markWordPrefixes("Ana de Armas & Tom Cruise", ["arm", "tom"])).toEqual([
      { text: "Ana de ", match: false },
      { text: "Armas", match: true },
      { text: " & ", match: false },
      { text: "Tom", match: true },
      { text: " Cruise", match: false },
    ]);
    expect(markWordPrefixes("Beyoncé", ["beyon"])).toEqual([{ text: "Beyoncé", match: true }]);
    expect(markWordPrefixes("Juno Park", ["tom"])).toEqual([{ text: "Juno Park", match: false }]);
  });

  it("leaves markup in the text as text, for the page to escape", () => {
    expect(highlightSegments(`<img src=x onerror=alert(1)> ${MARK_START}Tom${MARK_END}`)).toEqual([
      { text: "<img src=x onerror=alert(1)> ", match: false },
      { text: "Tom", match: true },
    ]);
  });
});
