import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_LEDGER } from "./demo-ledger";
import { extractClaims } from "./extract";

const seed = readFileSync(path.join(import.meta.dirname, "corpus/seed/seed-article.txt"), "utf8");

describe("the seed article (Ana de Armas and Tom Cruise, 5 June 2025)", () => {
  const claims = extractClaims({ text: seed, published: "2025-06-05" }, DEMO_LEDGER);
  const find = (kind: string, outlet?: string) => claims.find((c) => c.kind === kind && (outlet === undefined || c.outlet === outlet));

  it("finds the pair, with the ledger's slugs, in every claim", () => {
    expect(claims.length).toBeGreaterThanOrEqual(8);
    for (const c of claims) expect([...c.slugs.pair].sort()).toEqual(["ana-de-armas", "tom-cruise"]);
  });

  it("credits each on-record statement to its speaker and outlet", () => {
    expect(find("statement", "Variety")).toMatchObject({ speaker: "Ana de Armas", stance: "neutral", confidence: "confirmed" });
    expect(find("statement", "Deadline")).toMatchObject({
      speaker: "Ana de Armas",
      quote: "Training, just training, getting ready for what's going to come",
    });
    expect(find("statement", "Entertainment Tonight")).toMatchObject({ speaker: "Ana de Armas" });
    expect(find("statement", "Associated Press")).toMatchObject({
      speaker: "Tom Cruise",
      slugs: expect.objectContaining({ speaker: "tom-cruise", outlet: "associated-press" }),
    });
    expect(find("statement", "USA Today")).toMatchObject({
      speaker: "Ana de Armas",
      occurredOn: "2023",
      precision: "year",
      quote: "mind-blowing",
    });
  });

  it("finds the London sightings, the Beckham party with its host, the work together and the speculation it fuelled", () => {
    expect(claims.filter((c) => c.kind === "sighting").map((c) => c.place)).toEqual(["London", "London"]);
    expect(find("appearance")).toMatchObject({
      mentions: ["David Beckham"],
      slugs: expect.objectContaining({ mentions: ["david-beckham"] }),
      stance: "supports",
    });
    expect(find("professional")).toMatchObject({ speaker: "Ana de Armas", stance: "neutral" });
    expect(find("speculation")).toMatchObject({
      occurredOn: "2025-06-05",
      precision: "day",
      stance: "supports",
      confidence: "speculative",
    });
  });

  it("leaves out Tom's solo career talk on The Graham Norton Show (no bearing on the pair)", () => {
    expect(claims.some((c) => c.outlet === "The Graham Norton Show")).toBe(false);
  });
});

describe("what one claim is", () => {
  const published = "2025-06-05";

  it("gives an empty list for a text with no claim about a pair", () => {
    expect(extractClaims({ text: "", published })).toEqual([]);
    expect(extractClaims({ text: "The weather in London was mild on Tuesday. Markets rose.", published })).toEqual([]);
    expect(extractClaims({ text: 'Mara Vance released a new single on Friday. She said she is "thrilled".', published })).toEqual([]);
  });

  it("skips 'did not respond to a request for comment'", () => {
    const text =
      "Mara Vance and Theo Lindqvist were seen in Lisbon last Tuesday.\nA rep for Lindqvist did not respond to a request for comment.";
    expect(extractClaims({ text, published }).map((c) => c.kind)).toEqual(["sighting"]);
  });

  it("merges a syndicated quote into one claim that keeps the first outlet", () => {
    const text = [
      'Mara Vance and Theo Lindqvist are dating, Mara Vance told Star Weekly on Monday: "Theo and I are very happy together."',
      'The next day Daily Flash repeated the quote: "Theo and I are very happy together," Vance said.',
    ].join("\n");
    const claims = extractClaims({ text, published }).filter((c) => c.quote?.includes("very happy"));
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ outlet: "Star Weekly", kind: "confirmation", speaker: "Mara Vance", occurredOn: "2025-06-02" });
  });

  it("keeps a debunked report and its debunk as two claims", () => {
    const text = [
      'Star Weekly reported on Monday that Mara Vance and Theo Lindqvist were "secretly engaged".',
      "On Wednesday, Daily Flash debunked the report about Vance and Lindqvist, saying the ring photo was a stock image.",
    ].join("\n");
    const reports = extractClaims({ text, published }).filter((c) => c.kind === "report");
    expect(reports.map((c) => [c.outlet, c.stance, c.occurredOn])).toEqual([
      ["Star Weekly", "supports", "2025-06-02"],
      ["Daily Flash", "contradicts", "2025-06-04"],
    ]);
  });

  it("reads a rep's denial as on the record", () => {
    const text = 'Mara Vance and Theo Lindqvist were seen in Lisbon.\n"They are good friends, nothing more," a rep for Vance told Variety.';
    expect(extractClaims({ text, published }).find((c) => c.kind === "denial")).toMatchObject({
      speaker: null,
      outlet: "Variety",
      stance: "contradicts",
      confidence: "confirmed",
    });
  });
});
