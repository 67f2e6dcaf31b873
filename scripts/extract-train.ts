/**
 * `npm run extract:train [-- --check] [--cv]`
 * Trains the extractor's sentence classifier (lib/extract/learned.ts, ADR 19 eighth pass), its
 * date chooser (lib/extract/dating.ts, fifteenth pass) and its couple filter (lib/extract/couples.ts,
 * seventeenth pass) on the keyed tuning articles and writes all three to
 * lib/extract/sentence-model.json. Held-aside and seed articles are never read for training.
 *   --check  write nothing; exit 1 if the shipped model is not what training gives now
 *   --cv     also print 5-fold cross-validation by article: the rules alone, with the sentence
 *            model, with the date chooser too, and with all three models
 * Exit codes: 0 done, 1 --check found a stale model, 2 bad corpus.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEMO_LEDGER } from "../lib/extract/demo-ledger";
import { DEFAULT_CORPUS_DIR, loadCorpus } from "../lib/extract/corpus-files";
import { crossValidate, trainOnCorpus } from "../lib/extract/learned-train";
import { MODEL_PATH, serialiseModel } from "../lib/extract/learned-file";

function main(): number {
  const args = process.argv.slice(2);
  let articles;
  try {
    articles = loadCorpus(DEFAULT_CORPUS_DIR);
  } catch (error) {
    console.error(`Bad corpus: ${(error as Error).message}`);
    return 2;
  }
  const text = serialiseModel(trainOnCorpus(articles, DEMO_LEDGER));
  const file = path.join(process.cwd(), MODEL_PATH);
  if (args.includes("--check")) {
    const shipped = readFileSync(file, "utf8");
    if (shipped !== text) {
      console.error(`${MODEL_PATH} is stale: the rules or the tuning corpus changed since it was trained. Run npm run extract:train.`);
      return 1;
    }
    console.log(`${MODEL_PATH} is what training gives now.`);
  } else {
    writeFileSync(file, text);
    console.log(`wrote ${MODEL_PATH} (${Math.round(text.length / 1024)} KB)`);
  }
  if (args.includes("--cv")) {
    const { rules, sentences, withoutCouples, withModel } = crossValidate(articles, DEMO_LEDGER);
    const line = (name: string, s: typeof rules) =>
      `${name.padEnd(28)} P ${(s.matched / s.suggested).toFixed(3)}  R ${(s.matched / s.keyed).toFixed(3)}  ${s.matched}/${s.suggested}/${s.keyed}`;
    console.log("5-fold cross-validation by article over the tuning set:");
    console.log(line("rules alone", rules));
    console.log(line("rules + sentence model", sentences));
    console.log(line("+ date chooser", withoutCouples));
    console.log(line("+ couple filter (all three)", withModel));
  }
  return 0;
}

process.exitCode = main();
