import type { IncomingMessage, ServerResponse } from "node:http";
import type { embedFromCache } from "@/lib/cache/ledger-cache";
import type { PlainAnswer } from "@/lib/http/methods";

/**
 * The one channel between server.mjs (plain Node, outside Next's bundles) and the app. Each side
 * sets its own hooks on one object under one global symbol; server.mjs is type-checked against
 * this interface (`// @ts-check` with a JSDoc import of it). ADR 0023.
 */
export interface ServerHooks {
  /** Set by server.mjs: the request header it fills with the TCP peer's address (its presence means the header is ours). */
  socketAddressHeader: string;
  /** server.mjs's answer to CONNECT, TRACE or TRACK, which Next cannot represent (lib/http/methods.ts). */
  methodAnswer: (method: string, url: string) => PlainAnswer | null;
  /** An anonymous embed answered from the in-memory cache, or null to let Next render it (lib/cache/ledger-cache.ts). */
  embedFromCache: typeof embedFromCache;
  /** Retry-After seconds when a chart PNG or share card would be refused now, else null (lib/embeds/png.ts). */
  pngRequestRefusal: (method: string | undefined, url: string | undefined) => number | null;
  /** Serves an anonymous reader page, feed or read-API answer from the page front, or calls `next` (lib/cache/front.ts). */
  front: (req: IncomingMessage, res: ServerResponse, origin: { address: string; port: number }, next: () => void) => void;
}

/** The key of `Symbol.for(…)` under which the hooks live on globalThis; server.mjs spells the same string. */
export const SERVER_HOOKS_KEY = "rumor-ledger.server-hooks";
const HOOKS = Symbol.for(SERVER_HOOKS_KEY);

/** What each hook is at run time: registration refuses anything else, so a wrong hook fails at start, not on a request. */
export const SERVER_HOOK_KINDS = {
  socketAddressHeader: "string",
  methodAnswer: "function",
  embedFromCache: "function",
  pngRequestRefusal: "function",
  front: "function",
} as const satisfies Record<keyof ServerHooks, "string" | "function">;

type HookHolder = { [HOOKS]?: Partial<ServerHooks> };

/** The hooks registered so far in this process (both sides share the object). */
export function serverHooks(): Partial<ServerHooks> {
  return ((globalThis as HookHolder)[HOOKS] ??= {});
}

/**
 * Registers hooks; a key given as undefined removes that hook (tests). Throws a TypeError for an
 * unknown name or a value of the wrong kind. A hook whose answer depends on a module's own state
 * (the PNG queue) is registered by that module as it loads, so it reads the same instance the
 * routes use.
 */
export function registerServerHooks(hooks: Partial<ServerHooks>): void {
  // Every entry is checked before any is applied: a bad call changes nothing.
  for (const [name, value] of Object.entries(hooks)) {
    if (!Object.hasOwn(SERVER_HOOK_KINDS, name)) throw new TypeError(`Unknown server hook "${name}"`);
    const kind = SERVER_HOOK_KINDS[name as keyof ServerHooks];
    if (value !== undefined && typeof value !== kind) throw new TypeError(`Server hook "${name}" must be a ${kind}, not a ${typeof value}`);
  }
  const registry = serverHooks();
  for (const [name, value] of Object.entries(hooks)) {
    if (value === undefined) delete registry[name as keyof ServerHooks];
    else Object.assign(registry, { [name]: value });
  }
}
