import { describe, expect, it } from "vitest";
import { analyseArticle } from "./article";
import { DEMO_LEDGER } from "./demo-ledger";
import { loadCorpus, DEFAULT_CORPUS_DIR } from "./corpus-files";
import { dateCandidates, dateScore, redate, type DateModel } from "./dating";
import { extractClaims } from "./extract";
import type { SentenceModel } from "./learned";
import { labelArticle, labelDates, trainDateModel, type LabelledDates } from "./learned-train";
import { claimsOf } from "./rules";
import shipped from "./sentence-model.json";
import type { RawClaim } from "./walk";

/** The learned date chooser (ADR 19, fifteenth pass): its candidates, its choice, its training, and what it changes. */
const text = [
  "Singer Marisol Quintero and actor Dev Halloran were photographed holding hands in Madrid on Thursday night.",
  "",
  'On Tuesday, Pop Ledger reported that the pair had been "inseparable since the premiere". They will tour together in May.',
].join("\n");
const article = analyseArticle({ text, published: "2026-03-16", outlet: "Velvet Rope Daily" }, { people: [], outlets: [] });
const claim: RawClaim = {
  pair: ["Marisol Quintero", "Dev Halloran"],
  kind: "report",
  occurredOn: "2026-03-16",
  precision: "circa",
  place: null,
  speaker: null,
  quote: "inseparable since the premiere",
  outlet: "Pop Ledger",
  mentions: [],
  stance: "supports",
  confidence: "likely",
  evidence: article.sentences[1].text,
  sentence: 1,
};

describe("a claim's candidate dates", () => {
  const candidates = dateCandidates(article, claim, { occurredOn: "2026-03-12", precision: "day" });
  const at = (occurredOn: string, precision = "day") => candidates.find((c) => c.occurredOn === occurredOn && c.precision === precision);

  it("are the rules' date, the publication day, the lead's day and the dates of the sentences around the claim", () => {
    // One candidate per date, with the rules' precision: the publication day the rules left undated stays undated.
    expect(at("2026-03-16", "circa")?.features).toEqual(
      expect.arrayContaining(["rule", "rule:circa", "rule&k:report", "rule&undated", "published", "published&quoted", "precision:circa"]),
    );
    expect(at("2026-03-16")).toBeUndefined();
    expect(at("2026-03-12")?.features).toEqual(
      expect.arrayContaining(["lead", "src:before1", "src:before1&other-paragraph", "src:before1&names-pair"]),
    );
    expect(at("2026-03-10")?.features).toEqual(expect.arrayContaining(["src:same", "src:same&same-paragraph", "src:same&day", "age:3-7"]));
  });

  it("carry the claim's own words, crossed with where the date comes from", () => {
    expect(at("2026-03-10")?.features).toEqual(expect.arrayContaining(["w:reported&S", "w:tuesday&S"]));
    expect(at("2026-03-16", "circa")?.features).toEqual(expect.arrayContaining(["w:reported&R", "w:reported&P"]));
    expect(at("2026-03-12")?.features).toEqual(expect.arrayContaining(["w:reported&L", "w:reported&B"]));
    expect(at("2026-03-12")?.features).not.toContain("w:reported&R");
  });

  it("leave out a date after publication: a plan is not what happened", () => {
    expect(candidates.every((c) => c.occurredOn <= "2026-03-16")).toBe(true);
    expect(candidates.some((c) => c.occurredOn.startsWith("2026-05"))).toBe(false);
  });
});

describe("the chooser", () => {
  const model: DateModel = { margin: 0.5, weights: { "src:same": 2, rule: 1 } };

  it("scores a candidate as the sum of its features' weights", () => {
    expect(dateScore(model, ["src:same", "rule", "unknown"])).toBe(3);
  });

  it("moves a claim to the date it prefers by more than the margin, and otherwise keeps the rules' date", () => {
    expect(redate(article, [claim], model, null)[0]).toMatchObject({ occurredOn: "2026-03-10", precision: "day" });
    expect(redate(article, [claim], { ...model, margin: 1.5 }, null)[0]).toBe(claim);
    expect(redate(article, [claim], { margin: 0.5, weights: { rule: 1 } }, null)[0]).toBe(claim);
  });

  it("never moves a claim from a date the rules read in its own sentence", () => {
    const dated = { ...claim, occurredOn: "2026-03-10", precision: "day" as const };
    expect(redate(article, [dated], { margin: 0.5, weights: { published: 5 } }, null)[0]).toBe(dated);
    expect(redate(article, [claim], { margin: 0.5, weights: { published: 5, "src:before1": 9 } }, null)[0].occurredOn).toBe("2026-03-12");
  });

  describe("words whose sentence names the occasion they were given on", () => {
    const show = [
      "Appearing on Monday's edition of the breakfast show Early Brew, Maya Stone was asked about Leo Brandt.",
      "",
      '"We are very happy together," she told host Dan Reyes.',
      "",
      '"We are very happy together," she said.',
    ].join("\n");
    const onAir = analyseArticle({ text: show, published: "2026-05-14", outlet: "Night Owl" }, { people: [], outlets: [] });
    const words = (sentence: number, occurredOn = "2026-05-11", precision: "day" | "circa" = "day"): RawClaim => ({
      ...claim,
      pair: ["Maya Stone", "Leo Brandt"],
      kind: "statement",
      speaker: "Maya Stone",
      quote: "We are very happy together",
      outlet: null,
      occurredOn,
      precision,
      evidence: onAir.sentences[sentence].text,
      sentence,
    });
    const toPublication = { margin: 0.5, weights: { published: 5 } };

    it("keep the programme's day the rules gave them ('…,' she told host Dan Reyes), however the chooser weighs it", () => {
      const told = words(1);
      expect(redate(onAir, [told], toPublication, null)[0]).toBe(told);
    });

    it("but the chooser still weighs words that name no occasion, and undated words that do", () => {
      expect(redate(onAir, [words(2)], toPublication, null)[0].occurredOn).toBe("2026-05-14");
      expect(redate(onAir, [words(1, "2026-05-14", "circa")], { margin: 0.5, weights: { "src:before1": 5 } }, null)[0].occurredOn).toBe(
        "2026-05-11",
      );
    });
  });
});

describe("training the chooser", () => {
  const row = (i: number): LabelledDates => ({
    article: `a${i}`,
    candidates: [
      { occurredOn: "2026-03-16", precision: "circa", features: ["rule", "published", `n${i % 3}`] },
      { occurredOn: "2026-03-10", precision: "day", features: ["src:same", `n${i % 3}`] },
    ],
    right: [false, true],
  });
  const rows = Array.from({ length: 30 }, (_, i) => row(i));
  const options = { epochs: 20, rate: 0.1, l2: 1e-4, margin: 0.5, minCount: 2 };

  it("learns to prefer the candidates the keys accept", () => {
    const model = trainDateModel(rows, options);
    expect(dateScore(model, ["src:same"])).toBeGreaterThan(dateScore(model, ["rule", "published"]) + model.margin);
    expect(redate(article, [claim], model, null)[0].occurredOn).toBe("2026-03-10");
  });

  it("gives the same model from the same rows, and weighs no feature rarer than asked", () => {
    const once = trainDateModel(rows, options);
    expect(trainDateModel(rows, options)).toEqual(once);
    const rare = { ...row(99), candidates: row(99).candidates.map((c) => ({ ...c, features: [...c.features, "rare"] })) };
    expect(trainDateModel([...rows, rare], options).weights.rare).toBeUndefined();
  });

  it("labels a claim by the keyed claim of its pair and kind, and leaves out claims no key stands for", () => {
    const tuning = loadCorpus(DEFAULT_CORPUS_DIR).find((a) => a.set === "tune")!;
    const { article: read } = labelArticle(tuning, DEMO_LEDGER);
    const claims = claimsOf(read, null);
    const rows = labelDates(tuning, read, claims);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(claims.length);
    expect(rows.every((r) => r.right.some(Boolean) && r.right.length === r.candidates.length)).toBe(true);
    const stranger = { ...claims[0], pair: ["Nobody Known", "Anyone Else"] as [string, string] };
    expect(labelDates(tuning, read, [stranger])).toEqual([]);
  });
});

describe("what the shipped chooser changes", () => {
  it("is in the shipped model, in the shape the extractor reads", () => {
    const dates = (shipped as SentenceModel).dates!;
    expect(dates.margin).toBeGreaterThan(0);
    expect(Object.values(dates.weights).every((w) => typeof w === "number" && Number.isFinite(w))).toBe(true);
    expect(Object.keys(dates.weights).length).toBeGreaterThan(100);
  });

  it("dates a report made 'last month' to last month, where the rules gave it the publication day", () => {
    const story = [
      "Singer Marisol Quintero and actor Dev Halloran were photographed holding hands outside Casa Lumen in Madrid on Thursday night.",
      "",
      'Page Seven had already reported last month that the co-stars "are an item."',
    ].join("\n");
    const input = { text: story, published: "2026-03-16", outlet: "Velvet Rope Daily" };
    const withModel = extractClaims(input).filter((c) => c.kind === "report");
    expect(withModel).toEqual([expect.objectContaining({ occurredOn: "2026-02", precision: "month" })]);
    const withoutChooser = extractClaims(input, undefined, { ...(shipped as SentenceModel), dates: undefined }).filter(
      (c) => c.kind === "report",
    );
    expect(withoutChooser).toEqual([expect.objectContaining({ occurredOn: "2026-03-16", precision: "day" })]);
  });
});
