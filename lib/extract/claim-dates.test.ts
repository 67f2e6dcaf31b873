import { describe, expect, it } from "vitest";
import { analyseArticle } from "./article";
import { DateTrail } from "./claim-dates";
import { findDates } from "./dates";
import { extractClaims } from "./extract";

/** Which date a claim takes when its sentence has none, or has one about something else (invented articles). */
const claims = (text: string, published: string, outlet: string | null = "The Lamplight") =>
  extractClaims({ text, published, outlet }).map((c) => ({ kind: c.kind, on: c.occurredOn, evidence: c.evidence }));
const dated = (text: string, published: string, words: RegExp) =>
  claims(text, published)
    .filter((c) => words.test(c.evidence))
    .map((c) => c.on);

describe("the date in force", () => {
  it("dates an undated outing by the day the story gave a paragraph or two before", () => {
    const text = [
      "Soap star Mara Quell has found love again.",
      "Quell and rugby forward Tobin Ashe were seen at the Lamplighter Arms in Leeds on Thursday night.",
      '"They were inseparable," said one regular.',
      "The pair shared a plate of chips by the dartboard before leaving arm in arm just before midnight.",
    ].join("\n\n");
    expect(dated(text, "2026-03-16", /shared a plate of chips/)).toEqual(["2026-03-12"]);
  });

  it("does not lend it to a sentence about an earlier time, nor from further than two paragraphs up", () => {
    const text = [
      "Mara Quell has a new man.",
      "She is 33 and lives in Leeds.",
      "Mara Quell and Tobin Ashe were seen at the Lamplighter Arms in Leeds on Thursday night.",
      "The pair had been photographed together at a spa in Harrogate.",
      "The pair left together.",
      "Quell is filming a new series.",
      "Ashe plays for Leeds.",
      "The pair left together.",
    ].join("\n\n");
    const article = analyseArticle({ text, published: "2026-03-16" }, { people: [], outlets: [] });
    const trail = new DateTrail(article);
    trail.previous = { when: { occurredOn: "2026-03-12", precision: "day" }, sentence: article.sentences[2] };
    const undated = (i: number) => trail.dateFor(article, [], article.sentences[i], null).occurredOn;
    expect([undated(3), undated(4), undated(7)]).toEqual(["2026-03-16", "2026-03-12", "2026-03-16"]);
  });

  it("counts 'the following day' from the last day given, even after a year was given since", () => {
    const text = [
      "Ines Farrow and Jory Blake were seen together at a gala in Paris on Sunday.",
      "The two co-starred in a 2022 thriller about a heist.",
      "The following day, the pair were photographed leaving the Hotel Verre in Paris together.",
    ].join(" ");
    expect(dated(text, "2026-03-12", /Hotel Verre/)).toEqual(["2026-03-09"]);
  });
});

describe("dates of words", () => {
  it("does not date words by a clause about what their speaker did ('one diner who saw them on Friday')", () => {
    const text = [
      "Ines Farrow and Jory Blake are dating, friends say.",
      '"They could not keep their hands off each other," said one diner who watched them at Bistro Lune in Lyon on Friday.',
    ].join("\n\n");
    const words = claims(text, "2026-03-12").filter((c) => /hands off each other/.test(c.evidence));
    expect(words.map((c) => c.kind)).toContain("speculation");
    // Not the Friday of the outing: the diner's words were given on the publication day.
    expect(words.find((c) => c.kind === "speculation")?.on.slice(0, 10)).toBe("2026-03-12");
  });

  const trailAfter = (text: string, published: string, day: string) => {
    const article = analyseArticle({ text, published }, { people: [], outlets: [] });
    const trail = new DateTrail(article);
    trail.previous = { when: { occurredOn: day, precision: "day" }, sentence: article.sentences[1] };
    return { article, trail };
  };

  it("dates a quote by the sentence before that sets up the occasion ('asked about him on Tuesday, she played coy')", () => {
    const text = [
      "Actress Nell Carver has been linked to director Omar Voss since the summer.",
      "When she was asked about Voss on the talk show Daybreak on Tuesday, Carver giggled and played coy.",
      '"Omar is a dear friend and a genius," she said.',
    ].join("\n\n");
    const { article, trail } = trailAfter(text, "2026-03-12", "2026-03-10");
    expect(trail.dateFor(article, [], article.sentences[2], null, "Nell Carver").occurredOn).toBe("2026-03-10");
  });

  it("dates words by a sentence just before that sets them up without naming anyone ('both agencies had issued statements')", () => {
    const text = [
      "On Monday, the outlet Glint reported that singer Kira Moon and actor Dae Seong are dating.",
      "Within hours, both agencies had issued statements.",
      "Kira Moon's agency, Polaris Entertainment, said: \"It is difficult to confirm the artist's private life.\"",
    ].join("\n\n");
    const { article, trail } = trailAfter(text, "2026-03-12", "2026-03-09");
    expect(trail.dateFor(article, [], article.sentences[2], null, "Kira Moon", true).occurredOn).toBe("2026-03-09");
  });
});

describe("asides", () => {
  it("keeps the date of an aside that tells how the couple were first linked", () => {
    const text = [
      "Weather presenter Ana Vell is back with striker Rio Marsh.",
      "It is the second time around for the couple, who were first linked around August 2019, when they were photographed sharing a table at the Gold Boot Awards in Leeds.",
    ].join("\n\n");
    expect(dated(text, "2025-01-14", /first linked/)).toEqual(["2019-08"]);
  });
});

describe("events and scenes", () => {
  const EMPTY = { people: [], outlets: [] };
  const day = (occurredOn: string) => ({ occurredOn, precision: "day" as const });

  it("dates words said at an event the article dated before, wherever it is named again", () => {
    const text = [
      "Singer Tali Okoro and rapper Cass Drumm arrived together at the Harmony Awards in Los Angeles on Sunday night.",
      "Okoro has a new album out.",
      "The two released a single in 2019.",
      'Asked on the Harmony Awards carpet whether they were an item, Drumm grinned and said: "Next question."',
    ].join("\n\n");
    const article = analyseArticle({ text, published: "2024-02-06" }, EMPTY);
    const trail = new DateTrail(article);
    trail.previous = { when: day("2024-02-04"), sentence: article.sentences[0] };
    trail.previous = { when: { occurredOn: "2019", precision: "year" }, sentence: article.sentences[2] };
    expect(trail.dateFor(article, [], article.sentences[3], null, "Cass Drumm").occurredOn).toBe("2024-02-04");
  });

  it("counts 'the morning after the parade' from the parade's day, not from the last day given", () => {
    const text = [
      "Kenzie Hart rode in the town's Independence Day parade on Saturday beside actor Dom Vance.",
      "The couple went public on New Year's Eve.",
      "The morning after the parade, the pair turned up for breakfast at Rosie's Diner.",
    ].join("\n\n");
    const article = analyseArticle({ text, published: "2026-07-06" }, EMPTY);
    const trail = new DateTrail(article);
    trail.previous = { when: day("2026-07-04"), sentence: article.sentences[0] };
    trail.previous = { when: day("2025-12-31"), sentence: article.sentences[1] };
    const given = findDates(article.sentences[2].text, "2026-07-06", trail.anchor());
    expect(trail.dateFor(article, given, article.sentences[2], null).occurredOn).toBe("2026-07-05");
  });

  it("dates an undated outing by the last outing, not by the day of an interview given since", () => {
    const text = [
      "Judges Pia Lane and Hal Rusk turned up together at a birthday party in Chelsea last Thursday.",
      'Appearing on a breakfast show on Friday, Rusk said: "Pia is my best friend."',
      "The pair arrived in the same car and left together.",
    ].join("\n\n");
    const article = analyseArticle({ text, published: "2025-05-13" }, EMPTY);
    const trail = new DateTrail(article);
    trail.previous = { when: day("2025-05-08"), sentence: article.sentences[0] };
    trail.previous = { when: day("2025-05-09"), sentence: article.sentences[1] };
    expect(trail.dateFor(article, [], article.sentences[2], null).occurredOn).toBe("2025-05-08");
  });

  it("takes the news day from the second paragraph when a hook comes first", () => {
    const text = [
      "Is there romance brewing in the baking tent?",
      "Judges Pia Lane and Hal Rusk turned up together at a birthday party in Chelsea last Thursday.",
      "Lane is a pastry chef.",
      "Rusk is a baker.",
      "Lane has two cookbooks.",
      "The pair arrived in the same car and left together.",
    ].join("\n\n");
    const article = analyseArticle({ text, published: "2025-05-13" }, EMPTY);
    expect(new DateTrail(article).dateFor(article, [], article.sentences[5], null).occurredOn).toBe("2025-05-08");
  });
});

describe("a lede dated by the sentence after it", () => {
  it("dates an undated casting lede by the next sentence of its paragraph", () => {
    const text = [
      "Pia Lane and Hal Rusk have been cast as the leads of The Night Ferry, a thriller about two smugglers.",
      "Both actors signed their contracts over the weekend, sources say.",
    ].join(" ");
    const article = analyseArticle({ text, published: "2026-03-24" }, { people: [], outlets: [] });
    expect(new DateTrail(article).dateFor(article, [], article.sentences[0], null)).toEqual({
      occurredOn: "2026-03-21",
      precision: "circa",
    });
  });

  it("does not take a date after publication, nor one from the next paragraph", () => {
    const text = ["Pia Lane and Hal Rusk have been cast as the leads of The Night Ferry.", "Filming is set to begin in June."].join(" ");
    const article = analyseArticle({ text, published: "2026-03-24" }, { people: [], outlets: [] });
    expect(new DateTrail(article).dateFor(article, [], article.sentences[0], null).occurredOn).toBe("2026-03-24");
    const apart = text.replace(". Filming", ".\n\nFilming").replace("set to begin in June", "under way since February");
    const second = analyseArticle({ text: apart, published: "2026-03-24" }, { people: [], outlets: [] });
    expect(new DateTrail(second).dateFor(second, [], second.sentences[0], null).occurredOn).toBe("2026-03-24");
  });
});

describe("who clauses before the speech verb", () => {
  const text = (clause: string) =>
    [
      "Singer Noa Hale and producer Deon Castle deny they are engaged.",
      `A person ${clause}, who spoke on condition of anonymity, said the pair had "been very close for a while".`,
    ].join("\n\n");
  const dateOf = (clause: string) => {
    const t = text(clause);
    const article = analyseArticle({ text: t, published: "2023-10-21" }, { people: [], outlets: [] });
    const sentence = article.sentences[1];
    const given = findDates(sentence.text, "2023-10-21");
    return new DateTrail(article).dateFor(article, given, sentence, sentence.start + sentence.text.indexOf("said"), null).occurredOn;
  };

  it("does not date the words by what the speaker did ('a person who worked with them in August said')", () => {
    expect(dateOf("who worked with the two at a recording studio in August")).toBe("2023-10-21");
  });

  it("keeps a date the clause gives the couple's story", () => {
    expect(dateOf("who saw the two together in July")).toBe("2023-07");
  });
});

describe("more of the date in force", () => {
  const EMPTY = { people: [], outlets: [] };
  const day = (occurredOn: string) => ({ occurredOn, precision: "day" as const });

  it("dates words 'on the carpet' by the red-carpet event dated before, even one dated by the sentence before it, not by a festival named since", () => {
    const text = [
      "On Friday night, actress Ada Moss stopped hiding her romance.",
      "She arrived at the Silver Bell Gala in Los Angeles on the arm of banker Hugo Lane.",
      "The two had been seen at a café in Telluride in September, during the town's film festival.",
      '"He is my plus-one tonight," Moss told reporters on the carpet.',
    ].join("\n\n");
    const article = analyseArticle({ text, published: "2025-11-16" }, EMPTY);
    const trail = new DateTrail(article);
    trail.previous = { when: day("2025-11-14"), sentence: article.sentences[0] };
    expect(trail.dateFor(article, [], article.sentences[1], null).occurredOn).toBe("2025-11-14");
    trail.previous = { when: { occurredOn: "2025-09", precision: "month" }, sentence: article.sentences[2] };
    expect(trail.dateFor(article, [], article.sentences[3], null, "Ada Moss").occurredOn).toBe("2025-11-14");
  });

  it("dates an undated outing by a month given since the last day, when it is this month or last", () => {
    const text = [
      "Actress Wren Hale and actor Jonah Vey were photographed with friends at a ceilidh in Edinburgh on 3 January.",
      "Hale was photographed with Vey at a dance in Glasgow last month.",
      "Vey is thirty.",
      "The pictures show the two of them dancing, then leaving together.",
    ].join("\n\n");
    const article = analyseArticle({ text, published: "2026-02-06" }, EMPTY);
    const trail = new DateTrail(article);
    trail.previous = { when: day("2026-01-03"), sentence: article.sentences[0] };
    trail.previous = { when: { occurredOn: "2026-01", precision: "month" }, sentence: article.sentences[1] };
    expect(trail.dateFor(article, [], article.sentences[3], null).occurredOn).toBe("2026-01");
    const later = analyseArticle({ text, published: "2026-05-06" }, EMPTY);
    const old = new DateTrail(later);
    old.previous = { when: { occurredOn: "2026-01", precision: "month" }, sentence: later.sentences[1] };
    expect(old.dateFor(later, [], later.sentences[3], null).occurredOn).toBe("2026-05-06");
  });

  it("does not give a rep's words the day of someone else's words just before", () => {
    const text = [
      "Judges Pia Lane and Hal Rusk arrived together at a party.",
      'Appearing on a breakfast show on Friday, Rusk said: "Pia Lane is my best friend." Lane\'s spokesperson said she had "no comment to make".',
    ].join("\n\n");
    const article = analyseArticle({ text, published: "2025-05-13" }, EMPTY);
    const trail = new DateTrail(article);
    trail.previous = { when: day("2025-05-09"), sentence: article.sentences[1] };
    expect(trail.dateFor(article, [], article.sentences[2], null, "Pia Lane", true).occurredOn).toBe("2025-05-13");
  });

  it("dates words in the present tense ('one guest tells me') by their telling, not by the outing the sentence dates", () => {
    const text = [
      "Dora Vale and Kit Moore have split, friends say.",
      'They were last seen together in September at a ball, where they arrived hand in hand but, one guest tells me, "left separately".',
    ].join("\n\n");
    const article = analyseArticle({ text, published: "2026-10-24" }, EMPTY);
    const sentence = article.sentences[1];
    const given = findDates(sentence.text, "2026-10-24");
    const at = sentence.start + sentence.text.indexOf("tells");
    expect(new DateTrail(article).dateFor(article, given, sentence, at, null).occurredOn.slice(0, 7)).toBe("2026-10");
  });
});

describe("the anchor of 'that evening'", () => {
  const EMPTY = { people: [], outlets: [] };

  it("is the last day of the sentence that gave one, and not a background day given since", () => {
    const text = [
      "Nell Harper and Tom Askew spent Thanksgiving with her family, and the morning after the holiday they were spotted walking hand in hand.",
      "The pair first met around Easter last year, when he catered her wrap party.",
      "Later that evening, the couple were seen at a tavern.",
    ].join("\n\n");
    const article = analyseArticle({ text, published: "2025-12-03" }, EMPTY);
    const trail = new DateTrail(article);
    trail.previous = { when: { occurredOn: "2025-11-27", precision: "day" }, sentence: article.sentences[0] };
    expect(trail.anchor()).toBe("2025-11-28");
    trail.previous = { when: { occurredOn: "2024-03-31", precision: "circa" }, sentence: article.sentences[1] };
    expect(trail.anchor()).toBe("2025-11-28");
  });
});

describe("dates inside what was said", () => {
  const EMPTY = { people: [], outlets: [] };
  const dateOf = (sentenceText: string) => {
    const text = ["Actress Mira Sol and sprinter Dane Oko were seen together in Cannes.", sentenceText].join("\n\n");
    const article = analyseArticle({ text, published: "2025-05-20" }, EMPTY);
    const sentence = article.sentences[1];
    return new DateTrail(article).dateFor(article, findDates(sentence.text, "2025-05-20"), sentence, null, null).occurredOn.slice(0, 10);
  };

  it("does not date an unquoted source's words by a date in what they said", () => {
    expect(dateOf("A source close to the actress said the pair had grown close over the holidays.")).toBe("2025-05-20");
    expect(dateOf("A source told Marquee that the two had dined together on Friday.")).toBe("2025-05-20");
  });

  it("keeps a date that tells when the words were said", () => {
    expect(dateOf("A source close to the actress said on Monday that the two are happy.")).toBe("2025-05-19");
  });
});

describe("the year in force", () => {
  const EMPTY = { people: [], outlets: [] };
  const text = [
    "Kit Lowe and June Sands were first linked in August 2019, when they were seen on a yacht.",
    "They split by Christmas that year, friends said.",
    "Later that year, they were spotted together in Paris.",
    "The following year they starred in a film together.",
  ].join("\n\n");
  const article = analyseArticle({ text, published: "2026-04-20" }, EMPTY);
  const trail = new DateTrail(article);
  trail.previous = { when: { occurredOn: "2019-08", precision: "circa" }, sentence: article.sentences[0] };
  const dated = (i: number) => {
    const sentence = article.sentences[i];
    return trail.dateFor(article, findDates(sentence.text, "2026-04-20"), sentence, null);
  };

  it("places 'Christmas that year' in the year last given", () => {
    expect(dated(1)).toEqual({ occurredOn: "2019-12-25", precision: "circa" });
  });

  it("keeps that year in force for the sentences after it", () => {
    const later = new DateTrail(article);
    later.previous = { when: { occurredOn: "2019-08", precision: "circa" }, sentence: article.sentences[0] };
    later.previous = { when: { occurredOn: "2025-12-25", precision: "circa" }, sentence: article.sentences[1] };
    expect(later.previous?.when.occurredOn).toBe("2019-12-25");
  });

  it("reads 'later that year' and 'the following year' from the year last given", () => {
    expect([dated(2), dated(3)]).toEqual([
      { occurredOn: "2019", precision: "circa" },
      { occurredOn: "2020", precision: "year" },
    ]);
  });
});

describe("the occasion words were given on", () => {
  const EMPTY = { people: [], outlets: [] };
  const dateOf = (sentenceText: string) => {
    const text = ["Singer Yara Bell and producer Lux Oke have made an album together.", sentenceText].join("\n\n");
    const article = analyseArticle({ text, published: "2025-05-22" }, EMPTY);
    return new DateTrail(article).dateFor(article, [], article.sentences[1], null, "Yara Bell").occurredOn;
  };

  it("dates words by the 'when asked' or 'when we reached her' clause that tells when they were given", () => {
    expect(dateOf('"Lux is family," she said when we reached her by phone on Tuesday, "and I don\'t discuss family."')).toBe("2025-05-20");
    expect(dateOf('"He is my favourite person," grinned Bell when asked about Oke at Monday\'s launch.')).toBe("2025-05-19");
  });

  it("leaves words undated when the clause gives no date", () => {
    expect(dateOf('"Lux is family," she said when we reached her by phone.')).toBe("2025-05-22");
  });
});
