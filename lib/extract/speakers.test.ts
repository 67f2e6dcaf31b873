import { describe, expect, it } from "vitest";
import { analyseArticle, quotesIn } from "./article";
import { attributionOf } from "./attribution";
import { extractClaims } from "./extract";
import { findPairs } from "./pairs";

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

describe("gender from what the text says, when the first name is anyone's", () => {
  const genderOf = (text: string, name: string) => read(text).people.find((p) => p.name === name)?.gender;

  it("a name given to both sexes takes the pronoun the text gives it, not the lexicon's guess", () => {
    expect(genderOf("Rowan Tilly arrived late at the party. He said nothing to reporters.", "Rowan Tilly")).toBe("male");
  });

  it("someone who laughs and whose words come next with 'she said' is a woman", () => {
    const text = 'Asked about the rumours, Sol Adair only smiled. "Ask me next year," she said.';
    expect(genderOf(text, "Sol Adair")).toBe("female");
  });

  it("words quoted next over several sentences count too", () => {
    const text = 'Bronwen Lisle is leaving the show. Tam Orrel was moved. "It was a lovely run. We all cried," he said.';
    expect(genderOf(text, "Tam Orrel")).toBe("male");
  });

  it("'her' after a preposition is someone else, not the name before it", () => {
    const text = "Bronwen Lisle is leaving the show. Her co-host Tam Orrel paid tribute to her on Friday.";
    expect(genderOf(text, "Tam Orrel")).not.toBe("female");
  });

  it("the role noun nearest the name counts, past a capitalised word ('her husband, the Welsh actor')", () => {
    expect(genderOf("Nell Ames and her husband, the Welsh actor Ivo Brand, have separated.", "Ivo Brand")).toBe("male");
  });

  it("a possessive in a clause that also has the other one's is neither's", () => {
    const text =
      "Mina Loft shared a photograph of Jory Vance, 34, on a stone terrace above the old harbour in Positano at sunset last summer, her long hair loose and her head resting on his shoulder.";
    expect(genderOf(text, "Jory Vance")).not.toBe("female");
  });
});

describe("a role after an opening phrase with a pronoun", () => {
  it("is whom the pronoun meant, not the last person named", () => {
    const text =
      'Lena Ruiz and her husband, the actor Tom Vale, have split.\n\nIn a post shared with her followers on Friday, the 36-year-old singer wrote: "We have parted as friends."';
    expect(refs(text)).toContain("the 36-year-old singer→Lena Ruiz");
  });
});

describe("the couple the headline names", () => {
  const text = [
    "Ivy Marsh confirms Theo Lund romance, and insists she is not back with Cal Brent",
    "",
    "Ivy Marsh has finally spoken about her love life. Marsh and Theo Lund were seen in Brighton on Saturday.",
    "",
    'Last week a gossip site claimed that Marsh was back with Cal Brent. "Cal and I are not back together," she said. Marsh and Brent split in March after two years together.',
    "",
    'A friend of Marsh told us she had never been happier. "Theo is a gentleman," the friend said.',
  ].join("\n");

  it("ranks first, before a pair the article links more often but the headline names only to deny", () => {
    expect(findPairs(read(text))[0]).toEqual(["Ivy Marsh", "Theo Lund"]);
  });
});

describe("words introduced by a participle after another verb", () => {
  it("take the date of the sentence's clause, not the publication's ('posted a picture of the pair on Tuesday, captioning it: …')", () => {
    const text =
      'Lila Brandt and the actor Joel Varga were seen at a market on Saturday.\n\nBrandt shared a picture of the pair on her Instagram story on Tuesday, captioning it: "My favourite person."';
    const words = claims(text).find((c) => c.quote === "My favourite person");
    expect(words).toMatchObject({ speaker: "Lila Brandt", occurredOn: "2026-05-12", precision: "day" });
  });
});

describe("someone asked about", () => {
  const text = 'Kit Dunne arrived alone. Asked whether Tiva Marren was his girlfriend, he grinned and replied: "Ask me next year."';

  it("is what the partner noun after the name says, whoever 'his' is", () => {
    expect(read(text).people.find((p) => p.name === "Tiva Marren")?.gender).toBe("female");
  });

  it("is not who answers the question", () => {
    const a = read(text);
    const s = a.sentences[1];
    expect(attributionOf(a, s, quotesIn(a, s))?.speaker).toBe("Kit Dunne");
  });
});

describe("a host or a groom", () => {
  it.each([
    [
      'Nadia Fell and Rob Crane were guests at the wedding of Ana Lunt and Joe Pell on Saturday. "They danced all night," the groom, Joe Pell, told Night Owl.',
      "Joe Pell",
    ],
    ['Nadia Fell and Rob Crane are dating. Quiz host Ana Lunt admitted: "They are my favourite couple."', "Ana Lunt"],
  ])("speaks, though no one of a pair: %s", (text, speaker) => {
    const a = read(text);
    const s = a.sentences.at(-1)!;
    expect(attributionOf(a, s, quotesIn(a, s))?.speaker).toBe(speaker);
  });
});

describe("'the groom' and 'the bride'", () => {
  const text =
    'Nadia Fell and Rob Crane were guests at the wedding of the chef Joe Pell and Ana Lunt on Saturday. Pell, who has known Crane for years, was delighted. "I seated them together," the groom said. The bride, who wore her mother\'s gown, exchanged vows with Pell in the garden.';

  it("are the couple whose wedding the article named, and speak", () => {
    expect(refs(text)).toContain("the groom→Joe Pell");
    const a = read(text);
    const s = a.sentences[2];
    expect(attributionOf(a, s, quotesIn(a, s))?.speaker).toBe("Joe Pell");
  });

  it("are no pair of the article's own", () => {
    expect(findPairs(read(text))).toEqual([["Nadia Fell", "Rob Crane"]]);
  });
});
