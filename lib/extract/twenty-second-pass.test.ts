import { describe, expect, it } from "vitest";
import { rulesCouples } from "./rules";
import { read, rulesOnly, vossKellClaimsOn as claimsOn, vossKellStory as story } from "./testing";

/**
 * Made-up sentences for the rules of the twenty-second pass (ADR 19): unnamed sources described, not named, and
 * spokespeople titled as such whoever they speak for.
 */

describe("unnamed sources described, not named", () => {
  it("a team-mate is no team speaking for him, and a booker at her agency no agency", () => {
    expect(
      claimsOn(
        "shut up about her",
        '"Jonah hasn\'t shut up about her for weeks," one of his team-mates, who asked not to be named, told Scrumhalf Weekly.',
      ),
    ).toEqual(["speculation null"]);
    expect(
      claimsOn("lights up", '"Everyone at the agency has known since October. She lights up," a booker at her agency told Feedwatch.'),
    ).toEqual(["speculation null"]);
  });

  it("he or she after a sentence that opens on a source described is that source", () => {
    expect(
      claimsOn(
        "every evening",
        'One of Voss\'s dressers was less guarded. "He has been at the stage door every evening this week," she whispered.',
      ),
    ).toEqual(["speculation null"]);
    expect(
      claimsOn(
        "off his own plate",
        'One waitress was not shy about what she saw. "He fed her a chip off his own plate. I know what that means," she told us.',
      ),
    ).toEqual(["speculation null"]);
  });

  it("not after a sentence that opens on a thing, nor with someone named since", () => {
    expect(
      claimsOn(
        "very happy",
        'Voss was in a chatty mood. A dinner at the Brass Lantern followed. "Jonah and I are very happy," she told Hello Cymru on Sunday.',
      ),
    ).toEqual(["confirmation Petra Voss"]);
    expect(
      claimsOn(
        "never been happier",
        'One of the dressers said Voss had been glowing. "Jonah and I have never been happier," she told Hello Cymru on Sunday.',
      ),
    ).toEqual(["statement Petra Voss"]);
  });
});

describe("spokespeople titled as such", () => {
  it("deny as a rep, whoever they speak for, and are no one of a couple", () => {
    const lines = [
      '"Jonah lives alone, with a cat and a rowing machine," team spokeswoman Hanna Lehtonen told Riviera Velocity on Monday.',
      "Lehtonen has worked with the Cardiff club since 2019.",
    ];
    expect(claimsOn("lives alone", ...lines)).toEqual(["denial Hanna Lehtonen"]);
    const { found } = rulesCouples(read(story(...lines).text, "2025-03-12"));
    expect(found.flat()).not.toContain("Hanna Lehtonen");
    expect(
      claimsOn(
        "simply untrue",
        "The club's press officer, Katrin Vogel, was brisk when we spoke on Monday: \"Jonah's private life is private, and the flat story is simply untrue.\"",
      ),
    ).toEqual(["denial Katrin Vogel"]);
  });

  it("an agent's answer ending a paragraph leads the quote that opens the next", () => {
    expect(
      claimsOn(
        "shares it with his dog",
        "Kell's agent, Mikko Hallas, flatly rejected that story when Snabbladet reached him.",
        '"Jonah lives in Swansea. He has one flat and he shares it with his dog," Hallas said.',
      ),
    ).toEqual(["denial Mikko Hallas"]);
  });

  it("read colleagues and dear friends, and a rumour laughed off, as a no", () => {
    expect(
      claimsOn(
        "dear friends",
        "Voss's publicist, Philippa Crane, was firmer when we called on Monday.",
        '"They are colleagues and dear friends, and that is all," she said.',
      ),
    ).toEqual(["denial Philippa Crane"]);
    expect(
      claimsOn(
        "only thing",
        'Kell\'s agent, Hamish Lorne, laughed that one off when I asked him on Friday: "The only thing Jonah is committed to is the Six Nations."',
      ),
    ).toEqual(["denial Hamish Lorne"]);
  });
});

describe("work together in other words", () => {
  const kinds = (line: string) =>
    rulesOnly(story(line))
      .filter((c) => c.evidence === line)
      .map((c) => c.kind);

  it("is professional: writing it together, a soloist, a model opening a designer's show, partners on the course", () => {
    expect(kinds("Voss and Kell started writing it together in Swansea in November, mostly on napkins.")).toEqual(["professional"]);
    expect(kinds("On Thursday she was his soloist in the Elgar concerto at St David's Hall in Cardiff.")).toEqual(["professional"]);
    expect(kinds("On Wednesday Kell opened Voss's spring show at the Tramshed in Cardiff, in a sheer seafoam trench.")).toEqual([
      "professional",
    ]);
    expect(kinds("On Sunday Voss and Kell teed off together as partners in the charity pro-am at Celtic Manor.")).toEqual(["professional"]);
  });

  it("but not one of them opening a show of their own", () => {
    expect(kinds("In other news, Voss has extended her tour, and Kell opens his own show at the Sherman in May.")).not.toContain(
      "professional",
    );
  });
});

describe("names after a plural's possessive, and surnames that act", () => {
  const people = (text: string) => read(text).people.map((p) => p.name);

  it("reads the name after a plural's possessive as its own", () => {
    expect(people("Halloway Faces' Sienna Olenska spent August in Lisbon with the photographer Jasper Cathcart.")).toContain(
      "Sienna Olenska",
    );
  });

  it("takes a name after a preposition for a person's when the surname alone goes on to act", () => {
    const text = "By Wednesday the week belonged to Ludovica Sartori and Kian Farahani. Sartori, for her part, chose her words with care.";
    expect(people(text)).toContain("Ludovica Sartori");
    expect(people("The ferry to Porto Novo took three hours, and the pair slept most of the way.")).not.toContain("Porto Novo");
  });
});
