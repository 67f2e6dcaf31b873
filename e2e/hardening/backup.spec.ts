import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { report, suiteEnv } from "./support/env";
import { apiJson, DEMO_EDITOR, jsonOf, ownPair, request, signIn } from "./support/http";
import { claimCount, contentSha256, integrityCheck, openLedger, scratchDir } from "./support/ledger";
import { runScript } from "./support/scripts";
import { startServer } from "./support/server";

/**
 * `npm run db:backup -- FILE` on the live server's database while editors keep
 * writing: the backup opens, passes the integrity check and holds every claim
 * committed before it started. `npm run db:restore -- FILE` then brings exactly
 * that back (onto a copy, since the suite's server keeps running), and a server
 * started on the restored file serves it.
 */

const MAX_WRITES = 3000;

test("a backup taken during writes is whole and consistent, and restoring it brings it back", async () => {
  test.setTimeout(180_000);
  const { baseUrl, databasePath } = suiteEnv();
  const cookie = await signIn(baseUrl, DEMO_EDITOR, "198.51.100.40");
  const dir = scratchDir("backup");
  const backupFile = path.join(dir, "backup.db");
  const pair = await ownPair(baseUrl, cookie, "Backup");

  // Writers: two editors' worth of claim creation, each recording when its write was acknowledged.
  const acknowledged: { id: number; at: number }[] = [];
  let stop = false;
  let failures = 0;
  const writer = async (w: number) => {
    for (let i = 0; !stop && acknowledged.length < MAX_WRITES; i++) {
      const r = await apiJson(baseUrl, cookie, "POST", "/api/v1/claims", {
        pair,
        kind: "sighting",
        headline: `Backup writer ${w} claim ${i} ${Date.now()}`,
        occurredOn: "2025-09-01",
        precision: "day",
        stance: "supports",
        confidence: "plausible",
        status: "published",
        citations: [{ outlet: "variety", url: "https://example.com/backup" }],
      });
      if (r.status === 201) acknowledged.push({ id: jsonOf<{ id: number }>(r).id, at: Date.now() });
      else failures++;
    }
  };
  const writers = Promise.all([writer(1), writer(2)]);
  while (acknowledged.length < 25) await new Promise((r) => setTimeout(r, 20));

  const startedAt = Date.now();
  const committedBefore = acknowledged.filter((a) => a.at <= startedAt).map((a) => a.id);
  const backup = await runScript("db:backup", [backupFile], databasePath).done;
  const finishedAt = Date.now();
  const during = acknowledged.filter((a) => a.at > startedAt && a.at <= finishedAt).length;
  stop = true;
  await writers;
  expect(backup.code, backup.stderr).toBe(0);
  expect(failures, "writes failed while the backup ran").toBe(0);
  expect(during, "no write landed while the backup ran: it did not test anything concurrent").toBeGreaterThan(0);

  // The backup: opens, integrity ok, foreign keys whole, every claim acknowledged before it started.
  const copy = openLedger(backupFile, { readonly: true });
  expect(integrityCheck(copy)).toBe("ok");
  expect(copy.pragma("foreign_key_check")).toEqual([]);
  const inBackup = new Set((copy.prepare("SELECT id FROM claims").all() as { id: number }[]).map((r) => r.id));
  const missing = committedBefore.filter((id) => !inBackup.has(id));
  expect(missing, "claims committed before the backup started are missing from it").toEqual([]);
  const backupClaims = claimCount(copy);
  const backupContent = contentSha256(copy);
  copy.close();

  // Restore onto a copy of the live database, which by now has claims the backup does not.
  const target = path.join(dir, "restored.db");
  const live = openLedger(databasePath, { readonly: true });
  live.prepare("VACUUM INTO ?").run(target);
  const liveClaims = claimCount(live);
  live.close();
  expect(liveClaims).toBeGreaterThan(backupClaims);
  const restore = await runScript("db:restore", [backupFile], target).done;
  expect(restore.code, restore.stderr).toBe(0);
  const restored = openLedger(target);
  expect(integrityCheck(restored)).toBe("ok");
  expect(claimCount(restored)).toBe(backupClaims);
  expect(contentSha256(restored)).toBe(backupContent);
  restored.close();
  const kept = fs.readdirSync(dir).filter((f) => f.startsWith("restored.db.before-restore-"));
  expect(kept, "the database that was replaced is kept beside it").toHaveLength(1);

  // And the app serves the restored ledger: a claim from before the backup is there, one written after is not.
  const server = await startServer({
    port: Number(process.env.HARDENING_PORT ?? 3500) + 2,
    databasePath: target,
    logFile: path.join(dir, "server.log"),
    env: { RUMOR_LEDGER_DEMO: "0" },
  });
  try {
    const after = acknowledged.filter((a) => !inBackup.has(a.id)).at(-1)!;
    expect((await request(server.url, { path: `/api/v1/claims/${committedBefore.at(-1)}` })).status).toBe(200);
    expect((await request(server.url, { path: `/api/v1/claims/${after.id}` })).status).toBe(404);
  } finally {
    await server.stop();
  }
  report(
    `backup: ${acknowledged.length} writes in all, ${committedBefore.length} acknowledged before db:backup started and all in it, ${during} landed while it ran (${((finishedAt - startedAt) / 1000).toFixed(1)} s); backup ${backupClaims} claims, integrity ok; restore brought back exactly that content`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
});
