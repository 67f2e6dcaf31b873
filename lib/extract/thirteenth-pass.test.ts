import { describe, expect, it } from "vitest";
import { kindOfEvent } from "./classify";
import { principalPair } from "./defaults";
import { guessGender } from "./gender";
import { brief, read } from "./testing";

/** Made-up sentences for the rules written after the blind articles 760–839 were scored on first sight (ADR 19, thirteenth pass). */

describe("names", () => {
  it("finds Korean names written family name first with a hyphenated given name, and calls them by family name", () => {
    const article = read(
      "The best couple award went to Kwon So-yeon and Jang Min-ho of the drama Paper Lanterns. Backstage, Kwon was asked about it.",
    );
    expect(article.people.map((p) => p.name)).toEqual(["Kwon So-yeon", "Jang Min-ho"]);
    expect(article.refs.filter((r) => r.value.person === "Kwon So-yeon")).toHaveLength(2);
  });

  it("keeps an Irish surname of three words whole", () => {
    expect(read("The couple of the weekend was Niamh Garvey and Donnacha Mac Giolla Bhríde.").people.map((p) => p.name)).toEqual([
      "Niamh Garvey",
      "Donnacha Mac Giolla Bhríde",
    ]);
  });

  it("drops a wrestler's title before a name, and takes a neighbourhood for no person", () => {
    const text =
      "Luchadora Maribel Cuautle and the actor Rodrigo Zamarripa were spotted sharing tacos in Mexico City's Condesa Norte on Saturday.";
    expect(read(text).people.map((p) => p.name)).toEqual(["Maribel Cuautle", "Rodrigo Zamarripa"]);
  });

  it("reads accented French given names as the list spells them without accents", () => {
    expect(guessGender("Aurélien Castaing", "Aurélien Castaing arrived.")).toBe("male");
    expect(guessGender("Théo Marchetti", "Théo Marchetti arrived.")).toBe("male");
    expect(guessGender("Hélène Brasseur", "Hélène Brasseur arrived.")).toBe("female");
  });
});

describe("the article's couple when no sentence links them", () => {
  it("takes 'more than summer friends' and 'their first outing' for talk of a couple", () => {
    const text =
      "Bastien Lacombe-Ruiz, the Marseille DJ whose residency at the Halcyon Club has sold out all summer, spent Monday afternoon at Kymata Beach in Paros sharing a sunbed with the Greek actress Ioanna Trikoupi.\n\n" +
      "It was not their first outing. On Saturday Trikoupi spent most of Lacombe-Ruiz's set in the booth.\n\n" +
      'The Athens weekly Fos reported earlier this month that the two were "more than summer friends". Trikoupi laughed it off.';
    expect(brief({ text, published: "2023-08-16", outlet: "Island Nights" })).toContain(
      "sighting 2023-08-14 day Ioanna Trikoupi & Bastien Lacombe-Ruiz",
    );
  });

  it("makes no couple of a son and the mother who speaks for him", () => {
    const text =
      "This harvest has been all about Aurélien Castaing and the wine critic Philippa Loxley-Hart, and the romance rumours will not stop.\n\n" +
      "Loxley-Hart first came to the estate in 2013. Last Wednesday they were seen picking in the oldest parcel.\n\n" +
      'Aurélien\'s mother, Hélène Castaing, who runs the estate with Aurélien, was amused. "My son tells me nothing," Hélène Castaing said of Aurélien.';
    expect(principalPair(read(text), [], new Map())).toEqual(["Aurélien Castaing", "Philippa Loxley-Hart"]);
  });
});

describe("kinds", () => {
  it("takes two chefs cooking a four-hands dinner for work together", () => {
    expect(kindOfEvent("On Friday, the two chefs cooked a four-hands dinner to raise money for the food bank.")).toBe("professional");
  });
});
