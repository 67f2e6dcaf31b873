import { describe, expect, it } from "vitest";
import { analyseArticle, quotesIn } from "./article";
import { findPairs } from "./pairs";
import { findQuotes } from "./quotes";
import { plainSpaces, unwrapLines } from "./unwrap";
import { extractClaims } from "./extract";
import { attributionOf } from "./attribution";

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
    // ("Jet" is a man's name in the given-name list; what matters is that "she" after the quotation mark does not make Jet a woman.)
    expect(genderOf(text, "Jet Adeyemi")).not.toBe("female");
  });
});

describe("pairs over the new names", () => {
  it("a nickname's owner forms the pair instead of a listed guest", () => {
    const text =
      'Rosa Vell and producer Tobias "Jet" Adeyemi have an album out. Adeyemi has said little about the rumours that they are dating.\n- guest spots from the cellist Ines Moor';
    expect(findPairs(read(text))).toEqual([["Rosa Vell", "Tobias Adeyemi"]]);
  });
});

describe("later references: epithets, appositions, pronouns inside quotations", () => {
  it("an epithet with a capitalised modifier and an age is the person last named", () => {
    const text = 'Nadia Ferraro and Luis Okoro arrived on Monday. Ferraro smiled. "We are happy," the Grammy winner, 29, told us.';
    expect(refs(text)).toContain("the Grammy winner, 29,→Nadia Ferraro");
  });
  it("a role the article gave someone when naming them points back to them, not to whoever was named last", () => {
    const text =
      'Actress Mia Dorne was seen with acclaimed director Paul Serra on Sunday. Dorne laughed. Mia Dorne waved. "They are friends," insists a pal of the director.';
    expect(refs(text)).toContain("the director→Paul Serra");
  });
  it("a role in apposition right after a name is that name", () => {
    const text = "Mia Dorne sat beside Paul Serra, the star of the drama Harbour, who waved.";
    expect(refs(text)).toContain("the star→Paul Serra");
  });
  it("inside a quotation, 'she' is not the woman quoted saying it", () => {
    const text = 'Mia Dorne and Paul Serra sat together. We asked the expert Anna Voss. "She is mirroring him," Voss told us.';
    expect(refs(text)).toContain("She→Mia Dorne");
  });
  it("the subject of the sentence before takes 'she' even when she is named once and her daughter often", () => {
    const text =
      'Mia Dorne waved. Mia Dorne smiled. Mia Dorne laughed. Mia Dorne left. Mia Dorne\'s mother, Carol Dorne, was thrilled. "We adore him," she said.';
    expect(refs(text)).toContain("she→Carol Dorne");
  });
});

describe("pairs: partners in apposition, a possessive's relationship, exes, groups and wedding couples", () => {
  const pairs = (text: string) => findPairs(read(text)).map((p) => p.join(" & "));
  it("his wife of twelve years, named in apposition after a description, is his partner", () => {
    expect(
      pairs(
        "Mia Dorne is dating Paul Serra. In June, he confirmed his separation from his wife of twelve years, the theatre director Lucy Dray.",
      ),
    ).toEqual(["Mia Dorne & Paul Serra", "Lucy Dray & Paul Serra"]);
  });
  it("'A's marriage to B' links the two", () => {
    expect(pairs("Mia Dorne is dating Paul Serra. Mia's six-year marriage to DJ Tony Kerr ended last summer.")).toContain(
      "Mia Dorne & Tony Kerr",
    );
  });
  it("a pronoun's split from someone new is an ex of the couple's member, after the couple", () => {
    expect(pairs("Mia Dorne is dating Paul Serra. Her split from the Belgian cyclist Tom Wit was confirmed in January.")).toEqual([
      "Mia Dorne & Paul Serra",
      "Mia Dorne & Tom Wit",
    ]);
  });
  it("castmates named together are no couple", () => {
    expect(pairs("Mia Dorne and Paul Serra arrived together. Castmates Lorna Fitz and Omar White also walked the carpet.")).toEqual([
      "Mia Dorne & Paul Serra",
    ]);
  });
  it("the couple whose wedding it is are mentions, not a pair", () => {
    expect(
      pairs("Mia Dorne and Paul Serra danced together at the wedding of her co-star Nina Ferro and the songwriter Luke Amber."),
    ).toEqual(["Mia Dorne & Paul Serra"]);
  });
});

describe("speakers", () => {
  const speakerOf = (text: string) => {
    const a = read(text);
    const s = a.sentences.at(-1)!;
    const attribution = attributionOf(a, s, quotesIn(a, s));
    return attribution && [attribution.role, attribution.speaker ?? attribution.principal];
  };
  it.each([
    ['Mia Dorne and Paul Serra sat together. "They looked smitten," gasped one diner.', ["insider", null]],
    ['Mia Dorne and Paul Serra sat together. "They are close," insists a pal of Paul Serra.', ["insider", null]],
    ["Mia Dorne is dating Paul Serra. Her split from Tom Wit was confirmed by her agent in January.", ["rep", "Mia Dorne"]],
    ['Mia Dorne and Paul Serra sat together. A lip reader believes Dorne murmured "Not here" to him.', ["insider", null]],
  ] as const)("%s", (text, expected) => {
    expect(speakerOf(text)).toEqual(expected);
  });
});

describe("after merging the new tuning articles", () => {
  it("a name after a preposition is a person when the text goes on to give its surname a verb", () => {
    expect(people("First, the matter of Lachlan Brook and Imelda Farr. Brook signed on in May. Farr smiled.")).toEqual([
      "Lachlan Brook",
      "Imelda Farr",
    ]);
  });
  it("a first name the lexicon knows without a gender takes the pronouns the text gives it", () => {
    expect(genderOf("Pop singer Cassidy Flinn, 38, and her husband of eleven years have separated.", "Cassidy Flinn")).toBe("female");
  });
  it("a station's name is no person, whatever its first word", () => {
    expect(people("Paul Serra spoke on her Kestrel FM breakfast show on Friday.")).toEqual(["Paul Serra"]);
  });
  it("a spouse named once, in passing, is background: no pair of their own unless the other is one of a couple", () => {
    const text =
      "The crooner Paul Serra has an album of duets out with Mia Dorne. They were seen dining together on Thursday. Serra's 30-year marriage to the former ballerina Ada Serra ended in divorce in 2021.";
    expect(findPairs(read(text))).toEqual([]);
    const couple = `Paul Serra and Mia Dorne are dating. ${text}`;
    expect(findPairs(read(couple))).toEqual([
      ["Mia Dorne", "Paul Serra"],
      ["Ada Serra", "Paul Serra"],
    ]);
  });
});

describe("reps and the speaker after a quotation", () => {
  const attributionIn = (text: string, needle: string) => {
    const a = read(text);
    const s = a.sentences.find((x) => x.text.includes(needle))!;
    return attributionOf(a, s, quotesIn(a, s));
  };
  it("a rep's own name is the one beside the rep noun, not the subject of an earlier clause", () => {
    const text = "Singer Mia Dorne and actor Paul Serra are a couple, her representative confirmed on Wednesday.";
    expect(attributionIn(text, "confirmed")).toMatchObject({ role: "rep", speaker: null, principal: "Mia Dorne" });
  });
  it("'a spokesman for X, Name, said' names the spokesman", () => {
    const text = 'Mia Dorne and Paul Serra were seen. A spokesman for Serra, Rufus Kell, said: "We don\'t comment."';
    expect(attributionIn(text, "Rufus")).toMatchObject({ role: "rep", speaker: "Rufus Kell", principal: "Paul Serra" });
  });
  it("'she' right after a quotation is not a woman named inside it", () => {
    const text =
      'Paul Serra and Mia Dorne were seen. Serra\'s rep, Janine Alba, was quick to deny it. "Paul and Mia are friends," she told The Gleam.';
    expect(refs(text)).toContain("she→Janine Alba");
  });
});

describe("titles and hosts", () => {
  it("a work's title used before what it is the title of is no person, wherever else it stands", () => {
    expect(people("Paul Serra and his Riptide Vortex co-star were seen. Serra and Mia Dorne filmed Riptide Vortex together.")).toEqual([
      "Paul Serra",
      "Mia Dorne",
    ]);
  });
  it("whose wedding the article is about are hosts beside the guest couples, not a pair of their own", () => {
    const text = [
      "Inside Ada Quill's country wedding: the new couple who stole the show",
      "",
      "Presenter Ada Quill married her partner, Tom Reyes, on Saturday. Mia Dorne and Paul Serra danced together until dawn.",
    ].join("\n");
    expect(findPairs(read(text))).toEqual([["Mia Dorne", "Paul Serra"]]);
  });
});

describe("a pronoun for someone whose gender the article had not given", () => {
  it("'she' after a sentence opening on that person is them, not a woman named further back", () => {
    const text =
      'The album features the cellist Ines Moor. Yara Bendt and Jet Adeyemi made it together. Bendt was less direct. "Jet is family," she said.';
    expect(refs(text)).toContain("she→Yara Bendt");
  });
});

describe("hard-wrapped text (pasted from an email or a PDF)", () => {
  const prose = [
    "Mia Dorne and Paul Serra are dating",
    "",
    "Actress Mia Dorne and the chef Paul Serra were spotted holding hands at Nobu in Malibu on",
    "Tuesday night, a source told the Daily Glimmer. The two left together shortly after Maren",
    "Holloway, a friend of the couple, arrived with her husband at around eleven o'clock.",
    "",
    '"They are very happy," Dorne\'s representative said on Wednesday. "That is all we will say',
    'about it for now, thank you."',
  ].join("\n");
  it("keeps every offset and joins the soft breaks, so a name split over a line break is one name", () => {
    const text = unwrapLines(prose);
    expect(text).toHaveLength(prose.length);
    expect(text).toContain("Maren Holloway, a friend");
    expect(people(prose)).toContain("Maren Holloway");
  });
  it("suggests from wrapped text what it suggests from the same text unwrapped", () => {
    const one = extractClaims({ text: prose, published: "2026-06-05", outlet: null });
    const flat = extractClaims({ text: unwrapLines(prose), published: "2026-06-05", outlet: null });
    expect(one.map((c) => [c.kind, c.occurredOn, c.pair])).toEqual(flat.map((c) => [c.kind, c.occurredOn, c.pair]));
    expect(one.length).toBeGreaterThan(0);
  });
  it("leaves texts whose paragraphs are single lines, list items and speaker tags alone", () => {
    const list = "Guests\n- Mia Dorne arrived at eight with her sister and her husband\n- Paul Serra left early with friends from work";
    expect(unwrapLines(list)).toBe(list);
    const tags =
      "HOST: So, you and Paul Serra. Are you really together now?\nDORNE: I'm going to plead the fifth on that one.\nHOST: That is not a no.\nDORNE: It is not a yes!";
    expect(unwrapLines(tags)).toBe(tags);
  });
});

it("keeps one-line paragraphs that end their sentences apart, though no blank line separates them", () => {
  const text =
    'Mara Vance and Theo Lindqvist were spotted at Nobu in Malibu last Tuesday, holding hands.\n"They are friends," Vance\'s rep said on Wednesday.';
  expect(unwrapLines(text)).toBe(text);
});

describe("quotations in single marks, as British papers print them", () => {
  it.each([
    ["'We're friends. Nothing more,' Dorne's rep said on Wednesday.", ["We're friends. Nothing more"]],
    ["‘I’m not going to talk about Paul,’ she said. ‘He’s lovely, though.’", ["I’m not going to talk about Paul", "He’s lovely, though"]],
    ["Jade's rep and the Vickers' lawyer said nothing.", []],
  ])("%s", (text, expected) => {
    expect(findQuotes(text).map((q) => q.text)).toEqual(expected);
  });
  it("a sentence break inside a single-marked quotation is not the sentence's end", () => {
    const a = read("Mia Dorne and Paul Serra were seen on Monday.\n\n'We're friends. Nothing more,' Dorne's rep said on Wednesday.");
    expect(a.sentences.map((s) => s.text)).toContain("'We're friends. Nothing more,' Dorne's rep said on Wednesday.");
  });
  it("gives the same claims as the same article with double marks", () => {
    const double =
      'Mia Dorne and Paul Serra are dating\n\nMia Dorne and Paul Serra were spotted at Nobu in Malibu last Tuesday.\n\n"They couldn\'t keep their eyes off each other," an onlooker told the Glimmer. "It was sweet."\n\n"They are good friends, nothing more," Dorne\'s rep said on Wednesday.';
    const single = double.replace(/"([^"]*)"/g, "'$1'");
    const claims = (text: string) =>
      extractClaims({ text, published: "2026-06-05", outlet: null }).map((c) => [c.kind, c.occurredOn, c.speaker, c.quote]);
    expect(claims(single)).toEqual(claims(double));
    expect(claims(single)).toHaveLength(3);
  });
});

it("reads names joined by no-break spaces, as text copied from a web page has them, as plain names", () => {
  const text = "Mia\u00a0Dorne and Paul\u00a0Serra were spotted at Nobu in Malibu last Tuesday.";
  expect(plainSpaces(text)).toHaveLength(text.length);
  expect(refs(text)).toEqual(["Mia Dorne→Mia Dorne", "Paul Serra→Paul Serra"]);
});

describe("a role opening a sentence is the subject of the sentence before", () => {
  const text =
    'Mira Holt wants fans to know that her bond with Oren Vance is strictly musical.\n\nThe Danish singer-songwriter, 30, talked it over on the show Night Drive on Tuesday. "Oren is a dear friend and we are not a couple," she told host Pam Reed.';
  it("is not the person the sentence before named after a preposition", () => {
    expect(refs(text)).toContain("The Danish singer→Mira Holt");
  });
  it("nor the object of its verb, but not when the sentence before opened with someone else", () => {
    expect(refs("Joel Marsh has confirmed he is dating Ida Renn. The rapper, 30, spoke on Tuesday.")).toContain("The rapper→Joel Marsh");
    const aside = "Ida Renn and Joel Marsh met in 2016. Meanwhile, Marsh is keeping busy. The rapper was seen in Leeds.";
    expect(refs(aside)).toContain("The rapper→Joel Marsh");
  });
  it("so her undated denial takes the day of the appearance she made", () => {
    const denial = extractClaims({ text, published: "2026-05-14", outlet: "Night Owl" }).find((c) => c.kind === "denial");
    expect(denial).toMatchObject({ speaker: "Mira Holt", occurredOn: "2026-05-12", precision: "day" });
  });
});

describe("who speaks when someone else asked first", () => {
  it("is 'she' who answers with a colon, not the fan who asked", () => {
    const a = read(
      'Sarah Moor and David Vos are an item. On a livestream, a viewer asked about David and she smiled: "David is a good friend."',
    );
    const s = a.sentences[1];
    expect(attributionOf(a, s, quotesIn(a, s))).toMatchObject({ role: "person", speaker: "Sarah Moor" });
  });
});

describe("a pronoun after an unnamed rep the paragraph has just met", () => {
  const speakerOf = (text: string, n: number) => {
    const a = read(text);
    const s = a.sentences[n];
    return attributionOf(a, s, quotesIn(a, s));
  };
  it("is the rep, speaking for whose rep they are", () => {
    const text =
      'Tom Hale and Ruth Pike are back on.\n\nWhen I rang Hale\'s weary manager on Monday, I expected a slammed phone. Instead, he chuckled. "Tom and Ruth are very happy," he told me.';
    expect(speakerOf(text, 3)).toMatchObject({ role: "rep", speaker: null, principal: "Tom Hale" });
  });
  it("is not the rep when someone has been named since, nor a spokeswoman when the pronoun is 'he'", () => {
    const since = 'Tom Hale and Ruth Pike are back on.\n\nI rang Hale\'s manager on Monday. Hale picked up. "Ruth is lovely," he told me.';
    expect(speakerOf(since, 3)).toMatchObject({ role: "person", speaker: "Tom Hale" });
    const woman = 'Tom Hale and Ruth Pike are back on.\n\nI rang Hale\'s spokeswoman on Monday. "Ruth is lovely," he told me.';
    expect(speakerOf(woman, 2)).toMatchObject({ role: "person", speaker: "Tom Hale" });
  });
});

describe("a pronoun after an unnamed source, and verbs of manner", () => {
  const speakerOf = (text: string, n: number) => {
    const a = read(text);
    const s = a.sentences[n];
    return attributionOf(a, s, quotesIn(a, s));
  };
  const couple = "Tom Hale has a new album with the singer Ruth Pike.\n\n";
  it("is the source whose sentence comes just before, when no one has been named since", () => {
    const text = `${couple}One of the backing dancers is sure they are a couple. "He only has eyes for her," he whispered to me.`;
    expect(speakerOf(text, 2)).toMatchObject({ role: "insider", speaker: null });
  });
  it("is whoever is named since the source", () => {
    const text = `${couple}One of the backing dancers is sure. Hale laughed it off. "She is a friend," he said.`;
    expect(speakerOf(text, 3)).toMatchObject({ role: "person", speaker: "Tom Hale" });
  });
  it("reads 'purred' and 'drawled' as speech verbs", () => {
    expect(speakerOf(`${couple}"A gentleman never tells," Hale purred.`, 1)).toMatchObject({ speaker: "Tom Hale" });
    expect(speakerOf(`${couple}"She is lovely," Hale drawled.`, 1)).toMatchObject({ speaker: "Tom Hale" });
  });
});
