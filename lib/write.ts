import type { z } from "zod";
import type { Db } from "@/db/client";
import { AppError, UnavailableError, ValidationError, fieldErrorsFromZod } from "@/lib/errors";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** The database or a transaction in it: helpers that take it run inside a write (and read what it wrote) or on their own. */
export type DbOrTx = Db | Tx;

/** SQLite failures that mean "the store cannot take writes now", not "your input is wrong". */
const UNAVAILABLE_CODES = new Set([
  "SQLITE_READONLY",
  "SQLITE_FULL",
  "SQLITE_IOERR",
  "SQLITE_BUSY",
  "SQLITE_CANTOPEN",
  "SQLITE_READONLY_DBMOVED",
]);

function sqliteCode(error: unknown): string | null {
  const code = (error as { code?: unknown })?.code;
  return typeof code === "string" && code.startsWith("SQLITE_") ? code : null;
}

/** True for a SQLite error that means the store cannot take writes (read-only, full, I/O, locked), whatever the input. */
export function isStorageUnavailable(error: unknown): boolean {
  const code = sqliteCode(error);
  return code !== null && [...UNAVAILABLE_CODES].some((c) => code.startsWith(c));
}

/**
 * Runs a write in one IMMEDIATE transaction: all of it lands or none does.
 * Storage failures (read-only file, full disk, lock timeout) become a 503
 * UnavailableError; typed AppErrors pass through untouched.
 */
export function writeTransaction<T>(db: Db, fn: (tx: Tx) => T): T {
  try {
    return db.transaction(fn, { behavior: "immediate" });
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (isStorageUnavailable(error)) throw new UnavailableError();
    throw error;
  }
}

/** Parses input with a zod schema or throws a ValidationError with one message per field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, message = "Some fields need fixing."): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(message, fieldErrorsFromZod(result.error.issues));
  return result.data;
}

/** Now as an ISO timestamp, the format every timestamp column uses. */
export function nowIso(): string {
  return new Date().toISOString();
}
