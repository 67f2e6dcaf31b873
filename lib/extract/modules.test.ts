import { describe, expect, it } from "vitest";
import { analyseArticle } from "./article";
import { attributionOf } from "./attribution";
import { kindOfEvent, kindOfRemark, stanceOf } from "./classify";
import { findDates, weekendSaturday } from "./dates";
import { findOutletNames } from "./outlets";
import { findPairs } from "./pairs";
import { findPlace } from "./places";
import { findQuotes } from "./quotes";
import { splitSentences } from "./sentences";

const EMPTY = { people: [], outlets: [] };
const on = (sentence: string, published = "2025-06-05") => findDates(sentence, published).map((d) => [d.occurredOn, d.precision]);

describe("sentences", () => {
  it("splits on full stops but not after titles or initials, and keeps offsets", () => {
    const text = 'Headline without a stop\n\nMr. Vance arrived. J. Doe left! "Done," she said.';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(["Headline without a stop", "Mr. Vance arrived.", "J. Doe left!", '"Done," she said.']);
    expect(s[0].prose).toBe(false);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
});

describe("dates against the publication date (Thursday 2025-06-05)", () => {
  it.each([
    ["They were seen last Tuesday.", [["2025-06-03", "day"]]],
    ["On Friday they left.", [["2025-05-30", "day"]]],
    ["The couple split in March.", [["2025-03", "month"]]],
    ["They wed in August.", [["2024-08", "month"]]],
    ["They met around August 2019.", [["2019-08", "circa"]]],
    ["They dated in or around 2018.", [["2018", "circa"]]],
    ["Speaking in 2023, she said so.", [["2023", "year"]]],
    ["They met last year.", [["2024", "year"]]],
    ["Over the weekend they dined out.", [["2025-05-31", "circa"]]],
    ["I have trained for 30 years.", []],
  ])("%s", (sentence, expected) => {
    expect(on(sentence)).toEqual(expected);
  });

  it("puts 'the weekend' on the Saturday before publication", () => {
    expect(weekendSaturday("2025-06-09")).toBe("2025-06-07");
    expect(weekendSaturday("2025-06-08")).toBe("2025-06-07");
  });
});

describe("people and coreference", () => {
  const text = "Mara Vance and Theo Lindqvist were spotted in Lisbon. The actress laughed. Vance said he was sweet. His friends agreed.";
  const a = analyseArticle({ text, published: "2025-06-05" }, EMPTY);
  const said = (fragment: string) => a.refs.filter((r) => text.slice(r.start, r.end) === fragment).map((r) => r.value.person);

  it("finds full names and resolves surnames, role nouns and pronouns to them", () => {
    expect(a.people.map((p) => p.name)).toEqual(["Mara Vance", "Theo Lindqvist"]);
    expect(said("Vance")).toEqual(["Mara Vance"]);
    expect(said("The actress")).toEqual(["Mara Vance"]);
    expect(said("he")).toEqual(["Theo Lindqvist"]);
    expect(said("His")).toEqual(["Theo Lindqvist"]);
  });

  it("links the couple but not a host or a list of guests", () => {
    const party = analyseArticle(
      {
        text: "Mara Vance and Theo Lindqvist attended Jake Orr's birthday party. Among the guests were Ada Bell and Cy Young.",
        published: "2025-06-05",
      },
      EMPTY,
    );
    expect(findPairs(party)).toEqual([["Mara Vance", "Theo Lindqvist"]]);
  });
});

describe("outlets", () => {
  it("takes names after 'told' and 'according to' and the names of shows and podcasts, not people", () => {
    const text = "She told Star Weekly. According to Daily Flash, he told Ana nothing. On his podcast, Loose Ends, he laughed.";
    expect(findOutletNames(text, [], new Set()).sort()).toEqual(["Daily Flash", "Loose Ends", "Star Weekly"]);
  });
});

describe("places", () => {
  it.each([
    ["They were seen at Nobu in Malibu last night.", "Nobu, Malibu"],
    ["spotted in London walking the streets", "London"],
    ["were spotted leaving Carbone on Friday.", "Carbone"],
    ["They met in March.", null],
  ])("%s → %s", (sentence, place) => {
    expect(findPlace(sentence)).toBe(place);
  });
});

describe("quotes and speakers", () => {
  it("strips quotation marks and a trailing comma", () => {
    expect(findQuotes('"We are happy," she said.').map((q) => q.text)).toEqual(["We are happy"]);
  });

  it.each([
    ['"We are happy," Mara Vance said.', "person", "Mara Vance"],
    ['"They are close," a source told Star Weekly.', "insider", null],
    ['"Nothing more," a rep for Mara Vance said.', "rep", null],
  ])("%s → %s", (text, role, speaker) => {
    const a = analyseArticle({ text: `Mara Vance and Theo Lindqvist met.\n${text}`, published: "2025-06-05" }, EMPTY);
    const sentence = a.sentences[1];
    const got = attributionOf(
      a,
      sentence,
      findQuotes(a.text).filter((q) => q.start >= sentence.start),
    );
    expect(got?.role).toBe(role);
    expect(got?.speaker).toBe(speaker);
  });
});

describe("kind and stance", () => {
  it("reads remarks: denial, confirmation of a split, coy non-denial, insider", () => {
    expect(kindOfRemark("They are just good friends", "rep")).toBe("denial");
    expect(kindOfRemark("They have decided to part ways", "rep")).toBe("confirmation");
    expect(kindOfRemark("I keep my private life private", "pair")).toBe("statement");
    expect(kindOfRemark("They are inseparable", "insider")).toBe("speculation");
    expect(stanceOf("confirmation", "They have decided to part ways")).toBe("contradicts");
    expect(stanceOf("professional", "They work together")).toBe("neutral");
  });

  it("reads events: sightings, appearances at named events, work together", () => {
    expect(kindOfEvent("They were spotted dining in London.")).toBe("sighting");
    expect(kindOfEvent("They arrived side by side at the Lantern Awards after-party.")).toBe("appearance");
    expect(kindOfEvent("The two shot the film in Norway.")).toBe("professional");
    expect(kindOfEvent("The weather was fine.")).toBeNull();
  });
});
