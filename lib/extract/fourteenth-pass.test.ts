import { describe, expect, it } from "vitest";
import { kindOfEvent } from "./classify";
import { findPairs } from "./pairs";
import { isHost } from "./rules";
import { brief, read, rulesOnly, said } from "./testing";

/** Made-up sentences for the rules written after the blind articles 840–919 were scored on first sight (ADR 19, fourteenth pass). */

describe("names", () => {
  it("drops a role word before a name at the start of a sentence, whichever role", () => {
    const text = "Comic Deepa Ramanathan and Danish chef Mads Krogh were spotted sharing a cigarette.";
    expect(read(text).people.map((p) => p.name)).toEqual(["Deepa Ramanathan", "Mads Krogh"]);
  });

  it("takes a role with its prefix for no part of the name", () => {
    expect(read("Co-host Tayla Brindley admitted it.").people.map((p) => p.name)).toEqual(["Tayla Brindley"]);
  });

  it("takes a place whose last word says so for no person, whatever its first word", () => {
    const text = "Tamsin Achebe and Roddy Pellow dined at the Marlowe Hotel in Beverly Hills, then flew home from Byron Bay.";
    expect(read(text).people.map((p) => p.name)).toEqual(["Tamsin Achebe", "Roddy Pellow"]);
  });

  it("takes a street, a neighbourhood and a role after a place for no people", () => {
    const text =
      "Tamsin Achebe and Roddy Pellow were seen on Hove High Street, then at a bar in Barrio Bellavista. " +
      "The New Zealand DJ and the actress left together.";
    expect(read(text).people.map((p) => p.name)).toEqual(["Tamsin Achebe", "Roddy Pellow"]);
  });

  it("takes a headline's label for no person when the body only has its word inside another name", () => {
    const text =
      "Baftas Afterglow: Tamsin and Roddy make an entrance\n\n" +
      "Tamsin Achebe and Roddy Pellow arrived together at the party after the British Baftas telecast.";
    expect(read(text).people.map((p) => p.name)).toEqual(["Tamsin Achebe", "Roddy Pellow"]);
  });

  it("takes 'I'm' for no name", () => {
    const text = "Roddy Pellow was blunt. \"I'm Cornish and I'm busy,\" he said.";
    expect(read(text).people.map((p) => p.name)).toEqual(["Roddy Pellow"]);
  });

  it("takes the agency a model's rep speaks for for no person", () => {
    const text = "Tamsin Achebe walked for Roddy Pellow on Friday. Achebe's agency, Vertice Models, declined to comment.";
    expect(read(text).people.map((p) => p.name)).toEqual(["Tamsin Achebe", "Roddy Pellow"]);
  });

  it("keeps a second owner of a surname named beside the first", () => {
    const text = "Lord Ambrose Pettifer and Hermione Pettifer picnicked on the lawn, while Gideon Pettifer's agent watched.";
    expect(read(text).people.map((p) => p.name)).toEqual(["Ambrose Pettifer", "Hermione Pettifer"]);
  });

  it("calls someone with two surnames by the first of them when the article does", () => {
    const text =
      "Tamsin Achebe and Roddy Pellow left the after-party that editor Beatriz Olmedo Farías threw. " +
      '"They left my party together," Olmedo told us.';
    expect(said({ text, published: "2024-10-23", outlet: "The Andes Edit" }, "Beatriz Olmedo Farías")?.quote).toBe(
      "They left my party together",
    );
  });

  it("takes the body's family-name-first name over a headline's given name, before a curly possessive", () => {
    const text =
      "Fashion Week Diary: Niran, Mei Ling and the rooftop\n\n" +
      "On Tuesday Niran Boonsri closed Singaporean designer Tan Mei Ling’s show at the Glasshouse. Tan was thrilled.";
    expect(read(text).people.map((p) => p.name)).toEqual(["Niran Boonsri", "Tan Mei Ling"]);
  });

  it("drops an Italian title and a fan camp's 'Team' before a name", () => {
    const text =
      "The supper was hosted by Contessa Livia Orsini-Baj and the ball by Baroness Marthese Testaferrata-Grech. " +
      "Team Ximena is not playing along, and Ximena Solano said nothing.";
    expect(read(text).people.map((p) => p.name)).toEqual(["Livia Orsini-Baj", "Marthese Testaferrata-Grech", "Ximena Solano"]);
  });

  it("does not call someone by a middle name never written apart from the given name", () => {
    const article = read("The host, Guðrún Ásta Helgadóttir, was amused. Guðrún Ásta told us everything.");
    const refs = article.refs.filter((r) => r.value.person === "Guðrún Ásta Helgadóttir").map((r) => article.text.slice(r.start, r.end));
    expect(refs).not.toContain("Ásta");
  });
});

describe("couples", () => {
  it("takes two roles joined by 'and' for the couple the article named together, not whoever was named last", () => {
    const text =
      "Tamsin Achebe and Roddy Pellow arrived together at Imelda Sarrazin's after-party. Sarrazin sat them at her own table.\n\n" +
      "The Welsh actress and the Cornish heartthrob got to know each other on the set of Low Tide in 2021.";
    expect(brief({ text, published: "2024-01-08", outlet: "Carpet Notes" })).toContain(
      "professional 2021 year Roddy Pellow & Tamsin Achebe",
    );
  });

  it("makes no couple of a party's host named before the verb of hosting and a guest, however often the host is named", () => {
    const text =
      "Tamsin Achebe and Roddy Pellow arrived together on Tuesday at the party Imre Szalontai threw aboard his yacht, the Solenne. " +
      '"They arrived together and left together," Szalontai told us on Wednesday.\n\n' +
      'The two first teamed up in 2017 on an advert. On Monday the newsletter The Pitch described the pair as "an office romance". ' +
      'Szalontai, who has known them for years, laughed. "I am in Cannes to work," Achebe told the podcast Juice.';
    const claims = brief({ text, published: "2019-06-20", outlet: "Deck Notes" });
    expect(claims.filter((c) => c.includes("Imre Szalontai"))).toEqual([]);
    expect(claims).toContain("professional 2017 year Roddy Pellow & Tamsin Achebe");
  });

  it("takes a TV host for no party's host", () => {
    const text =
      "Actress Tamsin Achebe and TV host Roddy Pellow arrived together at Imelda Sarrazin's wedding to banker Hugo Ferreira on Saturday. " +
      "Also on the guest list: Lena Oduya and Marcus Felt. Achebe split from the singer Jem Castell in 2022.";
    expect(brief({ text, published: "2024-07-01", outlet: "The Orchard Edit" })).toContain(
      "appearance 2024-06-29 day Roddy Pellow & Tamsin Achebe",
    );
  });

  it("takes no party's host for one of the article's couple, however often named", () => {
    const text =
      "The summer concerts at Villa Serafina have always been about the supper, and Thursday's was no exception.\n\n" +
      "Chiara Moretti played a Dvořák concerto, and in the front row Anders Holmgren, the Norwegian heir, applauded. " +
      "When the pair arrived together at the gala dinner that followed on the terrace, hosted as ever by Contessa Livia Orsini-Baj, the whispers began.\n\n" +
      '"They were inseparable all evening," the contessa told this diary. The contessa seats her tables with intent. ' +
      "Orsini-Baj has hosted the supper for thirty summers. Moretti, for her part, said nothing. Holmgren's divorce from Ebba Lind was finalised last year.";
    expect(brief({ text, published: "2023-07-30", outlet: "The Amalfi Letter" })).toContain(
      "appearance 2023-07-27 day Chiara Moretti & Anders Holmgren",
    );
  });

  it("takes the couple whose vows are renewed for mentions, not a pair", () => {
    const text =
      "Last Friday Lachlan Ferris and Ximena Solano were spotted sharing a chairlift in Aspen.\n\n" +
      "On Saturday they were side by side at the vow renewal of retired downhill champ Ingrid Solvang and her husband, the DJ Teo Marangoni. " +
      '"They were the last ones on the dance floor," Solvang told us.';
    const claims = brief({ text, published: "2026-01-15", outlet: "Powder Notes" });
    expect(claims.filter((c) => c.includes("Teo Marangoni"))).toEqual([]);
    expect(claims).toContain("appearance 2026-01-10 day Lachlan Ferris & Ximena Solano");
  });

  it("takes whoever gives the event named in apposition for its host, and not the owner of any possessive", () => {
    const text =
      "On Thursday both were at the Schneeball, Cordula Imhof’s annual charity dinner at the Hotel Gorner. " +
      "On Friday they lunched at Marco Pini's restaurant.";
    const article = read(text, "2017-02-14");
    expect(isHost(article, "Cordula Imhof")).toBe(true);
    expect(isHost(article, "Marco Pini")).toBe(false);
  });

  it("takes a nationality said as a noun for the one of the couple the sentence's subject is not", () => {
    const text =
      "The man of the match was Joaquín Arrieta, who scored four goals.\n\n" +
      "The trophy was handed over by Clémence Villiers, whose family sponsors the cup. She kissed the Argentine on both cheeks, then a third time.\n\n" +
      "The two had been seen on Friday, too, dining on the terrace of Le Galet in Trouville. Arrieta split from the model Vera Sosa in 2015.";
    expect(brief({ text, published: "2016-08-22", outlet: "The Courier" })).toContain(
      "sighting 2016-08-19 day Joaquín Arrieta & Clémence Villiers",
    );
  });

  it("takes two guests the next sentence calls 'the couple' for a couple", () => {
    const text =
      "Tamsin Achebe and Roddy Pellow boarded the yacht together on Saturday.\n\n" +
      "Also on board: shipping heir Lorenzo Vitale and singer Daria Kostaki, who spent the night proving the gossips wrong. " +
      'The weekly Il Chiacchierone declared in July that the couple were "finished".';
    expect(findPairs(read(text, "2021-08-23"))).toContainEqual(["Daria Kostaki", "Lorenzo Vitale"]);
  });

  it("links whoever attended with someone on their arm, past an aside", () => {
    const text =
      "The conductor Oskar Lindahl, who is leading the new Tannhäuser, also attended the opening at the Kurhaus " +
      "with the Hungarian gallerist Ilka Varga on his arm.";
    expect(findPairs(read(text))).toContainEqual(["Ilka Varga", "Oskar Lindahl"]);
  });

  it("takes a listed guest's girlfriend for a couple", () => {
    const text =
      "Tamsin Achebe and Roddy Pellow watched the show together.\n\n" +
      "Also in the front row and very much together: illusionist Caspar Lindell and his girlfriend, the aerialist Noor Fahmy.";
    expect(findPairs(read(text))).toContainEqual(["Caspar Lindell", "Noor Fahmy"]);
  });

  it("gives the words of one of a couple naming both of another couple to that couple", () => {
    const text =
      "Designer Imelda Sarrazin married hotel heir Hugo Ferreira on Saturday in front of 140 guests.\n\n" +
      "But the table everyone watched was number six, where actress Tamsin Achebe sat beside actor Roddy Pellow. " +
      "The two had been seen on a water taxi on Friday.\n\n" +
      "\"Tamsin and Roddy? I've known since Easter, and I couldn't be happier for them,\" Imelda told me on Monday.";
    const claim = said({ text, published: "2019-06-26", outlet: "Lake Diary" }, "Imelda Sarrazin");
    expect(claim?.pair).toEqual(["Roddy Pellow", "Tamsin Achebe"]);
  });
});

describe("outlets and speakers", () => {
  it("takes a tip sheet for an outlet", () => {
    const text =
      "Lachlan Ferris and Ximena Solano were spotted sharing a chairlift on Friday. " +
      'The Hollywood tip sheet The Velvet Rope Report was first to the story in December, calling the couple "the season\'s chicest surprise".';
    const report = rulesOnly({ text, published: "2026-01-15", outlet: "Powder Notes" }).find((c) => c.kind === "report");
    expect(report).toMatchObject({ outlet: "The Velvet Rope Report", occurredOn: "2025-12" });
  });

  it("takes a portal for an outlet, and whom its words call for no speaker", () => {
    const text =
      "Tamsin Achebe and Roddy Pellow were seen together on Sunday. " +
      'The Split portal Jadranski Val was first with the story on Monday, calling Achebe "Roddy\'s new summer love."';
    const claims = rulesOnly({ text, published: "2021-08-26", outlet: "Deck Notes" });
    const report = claims.find((c) => c.quote === "Roddy's new summer love");
    expect(report).toMatchObject({ kind: "report", speaker: null, outlet: "Jadranski Val", occurredOn: "2021-08-23" });
  });
});

describe("kinds", () => {
  it("takes a preview, a racing marquee and a race day for events", () => {
    expect(kindOfEvent("The two arrived arm in arm at the preview of the Feria Norte on Wednesday.")).toBe("appearance");
    expect(kindOfEvent("They arrived at the Lachaume marquee together on Cup day.")).toBe("appearance");
  });

  it("takes sharing a table or a cab for an outing", () => {
    expect(kindOfEvent("The two shared a table at the Harbour Boathouse on Friday.")).toBe("sighting");
    expect(kindOfEvent("Afterwards they shared a cab back to Kensington.")).toBe("sighting");
  });

  it("takes a night someone gives for an event, but not a night out at a restaurant", () => {
    expect(kindOfEvent("They arrived together on Saturday at producer Wendell Strand's annual fondue night at the lodge.")).toBe(
      "appearance",
    );
    expect(kindOfEvent("The pair were spotted at Fuego Grill in Manchester's Ancoats on Friday night.")).toBe("sighting");
  });
});
