import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildTemplate, TEMPLATE_DIR_ENV } from "./temp-db";

/**
 * vitest `globalSetup`: runs once per `vitest run`, before any worker starts.
 *
 * - One folder holds every file the run creates: workers inherit it as TMPDIR, so each temporary
 *   database, backup and upload lands in it, and it is removed when the run ends — even the files of a
 *   test that failed before its cleanup, or of a worker that vitest stopped. It is in memory (/dev/shm)
 *   where the system has one: the tests' SQLite files then cost no disk writes and wait on no other
 *   process's disk traffic.
 * - The template databases (migrated; migrated and seeded with the demo data) are built here once for
 *   the whole run; every test copies one (lib/testing/temp-db.ts).
 */
/** /dev/shm when it exists and has room (a container's default 64 MB would fill up: the OS temp folder then). */
function roomyMemoryFolder(): string | null {
  try {
    const { bavail, bsize } = fs.statfsSync("/dev/shm");
    return bavail * bsize >= 1024 ** 3 ? "/dev/shm" : null;
  } catch {
    return null;
  }
}

/** vitest calls a global setup once per project that extends the root config: only the first call builds. */
const BUILT = Symbol.for("rumor-ledger.vitest-templates-built");
const registry = globalThis as { [BUILT]?: boolean };

export default function setup(): () => void {
  if (registry[BUILT]) return () => {};
  registry[BUILT] = true;
  const previous = { tmpdir: process.env.TMPDIR, templates: process.env[TEMPLATE_DIR_ENV] };
  const base = roomyMemoryFolder() ?? os.tmpdir();
  const root = fs.mkdtempSync(path.join(base, "rumor-ledger-vitest-"));
  const templates = path.join(root, "templates");
  fs.mkdirSync(templates);
  buildTemplate(path.join(templates, "empty.db"), { seeded: false });
  buildTemplate(path.join(templates, "demo.db"), { seeded: true });
  process.env.TMPDIR = root;
  process.env[TEMPLATE_DIR_ENV] = templates;
  return () => {
    delete registry[BUILT];
    fs.rmSync(root, { recursive: true, force: true });
    for (const [name, value] of [
      ["TMPDIR", previous.tmpdir],
      [TEMPLATE_DIR_ENV, previous.templates],
    ] as const)
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  };
}
