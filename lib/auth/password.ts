import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { WorkQueue, workerSlots } from "@/lib/work-queue";

/**
 * Password hashing with scrypt from node:crypto — memory-hard, maintained with
 * Node itself, no native add-on to build (see docs/adr/0003-auth.md).
 * Stored as `scrypt$N$r$p$salt$hash` so parameters can be raised later while
 * old hashes still verify.
 */
const PRODUCTION_PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
// Unit tests hash hundreds of passwords on a 2-core machine: under vitest only, a cheaper cost (still
// scrypt, still salted, stored in the hash so verification never depends on it). Never in a server.
const TEST_PARAMS = { N: 2 ** 10, r: 8, p: 1 } as const;

/** The scrypt cost for new hashes: the production cost, unless this process is a vitest worker. */
export function scryptParams(env: NodeJS.ProcessEnv = process.env): { N: number; r: number; p: number } {
  return env.VITEST === "true" && env.NODE_ENV === "test" ? TEST_PARAMS : PRODUCTION_PARAMS;
}
const KEY_LENGTH = 64;
export const MIN_PASSWORD_LENGTH = 12;

/**
 * Every scrypt call waits its turn here: a few at once (each takes a libuv
 * thread and 32 MB), a short line, and a 503 past it — so a flood of sign-in
 * attempts cannot take every thread from file reads and image rendering, nor
 * make a correct sign-in wait behind hundreds of wrong ones.
 */
export const passwordHashing = new WorkQueue({ concurrency: workerSlots(2), maxWaiting: 16, retryAfterSeconds: 5 });

function derive(password: string, salt: Buffer, options: ScryptOptions, length: number): Promise<Buffer> {
  return passwordHashing.run(
    () =>
      new Promise((resolve, reject) => {
        scrypt(password.normalize("NFKC"), salt, length, { ...options, maxmem: 256 * options.N! * options.r! }, (error, key) =>
          error ? reject(error) : resolve(key),
        );
      }),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const params = scryptParams();
  const key = await derive(password, salt, params, KEY_LENGTH);
  return ["scrypt", params.N, params.r, params.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

/** Constant-time check of a password against a stored hash; false for any malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  const salt = Buffer.from(parts[4], "base64url");
  const expected = Buffer.from(parts[5], "base64url");
  if (![N, r, p].every(Number.isSafeInteger) || expected.length === 0) return false;
  const actual = await derive(password, salt, { N, r, p }, expected.length);
  return timingSafeEqual(actual, expected);
}

/** A hash that never verifies, compared against when the e-mail is unknown so timing does not reveal accounts. */
export const DUMMY_HASH = `scrypt$${scryptParams().N}$8$1$AAAAAAAAAAAAAAAAAAAAAA$${"A".repeat(86)}`;
