import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

/** The repository root (this file is e2e/hardening/support/server.ts). */
export const ROOT = path.resolve(__dirname, "..", "..", "..");

export interface RunningServer {
  url: string;
  port: number;
  pid: number;
  logFile: string;
  stop(): Promise<void>;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createConnection({ host: "127.0.0.1", port });
    probe.once("connect", () => {
      probe.destroy();
      resolve(false);
    });
    probe.once("error", () => resolve(true));
  });
}

async function waitForReady(url: string, child: ReturnType<typeof spawn>, logFile: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The server exited (${child.exitCode}) before it was ready:\n${fs.readFileSync(logFile, "utf8").slice(-4000)}`);
    try {
      const response = await fetch(`${url}/how-we-grade`, { signal: AbortSignal.timeout(5000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server at ${url} was not ready within ${timeoutMs} ms:\n${fs.readFileSync(logFile, "utf8").slice(-4000)}`);
}

/**
 * Starts the production build (the build must exist) on 127.0.0.1:port (or bound to `hostname`, e.g. 0.0.0.0) with its
 * own database file, logging to logFile. The spawned process is the server itself
 * (neither server.mjs nor next start forks), so its pid is what to sample for memory.
 */
export async function startServer(options: {
  port: number;
  databasePath: string;
  logFile: string;
  env?: Record<string, string>;
  unsetEnv?: string[];
  hostname?: string;
}): Promise<RunningServer> {
  const { port, databasePath, logFile } = options;
  if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID")))
    throw new Error("No production build: run `npx next build` first (npm run test:hardening does).");
  // Never test against a server left over from something else: it would use another database.
  if (!(await portIsFree(port))) throw new Error(`Port ${port} is already in use; stop whatever listens there or set HARDENING_PORT.`);
  const url = `http://127.0.0.1:${port}`;
  const hostname = options.hostname ?? "127.0.0.1";
  const log = fs.openSync(logFile, "a");
  // The app's production entry point (`npm start`): server.mjs in front of Next where it exists, else `next start`.
  const entry = fs.existsSync(path.join(ROOT, "server.mjs"))
    ? [path.join(ROOT, "server.mjs"), "--port", String(port), "--hostname", hostname]
    : [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", hostname];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_PATH: databasePath,
    RUMOR_LEDGER_DEMO: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    PUBLIC_BASE_URL: url,
    ...options.env,
  };
  for (const name of options.unsetEnv ?? []) delete env[name];
  const child = spawn(process.execPath, entry, {
    cwd: ROOT,
    env,
    stdio: ["ignore", log, log],
  });
  fs.closeSync(log);
  await waitForReady(url, child, logFile, 90_000).catch((error: unknown) => {
    child.kill("SIGKILL"); // never leave a half-started server holding the port
    throw error;
  });
  const pid = child.pid!;
  return {
    url,
    port,
    pid,
    logFile,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
