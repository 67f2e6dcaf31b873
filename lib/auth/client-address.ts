import { isIP } from "node:net";
import { serverHooks } from "@/lib/server-hooks";

/**
 * The request header the app's own front (server.mjs) fills with the TCP
 * peer's address, after deleting any copy a client sent. Route handlers and
 * server actions cannot see the socket; this header is how it reaches them.
 */
export const SOCKET_ADDRESS_HEADER = "x-rl-remote-addr";

/** True when server.mjs runs in front of Next in this process: only then is the socket header ours, not a client's. */
export function socketHeaderIsTrusted(): boolean {
  return serverHooks().socketAddressHeader === SOCKET_ADDRESS_HEADER;
}

/**
 * How many proxies in front of the app append to X-Forwarded-For: `TRUST_PROXY`
 * as a hop count (`1`: one reverse proxy such as nginx, which overwrites or
 * appends the client's address; `2`: a CDN then nginx; …). Unset, `0`, `false`
 * or anything else: none, and X-Forwarded-For is ignored — anyone can send it.
 */
export function trustedProxyHops(value: string | undefined = process.env.TRUST_PROXY): number {
  if (value === undefined) return 0;
  const v = value.trim().toLowerCase();
  if (v === "true") return 1;
  return /^\d{1,2}$/.test(v) ? Number(v) : 0;
}

/** One throttling key per client: IPv4 as is ("::ffff:1.2.3.4" too), IPv6 by its /64 (one subscriber's block). */
export function addressKey(address: string): string {
  const bare = address.trim().replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped) return mapped[1];
  if (isIP(bare) === 6) {
    const [head, tail = ""] = bare.toLowerCase().split("::");
    const left = head ? head.split(":") : [];
    const right = tail ? tail.split(":") : [];
    const groups = bare.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
    return `${groups
      .slice(0, 4)
      .map((g) => g.replace(/^0+(?=.)/, ""))
      .join(":")}::/64`;
  }
  return bare.slice(0, 64) || "unknown";
}

/**
 * The client address for sign-in throttling. The socket's peer address (from
 * server.mjs); behind `TRUST_PROXY=n` proxies, the address the outermost
 * trusted proxy saw — the n-th X-Forwarded-For entry from the right, as each
 * proxy appends the address it was connected from. Entries to the left of it
 * were written by the client and are never trusted. Without server.mjs (next
 * dev, tests) the socket is unknown, and so is the key.
 */
export function clientAddressFromHeaders(headers: { get(name: string): string | null }, hops = trustedProxyHops()): string {
  const socket = (socketHeaderIsTrusted() && headers.get(SOCKET_ADDRESS_HEADER)) || "unknown";
  if (hops <= 0) return addressKey(socket);
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  const chain = [...forwarded, socket];
  return addressKey(chain[Math.max(0, chain.length - 1 - hops)]);
}
