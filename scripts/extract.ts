/**
 * Prints the claims an article suggests, as JSON:
 *   npm run extract -- FILE --published YYYY-MM-DD [--outlet NAME] [--url URL] [--ledger]
 * With --ledger, names the ledger already knows carry their slugs (reads the database).
 */
import { readFileSync } from "node:fs";
import { extractClaims } from "@/lib/extract/extract";
import { parseExtractInput } from "@/lib/extract/input";

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main() {
  const args = process.argv.slice(2);
  const file = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
  if (!file) {
    console.error("usage: npm run extract -- FILE --published YYYY-MM-DD [--outlet NAME] [--url URL] [--ledger]");
    process.exit(2);
  }
  const input = parseExtractInput({
    text: readFileSync(file, "utf8"),
    published: option(args, "--published"),
    outlet: option(args, "--outlet"),
    url: option(args, "--url"),
  });
  let ledger;
  if (args.includes("--ledger")) {
    const { getDb } = await import("@/db/client");
    const { ledgerNames } = await import("@/lib/extract/ledger");
    ledger = ledgerNames(getDb());
  }
  console.log(JSON.stringify({ claims: extractClaims(input, ledger) }, null, 2));
}

main().catch((error: unknown) => {
  const fields = (error as { fields?: Record<string, string> }).fields;
  console.error(error instanceof Error ? error.message : error);
  for (const [field, message] of Object.entries(fields ?? {})) console.error(`  ${field}: ${message}`);
  process.exit(1);
});
