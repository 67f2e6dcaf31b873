/**
 * `npm run db:synth -- --claims N --pairs M [--seed S] [--hot-share F] [--csv FILE]`
 * Builds a deterministic synthetic ledger in DATABASE_PATH for benchmarks. With
 * --csv, it adds the people, outlets and pairs and writes the claims to FILE as
 * an import CSV instead of inserting them.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { databasePath, openDatabase } from "../db/client";
import { insertSynthClaims, insertSynthEntities, synthClaimsCsv, synthLedger } from "../lib/synth";

const { values } = parseArgs({
  options: {
    claims: { type: "string", default: "10000" },
    pairs: { type: "string", default: "100" },
    seed: { type: "string", default: "42" },
    "hot-share": { type: "string" },
    csv: { type: "string" },
  },
});
const claims = Number(values.claims);
const pairs = Number(values.pairs);
if (!Number.isSafeInteger(claims) || claims < 0 || !Number.isSafeInteger(pairs) || pairs < 1) {
  console.error("Usage: npm run db:synth -- --claims N --pairs M [--seed S] [--hot-share 0.05] [--csv FILE]");
  process.exit(2);
}
const ledger = synthLedger({
  claims,
  pairs,
  seed: Number(values.seed),
  hotPairShare: values["hot-share"] ? Number(values["hot-share"]) : undefined,
});
const db = openDatabase(databasePath());
insertSynthEntities(db, ledger);
const started = Date.now();
if (values.csv) {
  fs.writeFileSync(values.csv, synthClaimsCsv(ledger.claims));
  console.log(`Wrote ${claims} synthetic claims for ${ledger.pairs.length} pairs to ${values.csv} (entities added to ${databasePath()}).`);
} else {
  const n = insertSynthClaims(db, ledger.claims, (done) =>
    process.stderr.write(`\rInserted ${done.toLocaleString("en")}/${claims.toLocaleString("en")} claims`),
  );
  process.stderr.write("\n");
  console.log(
    `Inserted ${n} synthetic claims for ${ledger.pairs.length} pairs into ${databasePath()} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
}
db.$client.close();
