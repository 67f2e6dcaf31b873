import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** Removes the temporary database folder the config created (only one of ours, under the OS temp folder). */
export default function globalTeardown() {
  const file = process.env.E2E_DATABASE_PATH;
  if (!file) return;
  const dir = path.dirname(file);
  if (path.dirname(dir) === os.tmpdir() && path.basename(dir).startsWith("rumor-ledger-e2e-")) fs.rmSync(dir, { recursive: true, force: true });
}
