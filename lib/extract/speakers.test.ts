import { describe, expect, it } from "vitest";
import { analyseArticle } from "./article";
import { extractClaims } from "./extract";

/** Speakers and subjects named only by what they are, and pairs in articles with two couples (issue 12, second people pass). */
const EMPTY = { people: [], outlets: [] };
const PUBLISHED = "2026-05-14";
const read = (text: string) => analyseArticle({ text, published: PUBLISHED, outlet: "Night Owl" }, EMPTY);
/** Each reference in the text as "words→person". */
const refs = (text: string) => {
  const a = read(text);
  return a.refs.map((r) => `${a.text.slice(r.start, r.end)}→${r.value.person}`);
};
const claims = (text: string) => extractClaims({ text, published: PUBLISHED, outlet: "Night Owl" }, EMPTY);

describe("an epithet opening a sentence with a capital 'The'", () => {
  const text =
    "Marla Quist is getting married.\n\nThe two-time world champion, 29, confirmed on Monday that she is engaged to rower Devon Pike. They met in 2022.";

  it("is the person the article is about", () => {
    expect(refs(text)).toContain("The two-time world champion, 29,→Marla Quist");
  });

  it("so her confirmation is a claim about the pair, of the day she gave", () => {
    expect(claims(text).some((c) => c.kind === "confirmation" && c.occurredOn === "2026-05-11" && c.pair.includes("Marla Quist"))).toBe(
      true,
    );
  });

  it("but a capitalised title in mid-sentence is no epithet", () => {
    expect(refs("Marla Quist watched The Lone Star with Devon Pike.").some((r) => r.startsWith("The Lone"))).toBe(false);
  });
});
