import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadCorpus, type CorpusArticle } from "./corpus-files";
import { evaluateCorpus, evaluationJson, formatEvaluation, type Extractor } from "./evaluate";
import type { ExtractInput, KeyedClaim } from "./types";

const NO_LEDGER = { people: [], outlets: [] };
const claim = (over: Partial<KeyedClaim> = {}): KeyedClaim => ({
  pair: ["Kit Harlow", "Juniper Sloane"],
  kind: "sighting",
  occurredOn: "2026-04-17",
  precision: "day",
  place: "Carrington Hotel, Mayfair",
  speaker: null,
  quote: null,
  outlet: "Nightcap",
  mentions: [],
  stance: "supports",
  ...over,
});
const article = (set: CorpusArticle["set"], name: string, claims: KeyedClaim[], text = `Text of ${name}`): CorpusArticle => ({
  set,
  name,
  text,
  key: { published: "2026-04-20", outlet: "Nightcap", claims },
});

/** A fake extractor that answers each article with its own keys. */
const oracle =
  (articles: CorpusArticle[]): Extractor =>
  (input) =>
    articles.find((a) => a.text === input.text)!.key.claims;

describe("evaluateCorpus", () => {
  it("scores the real corpus perfectly when the extractor returns the keys, sets kept apart", () => {
    const corpus = loadCorpus();
    const evaluation = evaluateCorpus(corpus, oracle(corpus), NO_LEDGER);
    // The held-aside set is rotated each round, so a branch may carry none of it (ADR 0018).
    const present = ["tune", "holdout", "seed"].filter((set) => corpus.some((a) => a.set === set));
    expect(evaluation.sets.map((s) => s.set)).toEqual(present);
    for (const { summary } of evaluation.sets) {
      expect(summary).toMatchObject({ precision: 1, recall: 1, pairDateRecall: 1 });
      expect(Object.values(summary.fields).every((v) => v === 1)).toBe(true);
    }
    expect(evaluation.errors).toBe(0);
  });

  it("gives the extractor the text, the publication date and the outlet from the key", () => {
    const seen: ExtractInput[] = [];
    const a = article("tune", "01-a", [claim()]);
    evaluateCorpus([a], (input) => (seen.push(input), []), NO_LEDGER);
    expect(seen).toEqual([{ text: a.text, published: "2026-04-20", outlet: "Nightcap" }]);
  });

  it("records an extractor that throws and counts that article's keys as missed", () => {
    const articles = [article("tune", "01-a", [claim()]), article("holdout", "02-b", [claim(), claim({ kind: "statement" })])];
    const evaluation = evaluateCorpus(
      articles,
      (input) => {
        if (input.text.includes("02-b")) throw new Error("boom");
        return [claim()];
      },
      NO_LEDGER,
    );
    expect(evaluation.errors).toBe(1);
    expect(evaluation.articles[1]).toMatchObject({ error: "boom", score: { matched: 0, keyed: 2 } });
    expect(evaluation.sets.find((s) => s.set === "holdout")!.summary.recall).toBe(0);
    expect(evaluation.sets.find((s) => s.set === "tune")!.summary.recall).toBe(1);
  });
});

describe("the report", () => {
  const articles = [
    article("tune", "01-perfect", [claim()]),
    article("tune", "02-half", [claim(), claim({ kind: "statement", speaker: "Leila Marchetti", stance: "neutral" })]),
    article("holdout", "03-unseen", [claim()]),
  ];
  const extractor: Extractor = (input) =>
    input.text.includes("03")
      ? [claim({ kind: "report" })]
      : input.text.includes("02")
        ? [claim(), claim({ kind: "appearance" })]
        : [claim()];
  const evaluation = evaluateCorpus(articles, extractor, NO_LEDGER);

  it("prints a row per article and the micro-averages of each set apart", () => {
    const text = formatEvaluation(evaluation);
    expect(text).toMatch(/01-perfect\s+1\.00\s+1\.00\s+1\/1\/1/);
    expect(text).toMatch(/02-half\s+0\.50\s+0\.50\s+1\/2\/2/);
    expect(text).toMatch(/03-unseen\s+0\.00\s+0\.00\s+0\/1\/1/);
    const [tune, holdout] = text.split(/^holdout/m);
    // The statement key meets the appearance suggestion on pair and date, kind aside.
    expect(tune).toMatch(/micro\s+0\.67\s+0\.67\s+2\/3\/3\s+pair\+date recall 1\.00/);
    expect(holdout).toMatch(/micro\s+0\.00\s+0\.00\s+0\/1\/1\s+pair\+date recall 1\.00/);
    expect(tune).toMatch(/over 2 matched: stance 1\.00\s+speaker 1\.00\s+outlet 1\.00\s+place 1\.00\s+quote 1\.00\s+mentions 1\.00/);
    expect(holdout).toMatch(/over 0 matched: stance\s+–/);
  });

  it("gives the same figures as JSON", () => {
    const json = JSON.parse(JSON.stringify(evaluationJson(evaluation)));
    expect(json.sets[0]).toMatchObject({ set: "tune", summary: { matched: 2, suggested: 3, keyed: 3 } });
    expect(json.articles[2]).toMatchObject({ set: "holdout", name: "03-unseen", matched: 0, pairDateMatched: 1 });
    expect(json.articles[0].matches).toBeUndefined();
  });
});

describe("loadCorpus", () => {
  let dir = "";
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, content: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  };
  const key = (claims: unknown[]) => JSON.stringify({ published: "2026-04-20", outlet: null, claims });

  it.each([
    ["an article without its key", () => write("tune/01-a.txt", "text"), /no key/],
    ["a key without its article", () => write("holdout/02-b.json", key([])), /no article/],
    ["a key that is not JSON", () => (write("tune/01-a.txt", "t"), write("tune/01-a.json", "{")), /not JSON/],
    ["an unknown kind", () => (write("tune/01-a.txt", "t"), write("tune/01-a.json", key([{ ...claim(), kind: "rumour" }]))), /kind/],
    [
      "a date that does not fit its precision",
      () => (write("tune/01-a.txt", "t"), write("tune/01-a.json", key([claim({ precision: "month" })]))),
      /not a month/,
    ],
    ["an unknown field", () => (write("tune/01-a.txt", "t"), write("tune/01-a.json", key([{ ...claim(), evidence: "x" }]))), /evidence/],
  ])("refuses %s, naming the file", (_, setUp, message) => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "rumor-ledger-corpus-"));
    setUp();
    expect(() => loadCorpus(dir)).toThrow(message);
  });

  it("reads sets in order, files sorted", () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "rumor-ledger-corpus-"));
    for (const file of ["seed/s", "holdout/02-b", "tune/03-c", "tune/01-a"]) {
      write(`${file}.txt`, file);
      write(`${file}.json`, key([claim()]));
    }
    expect(loadCorpus(dir).map((a) => `${a.set}/${a.name}`)).toEqual(["tune/01-a", "tune/03-c", "holdout/02-b", "seed/s"]);
  });

  it.each([
    ["empty", () => fs.mkdirSync(path.join(dir, "holdout"))],
    ["missing", () => undefined],
  ])("copes with a %s holdout folder between rotations: tune and seed only", (_, setUp) => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "rumor-ledger-corpus-"));
    for (const file of ["seed/s", "tune/01-a"]) {
      write(`${file}.txt`, file);
      write(`${file}.json`, key([claim()]));
    }
    setUp();
    const articles = loadCorpus(dir);
    expect(articles.map((a) => `${a.set}/${a.name}`)).toEqual(["tune/01-a", "seed/s"]);
    const evaluation = evaluateCorpus(articles, () => [], { people: [], outlets: [] });
    expect(evaluation.sets.map((s) => s.set)).toEqual(["tune", "seed"]);
    expect(formatEvaluation(evaluation)).not.toMatch(/holdout/);
  });
});
