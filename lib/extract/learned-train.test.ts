import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_LEDGER } from "./demo-ledger";
import { DEFAULT_CORPUS_DIR, loadCorpus } from "./corpus-files";
import { MODEL_PATH, serialiseModel } from "./learned-file";
import { labelSentences, trainOnCorpus } from "./learned-train";

describe("the shipped sentence model", () => {
  const articles = loadCorpus(DEFAULT_CORPUS_DIR);

  it("is what training on the tuning articles gives now (run `npm run extract:train` after changing the rules or the corpus)", () => {
    const shipped = readFileSync(path.join(process.cwd(), MODEL_PATH), "utf8");
    expect(serialiseModel(trainOnCorpus(articles, DEMO_LEDGER)) === shipped).toBe(true);
  });

  it("never learns from a held-aside or the seed article", () => {
    const trained = serialiseModel(trainOnCorpus(articles, DEMO_LEDGER));
    const withoutOthers = serialiseModel(
      trainOnCorpus(
        articles.filter((a) => a.set === "tune"),
        DEMO_LEDGER,
      ),
    );
    expect(trained === withoutOthers).toBe(true);
  });

  it("labels a keyed claim's sentence with its kind, and the sentences no claim is about as none", () => {
    const seedLike = articles.find((a) => a.set === "tune")!;
    const rows = labelSentences(seedLike, DEMO_LEDGER);
    expect(rows.some((r) => r.label !== "none")).toBe(true);
    expect(rows.some((r) => r.label === "none")).toBe(true);
    expect(rows.filter((r) => r.label !== "none").length).toBeLessThanOrEqual(seedLike.key.claims.length);
  });
});
