import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { report } from "./support/env";
import { claimCount, contentSha256, integrityCheck, openLedger, scratchDir } from "./support/ledger";
import { killGroup, runScript } from "./support/scripts";

/**
 * kill -9 of `npm run import` halfway through a 100,000-row CSV: the database
 * passes PRAGMA integrity_check and holds exactly what it held before — the
 * same claims, and every other row, byte for byte of content. Then the same
 * file imports completely, so what was killed was a real import.
 */

const ROWS = 100_000;

test("kill -9 of the import halfway through 100,000 rows leaves the database intact and exactly as it was", async () => {
  test.setTimeout(240_000);
  const dir = scratchDir("crash");
  const file = path.join(dir, "ledger.db");
  const csv = path.join(dir, "claims.csv");

  // A ledger with claims of its own, and a 100,000-row import file for the same people and outlets.
  const seeded = await runScript("db:synth", ["--claims", "2000", "--pairs", "100", "--seed", "7"], file).done;
  expect(seeded.code, seeded.stderr).toBe(0);
  const written = await runScript("db:synth", ["--claims", String(ROWS), "--pairs", "100", "--seed", "8", "--csv", csv], file).done;
  expect(written.code, written.stderr).toBe(0);
  expect(fs.readFileSync(csv, "utf8").trimEnd().split("\n").length).toBe(ROWS + 1);

  let db = openLedger(file);
  const before = { claims: claimCount(db), content: contentSha256(db) };
  db.close();
  expect(before.claims).toBe(2000);

  // Start the import; once it reports the insert phase past half, kill -9 its whole process tree.
  let killedAt = "";
  const started = Date.now();
  const run = runScript("import", [csv], file, {
    onStderr: (text, child) => {
      if (killedAt) return;
      const last = [...text.matchAll(/Importing ([\d,]+)\/([\d,]+) rows \((\d+)%\)/g)].at(-1);
      if (last && Number(last[3]) >= 50) {
        killedAt = `${last[1]} of ${last[2]} rows`;
        killGroup(child, "SIGKILL");
      }
    },
  });
  const killed = await run.done;
  expect(killedAt, `the import never reached halfway: ${killed.stderr.slice(-500)}`).not.toBe("");
  expect(killed.signal ?? (killed.code === 137 ? "SIGKILL" : null), `exit ${killed.code}`).toBe("SIGKILL");
  expect(killed.stdout).not.toMatch(/Imported/);

  db = openLedger(file);
  expect(integrityCheck(db)).toBe("ok");
  expect(claimCount(db)).toBe(before.claims);
  expect(contentSha256(db)).toBe(before.content);
  db.close();
  report(
    `crash: import killed (SIGKILL, whole process tree) at ${killedAt} after ${((Date.now() - started) / 1000).toFixed(1)} s; integrity ok, ${before.claims} claims before and after, content hash unchanged`,
  );

  // The same file then imports in full: the kill interrupted a real, valid import.
  const again = await runScript("import", [csv], file).done;
  expect(again.code, again.stderr.slice(-500)).toBe(0);
  db = openLedger(file);
  expect(integrityCheck(db)).toBe("ok");
  expect(claimCount(db)).toBe(before.claims + ROWS);
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
