import { describe, expect, it } from "vitest";
import { vossKellClaimsOn as claimsOn } from "./testing";

/**
 * Made-up sentences for the rules of the twenty-third pass (ADR 19), found by reading how the extractor failed on a
 * round of articles written blind: reps introduced with an honorific, denials and confirmations in other words.
 */

describe("a rep introduced with an honorific", () => {
  it("still speaks for the one they represent", () => {
    expect(
      claimsOn(
        "are a couple",
        "On Friday Voss's agent, Dr. Sabine Kollegger, confirmed the romance on Radio Cymru.",
        '"Yes, Petra and Jonah are a couple, and they are very happy," Frau Dr. Kollegger said.',
      ),
    ).toEqual(["confirmation Sabine Kollegger"]);
    expect(
      claimsOn(
        "strictly musical",
        "Kell's manager, Maître Laurent Perrochet, was firm when this column reached him on Monday.",
        '"Their relationship is strictly musical," Perrochet said.',
      ),
    ).toEqual(["denial Laurent Perrochet"]);
  });
});

describe("denials in other words", () => {
  it("like a sister or a brother, pals, not going out with", () => {
    expect(claimsOn("little sister", "\"Petra's like my little sister, bro. That's it,\" Kell said on Monday.")).toEqual([
      "denial Jonah Kell",
    ]);
    expect(
      claimsOn(
        "They're pals",
        "Voss's manager, Deb Trask, wants everybody to settle down.",
        "\"They're pals. Jonah's like a big brother to her,\" Trask told The Bugle on Wednesday.",
      ),
    ).toEqual(["denial Deb Trask"]);
    expect(claimsOn("going out", "\"I'm not going out with Jonah. I've seen his flat,\" Voss told the audience on Tuesday.")).toEqual([
      "denial Petra Voss",
    ]);
  });
});

describe("a yes in another language", () => {
  it("confirms when one of the couple says they are together", () => {
    expect(claimsOn("estamos juntos", '"Sí, estamos juntos. Since the summer," Voss told reporters on Monday.')).toEqual([
      "confirmation Petra Voss",
    ]);
    expect(claimsOn("stiamo insieme", '"Sì, stiamo insieme. Now please write about the trousers," Kell told this blog on Monday.')).toEqual(
      ["confirmation Jonah Kell"],
    );
  });

  it("but not when they say they are not", () => {
    expect(claimsOn("estamos juntos", '"No estamos juntos," Voss told reporters on Monday.')).not.toContain("confirmation Petra Voss");
  });
});
