import { describe, expect, it } from "vitest";
import { analyseArticle } from "./article";
import { extractClaims } from "./extract";
import {
  SENTENCE_CLASSES,
  classProbabilities,
  kindFamily,
  predictedKind,
  sentenceFeatures,
  type SentenceClass,
  type SentenceModel,
} from "./learned";
import { claimsOf } from "./rules";
import type { ClaimKind } from "@/lib/vocabulary";
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
    besideThreshold: 0.8,
  };

  it("gives probabilities that sum to one", () => {
    const p = classProbabilities(model, ["u:spotted", "u:unknown"]);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(p.indexOf(Math.max(...p))).toBe(SENTENCE_CLASSES.indexOf("sighting"));
  });

  it("names a kind only when it rates it at the threshold, and never 'none'", () => {
    expect(predictedKind(model, ["u:spotted"])?.kind).toBe("sighting");
    expect(predictedKind({ ...model, threshold: 0.99 }, ["u:spotted"])).toBeNull();
    expect(predictedKind(model, ["u:spotted"], 0.99)).toBeNull();
    expect(predictedKind(model, ["u:weather"])).toBeNull();
  });

  it("names the likeliest kind at the threshold even when 'none' is likelier still", () => {
    // p(none) = 0.5, p(sighting) = 0.35, every other class 0.02.
    const hint: SentenceModel = { ...model, weights: { "u:hint": [2.15, 2.79, 0, 0, 0, 0, 0, 0, 0] } };
    const p = classProbabilities(hint, ["u:hint"]);
    expect(p[0]).toBeGreaterThan(p[1]);
    expect(predictedKind(hint, ["u:hint"], 0.3)).toEqual({ kind: "sighting", p: p[1] });
    expect(predictedKind(hint, ["u:hint"], 0.4)).toBeNull();
  });
});

describe("a second claim beside the rules' (eighteenth pass)", () => {
  const text =
    "Kit Ravel and Juno Marsh at the Ivy\n\nKit Ravel and Juno Marsh were photographed holding hands at the Ivy in Soho on Tuesday, a year after they co-hosted a charity telethon.";
  const article = analyseArticle({ text, published: "2025-06-06", outlet: "The Daily Lark" }, { people: [], outlets: [] });
  // A model that is all but certain a telethon means the given kind, and says nothing of any other sentence.
  const rating = (kind: SentenceClass, besideThreshold = 0.45): SentenceModel => ({
    classes: [...SENTENCE_CLASSES],
    weights: { "u:telethon": SENTENCE_CLASSES.map((c) => (c === kind ? 6 : 0)) },
    bias: SENTENCE_CLASSES.map((c) => (c === "none" ? 1 : 0)),
    threshold: 0.3,
    besideThreshold,
  });
  const kinds = (model: SentenceModel | null) => claimsOf(article, model).map((c) => c.kind);

  it("adds a claim of another family of kinds beside the rules' claim", () => {
    expect(kinds(null)).toEqual(["sighting"]);
    expect(kinds(rating("professional"))).toEqual(["sighting", "professional"]);
    expect(kinds(rating("report"))).toEqual(["sighting", "report"]);
  });

  it("adds nothing of the rules' own family, or below its threshold", () => {
    expect(kinds(rating("appearance"))).toEqual(["sighting"]);
    expect(kinds(rating("sighting"))).toEqual(["sighting"]);
    expect(kinds(rating("professional", 0.99))).toEqual(["sighting"]);
  });

  it("groups the kinds into families", () => {
    expect(["statement", "denial", "confirmation", "speculation"].map((k) => kindFamily(k as ClaimKind))).toEqual(Array(4).fill("words"));
    expect(kindFamily("sighting")).toBe(kindFamily("appearance"));
    expect(new Set(["sighting", "report", "professional", "statement"].map((k) => kindFamily(k as ClaimKind))).size).toBe(4);
  });
});

describe("training", () => {
  const rows: LabelledSentence[] = [];
  for (let i = 0; i < 30; i++) {
    rows.push({ article: `a${i}`, features: ["u:PERSON", "u:spotted", `u:n${i % 5}`], label: "sighting" });
    rows.push({ article: `a${i}`, features: ["u:PERSON", "u:source", "u:told", `u:n${i % 5}`], label: "speculation" });
    rows.push({ article: `a${i}`, features: ["u:the", "u:weather", `u:n${i % 5}`], label: "none" });
  }
  const options = { epochs: 20, rate: 0.2, l2: 1e-4, minCount: 2, threshold: 0.6, besideThreshold: 0.7 };

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
    // Well above a guess: more than twice the probability of picking one of the classes at random; beside the rules'
    // claims, surer still.
    expect(model.threshold).toBeGreaterThan(2 / SENTENCE_CLASSES.length);
    expect(model.besideThreshold).toBeGreaterThan(model.threshold);
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

  it("adds a sighting an outlet reported, beside the rules' report of it", () => {
    const tail = "The two were seen leaving a Soho restaurant together in March, the Evening Crier reported.";
    expect(extractClaims(input(tail), undefined, null).map((c) => [c.kind, c.occurredOn])).toContainEqual(["report", "2025-03"]);
    expect(added(tail).map((c) => [c.kind, c.occurredOn])).toEqual([["sighting", "2025-03"]]);
  });

  it("adds nothing for solo news or a line about fans", () => {
    expect(added("Marsh has a new album out in May.")).toEqual([]);
    expect(added("Fans were quick to react online.")).toEqual([]);
  });
});
