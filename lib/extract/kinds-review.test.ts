import { describe, expect, it } from "vitest";
import { kindOfEvent, kindOfRemark, stanceOf } from "./classify";
import { extractClaims } from "./extract";

/**
 * Review of the kinds rules (issue 12): each case is a made-up sentence the rules were not
 * written for, where a cue fired on words that mean something else.
 */
describe("answers read by what they say, not by a stray phrase", () => {
  it("hears 'and that's it' as a denial only after a word of friendship", () => {
    expect(kindOfRemark("He's a mate from drama school, and that's it.", "pair")).toBe("denial");
    expect(kindOfRemark("I love him and that's it.", "pair")).not.toBe("denial");
    expect(kindOfRemark("We got engaged in May and that's it, we're so happy.", "pair")).toBe("confirmation");
  });

  it("does not take 'hadn't been dating long' for a denial", () => {
    expect(kindOfRemark("We hadn't been dating long when he proposed.", "pair")).not.toBe("denial");
    expect(kindOfRemark("We haven't moved in, whatever you read.", "pair")).toBe("denial");
  });

  it("reads 'We're not saying…' as coy whatever its case, but not when a 'but' says it outright", () => {
    expect(kindOfRemark("We're not saying we're dating.", "pair")).toBe("statement");
    expect(kindOfRemark("I'm not saying it was easy, but we have decided to end our relationship.", "pair")).toBe("confirmation");
  });

  it("reads a negated split in the newer phrasings, contracted or not, as a denial that supports the couple", () => {
    for (const words of ["We haven't gone our separate ways.", "We have not called time on our romance, whatever the reports say."]) {
      expect(kindOfRemark(words, "pair")).toBe("denial");
      expect(stanceOf("denial", words)).toBe("supports");
    }
  });

  it("reads a contracted 'haven't confirmed' as a confirmation withheld", () => {
    expect(kindOfRemark("We haven't confirmed anything about us being an item.", "pair")).not.toBe("confirmation");
  });

  it("takes no 'front row' for a row between the couple", () => {
    expect(kindOfRemark("I sat in the front row and the show was better than ever.", "pair")).not.toBe("denial");
    expect(kindOfRemark("There was no row. We're stronger than ever.", "pair")).toBe("denial");
  });

  it("reads a contracted negation as a clause that is no outing", () => {
    expect(kindOfEvent("Ana Vale and Tom Reed weren't spotted holding hands")).toBeNull();
  });
});

describe("outings and stances that a negation or a possessive turned round", () => {
  it("reads a couple said not to be on the rocks as bearing for them, not against", () => {
    expect(stanceOf("speculation", "An insider insisted the couple aren't on the rocks.")).toBe("supports");
    expect(stanceOf("report", "The Flash reported there is no trouble in paradise for the pair.")).toBe("supports");
    expect(stanceOf("speculation", "An insider says they are on the rocks.")).toBe("contradicts");
  });

  it("takes a holiday named as a time, with a word before it, for no holiday together", () => {
    expect(kindOfEvent("Over the Easter holidays Ana Vale and Tom Reed were busy with the show.")).toBeNull();
    expect(kindOfEvent("Ana Vale and Tom Reed went on holiday to Crete.")).toBe("sighting");
  });

  it("sees one of the pair alone when 'with her' is a possessive, not a companion", () => {
    expect(kindOfEvent("She was spotted leaving the couple's home with her suitcases.")).toBeNull();
    expect(kindOfEvent("He was spotted leaving the hotel with his dog.")).toBeNull();
    expect(kindOfEvent("She was spotted leaving the hotel with her on Saturday.")).toBe("sighting");
    expect(kindOfEvent("He was spotted leaving the hotel with his girlfriend.")).toBe("sighting");
  });

  it("hears 'pleaded the fifth' as a no comment", () => {
    expect(kindOfRemark("He pleaded the fifth when asked whether they had split.", "pair")).toBe("statement");
  });
});

const brief = (text: string, published: string) =>
  extractClaims({ text, published, outlet: "The Daily Lark" }).map((c) => `${c.kind} ${c.pair.join(" + ")} ${c.occurredOn} ${c.place}`);

describe("claims the sentence-level guards threw away", () => {
  it("keeps work together when one of the couple is 'currently starring opposite' the other, not someone else", () => {
    const text = [
      "Mara Quill and Jonah Reese: on stage and off",
      "Mara Quill and Jonah Reese have been dating since the spring, friends say.",
      "Quill is currently starring opposite Reese in a West End revival of Private Lives, which opened on Tuesday.",
      "Reese will next be seen in a thriller, while Quill is attached to a series.",
    ].join("\n\n");
    expect(brief(text, "2025-04-10").filter((c) => c.startsWith("professional"))).toEqual([
      "professional Jonah Reese + Mara Quill 2025-04-08 null",
    ]);
  });

  it("keeps a sighting somewhere else on the day of an event as an outing of its own", () => {
    const text = [
      "Mara Quill and Jonah Reese: a big day",
      "Mara Quill and Jonah Reese were seen having lunch in Brighton on Tuesday.",
      "Mara Quill and Jonah Reese attended the premiere of Dark Water in London on Tuesday evening.",
    ].join("\n\n");
    expect(brief(text, "2025-04-10")).toEqual([
      "sighting Jonah Reese + Mara Quill 2025-04-08 Brighton",
      "appearance Jonah Reese + Mara Quill 2025-04-08 London",
    ]);
  });
});

describe("phrasings of one article made general", () => {
  it("takes any advert shot together for work together, not only a sportswear one", () => {
    expect(kindOfEvent("Mara Quill and Jonah Reese shot a perfume advert in Lisbon in May.")).toBe("professional");
    expect(kindOfEvent("Mara Quill and Jonah Reese shot a sportswear advert in Lisbon in May.")).toBe("professional");
  });

  it("reads a solo release with its title between the noun and the verb as solo news (was only 'In non-romance news')", () => {
    const text = [
      "Mara Quill and Jonah Reese: engaged",
      "Mara Quill and Jonah Reese were seen kissing at a café in Soho on Monday.",
      "Quill's memoir Paper Hearts comes out on Tuesday, and Reese was pictured reading it in Soho last week.",
    ].join("\n\n");
    expect(brief(text, "2025-04-10").map((c) => c.split(" ")[0])).toEqual(["sighting"]);
  });

  it("sees one of the pair alone outside 'their' home, as outside 'the couple's' home", () => {
    const text = [
      "Mara Quill and Jonah Reese: is it over?",
      "Mara Quill and Jonah Reese have been together since 2021.",
      "Reese was spotted leaving their Chelsea home on Monday with two suitcases.",
    ].join("\n\n");
    expect(brief(text, "2025-04-10").filter((c) => c.startsWith("sighting"))).toEqual([]);
  });

  it("hears 'they are very happy' spelt out as the same confirmation as 'they're very happy'", () => {
    expect(kindOfRemark("They are very happy together.", "rep")).toBe("confirmation");
    expect(kindOfRemark("They are happy with how the film turned out.", "rep")).not.toBe("confirmation");
  });

  it("reads a rep's quote with the rep's sentence before only when that rep speaks for the same person", () => {
    const text = [
      "Mara Quill and Jonah Reese: together?",
      "The Velvet Post reported on Sunday that Mara Quill and Jonah Reese were dating.",
      `Quill's representative told Stargazer on Monday there was no truth to the report. "They are very happy together," Reese's spokesperson said on Tuesday.`,
    ].join("\n\n");
    // Quill's representative's own words deny (Monday); Reese's spokesperson's confirm (Tuesday).
    expect(brief(text, "2025-04-10").filter((c) => c.endsWith("2025-04-08 null"))).toEqual([
      "confirmation Jonah Reese + Mara Quill 2025-04-08 null",
    ]);
  });

  it("hears a denial told without quotation marks or a verb of denying, and one of the pair denying 'the report'", () => {
    const article = (answer: string) =>
      [
        "Mara Quill and Jonah Reese: together?",
        "The Velvet Post reported on Sunday that Mara Quill and Jonah Reese were dating.",
        answer,
      ].join("\n\n");
    const answers = (answer: string) => brief(article(answer), "2025-04-10").filter((c) => !c.startsWith("report"));
    expect(answers("Quill's representative told Stargazer on Monday there was no truth to the report.")).toEqual([
      "denial Jonah Reese + Mara Quill 2025-04-07 null",
    ]);
    expect(answers("Quill denied the report on Monday.")).toEqual(["denial Jonah Reese + Mara Quill 2025-04-07 null"]);
  });

  it("takes 'The Clarion reported' for a publication, as 'The National Tattler reported' was", () => {
    const text = [
      "Mara Quill and Jonah Reese: over?",
      "Mara Quill and Jonah Reese have been dating since 2021.",
      "The Clarion reported on Monday that Quill and Reese had split.",
    ].join("\n\n");
    const reports = extractClaims({ text, published: "2025-04-10", outlet: "The Daily Lark" }).filter((c) => c.kind === "report");
    expect(reports.map((c) => `${c.outlet} ${c.occurredOn}`)).toEqual(["The Clarion 2025-04-07"]);
  });
});
