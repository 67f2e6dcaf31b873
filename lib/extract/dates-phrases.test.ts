import { describe, expect, it } from "vitest";
import { findDates } from "./dates";
import { easterSunday } from "./holidays";
import { extractClaims } from "./extract";

/** Date phrases as reporting writes them, resolved under the corpus conventions (invented sentences). */
const on = (sentence: string, published: string, anchor: string | null = null) =>
  findDates(sentence, published, anchor).map((d) => [d.occurredOn, d.precision]);

describe("holidays and named days (published Thursday 2026-03-12)", () => {
  it.each([
    ["The two spent Boxing Day walking the dogs.", [["2025-12-26", "day"]]],
    ["They carved the turkey together on Thanksgiving.", [["2025-11-27", "day"]]],
    ["She brought him home for Christmas Eve.", [["2025-12-24", "day"]]],
    ["The pair rang in the new year at a party on New Year's Eve.", [["2025-12-31", "day"]]],
    ["They were seen at a barbecue on Memorial Day.", [["2025-05-26", "day"]]],
    ["They married over the Labor Day weekend.", [["2025-08-30", "circa"]]],
    ["The pair were spotted in Brighton on the August bank holiday.", [["2025-08-25", "day"]]],
    ["They watched the fireworks on the Fourth of July.", [["2025-07-04", "day"]]],
    ["They were photographed together at Christmas 2024.", [["2024-12-25", "circa"]]],
    ["She posted the photo on Good Friday last year.", [["2025-04-18", "day"]]],
    ["They skipped the parade on St Patrick's Day.", [["2025-03-17", "day"]]],
  ] as const)("%s", (sentence, expected) => {
    expect(on(sentence, "2026-03-12")).toEqual(expected);
  });

  it("reads 'around Easter last year' as that Easter Sunday, approximate (a circa day)", () => {
    expect(on("Fans grew suspicious around Easter last year, when the two were seen at an airport.", "2026-04-15")).toEqual([
      ["2025-04-20", "circa"],
    ]);
    expect(easterSunday(2026)).toBe("2026-04-05");
  });

  it("takes 'over the holidays' as the most recent December, approximate", () => {
    expect(on("The couple quietly split over the holidays.", "2026-03-12")).toEqual([["2025-12", "circa"]]);
    expect(on("The couple quietly split over the holidays.", "2025-12-29")).toEqual([["2025-12", "circa"]]);
  });
});

describe("phrases counted from the date in force", () => {
  it.each([
    ["They left the hotel together that night.", "2026-03-07", [["2026-03-07", "day"]]],
    ["Later that evening, the two shared a cab.", "2026-03-07", [["2026-03-07", "day"]]],
    ["Moments later, she kissed his cheek.", "2026-03-07", [["2026-03-07", "day"]]],
    ["One violinist told the Review afterwards that they were inseparable.", "2026-03-07", [["2026-03-07", "day"]]],
    ["Earlier in the day, they were seen shopping.", "2026-03-07", [["2026-03-07", "day"]]],
    ["Hours earlier, they had been spotted at the bar.", "2026-03-07", [["2026-03-07", "day"]]],
    ["Days later, they were seen again.", "2026-03-07", [["2026-03-10", "circa"]]],
    ["He had called her the day before.", "2026-03-07", [["2026-03-06", "day"]]],
    ["They had been seen together a few weeks earlier.", "2026-03-07", [["2026-02-14", "circa"]]],
  ] as const)("%s (in force: %s)", (sentence, anchor, expected) => {
    expect(on(sentence, "2026-03-12", anchor)).toEqual(expected);
  });

  it("counts from a day the same sentence gave before the phrase, not from the date in force", () => {
    const sentence = "On 14 February the Courier ran the story, which her agent denied the following day.";
    expect(on(sentence, "2026-03-12", "2026-03-07")).toEqual([
      ["2026-02-14", "day"],
      ["2026-02-15", "day"],
    ]);
  });

  it("counts 'the day after <holiday>' from the holiday as one date", () => {
    expect(on("The day after Boxing Day they flew to Oslo.", "2026-03-12")).toEqual([["2025-12-27", "day"]]);
  });

  it("gives nothing for 'that night' when no day is in force", () => {
    expect(on("They left together that night.", "2026-03-12")).toEqual([]);
  });
});

describe("weeks and the future", () => {
  it("makes 'last week' approximate", () => {
    expect(on("The couple were seen in Rome last week.", "2026-03-12")).toEqual([["2026-03-05", "circa"]]);
  });

  it.each([
    ["He is set to begin filming in Vancouver in August.", [["2026-08", "month"]]],
    ["Her sitcom returns for a new season in January.", [["2027-01", "month"]]],
    ["The film opened in January.", [["2026-01", "month"]]],
    ["The launch party is pencilled in for the Savoy on October 18.", [["2026-10-18", "day"]]],
    ["She plays her third-round match on Monday.", [["2026-03-16", "day"]]],
    ["He told listeners of his Hits Radio breakfast show on Monday that they had split.", [["2026-03-09", "day"]]],
  ] as const)("places a month after publication when the words look ahead: %s", (sentence, expected) => {
    expect(on(sentence, "2026-03-12")).toEqual(expected);
  });
});

describe("words that look like dates but are not", () => {
  it.each([
    ["She stepped in at the last minute for an ailing tenor.", []],
    ["She is off to Zagreb to record a Christmas album.", []],
    ["The star moved him in within the year.", []],
    ["It comes days after the site first reported on Monday that they were dating.", [["2026-03-09", "day"]]],
    ["It has been a hard past year for the singer.", []],
    ["They were spotted this past Sunday at a market.", [["2026-03-08", "day"]]],
    ["A crew member told the Sunday Spotlight that the two are inseparable.", []],
    ["The Sunday Register reported last year that they were dating.", [["2025", "year"]]],
    ["They watched the Halloween special together on Friday.", [["2026-03-06", "day"]]],
  ] as const)("%s", (sentence, expected) => {
    expect(on(sentence, "2026-03-12")).toEqual(expected);
  });
});

describe("weekends, days in a named year, the start of the month (published Thursday 2026-03-12)", () => {
  it.each([
    ["For a day and a half this weekend, fans were convinced.", [["2026-03-07", "circa"]]],
    ["They were seen together the weekend before last.", [["2026-02-28", "circa"]]],
    ["They were seen together two weekends ago.", [["2026-02-28", "circa"]]],
    ["They married on 14 February last year.", [["2025-02-14", "day"]]],
    ["They married February 14th last year.", [["2025-02-14", "day"]]],
    ["They married on 31 February last year.", [["2025-02", "month"]]],
    ["The pair were first seen together at the start of the month.", [["2026-03", "circa"]]],
    ["They were pictured together a week ago.", [["2026-03-05", "day"]]],
    ["They have been inseparable this spring.", []],
  ] as const)("%s", (sentence, expected) => {
    expect(on(sentence, "2026-03-12")).toEqual(expected);
  });

  it("reads 'this spring' once spring has begun as this year's, approximate", () => {
    expect(on("They have been inseparable this spring.", "2026-05-12")).toEqual([["2026-04", "circa"]]);
  });
});

describe("days by their number, parts of days, the edges of a month (published Thursday 2026-02-12)", () => {
  it.each([
    ["On the 9th, the agency issued a statement.", [["2026-02-09", "day"]]],
    ["On the 20th, the two were seen in Seoul.", [["2026-01-20", "day"]]],
    ["She finished on the 3rd hole.", []],
    ["The pair were seen on the evening of February 7.", [["2026-02-07", "day"]]],
    ["By the end of January they had split.", [["2026-01", "circa"]]],
  ] as const)("%s", (sentence, expected) => {
    expect(on(sentence, "2026-02-12")).toEqual(expected);
  });
});

describe("years back, the new year, holiday stretches (published Friday 2026-04-10)", () => {
  it.each([
    ["This time last year, they were strangers.", [["2025-04", "circa"]]],
    ["Two years ago this month, they met on a film set.", [["2024-04", "circa"]]],
    ["The two spent the Easter holidays in Cornwall.", [["2026-04-05", "circa"]]],
    ["The pair rang in 2026 together in Sydney.", [["2025-12-31", "day"]]],
    ["Over New Year they holidayed in Bali.", [["2025-12-31", "circa"]]],
    ["She wished her fans a happy New Year.", []],
  ] as const)("%s", (sentence, expected) => {
    expect(on(sentence, "2026-04-10")).toEqual(expected);
  });
});

describe("the sentence that tells when words were given (published Thursday 2026-05-21)", () => {
  const claims = (text: string) => extractClaims({ text, published: "2026-05-21", outlet: "The Lamplight" });
  it("dates a summary of the words by the next sentence's 'made the admission … on Tuesday', and the quote after it too", () => {
    const text = [
      "Joel Marsh has confirmed he is dating Ida Renn, his co-writer on a summer single. The Leeds guitarist, 30, made the admission on the radio show Night Shift on Tuesday.",
      '"Yeah, Ida is my girl," Marsh told host Ray Dunn.',
    ].join("\n\n");
    const summary = claims(text).find((c) => c.evidence.startsWith("Joel Marsh has confirmed"));
    const quote = claims(text).find((c) => c.quote === "Yeah, Ida is my girl");
    expect(summary).toMatchObject({ kind: "confirmation", occurredOn: "2026-05-19", precision: "day" });
    expect(quote).toMatchObject({ occurredOn: "2026-05-19", precision: "day" });
  });

  it("does not give a voice introduced only now the date of the couple's work told just before", () => {
    const text = [
      "Joel Marsh and Ida Renn confirmed their romance to Night Shift on Tuesday.",
      'The two first worked together around January, when Marsh flew to Cork to record with the singer. The engineer, Colm Tierney, told Night Shift: "They fell for each other on that record."',
    ].join("\n\n");
    const engineer = claims(text).find((c) => c.speaker === "Colm Tierney");
    expect(engineer).toMatchObject({ occurredOn: "2026-05-21", precision: "circa" });
  });

  it("does not give an unnamed source's words the date of the outing told in the clause before theirs", () => {
    const text = [
      "Joel Marsh and Ida Renn are an item.",
      'Both of them were at a birthday party at a villa in Galway late last month, and a guest who was there wrote to us: "They left together at 4am."',
    ].join("\n\n");
    const guest = claims(text).find((c) => c.kind === "speculation");
    expect(guest).toMatchObject({ occurredOn: "2026-05-21", precision: "day" });
  });
});
