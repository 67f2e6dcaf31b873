/** What the global setup started, handed to the specs through the environment. */
export function suiteEnv() {
  const baseUrl = process.env.HARDENING_BASE_URL;
  const databasePath = process.env.HARDENING_DATABASE_PATH;
  const serverPid = Number(process.env.HARDENING_SERVER_PID);
  const tmp = process.env.HARDENING_TMP;
  if (!baseUrl || !databasePath || !serverPid || !tmp)
    throw new Error("Run the hardening specs through playwright.hardening.config.ts (npm run test:hardening).");
  return { baseUrl, databasePath, serverPid, tmp };
}

/** A line in the run's output that the report quotes (counts, rates, timings). */
export function report(line: string): void {
  console.log(`[hardening] ${line}`);
}
