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
export default function setup(): () => void {
  const previous = { tmpdir: process.env.TMPDIR, templates: process.env[TEMPLATE_DIR_ENV] };
  const base = fs.existsSync("/dev/shm") && fs.statSync("/dev/shm").isDirectory() ? "/dev/shm" : os.tmpdir();
  const root = fs.mkdtempSync(path.join(base, "rumor-ledger-vitest-"));
  const templates = path.join(root, "templates");
  fs.mkdirSync(templates);
  buildTemplate(path.join(templates, "empty.db"), { seeded: false });
  buildTemplate(path.join(templates, "demo.db"), { seeded: true });
  process.env.TMPDIR = root;
  process.env[TEMPLATE_DIR_ENV] = templates;
  return () => {
    fs.rmSync(root, { recursive: true, force: true });
    for (const [name, value] of [
      ["TMPDIR", previous.tmpdir],
      [TEMPLATE_DIR_ENV, previous.templates],
    ] as const)
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  };
}
