import { describe, expect, it } from "vitest";
import { eventsIn } from "./date-clues";
import { extractClaims } from "./extract";

/** Words said on a programme the article dated a paragraph or two before (issue 12, second people pass). */
const EMPTY = { people: [], outlets: [] };
const claims = (text: string) => extractClaims({ text, published: "2026-05-14", outlet: "Night Owl" }, EMPTY);

describe("words said on air, undated in their own sentence", () => {
  const setUp =
    "Maya Stone and the chef Leo Brandt are dating.\n\nAppearing on Monday's edition of the breakfast show Early Brew, Stone was asked about the photos. She smiled.\n\n";

  it.each([
    ['Co-host Dan Reyes said he had met the couple. "They are adorable together," Reyes said on air.', "They are adorable together"],
    ['Brandt was in the audience. "We are very happy together," she told host Dan Reyes.', "We are very happy together"],
    ['Reyes was delighted. "They are adorable together," he told viewers.', "They are adorable together"],
  ])("take the programme's day: %s", (words, quote) => {
    const claim = claims(setUp + words).find((c) => c.quote === quote);
    expect(claim).toMatchObject({ occurredOn: "2026-05-11", precision: "day" });
  });

  it("but not a programme dated long before", () => {
    const far = `${setUp}Stone has a new film out.\n\nShe is also touring.\n\nShe has a book coming.\n\nBrandt cooks at home.\n\n"We are very happy together," she told host Dan Reyes.`;
    expect(claims(far).find((c) => c.quote === "We are very happy together")?.occurredOn).not.toBe("2026-05-11");
  });
});

describe("words said at a fashion show the article dated", () => {
  const show = "Nadia Fell and the actor Rob Crane sat together in the front row of the Vestra autumn/winter show in Milan on Tuesday.\n\n";

  it.each([
    'The designer, Piero Vestra, was delighted. "They are a lovely couple," he told Night Owl backstage.',
    'Fell wore his jacket.\n\nThe designer was delighted. "They are a lovely couple," Piero Vestra told Night Owl backstage.',
  ])("take the show's day: %s", (words) => {
    const claim = claims(show + words).find((c) => c.quote === "They are a lovely couple");
    expect(claim).toMatchObject({ occurredOn: "2026-05-12", precision: "day" });
  });
});

describe("a part of a wedding the article dated", () => {
  it.each(["turned up to the ceremony hand in hand", "danced at the reception"])("is the wedding: %s", (text) => {
    expect(eventsIn(text).map((e) => e.key)).toContain("noun:wedding");
  });

  it("but an awards ceremony is its own event", () => {
    expect(eventsIn("at the Harmony Awards ceremony").map((e) => e.key)).not.toContain("noun:wedding");
  });
});

describe("a date in an aside about the speaker in the sentence before", () => {
  it("dates no words after it ('Crane, who won the title last year, has been dodging questions')", () => {
    const text =
      'Nadia Fell and the surfer Rob Crane were seen together in Malibu.\n\nCrane, who won the national title last year, has been dodging questions for weeks. Asked about the actress by a surf magazine, he kept it coy: "She is a great person."';
    const claim = claims(text).find((c) => c.quote === "She is a great person");
    expect(claim?.occurredOn.slice(0, 7)).toBe("2026-05");
  });
});
