import { describe, expect, it } from "vitest";
import { findPairs } from "./pairs";
import { read } from "./testing";

/** Made-up sentences for the rules written after the blind articles 680–759 were scored on first sight (ADR 19, twelfth pass). */

describe("couples", () => {
  it("links 'X and her husband, director Y' as a couple of its own, beside the article's", () => {
    const text =
      "Pia Lundqvist and Ola Bergstrand were seen at the market on Friday. Lundqvist and Bergstrand were back on Sunday. " +
      "In other news, co-star Marguerite Okafor and her husband, director Jonah Feld, were seen picking up peaches on Saturday.";
    expect(findPairs(read(text))).toContainEqual(["Jonah Feld", "Marguerite Okafor"]);
  });

  it("does not link a box's host with the guest who came with someone else", () => {
    const text =
      "Florian Edlinger-Hauswirth arrived at the ball in the box of Countess Adelheid Traunsee-Pallavicini with Réka Szentgyörgyi. " +
      "They danced the polonaise together.";
    const pairs = findPairs(read(text));
    expect(pairs).toContainEqual(["Florian Edlinger-Hauswirth", "Réka Szentgyörgyi"]);
    expect(pairs).not.toContainEqual(["Adelheid Traunsee-Pallavicini", "Réka Szentgyörgyi"]);
  });
});
