import { describe, expect, it } from "vitest";
import { analyseArticle } from "./article";
import { extractClaims } from "./extract";
import { SENTENCE_CLASSES, classProbabilities, predictedKind, sentenceFeatures, type SentenceModel } from "./learned";
import { trainSentenceModel, type LabelledSentence } from "./learned-train";
import shipped from "./sentence-model.json";

/** The sentence classifier (ADR 19, eighth pass): its features, its arithmetic, its training, and what it adds. */
describe("the sentence classifier's features", () => {
  it("sees words and word pairs, with people, pronouns, outlets and numbers as tags, never the names", () => {
    const text = "Kit Ravel and Juno Marsh\n\nKit Ravel told The Daily Lark on 12 May that she was happy.";
    const article = analyseArticle({ text, published: "2025-06-06", outlet: "The Daily Lark" }, { people: [], outlets: [] });
    const features = sentenceFeatures(article, article.sentences[1]);
    expect(features).toEqual(expect.arrayContaining(["u:PERSON", "u:OUTLET", "u:NUM", "u:PRON", "u:told", "b:PERSON_told", "f:lede"]));
    expect(features.some((f) => /kit|ravel|lark/i.test(f))).toBe(false);
  });
});

describe("the classifier's arithmetic", () => {
  const model: SentenceModel = {
    classes: [...SENTENCE_CLASSES],
    weights: { "u:spotted": [0, 5, 0, 0, 0, 0, 0, 0, 0] },
    bias: [1, 0, 0, 0, 0, 0, 0, 0, 0],
    threshold: 0.7,
  };

  it("gives probabilities that sum to one", () => {
    const p = classProbabilities(model, ["u:spotted", "u:unknown"]);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(p.indexOf(Math.max(...p))).toBe(SENTENCE_CLASSES.indexOf("sighting"));
  });

  it("names a kind only when it is sure, and never 'none'", () => {
    expect(predictedKind(model, ["u:spotted"])?.kind).toBe("sighting");
    expect(predictedKind({ ...model, threshold: 0.99 }, ["u:spotted"])).toBeNull();
    expect(predictedKind(model, ["u:weather"])).toBeNull();
  });
});

describe("training", () => {
  const rows: LabelledSentence[] = [];
  for (let i = 0; i < 30; i++) {
    rows.push({ article: `a${i}`, features: ["u:PERSON", "u:spotted", `u:n${i % 5}`], label: "sighting" });
    rows.push({ article: `a${i}`, features: ["u:PERSON", "u:source", "u:told", `u:n${i % 5}`], label: "speculation" });
    rows.push({ article: `a${i}`, features: ["u:the", "u:weather", `u:n${i % 5}`], label: "none" });
  }
  const options = { epochs: 20, rate: 0.2, l2: 1e-4, minCount: 2, threshold: 0.6 };

  it("learns what separates the kinds", () => {
    const model = trainSentenceModel(rows, options);
    expect(predictedKind(model, ["u:PERSON", "u:spotted"])?.kind).toBe("sighting");
    expect(predictedKind(model, ["u:source", "u:told"])?.kind).toBe("speculation");
    expect(predictedKind(model, ["u:weather"])).toBeNull();
  });

  it("gives the same model from the same sentences, and keeps no feature seen fewer times than asked", () => {
    const once = trainSentenceModel(rows, options);
    expect(trainSentenceModel(rows, options)).toEqual(once);
    expect(trainSentenceModel([...rows, { article: "b", features: ["u:rare"], label: "none" }], options).weights["u:rare"]).toBeUndefined();
  });
});

describe("what the shipped model adds to the rules", () => {
  const head =
    "Kit Ravel and Juno Marsh at the Crown\n\nActor Kit Ravel and singer Juno Marsh were spotted at the Crown in Leeds on Friday.\n\n";
  const input = (tail: string) => ({ text: head + tail, published: "2025-06-06", outlet: "The Daily Lark" });
  const added = (tail: string) => {
    const rules = extractClaims(input(tail), undefined, null);
    return extractClaims(input(tail)).filter((c) => !rules.some((r) => r.evidence === c.evidence && r.kind === c.kind));
  };

  it("has the shape the extractor reads", () => {
    const model = shipped as SentenceModel;
    expect(model.classes).toEqual([...SENTENCE_CLASSES]);
    expect(model.bias).toHaveLength(SENTENCE_CLASSES.length);
    expect(Object.values(model.weights).every((w) => w.length === SENTENCE_CLASSES.length)).toBe(true);
    // Sure means well above a guess: more than three times the probability of picking one of the classes at random.
    expect(model.threshold).toBeGreaterThan(3 / SENTENCE_CLASSES.length);
  });

  it("adds work together and a wedding both attended, which no rule reads", () => {
    expect(
      added("The two co-host the podcast Night Shift, which they launched together in February.").map((c) => [c.kind, c.occurredOn]),
    ).toEqual([["professional", "2025-02"]]);
    expect(
      added("The two were also both present last month at the wedding of their co-star Ana Pell, held at a castle in Fife.").map((c) => [
        c.kind,
        c.occurredOn,
      ]),
    ).toEqual([["appearance", "2025-05"]]);
  });

  it("adds nothing for solo news or a line about fans", () => {
    expect(added("Marsh has a new album out in May.")).toEqual([]);
    expect(added("Fans were quick to react online.")).toEqual([]);
  });
});
