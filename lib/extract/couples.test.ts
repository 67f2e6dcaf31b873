import { describe, expect, it } from "vitest";
import { analyseArticle } from "./article";
import { candidateCouples, chooseCouples, coupleFeatures, coupleProbability, type CoupleModel } from "./couples";
import { SENTENCE_CLASSES, type SentenceModel } from "./learned";
import { serialiseModel } from "./learned-file";
import { trainCoupleModel, type LabelledCouple } from "./learned-train";
import { claimsOf, hostsOf, rulesCouples } from "./rules";
import shipped from "./sentence-model.json";

/** The couple filter (ADR 19, seventeenth pass): its candidates, its features, its training, and what it drops. */
const text =
  "Kit Ravel and Juno Marsh spotted in Soho\n\nKit Ravel and Juno Marsh were spotted kissing at Nobu, London, on Tuesday. " +
  "Ravel split from her ex-husband Tom Hale in 2019, The Daily Lark reported. " +
  "Marsh later had lunch with Ravel and her friends Ada Pike and Lou Fenn at the Ivy.";
const article = analyseArticle({ text, published: "2025-06-06", outlet: "The Daily Lark" }, { people: [], outlets: [] });
const { found } = rulesCouples(article);
const key = (p: readonly string[]) => [...p].sort().join("+");

describe("the candidate couples", () => {
  it("are the rules' couples first, then any two named in one sentence", () => {
    const candidates = candidateCouples(article, found);
    expect(candidates.slice(0, found.length)).toEqual(found);
    expect(candidates.map(key)).toEqual(expect.arrayContaining(["Juno Marsh+Kit Ravel", "Kit Ravel+Lou Fenn", "Juno Marsh+Lou Fenn"]));
    expect(new Set(candidates.map(key)).size).toBe(candidates.length);
  });
});

describe("what the filter sees of a couple", () => {
  it("describes where the two are named and what is said of them, never their names", () => {
    const candidates = candidateCouples(article, found);
    const features = coupleFeatures(article, ["Juno Marsh", "Kit Ravel"], found, candidates, hostsOf(article));
    expect(features).toEqual(expect.arrayContaining(["bias", "rules:0", "bothInHeading", "bothInLede", "says:kissing", "says:spotted"]));
    const ex = coupleFeatures(article, ["Kit Ravel", "Tom Hale"], found, candidates, hostsOf(article));
    expect(ex).toEqual(expect.arrayContaining(["before:husband", "before2:ex_husband", "says:split"]));
    expect([...features, ...ex].some((f) => /ravel|marsh|hale/i.test(f))).toBe(false);
  });
});

describe("choosing couples", () => {
  // A sentence model that never speaks, so that only the filter differs.
  const silent: SentenceModel = {
    classes: [...SENTENCE_CLASSES],
    weights: {},
    bias: SENTENCE_CLASSES.map(() => 0),
    threshold: 2,
    besideThreshold: 2,
  };
  const model: CoupleModel = { threshold: 0.4, weights: { "rules:0": 3, "rules:1": -3, "rules:2": -3, "rules:3": -3 } };

  it("drops the rules' couples it scores under the threshold", () => {
    expect(found.length).toBeGreaterThan(1);
    expect(chooseCouples(article, found, model, new Set())).toEqual([found[0]]);
  });

  it("keeps every couple when it would drop them all, and never drops a lone couple", () => {
    expect(chooseCouples(article, found, { ...model, threshold: 0.999 }, new Set())).toEqual(found);
    const dropsFirst: CoupleModel = { threshold: 0.4, weights: { "rules:0": -3 } };
    expect(chooseCouples(article, [found[0]], dropsFirst, new Set())).toEqual([found[0]]);
  });

  it("leaves the walk no claims for a couple it drops", () => {
    const lunch = analyseArticle(
      {
        text:
          "Kit Ravel and Juno Marsh spotted in Soho\n\nKit Ravel and Juno Marsh were spotted kissing at Nobu, London, on Tuesday. " +
          "On Wednesday Marsh was seen having lunch with Ada Pike at the Ivy.",
        published: "2025-06-06",
        outlet: "The Daily Lark",
      },
      { people: [], outlets: [] },
    );
    expect(claimsOf(lunch, silent).map((c) => [key(c.pair), c.kind])).toEqual([
      ["Juno Marsh+Kit Ravel", "sighting"],
      ["Ada Pike+Juno Marsh", "sighting"],
    ]);
    expect(claimsOf(lunch, { ...silent, couples: model }).map((c) => [key(c.pair), c.kind])).toEqual([
      ["Juno Marsh+Kit Ravel", "sighting"],
    ]);
  });

  it("gives no claims to a principal couple it drops, not even through 'the new couple'", () => {
    const again = analyseArticle(
      {
        text:
          "Kit Ravel and Juno Marsh spotted in Soho\n\nKit Ravel and Juno Marsh were spotted kissing at Nobu, London, on Tuesday. " +
          "On Wednesday Marsh was seen having lunch with Ada Pike at the Ivy. " +
          "It is not the first time the new couple have been photographed together: they were seen at Nobu on Sunday too.",
        published: "2025-06-06",
        outlet: "The Daily Lark",
      },
      { people: [], outlets: [] },
    );
    expect(rulesCouples(again).principal).toEqual(["Juno Marsh", "Kit Ravel"]);
    const dropsPrincipal: CoupleModel = { threshold: 0.4, weights: { "rules:0": -3, "rules:1": 3 } };
    expect(claimsOf(again, { ...silent, couples: dropsPrincipal }).map((c) => key(c.pair))).toEqual(["Ada Pike+Juno Marsh"]);
  });

  it("with the shipped model, drops the friends at lunch and keeps the couple seen kissing", () => {
    const chosen = chooseCouples(article, found, (shipped as SentenceModel).couples!, hostsOf(article)).map(key);
    expect(chosen).toContain("Juno Marsh+Kit Ravel");
    expect(chosen.some((p) => /Ada Pike|Lou Fenn/.test(p))).toBe(false);
  });
});

describe("training the filter", () => {
  const rows: LabelledCouple[] = [];
  for (let i = 0; i < 40; i++) {
    rows.push({ article: `a${i}`, features: ["bias", "rules:0", "says:kissing", `n:${i % 4}`], keyed: true });
    rows.push({ article: `a${i}`, features: ["bias", "rules:no", "says:friends", `n:${i % 4}`], keyed: false });
  }
  const options = { epochs: 20, rate: 0.1, l2: 1e-4, minCount: 3, threshold: 0.4 };

  it("learns what separates a keyed couple from a chance one", () => {
    const model = trainCoupleModel(rows, options);
    expect(coupleProbability(model, ["bias", "rules:0", "says:kissing"])).toBeGreaterThan(0.9);
    expect(coupleProbability(model, ["bias", "rules:no", "says:friends"])).toBeLessThan(0.1);
    expect(model.threshold).toBe(0.4);
  });

  it("gives the same model from the same couples, and keeps no feature seen fewer times than asked", () => {
    const once = trainCoupleModel(rows, options);
    expect(trainCoupleModel(rows, options)).toEqual(once);
    expect(trainCoupleModel([...rows, { article: "b", features: ["rare"], keyed: true }], options).weights.rare).toBeUndefined();
  });

  it("is written into the model file and read back the same", () => {
    const model = trainCoupleModel(rows, options);
    const file: SentenceModel = {
      classes: [...SENTENCE_CLASSES],
      weights: {},
      bias: SENTENCE_CLASSES.map(() => 0),
      threshold: 0.3,
      besideThreshold: 0.45,
      couples: model,
    };
    expect(JSON.parse(serialiseModel(file))).toEqual(file);
  });
});
