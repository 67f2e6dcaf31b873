/**
 * `npm run user:create -- --email you@paper.com --role admin [--name "Your Name"]`
 * Creates an editor or admin account. The password comes from RUMOR_LEDGER_PASSWORD
 * or is asked for on the terminal (not echoed).
 */
import { parseArgs } from "node:util";
import readline from "node:readline";
import { databasePath, openDatabase } from "../db/client";
import { createUser } from "../lib/auth/accounts";
import { ValidationError } from "../lib/errors";

function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput;
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) =>
      s.startsWith(question) ? write.call(rl, s) : undefined;
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string", default: "editor" }, name: { type: "string" } },
  });
  if (!values.email) {
    console.error("Usage: npm run user:create -- --email EMAIL --role admin|editor [--name NAME]");
    process.exit(2);
  }
  const password = process.env.RUMOR_LEDGER_PASSWORD ?? (process.stdin.isTTY ? await askHidden("Password (12+ characters): ") : "");
  const db = openDatabase(databasePath());
  try {
    const user = await createUser(db, {
      email: values.email,
      role: values.role,
      name: values.name ?? values.email.split("@")[0],
      password,
    });
    console.log(`Created ${user.role} ${user.email} (id ${user.id}) in ${databasePath()}.`);
  } catch (error) {
    if (error instanceof ValidationError) {
      console.error(`Could not create the account: ${Object.values(error.fields ?? {}).join("; ") || error.message}`);
      process.exit(1);
    }
    throw error;
  } finally {
    db.$client.close();
  }
}

void main();
