import { describe, expect, it } from "vitest";
import { analyseArticle } from "./article";
import { findPairs } from "./pairs";
import { findQuotes } from "./quotes";

/** People, later references, pairs and speakers as blind-written articles put them (issue 12, refs slice). */
const EMPTY = { people: [], outlets: [] };
const read = (text: string) => analyseArticle({ text, published: "2026-05-14", outlet: "Night Owl" }, EMPTY);
const people = (text: string) => read(text).people.map((p) => p.name);
const genderOf = (text: string, name: string) => read(text).people.find((p) => p.name === name)?.gender;
/** Each reference in the text as "words→person". */
const refs = (text: string) => {
  const a = read(text);
  return a.refs.map((r) => `${a.text.slice(r.start, r.end)}→${r.value.person}`);
};

describe("names: what is glued onto a name, what only looks like one", () => {
  it.each([
    ["Castmates Nadia Ferraro and Luis Okoro also walked the carpet. Ferraro said nothing.", ["Nadia Ferraro", "Luis Okoro"]],
    ["Mother-of-two Tamsin Pell was there. Mark Pell stayed home.", ["Tamsin Pell", "Mark Pell"]],
    ["Sarah Moran wore a Harwick Hornets swim team shirt. Moran was thrilled.", ["Sarah Moran"]],
    ["Fans of 'Copper Crowns' cheered.\n\nCopper Crowns opens in May. Sarah Moran stars in it.", ["Sarah Moran"]],
    ['Parish council chair Gene Ashworth opened the fete. "It was lovely," Ashworth said.', ["Gene Ashworth"]],
    ["Conductor Bellamy to lead gala\n\nMateo Bellamy said the hall was cold.", ["Mateo Bellamy"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it("a nickname in quotation marks between first name and surname is the person the headline names", () => {
    const text =
      'Rosa Vell and Jet Adeyemi\'s new record is out\n\nRosa Vell and producer Tobias "Jet" Adeyemi made it in March. Adeyemi has said little. "Jet is family," Vell said.';
    expect(people(text)).toEqual(["Rosa Vell", "Jet Adeyemi"]);
    expect(refs(text)).toContain('Tobias "Jet" Adeyemi→Jet Adeyemi');
    expect(refs(text)).toContain("Jet→Jet Adeyemi");
    expect(findQuotes(text).map((q) => q.text)).toEqual(["Jet is family"]);
  });

  it("a nickname with no other written form makes the person by first name and surname", () => {
    expect(people('The striker Paulo "Pip" Marsh, 24, scored twice. Marsh said it was for his mum.')).toEqual(["Paulo Marsh"]);
  });
});

describe("gender: what the text says outweighs the first-name lexicon", () => {
  it("a name the lexicon calls female is a man's when the text twice says 'he'/'his' of him", () => {
    const text = "Jesse Orland and Mira Kost were seen on Monday. Orland, for his part, said little. Later Orland said he was tired.";
    expect(genderOf(text, "Jesse Orland")).toBe("male");
  });
  it("an object 'her' cannot turn a man's lexicon name female", () => {
    expect(genderOf("Tom Farrow arrived with her. Tom's support of her has been steady.", "Tom Farrow")).toBe("male");
  });
  it("a gendered noun before a name says who they are", () => {
    const text = "He is still married to his wife of nine years, Dara Quill. Kip's mother, Arlo Venn, spoke too.";
    expect(genderOf(text, "Dara Quill")).toBe("female");
    expect(genderOf(text, "Arlo Venn")).toBe("female");
  });
  it("a pronoun after the name's closing quotation mark is the speaker's, not the named person's", () => {
    const text = 'Rosa Vell and Jet Adeyemi made a record. Adeyemi has said little. "Jet is family," she said.';
    expect(genderOf(text, "Jet Adeyemi")).toBe("unknown");
  });
});

describe("pairs over the new names", () => {
  it("a nickname's owner forms the pair instead of a listed guest", () => {
    const text =
      'Rosa Vell and producer Tobias "Jet" Adeyemi have an album out. Adeyemi has said little about the rumours that they are dating.\n- guest spots from the cellist Ines Moor';
    expect(findPairs(read(text))).toEqual([["Rosa Vell", "Tobias Adeyemi"]]);
  });
});
