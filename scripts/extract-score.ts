/**
 * `npm run extract:score [-- --json] [--explain] [--no-ledger] [--corpus DIR]`
 * Runs extractClaims over the hand-keyed corpus (lib/extract/corpus) and prints precision and
 * recall per article and micro-averaged, with the field accuracies over matched claims; tune,
 * holdout and seed are reported apart (ADR 0018). The ledger names are the demo data's people
 * and outlets unless --no-ledger. --explain lists the misses of tune and seed articles (never of
 * holdout ones).
 * Exit codes: 0 scored, 1 the extractor threw on some article, 2 usage or a bad corpus file.
 */
import { parseArgs } from "node:util";
import { DEMO_LEDGER } from "../lib/extract/demo-ledger";
import { DEFAULT_CORPUS_DIR, loadCorpus } from "../lib/extract/corpus-files";
import { evaluateCorpus, evaluationJson, formatEvaluation } from "../lib/extract/evaluate";
import { explainMisses } from "../lib/extract/explain";
import { extractClaims } from "../lib/extract/extract";

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        json: { type: "boolean", default: false },
        explain: { type: "boolean", default: false },
        "no-ledger": { type: "boolean", default: false },
        corpus: { type: "string" },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\nUsage: npm run extract:score -- [--json] [--explain] [--no-ledger] [--corpus DIR]`);
    return 2;
  }
  let articles;
  try {
    articles = loadCorpus(values.corpus ?? DEFAULT_CORPUS_DIR);
  } catch (error) {
    console.error(`Bad corpus: ${(error as Error).message}`);
    return 2;
  }
  const ledger = values["no-ledger"] ? { people: [], outlets: [] } : DEMO_LEDGER;
  const evaluation = evaluateCorpus(articles, extractClaims, ledger);
  process.stdout.write(values.json ? `${JSON.stringify(evaluationJson(evaluation), null, 2)}\n` : formatEvaluation(evaluation));
  if (values.explain && !values.json) process.stdout.write(`\n${explainMisses(evaluation.articles)}`);
  return evaluation.errors > 0 ? 1 : 0;
}

process.exitCode = main();
