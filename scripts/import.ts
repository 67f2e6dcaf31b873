/**
 * `npm run import -- FILE [--dry-run] [--user EMAIL]`
 * Imports claims from a CSV or JSON file (columns in the README). A dry run lists
 * every bad row with its line number and reason; a real run is all or nothing.
 * Exit codes: 0 imported (or dry run clean), 1 bad rows or unreadable file, 2 usage.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { databasePath, openDatabase } from "../db/client";
import { users } from "../db/schema";
import { detectFormat, importClaims, readImportFile, type ImportProgress } from "../lib/claims/import";
import { AppError } from "../lib/errors";

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { "dry-run": { type: "boolean", default: false }, user: { type: "string" } },
  });
  const file = positionals[0];
  if (!file) {
    console.error("Usage: npm run import -- FILE [--dry-run] [--user EMAIL]");
    return 2;
  }
  const text = fs.readFileSync(file, "utf8");
  const db = openDatabase(databasePath());
  try {
    let actor = null;
    if (values.user) {
      const user = db.select({ id: users.id, role: users.role }).from(users).where(eq(users.email, values.user.toLowerCase())).get();
      if (!user) {
        console.error(`No account ${values.user}.`);
        return 2;
      }
      actor = { userId: user.id, role: user.role };
    }
    const rows = readImportFile(text, detectFormat(file, text));
    const tty = process.stderr.isTTY;
    let lastPrinted = -1;
    const onProgress = (p: ImportProgress) => {
      const percent = p.total === 0 ? 100 : Math.floor((p.done / p.total) * 100);
      if (percent === lastPrinted && p.done !== p.total) return;
      lastPrinted = percent;
      const line = `${p.phase === "validate" ? "Checking" : "Importing"} ${p.done.toLocaleString("en")}/${p.total.toLocaleString("en")} rows (${percent}%)`;
      process.stderr.write(tty ? `\r${line}` : `${line}\n`);
      if (tty && p.done === p.total) process.stderr.write("\n");
    };
    const started = Date.now();
    const report = importClaims(db, actor, rows, { dryRun: values["dry-run"], onProgress });
    if (report.problems.length > 0) {
      const badRows = new Set(report.problems.map((p) => p.line)).size;
      console.error(
        `${badRows} of ${report.total} rows in ${file} have problems; ${report.dryRun ? "dry run, nothing written" : "nothing was imported"}:`,
      );
      for (const p of report.problems) console.error(`  line ${p.line}: ${p.field}: ${p.message}`);
      return 1;
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(
      report.dryRun
        ? `Dry run: all ${report.valid} rows of ${file} are valid. Nothing was written.`
        : `Imported ${report.inserted} claims from ${file} into ${databasePath()} in ${seconds.toFixed(1)} s.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      console.error(`${file}: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    db.$client.close();
  }
}

process.exitCode = main();
