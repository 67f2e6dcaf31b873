import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { SESSION_COOKIE } from "@/lib/auth/request";
import { insertSession } from "./fixtures";

/**
 * The session cookie a server action sees in tests. next/headers only works
 * inside a request, so an action test mocks it with `actionHeadersMock`, and
 * `signInForActions` / `signOutForActions` choose who is calling.
 */
let sessionToken: string | null = null;

export function signInForActions(db: Db, actor: Actor): void {
  sessionToken = insertSession(db, actor.userId);
}

/** A caller with no session cookie, or with one the store does not know (expired, forged). */
export function signOutForActions(cookie: string | null = null): void {
  sessionToken = cookie;
}

/** The module `vi.mock("next/headers", actionHeadersMock)` puts in place of next/headers. */
export function actionHeadersMock() {
  return {
    cookies: async () => ({
      get: (name: string) => (name === SESSION_COOKIE && sessionToken !== null ? { name, value: sessionToken } : undefined),
    }),
    // The app reads the session from the Cookie header itself (one parser for sessions and caches).
    headers: async () => new Headers(sessionToken !== null ? { cookie: `${SESSION_COOKIE}=${encodeURIComponent(sessionToken)}` } : {}),
  };
}
