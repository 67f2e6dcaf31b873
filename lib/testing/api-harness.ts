import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { getDb, type Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { SESSION_COOKIE } from "@/lib/auth/request";
import { createApiToken } from "@/lib/auth/api-tokens";
import { createUser } from "@/lib/auth/accounts";
import { insertSession } from "./fixtures";
import { copyTemplate } from "./temp-db";

export const ORIGIN = "http://localhost:3000";

export interface ApiHarness {
  db: Db;
  editor: Actor & { email: string; password: string };
  admin: Actor & { email: string; password: string };
  cleanup: () => void;
}

const globalForDb = globalThis as unknown as { rumorLedgerDb?: Db };

/**
 * Points the app's own database client (getDb, which route handlers use) at a
 * fresh temp file with the demo dataset, and creates a real editor and admin.
 * Call in beforeAll, before any handler runs; cleanup() in afterAll.
 */
export async function startApiHarness(): Promise<ApiHarness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rumor-ledger-api-"));
  process.env.DATABASE_PATH = path.join(dir, "api.db");
  copyTemplate(process.env.DATABASE_PATH, { seeded: true });
  delete globalForDb.rumorLedgerDb;
  const db = getDb();
  const password = "harness password 1";
  const editorUser = await createUser(db, { email: "editor@api.test", name: "API Editor", role: "editor", password });
  const adminUser = await createUser(db, { email: "admin@api.test", name: "API Admin", role: "admin", password });
  return {
    db,
    editor: { userId: editorUser.id, role: "editor", email: editorUser.email, password },
    admin: { userId: adminUser.id, role: "admin", email: adminUser.email, password },
    cleanup: () => {
      db.$client.close();
      delete globalForDb.rumorLedgerDb;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Headers of a same-origin browser request carrying a fresh session for this user. */
export function sessionHeaders(db: Db, actor: Actor): Record<string, string> {
  return {
    cookie: `${SESSION_COOKIE}=${insertSession(db, actor.userId)}`,
    origin: ORIGIN,
    host: "localhost:3000",
    "sec-fetch-site": "same-origin",
  };
}

/** Headers of a script sending a fresh personal API token for this user. */
export function tokenHeaders(db: Db, actor: Actor): Record<string, string> {
  return { authorization: `Bearer ${createApiToken(db, actor, { name: "test token" }).token}` };
}

export interface ApiCall {
  method: string;
  /** Path and query, e.g. `/api/v1/claims/12`. */
  path: string;
  /** An object is sent as JSON; a string as is (to send broken JSON); a stream as a chunked body with no Content-Length. */
  body?: unknown;
  headers?: Record<string, string>;
}

/** The Request a route handler receives. */
export function apiRequest({ method, path: urlPath, body, headers = {} }: ApiCall): Request {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body instanceof ReadableStream) {
    Object.assign(init, { body, duplex: "half" });
  } else if (body !== undefined) {
    init.body = typeof body === "string" ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)["content-type"] ??= "application/json";
  }
  return new Request(`${ORIGIN}${urlPath}`, init);
}

/** The Next 16 route context: params arrive as a Promise. */
export function routeContext<P extends Record<string, string>>(params: P): { params: Promise<P> } {
  return { params: Promise.resolve(params) };
}

/** The JSON error body of a refused call: {"error": {"code", "message", "fields"?}}. */
export interface ApiErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
  current?: Record<string, unknown>;
}
