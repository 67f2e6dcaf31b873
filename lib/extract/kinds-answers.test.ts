import { describe, expect, it } from "vitest";
import { kindOfEvent, kindOfRemark, stanceOf } from "./classify";
import { extractClaims } from "./extract";

/**
 * How the couple's own words answer talk about them (ADR 0019, sixth pass): each case is a
 * made-up sentence, not a corpus article.
 */
describe("words that answer a rumour", () => {
  it("reads 'we're fine, stronger than ever' in answer to split stories as a denial that supports the couple", () => {
    const words = "Rosa and I are fine, stronger than ever. I see these stories and I shrug.";
    expect(kindOfRemark(words, "pair")).toBe("denial");
    expect(stanceOf("denial", words)).toBe("supports");
    // With no talk of trouble being answered, all being well is no denial of anything.
    expect(kindOfRemark("The new season is stronger than ever.", "pair")).toBe("statement");
  });

  it("reads 'that's the whole story' as a denial, but 'a dear friend' alone as coy", () => {
    expect(kindOfRemark("Nico is a lovely colleague and a great cook. That's the whole story.", "pair")).toBe("denial");
    expect(kindOfRemark("Nico is a dear friend and a great cook.", "pair")).toBe("statement");
  });
});

const brief = (text: string, published: string) =>
  extractClaims({ text, published, outlet: "The Daily Lark" }).map((c) => `${c.kind} ${c.occurredOn} ${c.precision}`);

describe("one of the couple saying nothing", () => {
  it("keeps one of the pair's own 'no comment' or 'my lips are sealed' as a statement about the couple, of the day it was said", () => {
    const text = [
      "Is it over for Gemma Hart and Leon Osei?",
      "Gemma Hart and Leon Osei have not been seen together since the spring, and Hart was photographed leaving a gym in Surrey on Tuesday.",
      '"No comment, mate, have a good one," Osei said on Wednesday as he climbed into a taxi.',
      '"My lips are sealed," Hart said at an awards lunch on Thursday.',
    ].join("\n\n");
    const statements = brief(text, "2025-06-13").filter((c) => c.startsWith("statement"));
    expect(statements).toEqual(["statement 2025-06-11 day", "statement 2025-06-12 day"]);
  });
});

describe("an answer told over several sentences", () => {
  it("hears a quote as about the couple when the sentence before has its speaker address the reports", () => {
    const text = [
      "Nina Roque and Abel Strand: secretly married?",
      'The Velvet Post claimed on Sunday that Nina Roque and Abel Strand had "married in secret" in Reno.',
      'Roque addressed the report herself on Tuesday. "I think I would know," she told the hosts of Night Desk, laughing.',
    ].join("\n\n");
    expect(brief(text, "2025-04-10").filter((c) => !c.startsWith("report"))).toEqual(["statement 2025-04-08 day"]);
  });

  it("keeps one remark as firm as its firmest words when the speaker goes on", () => {
    const text = [
      "Nina Roque and Abel Strand: secretly married?",
      'The Velvet Post claimed on Sunday that Nina Roque and Abel Strand had "married in secret" in Reno.',
      'Roque spoke on Tuesday. "People love to talk about our relationship," she told the hosts of Night Desk.',
      '"We are not married. We never were," she added.',
    ].join("\n\n");
    expect(brief(text, "2025-04-10").filter((c) => !c.startsWith("report"))).toEqual(["denial 2025-04-08 day"]);
  });
});

describe("trouble told by reports and sources", () => {
  it("reads a report that a couple are 'on the rocks', 'barely speaking' or have 'called time on their romance' as bearing against them", () => {
    expect(stanceOf("report", "The Daily Ping reported that the pair were barely speaking.")).toBe("contradicts");
    expect(stanceOf("report", "Rumours that the couple were on the rocks first surfaced in May.")).toBe("contradicts");
    expect(stanceOf("report", "The Ping reported that they had called time on their romance.")).toBe("contradicts");
    expect(stanceOf("report", "The Ping reported that they had been dating for months.")).toBe("supports");
  });

  it("reads speculation that they had gone their separate ways, being put to bed, as no new split", () => {
    expect(
      kindOfEvent("She used the podcast to put to bed weeks of speculation that she and Rafe had gone their separate ways."),
    ).toBeNull();
  });
});

describe("yes and no in many words", () => {
  it("reads a split told as 'decided to end their relationship' or 'gone our separate ways' as its confirmation", () => {
    expect(kindOfRemark("After much reflection, Ada and Kit have decided to end their marriage", "rep")).toBe("confirmation");
    expect(kindOfRemark("Yes, we have gone our separate ways, and we wish each other well", "pair")).toBe("confirmation");
  });

  it("reads a rep's 'yes, they are seeing each other' as a confirmation, and 'not seeing each other' as a denial", () => {
    expect(kindOfRemark("Yes, they are seeing each other and are very happy", "rep")).toBe("confirmation");
    expect(kindOfRemark("They are not seeing each other", "rep")).toBe("denial");
  });

  it("reads a split denied in so many words, a rumour laughed off or having none of it, and 'there is no engagement' as denials", () => {
    expect(kindOfRemark("We are not separating and nobody is getting divorced", "pair")).toBe("denial");
    expect(kindOfRemark("The singer laughed the reports off. 'Honestly, people will print anything'", "pair")).toBe("denial");
    expect(kindOfRemark("But Rhys was having none of it. 'I read that and rolled my eyes'", "pair")).toBe("denial");
    expect(kindOfRemark("There is no engagement. She has worn that ring since college", "rep")).toBe("denial");
    expect(kindOfRemark("The story is complete fiction", "rep")).toBe("denial");
    expect(kindOfRemark("Sol is one of my best mates, and that's honestly it.", "pair")).toBe("denial");
  });

  it("reads 'the report was simply wrong' and 'has not moved in with him' as denials", () => {
    expect(kindOfRemark("Her publicist said the report was simply wrong.", "rep")).toBe("denial");
    expect(kindOfRemark("Cora has not moved in with Idris, or with anybody", "rep")).toBe("denial");
  });

  it("reads 'a friend and a brilliant scene partner, and that's all he is' as a denial, 'I'm not saying he's my boyfriend' as coy", () => {
    expect(kindOfRemark("Tom is a friend and a brilliant scene partner, and that's all he is", "pair")).toBe("denial");
    expect(kindOfRemark("I'm not saying he's my boyfriend. I'm saying he cooks for me a lot", "pair")).toBe("statement");
  });

  it("reads a rep's quote with the rep's sentence before it: 'no truth to the report', then 'they are together and happy', denies", () => {
    const text = [
      "Signe Moor and Jory Hale: still going strong",
      'The blog Spillway claimed on Saturday that Signe Moor and Jory Hale had "split after a row".',
      'On Tuesday her representative told The Daily Lark that there was no truth to the report. "Signe and Jory are together and happy," the rep said.',
    ].join("\n\n");
    expect(brief(text, "2025-03-20").filter((c) => !c.startsWith("report"))).toEqual(["denial 2025-03-18 day"]);
  });

  it("reads a rumour laughed off 'without quite denying' it as a coy statement", () => {
    expect(kindOfRemark("She laughed the rumours off without quite denying them. 'He is great company'", "pair")).toBe("statement");
  });
});

describe("one outing told in detail", () => {
  it("folds what the pair were seen doing at an event into their appearance there, the same day", () => {
    const text = [
      "Tess Moravia and Bram Lindell steal the show at the Harbour Lights Gala",
      "Tess Moravia and Bram Lindell attended the Harbour Lights Gala in Bristol together on Saturday.",
      "Later that night the pair were seen holding hands on the terrace of the venue.",
    ].join("\n\n");
    expect(brief(text, "2026-03-16")).toEqual(["appearance 2026-03-14 day"]);
  });

  it("keeps an outing on another day as a sighting of its own", () => {
    const text = [
      "Tess Moravia and Bram Lindell steal the show at the Harbour Lights Gala",
      "Tess Moravia and Bram Lindell attended the Harbour Lights Gala in Bristol together on Saturday.",
      "On Sunday the pair were seen holding hands on the seafront in Clevedon.",
    ].join("\n\n");
    expect(brief(text, "2026-03-16")).toEqual(["appearance 2026-03-14 day", "sighting 2026-03-15 day"]);
  });
});

describe("work together and sources' words, dated", () => {
  it("reads co-presenting an awards night as work together", () => {
    expect(kindOfEvent("They first crossed paths in 2019, when they co-presented the Northern Food Awards together in Leeds.")).toBe(
      "professional",
    );
  });

  it("dates an unnamed source's undated words to this outlet on its day, not on the outing told just before", () => {
    const text = [
      "Rhea Dunmore and Cato Vries step out in Leeds",
      "Rhea Dunmore and Cato Vries were spotted arm in arm at the Harbour Festival in Whitby on Saturday.",
      '"They never left each other\'s side," a member of the festival crew told The Daily Lark.',
    ].join("\n\n");
    expect(brief(text, "2025-07-02").filter((c) => c.startsWith("speculation"))).toEqual(["speculation 2025-07-02 day"]);
  });
});

describe("one of the pair seen alone", () => {
  it("gives no outing of the pair when one of them was seen by themselves, even at 'the couple's' home", () => {
    const text = [
      "Is it over for Gemma Hart and Leon Osei?",
      "Gemma Hart and Leon Osei have not been seen together since the spring.",
      "He was spotted leaving the couple's Surrey home with two large suitcases on Saturday.",
    ].join("\n\n");
    expect(brief(text, "2025-06-10").filter((c) => c.startsWith("sighting"))).toEqual([]);
    expect(kindOfEvent("She was photographed with Leon at a cafe in Guildford on Saturday.")).toBe("sighting");
  });
});

describe("witnesses of an outing", () => {
  it("reads an outing told 'according to fellow diners' as the outing, not as an unnamed source's words", () => {
    const text = [
      "Rhea Dunmore and Cato Vries step out in Leeds",
      "Rhea Dunmore and Cato Vries were spotted on Friday sharing a candlelit dinner at Casa Olmo in Leeds, and according to fellow diners they barely touched their food.",
    ].join("\n\n");
    expect(brief(text, "2025-11-17")).toEqual(["sighting 2025-11-14 day"]);
  });

  it("gives no default claim for a sentence that only counts outings told elsewhere", () => {
    const text = [
      "Rhea Dunmore and Cato Vries step out in Leeds",
      "Rhea Dunmore and Cato Vries were spotted on Friday sharing a candlelit dinner at Casa Olmo in Leeds.",
      "It wasn't the first time the two have been seen together this month.",
    ].join("\n\n");
    expect(brief(text, "2025-11-17")).toEqual(["sighting 2025-11-14 day"]);
  });

  it("reads demands that 'caught up with them' and a rough patch 'over the holidays' as no outing", () => {
    expect(kindOfEvent("The demands of two touring careers finally caught up with them.")).toBeNull();
    expect(kindOfEvent("The pair went through a rough patch over the holidays.")).toBeNull();
    expect(kindOfEvent("The pair were holidaying in Crete last week.")).toBe("sighting");
  });
});

describe("counting outings is not telling one", () => {
  it("reads 'the third time they have been photographed together' as no outing, and the meeting it dates from as work", () => {
    expect(kindOfEvent("It was only the third time this year that the two had been seen together.")).toBeNull();
    expect(
      kindOfEvent("It is the first time they have been photographed together since they met in 2021 while shooting a perfume advert."),
    ).toBe("professional");
    // "the second time around for the couple, who were first linked … when they were photographed": a real outing.
    expect(
      kindOfEvent("It is the second time around for the couple, who were first linked when they were photographed at the Lark Awards."),
    ).toBe("appearance");
    // An outing told in so many words still counts.
    expect(kindOfEvent("The two were photographed together outside a cafe in Hove.")).toBe("sighting");
  });
});

describe("syndicated copies", () => {
  it("folds 'the story was lifted within hours by' other outlets into the report it copies", () => {
    const text = [
      "Pia Lorne and Dax Mercado: is it over?",
      'The gossip site Pillow Talk claimed on Sunday that Pia Lorne and Dax Mercado had "called it a day after a row in Ibiza".',
      "The story was lifted within hours by The Evening Chatter and Starwatch Daily, and both of them trended all evening.",
    ].join("\n\n");
    const claims = extractClaims({ text, published: "2025-08-05", outlet: "The Daily Lark" });
    expect(claims.map((c) => `${c.kind} ${c.occurredOn} ${c.outlet}`)).toEqual(["report 2025-08-03 Pillow Talk"]);
  });
});

describe("outlets' reports", () => {
  it("knows 'the Marlow Beacon reported' as a publication's report, not a person's words", () => {
    const text = [
      "Nadia Fenn and Oskar Lunde: the romance nobody saw coming",
      'Nadia Fenn and Oskar Lunde were seen leaving a gallery in Oslo together on Friday. The outing comes after the Marlow Beacon reported last month that the pair had been "inseparable since the spring".',
    ].join("\n\n");
    const claims = extractClaims({ text, published: "2025-10-06", outlet: "The Daily Lark" });
    expect(claims.map((c) => `${c.kind} ${c.occurredOn} ${c.outlet}`)).toContain("report 2025-09 Marlow Beacon");
  });
});

describe("outlets named before 'reported'", () => {
  it("knows 'The Harbour Tattler reported' and 'the sports paper Folha do Samba' as publications", () => {
    const text = [
      "Lise Moray and Dario Penn: are they over?",
      'The Harbour Tattler reported on Sunday that Lise Moray and Dario Penn had "quietly separated" after six years.',
      'The sports paper Folha do Samba reported in July that Lise Moray and Dario Penn had been "living apart since the spring".',
    ].join("\n\n");
    const claims = extractClaims({ text, published: "2025-09-16", outlet: "The Daily Lark" });
    expect(claims.map((c) => `${c.kind} ${c.occurredOn} ${c.outlet}`)).toEqual([
      "report 2025-09-14 The Harbour Tattler",
      "report 2025-07 Folha do Samba",
    ]);
  });
});

describe("an outlet taken up again by what it is", () => {
  it("reads 'The gossip site reported on Sunday that…' as the report of the site named before", () => {
    const text = [
      "Lise Moray and Dario Penn: no engagement after all",
      "Lise Moray and Dario Penn are not engaged, the blog Pillow Talk admitted on Tuesday.",
      'The gossip site reported on Sunday that the pair were "secretly engaged", citing photos of Moray wearing a ring at an airport.',
    ].join("\n\n");
    const claims = extractClaims({ text, published: "2025-09-17", outlet: "The Daily Lark" });
    expect(claims.map((c) => `${c.kind} ${c.occurredOn} ${c.outlet}`)).toContain("report 2025-09-14 Pillow Talk");
    expect(claims.some((c) => c.kind === "sighting")).toBe(false);
  });
});

describe("solo career news", () => {
  it("gives no work together for one of the pair starring opposite someone else, or named the new face of a brand", () => {
    const text = [
      "Ines Barrow and Tobin Vale: neighbours or more?",
      "Ines Barrow and Tobin Vale were photographed carrying boxes into neighbouring houses in Bath on Sunday.",
      "Barrow is currently starring opposite Dame Edith Carr in a revival of The Rivals at the Theatre Royal, while Vale has just been announced as the new face of a cider brand.",
    ].join("\n\n");
    expect(brief(text, "2025-03-12")).toEqual(["sighting 2025-03-09 day"]);
  });

  it("gives no claim for what the pair are expected to do next", () => {
    const text = [
      "Ines Barrow and Tobin Vale: neighbours or more?",
      "Ines Barrow and Tobin Vale were photographed carrying boxes into neighbouring houses in Bath on Sunday.",
      "The pair are expected to perform together at the Harbour Festival in Falmouth next month.",
    ].join("\n\n");
    expect(brief(text, "2025-03-12")).toEqual(["sighting 2025-03-09 day"]);
  });
});

describe("unnamed sources named only by what they are", () => {
  it("hears 'the partygoer said' and 'my tipster says' as an unnamed source's speculation, given to this article on its day", () => {
    const text = [
      "Nell Aster and Rufus Kane cosy up at a birthday bash",
      "Nell Aster and Rufus Kane attended the 30th birthday party of a friend at a members' club in Soho on Friday.",
      '"He did not leave her side all night and she kept laughing at his jokes," the partygoer said.',
      '"They left together just after one," my tipster says.',
    ].join("\n\n");
    expect(brief(text, "2026-05-04")).toContain("speculation 2026-05-04 day");
  });
});
