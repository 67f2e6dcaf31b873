import { spawn, type ChildProcess } from "node:child_process";
import { ROOT } from "./server";

export interface ScriptResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs one of the project's npm scripts (`npm run NAME -- ARGS`) on a database
 * file, in its own process group so the whole tree (npm, tsx, node) can be
 * killed at once. `onStderr` sees the output as it comes (progress lines).
 */
export function runScript(
  name: string,
  args: string[],
  databasePath: string,
  options: { onStderr?: (text: string, child: ChildProcess) => void; timeoutMs?: number } = {},
): { child: ChildProcess; done: Promise<ScriptResult> } {
  const child = spawn("npm", ["run", "--silent", name, "--", ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_PATH: databasePath, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on("data", (c: Buffer) => {
    stderr += c.toString();
    options.onStderr?.(stderr, child);
  });
  const timer = setTimeout(() => killGroup(child, "SIGKILL"), options.timeoutMs ?? 120_000);
  const done = new Promise<ScriptResult>((resolve) =>
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    }),
  );
  return { child, done };
}

/** Signals the script's whole process group (npm and everything it started). */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}
