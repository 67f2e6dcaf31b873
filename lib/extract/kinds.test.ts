import { describe, expect, it } from "vitest";
import { kindOfEvent, kindOfRemark } from "./classify";
import { extractClaims } from "./extract";

/**
 * Kinds read from situations rather than one article's phrasing (ADR 0019): each case is a
 * made-up text, not a corpus article.
 */
const claimsOf = (text: string, published: string, outlet: string | null = "The Daily Lark") =>
  extractClaims({ text, published, outlet }).map((c) => ({ ...c, pair: [...c.pair].sort() }));
const brief = (text: string, published: string) =>
  claimsOf(text, published).map((c) => `${c.kind} ${c.occurredOn} ${c.precision} ${c.speaker ?? "-"}`);

describe("kinds of what the article states", () => {
  it("reads co-stars at a premiere as an appearance: the noun says who they are, not what they did", () => {
    expect(kindOfEvent("The Iron Bay co-stars walked the red carpet hand in hand at the film's premiere on Monday.")).toBe("appearance");
    expect(kindOfEvent("The two co-starred in the 2019 thriller Dark Water.")).toBe("professional");
    expect(kindOfEvent("She co-stars in the drama with him.")).toBe("professional");
  });

  it("reads a meal out together as a sighting, even when an earlier event only dates it", () => {
    expect(kindOfEvent("The morning after the gala, the pair turned up for breakfast at Mabel's Cafe in Leeds.")).toBe("sighting");
    expect(kindOfEvent("They were spotted over a candlelit dinner at Osteria Nove.")).toBe("sighting");
    expect(kindOfEvent("The pair arrived together at the premiere.")).toBe("appearance");
  });

  it("reads playing a couple on screen, co-producing and meeting on a shoot as work together", () => {
    expect(kindOfEvent("The two played a married couple in the 2021 drama Low Tide.")).toBe("professional");
    expect(kindOfEvent("He co-produced two songs on her debut EP back in 2018.")).toBe("professional");
    expect(kindOfEvent("The swimmer and the actor met while filming a sports-drink advert in Perth.")).toBe("professional");
  });

  it("reads 'just buddies' and 'old friends and colleagues' as denials", () => {
    expect(kindOfRemark("he and his co-star were just buddies", "pair")).toBe("denial");
    expect(kindOfRemark("Ana and Rui are old friends and colleagues. There is nothing going on", "rep")).toBe("denial");
  });
});

describe("claims that need more than one sentence or a broader reading of who speaks", () => {
  it("joins a companion to the outing of the sentence before", () => {
    const text = [
      "Swimmer brings actor boyfriend to the carnival",
      "Lena Okoro opened the Harbourside Carnival in Whitby on Saturday, waving from an open-top bus. Beside her sat Jonah Reyes, the star of the drama Coastguard.",
      "Okoro, 24, has been linked to Reyes since the spring. Reyes did not respond to a request for comment.",
    ].join("\n\n");
    expect(brief(text, "2026-07-06")).toContain("appearance 2026-07-04 day -");
  });

  it("keeps a named third party's words about the couple in focus", () => {
    const text = [
      "Body language expert weighs in on Mira Sol and Dev Anand",
      "Mira Sol and Dev Anand sat side by side at the Silver Key Awards in London on Sunday.",
      '"She is mirroring him almost perfectly," expert Dr. Paula Grange told The Daily Lark.',
    ].join("\n\n");
    const statements = brief(text, "2026-10-14").filter((c) => c.startsWith("statement"));
    expect(statements).toHaveLength(1);
    // Told to the publishing outlet, undated: the day of publication.
    expect(statements[0]).toBe("statement 2026-10-14 day Paula Grange");
  });

  it("hears an unnamed witness by the anonymity clause and by speech verbs beyond 'said'", () => {
    const text = [
      "Mira Sol and Dev Anand: the whispers grow",
      "Mira Sol and Dev Anand sat side by side at the Silver Key Awards in London on Sunday.",
      'A lip reader who studied the footage, and who asked not to be named, believes Sol murmured "Not here, people are watching" to Anand.',
      '"They were all over each other," gasped one diner at the Kettle Inn in Hull.',
    ].join("\n\n");
    const kinds = brief(text, "2026-10-14");
    expect(kinds.filter((k) => k.startsWith("speculation"))).toHaveLength(2);
  });

  it("reads a quoted song title as a title, not as someone's words", () => {
    const text = [
      "Tali Obi and Cass Drum: the duet that started it all",
      "Tali Obi and Cass Drum were seen in Leeds on Sunday.",
      'They first teamed up around August 2019 on "Neon Psalm," the slow-burn single that put Obi on the map, and went on to co-headline a tour.',
    ].join("\n\n");
    expect(brief(text, "2024-02-06")).toEqual(["sighting 2024-02-04 day -", "professional 2019-08 circa -"]);
  });

  it("reads a coy answer to a question about the co-star as a statement, and a blog's claim about the actress as its report", () => {
    const text = [
      "Kira Wren and Mal Ost: what is going on?",
      "Kira Wren and Mal Ost were seen in Valletta on Monday.",
      "Asked by Reel Talk at the film's press junket on Wednesday whether there was anything between her and her co-star, Wren just smiled.",
      'The rumour took off two weeks ago, when the celebrity blog Hot Goss claimed the actress and the actor were "secretly engaged."',
    ].join("\n\n");
    expect(brief(text, "2025-08-30")).toEqual([
      "sighting 2025-08-25 day -",
      "statement 2025-08-27 day Kira Wren",
      "report 2025-08-16 day -",
    ]);
  });

  it("reads going public with a photo as a confirmation, and work in an advert that 'was filmed' somewhere as work", () => {
    const text = [
      "Kira Wren and Mal Ost are official",
      "Kira Wren made it official on Sunday, posting a snap of her and Mal Ost cuddled up by a fire.",
      "Wren and Ost had worked together before, starring in a sportswear advert that was filmed in Lisbon in May.",
    ].join("\n\n");
    expect(brief(text, "2025-09-02")).toEqual(["confirmation 2025-08-31 day Kira Wren", "professional 2025-05 month -"]);
  });

  it("gives nothing for fans' posts, solo career news or a list of wedding guests; a team member is an unnamed insider", () => {
    const text = [
      "Kira Wren and Mal Ost: the wedding guests everyone noticed",
      "Kira Wren and Mal Ost were seen at Bar Nove in Rome on Saturday.",
      '"Finally!!" wrote one fan under the photo.',
      "Wren will next be seen in the thriller Low Tide, while Ost is attached to star in a limited series.",
      "Other guests at the wedding included chef Bruno Hart, comedian Saoirse Lane and the presenter Marcus Bell.",
      "A member of Wren's management team told The Daily Lark: \"They're close, very close, but nobody is getting married.\"",
    ].join("\n\n");
    expect(brief(text, "2025-09-02")).toEqual(["sighting 2025-08-30 day -", "speculation 2025-09-02 day -"]);
  });

  it("reads a rep's 'colleagues and friends, and that is all' as a denial", () => {
    expect(kindOfRemark("They are colleagues and friends, and that is all.", "rep")).toBe("denial");
    expect(kindOfRemark("We are friends.", "pair")).toBe("denial");
  });

  it("reads the many ways gossip tells of work together: a series being filmed, a campaign fronted, a judging panel, a consultant's job, an episode", () => {
    for (const sentence of [
      "They have been filming the third series of their sitcom Night Shift in Hastings since May.",
      "The pair first met in 2018, when they both fronted a swimwear campaign for Tidal.",
      "The two have sat side by side at the judging table since 2021.",
      "She was cast as his love interest in the video for his single Dust.",
      "He served as the dialect coach on her period drama The Salt Year.",
      "They met in 2016, when he redesigned her kitchen for an episode of his series Home Again.",
      "The duo went on to co-headline a tour of Japan.",
    ])
      expect(kindOfEvent(sentence), sentence).toBe("professional");
  });

  it("reads the pair's showing at a festival as an appearance, and a friend after a festivalgoer as a second source", () => {
    const text = [
      "Kira Wren and Mal Ost: trouble?",
      "Kira Wren and Mal Ost were seen in Leeds on Saturday.",
      "Part of what fed the talk was the pair's frosty showing at the Harrowgate Festival in York on June 2, where Ost played the main stage.",
      'One festivalgoer told The Daily Lark: "They barely said two words to each other."',
      'But a friend of the couple insists that reading too much into one evening is a mistake. "Engaged people have rows," the friend said.',
    ].join("\n\n");
    const kinds = brief(text, "2025-06-11");
    expect(kinds).toContain("appearance 2025-06-02 day -");
    expect(kinds.filter((k) => k.startsWith("speculation"))).toHaveLength(2);
  });

  it("hears a rep whose principal goes unnamed when the words name the pair, and knows a site by 'first reported'", () => {
    const text = [
      "Kira Wren and Mal Ost are official",
      "Kira Wren and Mal Ost were spotted at Bar Nove in Rome last Tuesday.",
      "\"Mal and Kira are dating and they're very happy,\" the actor's publicist confirmed to Celebrity Digest on Friday.",
      'It comes days after Gossip Harbour first reported on Monday that the two had been "quietly dating since the holidays."',
    ].join("\n\n");
    expect(brief(text, "2024-04-18")).toEqual(["sighting 2024-04-16 day -", "confirmation 2024-04-12 day -", "report 2024-04-15 day -"]);
  });

  it("reads 'confirmed that she is engaged, sharing a photo of the pair' as no outing", () => {
    expect(kindOfEvent("The champion confirmed on Friday that she is engaged, sharing a photo of the pair on a beach in Goa.")).toBeNull();
  });

  it("hears an unnamed friend of 'the singer' on the couple in focus, dated the day the words were given", () => {
    const text = [
      "Cara Flint and Ron Aske split",
      "Pop singer Cara Flint and the producer Ron Aske have separated.",
      'A friend of the singer says the marriage had been under strain for some time. "Ron has been living in the studio since the spring," the friend confides.',
    ].join("\n\n");
    expect(brief(text, "2026-10-24")).toEqual(["report 2026-10-24 day -", "speculation 2026-10-24 day -"]);
  });

  it("reads 'the Iron Bay co-stars' as the couple, a runway show with 'her' as an event, and a captioned post as words", () => {
    const text = [
      "Nia Holt and Jed Kwan finally make it official",
      "Nia Holt and Jed Kwan have been linked for a year.",
      "The Iron Bay co-stars walked the red carpet hand in hand at the film's premiere in Los Angeles on Monday night.",
      "The pair were first seen together at her runway show in Paris in March, where he sat in the front row.",
      'On Friday, Holt posted a video of the couple brushing their teeth side by side, captioned: "We are very much together, thanks for asking."',
    ].join("\n\n");
    expect(brief(text, "2026-04-15")).toEqual([
      "appearance 2026-04-13 day -",
      "appearance 2026-03 month -",
      "denial 2026-04-10 day Nia Holt",
    ]);
  });

  it("reads two clauses joined by a semicolon as two pieces of evidence, and a rep's rebuttal inside a report's sentence as a denial", () => {
    const text = [
      "Ella Vane and Kofi Hart on stage",
      "Ella Vane and Kofi Hart first shared a stage in 2021, in a small Ibsen in Bristol; they rehearsed this production through December in a church hall.",
      'On 14 December the Weekend Courier reported that the pair had been "living together", a story that Hart\'s agent dismissed as fanciful.',
    ].join("\n\n");
    expect(brief(text, "2026-02-05")).toEqual([
      "professional 2021 year -",
      "professional 2025-12 month -",
      "report 2025-12-14 day -",
      "denial 2026-02-05 day -",
    ]);
  });

  it("takes a roundup's heading naming two people as a couple, and reads its items' photos, quoted epithets and retractions", () => {
    const text = [
      "The week in celebrity romance",
      "Mira Sol & Dev Anand",
      'The "Glitterball" singer and the Leeds striker are "hanging out exclusively," according to Sidebar, which first reported the pairing on Tuesday.',
      "Photos obtained by ClickFlash show Sol, 26, and Anand, 28, leaving the Blue Heron supper club in Leeds late on Friday.",
      'By Friday evening Sidebar had backed down, pulling the story and replacing it with an editor\'s note admitting that its source "could not be verified."',
    ].join("\n\n");
    expect(brief(text, "2025-11-08")).toEqual(["report 2025-11-04 day -", "sighting 2025-11-07 day -", "report 2025-11-07 day -"]);
  });

  it("gives no claim for what is yet to come, for guests merely listed or for looking back at old rumours", () => {
    const text = [
      "Pia Lane and Hal Ross: the judges' romance",
      "Pia Lane and Hal Ross were seen at the Fitz Club in Chelsea on Thursday.",
      "It isn't the first time the pair have sparked rumours.",
      "Other guests at the party included chef Bruno Hart, comedian Saoirse Lane's sister and the presenter Marcus Bell.",
      "The new series of The Big Bake returns to screens in September, with Lane and Ross both back on the judging panel.",
      "Lane plays her next match on Monday.",
      "Lane is currently filming the second season of her comedy Pie Queens in Atlanta.",
      'Lane\'s spokesperson said she had "no comment to make".',
    ].join("\n\n");
    expect(brief(text, "2025-05-13")).toEqual(["sighting 2025-05-08 day -", "statement 2025-05-13 day -"]);
  });

  it("credits a quote to the outlet that claimed it, not to the guest the outlet cited", () => {
    const text = [
      "Juno Aba and Felix Quiro: engaged?",
      "Juno Aba and Felix Quiro were seen in Miami on Monday.",
      'The rumour took off two weeks ago, when the blog Hot Goss claimed the singer and the producer were "secretly engaged", citing a guest at a party who said she had seen a ring.',
    ].join("\n\n");
    expect(brief(text, "2024-02-22")).toEqual(["sighting 2024-02-19 day -", "report 2024-02-08 day -"]);
  });

  it("reads a named manager's 'they're together', told to us, as a confirmation of this article's day", () => {
    const text = [
      "Ana Voss and Tarik Bell make it official",
      "Ana Voss and Tarik Bell were seen at the Lido in Leeds on Saturday.",
      "Tarik's manager, Jo Kemp, was happy to oblige. \"Yes, they're together and they're very happy,\" she told us.",
    ].join("\n\n");
    expect(brief(text, "2024-06-10")).toEqual(["sighting 2024-06-08 day -", "confirmation 2024-06-10 day Jo Kemp"]);
  });

  it("reads actors who 'play rivals in the drama' as work, and 'he and his co-star were just buddies' as his denial", () => {
    const text = [
      "Mara Hollis and Jed Kwon make it official",
      "Mara Hollis and Jed Kwon walked the red carpet at the Regent Theatre in Los Angeles on Monday.",
      "The pair, who play rival fishermen in the drama, spent four months of 2024 on a trawler to make it.",
      'Last October, Kwon told the podcast Off Script that he and his co-star were "just buddies."',
    ].join("\n\n");
    expect(brief(text, "2026-04-15")).toEqual(["appearance 2026-04-13 day -", "professional 2024 year -", "denial 2025-10 month Jed Kwon"]);
  });

  it("keeps both pieces of evidence when someone speaks as the pair arrive at an event", () => {
    const text = [
      "Lia Moss and Ravi Sen go public",
      "Lia Moss and Ravi Sen have been linked since the spring.",
      '"We\'re very happy," Moss told reporters on Friday as she and Sen arrived together at the premiere of Low Tide in London.',
    ].join("\n\n");
    expect(brief(text, "2025-03-10").sort()).toEqual(["appearance 2025-03-07 day -", "confirmation 2025-03-07 day Lia Moss"]);
  });

  it("hears a rep for 'the forward' whose words name one of the couple, and a coy laugh that refuses to be drawn", () => {
    const text = [
      "Davo Lace and Suni Brek: engaged?",
      "Davo Lace and Suni Brek were seen dining at Casa Lumbre in Ibiza on Friday.",
      'A spokesperson for the forward went further on Tuesday. "Davo is not engaged and he is not in a relationship," the spokesperson said in a statement.',
      'Appearing on the podcast Pillow Talk two weeks ago, Brek was asked whether she had become a fan of football. "Let\'s just say I watch a lot more football than I used to," she laughed, refusing to be drawn further.',
      "The single, which they recorded last year at a studio in Stockholm, is nominated for three awards at next month's Aurora Awards.",
    ].join("\n\n");
    expect(brief(text, "2025-09-10")).toEqual([
      "sighting 2025-09-05 day -",
      "denial 2025-09-09 day -",
      "statement 2025-08-27 day Suni Brek",
      "professional 2024 year -",
    ]);
  });

  it("reads outlets' claims and fact-checks as reports, a fan's question as no source, and 'single' as a denial", () => {
    const text = [
      "Wyn Hale and Bree Tava: a baby?",
      "Wyn Hale and Bree Tava were seen in Nashville on Saturday.",
      'Earlier this month, the gossip site The Inside Track claimed that the "Dirt Road" singer, 34, and the actress, 29, were "expecting their first child".',
      "On Tuesday, the fact-check blog Real or Rumor matched the image to set photos from Tava's western.",
      "On her TikTok live on Thursday, a fan asked about Wyn and she just grinned: \"Wyn's my favourite singer, that's all I'll say.\"",
      '"Wyn is single and focused on his tour," his agent told us yesterday.',
    ].join("\n\n");
    expect(brief(text, "2024-07-19")).toEqual([
      "sighting 2024-07-13 day -",
      "report 2024-07 circa -",
      "report 2024-07-16 day -",
      "statement 2024-07-18 day Bree Tava",
      "denial 2024-07-18 day -",
    ]);
  });

  it("keeps the party both attended beside a reader's account of it, and knows 'his agent, Name,' as a rep", () => {
    const text = [
      "Anya Petra and Ron Kil: it started earlier",
      "Anya Petra and Ron Kil have been linked since June.",
      'Both of them were at designer Luc Dufray\'s 40th birthday party at his villa in Ibiza late last month, and a reader who was there emailed us: "They arrived separately but left together at 4am."',
      'By Monday afternoon, his agent, Fergal Roon, had seen enough. "Anya and Ron are together and very happy. The story is made up," Roon told The Daily Lark.',
    ].join("\n\n");
    const kinds = brief(text, "2025-06-15");
    expect(kinds).toContain("appearance 2025-05 circa -");
    expect(kinds).toContain("speculation 2025-06-15 day -"); // the reader's words: this article's day, not the party's
    expect(kinds.some((k) => k.startsWith("denial") && k.endsWith("Fergal Roon"))).toBe(true);
  });

  it("keeps a split the article states only as the rep's confirmation it rests on, and reads 'devoted co-parents' as a split", () => {
    const text = [
      "Julia Cass and Gid Roth split",
      "Julia Cass and Gid Roth are going their separate ways.",
      '"They remain devoted co-parents and good friends, and ask for privacy," a spokesperson for Cass told The Daily Lark on Monday.',
    ].join("\n\n");
    const claims = claimsOf(text, "2025-03-26");
    expect(claims.map((c) => `${c.kind} ${c.stance}`)).toEqual(["confirmation contradicts"]);
  });

  it("reads guests among the guests, moving on to the after-party and posing before the ceremony as appearances", () => {
    expect(kindOfEvent("Ellie Vant and Seb Roux were also among the 200 guests at the abbey, dancing all night.")).toBe("appearance");
    expect(kindOfEvent("Hollis and Kwon later moved on to the after-party at her home in Bel Air.")).toBe("appearance");
    expect(kindOfEvent("They made it a date, posing for photographs together in the lavender garden before the ceremony.")).toBe(
      "appearance",
    );
    expect(kindOfEvent("The morning after the gala, the pair turned up for breakfast at Mabel's Cafe.")).toBe("sighting");
  });

  it("hears coy words: 'said only', a caption that fanned the flames, a laugh at a question about wedding bells", () => {
    const text = [
      "Odie Ferr and Ben Crain: over?",
      "Odie Ferr and Ben Crain were seen in Malibu on Monday.",
      'Approached by photographers outside his gym on Saturday, Crain pulled down his cap and said only: "We\'re all good. Be kind."',
      'Crain only fanned the flames on Sunday, when he posted a picture of two glasses with the caption: "Good food, even better company."',
      "Asked on Tuesday whether wedding bells might be next, Ferr laughed.",
    ].join("\n\n");
    expect(brief(text, "2024-01-24")).toEqual([
      "sighting 2024-01-22 day -",
      "statement 2024-01-20 day Ben Crain",
      "statement 2024-01-21 day Ben Crain",
      "statement 2024-01-23 day Odie Ferr",
    ]);
  });

  it("reads 'the split' named as a topic and 'his co-host' as a description as no claim", () => {
    expect(kindOfEvent("The split comes at a busy moment for both.")).toBeNull();
    expect(kindOfEvent("His co-host could be heard howling in the background.")).toBeNull();
    expect(kindOfEvent("The pair co-hosted the breakfast show in 2021.")).toBe("professional");
  });

  it("keeps past outings whatever words stand before their date, and drops a weekend still to come", () => {
    const seen = (text: string, published = "2025-06-11") => claimsOf(text, published).map((c) => `${c.kind} ${c.occurredOn}`);
    expect(seen("Ana Lee and Tom Ray sat next to each other at a bar on Saturday, kissing.")).toEqual(["sighting 2025-06-07"]);
    expect(seen("Ana Lee and Tom Ray were seen kissing at the Next store in Leeds on Saturday.")).toEqual(["sighting 2025-06-07"]);
    expect(seen("Ana Lee and Tom Ray will walk the red carpet together at the Lantern Gala this weekend.")).toEqual([]);
    expect(seen("Ana Lee and Tom Ray were seen kissing in Aspen over Thanksgiving weekend.", "2025-11-28")).toEqual([
      "sighting 2025-11-27",
    ]);
  });

  it("merges one source going on even when the quote mentions 'a local bar', and keeps a manager's words about his player out of the couple's claims", () => {
    const text = [
      "Ana Lee and Tom Ray: the new couple",
      "Ana Lee and Tom Ray were seen in Leeds on Saturday.",
      'One source said: "They are smitten." "They were kissing at a local bar," the source added.',
      '"He has been superb all season," said the manager Mikel Soto.',
    ].join("\n\n");
    expect(brief(text, "2025-06-11")).toEqual(["sighting 2025-06-07 day -", "speculation 2025-06-11 day -"]);
  });

  it("keeps a one-word quote as words said, and one after 'the single' as a title", () => {
    const text = [
      "Lia Moss and Ravi Sen: together?",
      "Lia Moss and Ravi Sen were seen in Leeds on Friday.",
      'Asked on Saturday whether they were dating, Moss replied "No" and walked off.',
    ].join("\n\n");
    expect(claimsOf(text, "2025-03-10").map((c) => `${c.kind} ${c.speaker} ${c.quote}`)).toEqual([
      "sighting null null",
      "statement Lia Moss No",
    ]);
    expect(
      claimsOf(
        ["Lia Moss and Ravi Sen: together?", 'Lia Moss and Ravi Sen recorded the single "Halogen" in Leeds in 2024.'].join("\n\n"),
        "2025-03-10",
      )[0],
    ).toMatchObject({
      kind: "professional",
      quote: null,
    });
  });
});
