import { describe, expect, it } from "vitest";
import type { CorpusArticle } from "./corpus-files";
import { evaluateCorpus } from "./evaluate";
import { explainMisses } from "./explain";
import type { KeyedClaim } from "./types";

const claim = (over: Partial<KeyedClaim> = {}): KeyedClaim => ({
  pair: ["Oren Falk", "Leila Marchetti"],
  kind: "appearance",
  occurredOn: "2026-04-16",
  precision: "day",
  place: "Whitcombe Gallery, London",
  speaker: null,
  quote: null,
  outlet: "Nightcap",
  mentions: [],
  stance: "supports",
  ...over,
});
const article = (set: CorpusArticle["set"], name: string): CorpusArticle => ({
  set,
  name,
  text: name,
  key: {
    published: "2026-04-20",
    outlet: "Nightcap",
    claims: [claim(), claim({ kind: "statement", occurredOn: "2026-04-18", speaker: "Leila Marchetti", stance: "neutral" })],
  },
});

describe("explainMisses", () => {
  const evaluation = evaluateCorpus(
    [article("tune", "07-roundup"), article("holdout", "13-secret"), article("seed", "seed-article")],
    () => [claim({ place: "Tate Modern", stance: "neutral" }), claim({ kind: "sighting", occurredOn: "2026-04-17" })],
    { people: [], outlets: [] },
  );
  const text = explainMisses(evaluation.articles);

  it("lists missed keys, unmatched suggestions and wrong fields of tune and seed articles", () => {
    expect(text).toContain("tune/07-roundup");
    expect(text).toContain("missed     statement 2026-04-18 (day) Oren Falk & Leila Marchetti");
    expect(text).toContain("unmatched  sighting 2026-04-17 (day) Oren Falk & Leila Marchetti");
    expect(text).toMatch(
      /fields {5}appearance 2026-04-16 \(day\) Oren Falk & Leila Marchetti: stance "neutral" \(key "supports"\); place "Tate Modern" \(key "Whitcombe Gallery, London"\)/,
    );
    expect(text).toContain("seed/seed-article");
  });

  it("never explains a holdout article", () => {
    expect(evaluation.articles.find((a) => a.set === "holdout")!.score.matched).toBe(1);
    expect(text).not.toContain("13-secret");
  });

  it("says nothing when everything matched perfectly", () => {
    const perfect = evaluateCorpus(
      [article("tune", "01-a")],
      (input) => (input.text === "01-a" ? article("tune", "01-a").key.claims : []),
      { people: [], outlets: [] },
    );
    expect(explainMisses(perfect.articles)).toBe("");
  });
});
