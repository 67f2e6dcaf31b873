import { describe, expect, it } from "vitest";
import { analyseArticle } from "./article";
import { findOutletNames } from "./outlets";
import { findPairs } from "./pairs";
import { extractClaims } from "./extract";
import { attributionOf } from "./attribution";
import { findDates } from "./dates";

/** People, pairs, speakers, outlets and dates as articles written blind put them (issue 12, sixth pass). */
describe("an outlet introduced by what it is", () => {
  it("is the name after 'the Portuguese magazine', not the adjective before the noun", () => {
    const text = 'A rep told the Portuguese magazine Olhar Novo that she "keeps her life private."';
    expect(findOutletNames(text, [], new Set())).toEqual(["Olhar Novo"]);
  });

  it("is still the name before the noun when none follows ('told Glimmer magazine')", () => {
    expect(findOutletNames("He told Glimmer magazine that they are friends.", [], new Set())).toEqual(["Glimmer"]);
  });
});

const EMPTY = { people: [], outlets: [] };
const read = (text: string) => analyseArticle({ text, published: "2026-05-14", outlet: "Night Owl" }, EMPTY);

describe("a person introduced by a role noun", () => {
  it("is a person after 'the restaurateur', even when the first name is also a word", () => {
    const text = "Dana Orwell and Tobi Fenn were seen in Bath. Orwell split from her husband, the restaurateur Miles Penhallow, in 2020.";
    expect(read(text).people.map((p) => p.name)).toContain("Miles Penhallow");
  });
});

describe("a past marriage told after an age and a relative clause", () => {
  it("links the two, so that 'the pair' in the next sentence can mean them", () => {
    const text =
      "Cora Lindqvist and Emil Haas were seen kissing in Oslo. Lindqvist, 41, who grew up in Bergen, was once married to the painter Ivo Brandt. The pair divorced in 2019.";
    expect(findPairs(read(text))).toContainEqual(["Cora Lindqvist", "Ivo Brandt"]);
  });
});

describe("a role named once and used again", () => {
  it("'the Danish-born conductor' is whom a sentence opening 'Conductor …' introduced, not the last woman named", () => {
    const text =
      'Conductor Lars Hemming has confirmed that he and the soprano Ilse Marrow are dating. "We are happy," the Danish-born conductor told us.';
    const a = read(text);
    const role = a.refs.find((r) => a.text.slice(r.start, r.end) === "the Danish-born conductor");
    expect(role?.value.person).toBe("Lars Hemming");
  });

  it("'The producer of that show, Nadia Orme,' is a person and no show's title", () => {
    const text =
      "Tamsin Vey and Rob Kell rehearse a new play. The producer of that show, Nadia Orme, was sure of them when she spoke on Monday.";
    const a = read(text);
    expect(a.people.map((p) => p.name)).toContain("Nadia Orme");
    expect(a.outlets.map((o) => o.value)).not.toContain("Nadia Orme");
  });
});

describe("a host named in apposition to her role", () => {
  it("is a mention of the couple's evening, not one of a couple", () => {
    const text =
      "Singer Mara Quell and actor Dev Oyelowo arrived at the Lantern Ball together. Inside, the pair sat at the table of the night's host, banker Hettie Sloan, and danced to Quell's new song.";
    const pairs = findPairs(read(text));
    expect(pairs).toEqual([["Dev Oyelowo", "Mara Quell"]]);
  });
});

describe("a role noun in a rep's words", () => {
  it("means the rep's principal, named in the same sentence ('a spokesperson for X said the actress…')", () => {
    const text =
      'Lena Brook and Omar Vail were seen in Rome. His friend Piotr Sand said they were happy. A spokesperson for Brook told Gala magazine that the actress "keeps her life private" and pointed to the couple\'s trip.';
    const a = read(text);
    const role = a.refs.find((r) => a.text.slice(r.start, r.end) === "the actress");
    expect(role?.value.person).toBe("Lena Brook");
    expect(findPairs(a)).toEqual([["Lena Brook", "Omar Vail"]]);
  });
});

describe("a programme named by its hosts", () => {
  it("'telling the hosts of Sunrise Sofa' names the show; 'the host of Kaye's party' names none", () => {
    const text =
      "She went further on Tuesday, telling the hosts of Sunrise Sofa that she cried. The host of Kaye's party, Ola Brandt, was thrilled.";
    expect(findOutletNames(text, [], new Set())).toEqual(["Sunrise Sofa"]);
  });
});

describe("an undated outing in the opening paragraph, told again further down", () => {
  it("takes the day the later telling gives, at the same venue, and the two are one outing", () => {
    const text = [
      "Hugo Marr shrugs off split talk",
      "Hugo Marr has laughed off talk that his romance with singer Ines Cole is over, days after the couple were pictured hugging at the Teatro Solana.",
      "The gossip site Buzzline claimed on Sunday that the pair had split.",
      "But Cole was at the Teatro Solana in Seville last Tuesday, and the pair were photographed hugging backstage after the show.",
    ].join("\n\n");
    // Backstage after the show is the show told in detail: an appearance.
    const outings = extractClaims({ text, published: "2025-09-12", outlet: "Night Owl" }).filter(
      (c) => c.kind === "sighting" || c.kind === "appearance",
    );
    expect(outings.map((c) => [c.occurredOn, c.precision])).toEqual([["2025-09-09", "day"]]);
  });
});

describe("a couple told by apposition, and guests told by 'Also at the party were'", () => {
  const text = [
    "Mina Carrow is engaged",
    'The chef, 36, revealed that her boyfriend of two years, the Welsh rugby star Owain Pryce, proposed at her party. "I said yes," Mina told the magazine. Pryce later said Mina was his best friend.',
    "Also at the party were the comedian Dora Fell, the newsreader Iona Blake and several of Pryce's team-mates.",
  ].join("\n\n");

  it("links her to the partner in apposition even when a capitalised word describes him", () => {
    expect(findPairs(read(text))).toContainEqual(["Mina Carrow", "Owain Pryce"]);
  });

  it("links no guest listed after 'Also at the party were' to the man named after her", () => {
    expect(findPairs(read(text)).some((p) => p.includes("Iona Blake"))).toBe(false);
  });

  it("reads 'Hearth & Home magazine' as one outlet", () => {
    expect(findOutletNames("She spoke to Hearth & Home magazine on Monday.", [], new Set())).toEqual(["Hearth & Home"]);
  });
});

describe("names that begin with a capital beyond ASCII", () => {
  it("finds 'Elin Åberg' and her surname alone, and links the split", () => {
    const text =
      "Aleksi Virta and Kaylee Moss were seen in Monaco. Virta split from the Swedish skier Elin Åberg last year. Åberg said nothing.";
    const a = read(text);
    expect(a.people.map((p) => p.name)).toContain("Elin Åberg");
    expect(a.refs.filter((r) => r.value.person === "Elin Åberg").map((r) => a.text.slice(r.start, r.end))).toEqual(["Elin Åberg", "Åberg"]);
    expect(findPairs(a)).toContainEqual(["Aleksi Virta", "Elin Åberg"]);
  });
});

describe("words dated by the occasion told at the end of the paragraph before", () => {
  it("'Appearing on Monday's edition of the show, she was asked… ¶ \"…,\" X said' is Monday's", () => {
    const text = [
      "Nadia Perl confirms romance with Theo Wick",
      "Actress Nadia Perl has confirmed her relationship with the cyclist Theo Wick.",
      "Appearing on Monday's edition of the breakfast show Sunrise Sofa, the 36-year-old actress was asked about the photos. She did not hesitate.",
      "\"Yes, we're together, and I've never been happier,\" Perl said to cheers.",
    ].join("\n\n");
    const said = extractClaims({ text, published: "2025-11-05", outlet: "Night Owl" }).find((c) => c.quote?.startsWith("Yes"));
    expect(said && [said.occurredOn, said.precision]).toEqual(["2025-11-03", "day"]);
  });
});

describe("the object of 'with', however described, is not who speaks", () => {
  it("'X has made it official with former NFL quarterback Y, confirming…' is X's remark", () => {
    const text =
      "Actress Nadia Perl has made it official with former NFL quarterback Theo Wick, confirming their relationship on a show this week.";
    const a = read(text);
    expect(attributionOf(a, a.sentences[0], [])?.speaker).toBe("Nadia Perl");
  });
});

describe("gender from pronouns, when two people share the clause", () => {
  const genderOf = (text: string, name: string) => read(text).people.find((p) => p.name === name)?.gender;

  it("a role noun before someone else's name is not hers, nor are 'his … her' in one clause, nor 'he' after 'he and X'", () => {
    const text = [
      "Model Anke Voss, 24, and Irish actor Cillian Roe, 33, arrived together at the gala.",
      "Asked whether he and Voss were back together, he smiled.",
      "The next morning they left the hotel, Voss still wearing his jacket over her shoulders.",
      "Voss's agency declined to comment on her personal life.",
    ].join(" ");
    expect(genderOf(text, "Anke Voss")).toBe("female");
  });
});

describe("a newspaper's reporter", () => {
  it("'Asked by a Maison Claire reporter' names an outlet, not a person", () => {
    const text = "Tom Hale and Ada Finch arrived together. Asked by a Maison Claire reporter whether they were a couple, he smiled.";
    const a = read(text);
    expect(a.people.map((p) => p.name)).not.toContain("Maison Claire");
    expect(a.outlets.map((o) => o.value)).toContain("Maison Claire");
  });
});

describe("'A and B in matching C' and 'A and DJ B'", () => {
  it("links A to B, a name between and C worn by them links to no one; an acronym describes B", () => {
    const text =
      "Anke Voss and Cillian Roe in matching Ottavio Marra stole the show at the gala. Model Tia Lund and DJ Omar Reyes turned up together at the party.";
    const pairs = findPairs(read(text));
    expect(pairs).toContainEqual(["Anke Voss", "Cillian Roe"]);
    expect(pairs).toContainEqual(["Omar Reyes", "Tia Lund"]);
    expect(pairs.some((p) => p.includes("Ottavio Marra"))).toBe(false);
  });
});

describe("words said at an event the sentence before sets", () => {
  it("'X was quiet on the carpet. Asked by a reporter…, he said: \"…\"' is of the event's day", () => {
    const text = [
      "Anke Voss and Cillian Roe at the gala",
      "Anke Voss and Cillian Roe arrived together at the Verity Prize gala in London on Tuesday.",
      'Nina Bell, who dressed the pair, told Thread Count it was their idea. "They wanted to look like a set," the designer said.',
      'Roe was less talkative on the carpet. Asked by a Maison Mode reporter whether he and Voss were back together, he smiled and said: "Next question."',
    ].join("\n\n");
    const said = extractClaims({ text, published: "2024-09-13", outlet: "Night Owl" }).find((c) => c.quote === "Next question");
    expect(said && [said.occurredOn, said.precision]).toEqual(["2024-09-10", "day"]);
  });
});

describe("a relative day restated after a comma", () => {
  it("'the night before, on Friday,' is that Friday; 'the day after Boxing Day' still counts on", () => {
    const on = (sentence: string) => findDates(sentence, "2024-11-18").map((d) => [d.occurredOn, d.precision]);
    expect(on("They had been seen the night before, on Friday, at the welcome drinks.")).toEqual([["2024-11-15", "day"]]);
    expect(on("They met the day after Boxing Day.")).toEqual([["2023-12-27", "day"]]);
  });
});

describe("outlets named before 'reported', and two outlets joined by 'and'", () => {
  it("'The Evening Lark reported' is an outlet; 'Gossip Daily and Honky Tonk Buzz' is two", () => {
    const text =
      "The Evening Lark reported on Sunday that they had split. Within hours the story was picked up by Gossip Daily and Honky Tonk Buzz.";
    const names = findOutletNames(text, [], new Set());
    expect(names).toContain("The Evening Lark");
    expect(names).toContain("Gossip Daily");
    expect(names.some((n) => n.includes(" and "))).toBe(false);
  });
});

describe("'A and the <club> <role> B'", () => {
  it("links A to B across a capitalised club name, since no one else is named between", () => {
    const text = "Tia Lund and the Seahaven Rovers midfielder Omar Reyes, 24, were photographed on the seafront.";
    expect(findPairs(read(text))).toContainEqual(["Omar Reyes", "Tia Lund"]);
  });
});

describe("a studio visit as the occasion of the words after it", () => {
  it("'joined the hosts in the studio on Friday to talk about her book… ¶ \"…,\" X told them' is Friday's", () => {
    const text = [
      "Nadia Perl confirms Theo Wick romance",
      "Reality star Nadia Perl has gone on the record about her romance with the footballer Theo Wick.",
      "The 25-year-old reality star joined the hosts in the studio on Friday to talk about her new book, but the talk soon turned to the footballer.",
      "\"Yes, I'm seeing Theo, and yes, he's lovely,\" Nadia told the hosts, laughing.",
    ].join("\n\n");
    const said = extractClaims({ text, published: "2024-10-06", outlet: "Kite FM" }).find((c) => c.quote?.startsWith("Yes"));
    expect(said && [said.occurredOn, said.precision]).toEqual(["2024-10-04", "day"]);
  });
});

describe("escorts and acronym roles", () => {
  it("'arrived on Tuesday on the arm of the Spanish tennis player X' links; 'the Danish DJ Oskar Veld' is a person", () => {
    const text =
      "Actress Clio Dane, 28, arrived on Tuesday evening on the arm of the Spanish tennis player Ruben Sala at the party. Presenter Kezia Moor, 29, and the Danish DJ Oskar Veld, 31, turned up hand in hand.";
    const a = read(text);
    expect(a.people.map((p) => p.name)).toContain("Oskar Veld");
    expect(findPairs(a)).toContainEqual(["Clio Dane", "Ruben Sala"]);
    expect(findPairs(a)).toContainEqual(["Kezia Moor", "Oskar Veld"]);
  });
});

describe("a coy 'I don't talk about my private life' after the occasion is told", () => {
  it("takes the occasion's day ('…cornered by reporters on Monday. \"…,\" he said'), not the article's", () => {
    const text = [
      "Rui Sal and Ona Pike are engaged",
      "Striker Rui Sal and the actress Ona Pike are engaged, she confirmed on Tuesday.",
      "Sal gave little away when he was cornered by reporters at an event in Glasgow on Monday. \"I don't talk about my private life, but I'm a very happy man,\" he said.",
    ].join("\n\n");
    const said = extractClaims({ text, published: "2026-09-03", outlet: "Night Owl" }).find((c) => c.quote?.startsWith("I don't"));
    expect(said && [said.occurredOn, said.precision]).toEqual(["2026-08-31", "day"]);
  });
});

describe("a name-shaped outlet before 'claimed'", () => {
  it("'when Gab Corner claimed they had been…' is an outlet; 'Lena Whit claimed … Whit said' stays a person", () => {
    const text =
      "They were first linked when Gab Corner claimed they had been texting. Lena Whit claimed it was nothing. Whit said so twice.";
    const names = findOutletNames(text, [], new Set());
    expect(names).toContain("Gab Corner");
    expect(names).not.toContain("Lena Whit");
  });
});

describe("a bandmate who speaks of the couple", () => {
  const text = [
    "Pia Gray and Cass Mori go public",
    "Singer Pia Gray and the drummer Cass Mori have confirmed they are dating.",
    "Even the band is over it. Rhiannon Dowd, who plays bass in Pia's band, joked about the couple on the radio earlier this month. \"They're disgustingly cute,\" she said.",
  ].join("\n\n");

  it("'she said' is the sentence's subject before, not the one named in passing in her aside", () => {
    const a = read(text);
    const she = a.refs.filter((r) => a.text.slice(r.start, r.end) === "she").at(-1);
    expect(she?.value.person).toBe("Rhiannon Dowd");
  });

  it("and a possessive in her aside does not make her one of 'the couple'", () => {
    expect(findPairs(read(text)).some((p) => p.includes("Rhiannon Dowd"))).toBe(false);
  });
});

describe("words given 'after the broadcast'", () => {
  const text = (after: string) =>
    [
      "Ella Rusk confirms Omar Black romance",
      "Gymnast Ella Rusk has confirmed she is dating the actor Omar Black.",
      "The 32-year-old was asked about the romance during Wednesday's programme, and she didn't dodge it.",
      `Black's publicist confirmed the relationship ${after}. "Omar is very happy," she said.`,
    ].join("\n\n");
  const happy = (t: string) =>
    extractClaims({ text: t, published: "2026-04-23", outlet: "Coffee Hour" }).find((c) => c.evidence.startsWith("Black's publicist"));

  it("are of the programme's day the article gave", () => {
    const said = happy(text("to the show after the broadcast"));
    expect(said && [said.occurredOn, said.precision]).toEqual(["2026-04-22", "day"]);
  });

  it("but not when the broadcast is the article's own ('told this programme')", () => {
    const said = happy(text("to this programme after the broadcast"));
    expect(said?.occurredOn).not.toBe("2026-04-22");
  });
});
