import { describe, expect, it } from "vitest";
import { kindOfEvent, kindOfRemark } from "./classify";
import { findDates } from "./dates";
import { extractClaims } from "./extract";

/**
 * Defaults for situations rather than phrasings (ADR 0019, fourth pass): the article's principal
 * pair and a broad-kind claim for a dated sentence about it that no phrase rule read, with the
 * guards that keep them from guessing. Each case is a made-up text, not a corpus article.
 */
const claimsOf = (text: string, published: string, outlet: string | null = "Night Shift") =>
  extractClaims({ text, published, outlet }).map((c) => ({ ...c, pair: [...c.pair].sort() }));
const brief = (text: string, published: string, outlet: string | null = "Night Shift") =>
  claimsOf(text, published, outlet).map((c) => `${c.kind} ${c.occurredOn} ${c.precision} ${c.pair.join(" & ")}`);

describe("the principal pair when no sentence links two names", () => {
  const transcript = [
    "Ines Calloway on tour life, her band and those photos",
    "",
    "This is an edited transcript of Tuesday's interview on Night Shift, recorded in Leeds.",
    "",
    "HOST: People keep asking about the drummer Felix Dunmore. The two of you have been everywhere together.",
    "",
    "INES CALLOWAY: Felix and I are not dating. Felix is the best drummer I have ever worked with.",
    "",
    "HOST: Will Felix Dunmore be on the next record?",
    "",
    "INES CALLOWAY: Ask Felix. I'm not going to say more than that.",
  ].join("\n");

  it("takes the two people a text about a couple names most, and reads a transcript's tagged words as theirs", () => {
    const claims = claimsOf(transcript, "2026-05-08");
    const denial = claims.find((c) => c.kind === "denial");
    expect(denial).toMatchObject({
      pair: ["Felix Dunmore", "Ines Calloway"],
      speaker: "Ines Calloway",
      occurredOn: "2026-05-05",
      precision: "day",
      stance: "contradicts",
    });
  });

  it("finds no pair, and no claim, in a text without couple words", () => {
    const text = "Ines Calloway plays Leeds on Friday. Felix Dunmore plays drums for her band. Calloway said the tour sold out in May.";
    expect(claimsOf(text, "2026-05-08")).toEqual([]);
  });
});

describe("the principal pair of a text that links nobody in so many words", () => {
  it("skips a work's title after 'single,' and finds the couple of the rumours; words told to an outlet the sentence before keep it", () => {
    const text = [
      "New song, new love? Fans decode Ivy Rowe's lyrics",
      "",
      "Ivy Rowe released her new single, Porch Light, on Friday, and fans were sure it was about Theo Park.",
      "",
      "The indie singer and the actor have been the subject of rumours since they were spotted at a festival in Austin in March.",
      "",
      "Rowe spoke to Melody Weekly about the song last week. \"It's about someone who makes a house feel like home. That's all I'll say,\" she said.",
    ].join("\n");
    const claims = claimsOf(text, "2026-05-12", "Stereo Hearts");
    expect(claims.every((c) => c.pair.join(" & ") === "Ivy Rowe & Theo Park")).toBe(true);
    expect(claims.find((c) => c.kind === "statement")).toMatchObject({ speaker: "Ivy Rowe", outlet: "Melody Weekly" });
  });
});

describe("the second of the principal pair", () => {
  it("is whoever shares sentences with the most named person, not a director named as often", () => {
    const text = [
      "Review: a chilly triumph at the Almeida",
      "",
      "Director Sofia Brandt's revival opened on Thursday.",
      "",
      "Oliver Grant plays Leontes, and Naomi Achebe's Hermione answers him with dignity. The two have worked together before, in a 2021 production, and their scenes crackle.",
      "",
      "The tabloids have made their friendship into something more since they were photographed leaving the Ivy together in January. Brandt stages the trial in darkness. Achebe is equally good in the second half.",
    ].join("\n");
    const claims = claimsOf(text, "2026-02-07", "The Sentinel");
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => c.pair.join(" & ") === "Naomi Achebe & Oliver Grant")).toBe(true);
  });
});

describe("a claim for a dated sentence about the principal pair that no phrase rule read", () => {
  const lede = "Rosa Lyle and Dev Amin have been dating since the spring, friends of the couple say.";

  it("a single member named with a date and a work cue: professional for the pair", () => {
    const text = `${lede}\n\nAmin was a guest judge on the baking show Proof when it filmed its first series in Leeds in May 2024.`;
    expect(brief(text, "2026-05-08")).toContain("professional 2024-05 month Dev Amin & Rosa Lyle");
  });

  it("an unnamed source however introduced: speculation, on the day the words were given", () => {
    const text = `${lede}\n\nA shop owner, who asked not to be named, said the pair came in last Saturday "like honeymooners".`;
    const claims = claimsOf(text, "2026-05-08");
    expect(claims.find((c) => c.kind === "speculation")).toMatchObject({
      pair: ["Dev Amin", "Rosa Lyle"],
      occurredOn: "2026-05-08",
      precision: "day",
      quote: "like honeymooners",
      speaker: null,
    });
  });

  it("an outlet named by what it 'says': a report of it", () => {
    const text = `${lede}\n\nThe Harbour Times says the couple have been inseparable since the wrap party.`;
    const report = claimsOf(text, "2026-05-08").find((c) => c.kind === "report");
    expect(report?.outlet).toMatch(/Harbour Times$/);
    expect(report?.pair).toEqual(["Dev Amin", "Rosa Lyle"]);
  });

  it("papers the article read itself, naming both: its own report, of its day", () => {
    const text = `${lede}\n\nCompany filings reveal that the bakery in York now has two directors, Rosa Lyle and Dev Amin.`;
    expect(claimsOf(text, "2026-05-08").find((c) => c.kind === "report")).toMatchObject({
      pair: ["Dev Amin", "Rosa Lyle"],
      occurredOn: "2026-05-08",
      precision: "day",
      outlet: "Night Shift",
    });
  });

  it("an event noun the phrase rules do not know, with 'at the': an appearance", () => {
    const text = `${lede}\n\nThe same Dev Amin you were photographed with at the Harvest Night ceilidh in York last month?`;
    expect(brief(text, "2026-05-08")).toContain("appearance 2026-04 month Dev Amin & Rosa Lyle");
  });
});

describe("guards", () => {
  const lede = "Rosa Lyle and Dev Amin have been dating since the spring, friends of the couple say.";

  it("gives nothing for solo career news, a clause that says no, or one of the pair alone at an event", () => {
    const text = [
      lede,
      "Lyle opens her second restaurant in York on Friday, and Amin's new album is due out in June.",
      "Amin was not seen at the festival in Bath last weekend.",
      "Hush caught up with Lyle on Saturday at the launch of a cookbook in York.",
    ].join("\n\n");
    expect(claimsOf(text, "2026-05-08")).toEqual([]);
  });

  it("adds no more than eight suggestions to an article", () => {
    const outings = Array.from({ length: 12 }, (_, i) => `Amin worked on set in Leeds on ${i + 1} March, and the shoot ran late.`);
    const text = [lede, ...outings].join("\n\n");
    const claims = claimsOf(text, "2026-05-08");
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.length).toBeLessThanOrEqual(8);
  });
});

describe("broad polarity of on-record words", () => {
  it("'one of my closest friends' rejects the rumour; 'confirmed X but not Y' is a coy statement", () => {
    expect(kindOfRemark("Dev is one of my closest friends and that is all", "pair")).toBe("denial");
    expect(kindOfRemark("Her agent confirmed the sale on Friday but not the romance.", "rep")).toBe("statement");
  });
});

describe("the review page's example", () => {
  it("still gives exactly three suggestions: the sighting, the onlooker's words and the rep's denial", () => {
    const text = [
      "Mara Vance and Theo Lindqvist spotted at Nobu",
      "",
      "Mara Vance and Theo Lindqvist were spotted at Nobu in Malibu last Tuesday, holding hands over dinner.",
      '"They couldn\'t keep their eyes off each other," an onlooker told Variety.',
      '"They are good friends, nothing more," Vance\'s rep said on Wednesday.',
    ].join("\n");
    expect(brief(text, "2026-11-27", "Variety").map((c) => c.split(" ")[0])).toEqual(["sighting", "speculation", "denial"]);
  });
});

describe("months placed by year words, and an ending told plainly", () => {
  it.each([
    ["They met at the gala in May last year.", "2025-05"],
    ["They met last May.", "2026-05"],
    ["Last August they wed.", "2025-08"],
    ["In June this year they split.", "2026-06"],
  ])("%s → %s", (sentence, month) => {
    expect(findDates(sentence, "2026-08-21").map((d) => [d.occurredOn, d.precision])).toEqual([[month, "month"]]);
  });

  it("a romance that 'came to a sudden end' is a split the article reports", () => {
    expect(kindOfEvent("Her whirlwind romance with Jamie Okoro came to a sudden end.")).toBe("report");
  });
});

describe("asides and events of a village paper", () => {
  const text = [
    "Village buzzing as actor and baker step out",
    "",
    "The actor Grant Mahoney, who has been filming a drama nearby since April, was photographed arm in arm with Hannah Pryce at the Harvest Fair on Saturday afternoon.",
    "",
    'Pryce, who took over the bakery from her parents in 2019, would only say: "Grant is a lovely customer."',
  ].join("\n");

  it("an aside about someone's past dates neither the outing nor the words; a fair is an event", () => {
    const claims = brief(text, "2026-09-24", "Daventry Echo");
    expect(claims).toContain("appearance 2026-09-19 day Grant Mahoney & Hannah Pryce");
    expect(claims.some((c) => c.includes("2019") || c.includes("2026-04"))).toBe(false);
  });
});
