import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addressKey, clientAddressFromHeaders, SOCKET_ADDRESS_HEADER, trustedProxyHops } from "./client-address";
import { registerServerHooks } from "@/lib/server-hooks";

const headers = (h: Record<string, string>) => new Headers(h);

describe("trustedProxyHops (TRUST_PROXY)", () => {
  it.each([
    [undefined, 0],
    ["", 0],
    ["0", 0],
    ["false", 0],
    ["yes please", 0],
    ["-1", 0],
    ["1", 1],
    ["true", 1],
    [" 2 ", 2],
  ])("%j → %i hops", (value, hops) => {
    expect(trustedProxyHops(value)).toBe(hops);
  });
});

describe("addressKey", () => {
  it.each([
    ["203.0.113.9", "203.0.113.9"],
    ["::ffff:203.0.113.9", "203.0.113.9"],
    ["2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"],
    ["2001:db8:1:2::99", "2001:db8:1:2::/64"],
    ["[2001:0db8:0001:0002::1]", "2001:db8:1:2::/64"],
    ["::1", "0:0:0:0::/64"],
    ["", "unknown"],
  ])("%s → %s", (address, key) => {
    expect(addressKey(address)).toBe(key);
  });
});

describe("clientAddressFromHeaders", () => {
  beforeEach(() => {
    registerServerHooks({ socketAddressHeader: SOCKET_ADDRESS_HEADER });
  });
  afterEach(() => {
    registerServerHooks({ socketAddressHeader: undefined });
  });

  it("keys on the socket's peer and ignores X-Forwarded-For without TRUST_PROXY", () => {
    for (const forwarded of ["203.0.113.1", "203.0.113.2", "203.0.113.3, 10.0.0.1"]) {
      expect(clientAddressFromHeaders(headers({ [SOCKET_ADDRESS_HEADER]: "192.0.2.50", "x-forwarded-for": forwarded }), 0)).toBe(
        "192.0.2.50",
      );
    }
  });

  it("behind one trusted proxy takes the hop that proxy appended, never the client's own entries", () => {
    const via = (forwarded: string) =>
      clientAddressFromHeaders(headers({ [SOCKET_ADDRESS_HEADER]: "127.0.0.1", "x-forwarded-for": forwarded }), 1);
    expect(via("198.51.100.7")).toBe("198.51.100.7");
    expect(via("6.6.6.6, 198.51.100.7")).toBe("198.51.100.7");
    expect(via("1.1.1.1, 2.2.2.2, 198.51.100.7")).toBe("198.51.100.7");
  });

  it("behind two proxies takes the second entry from the right; with fewer entries, the leftmost", () => {
    const via = (forwarded: string) =>
      clientAddressFromHeaders(headers({ [SOCKET_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": forwarded }), 2);
    expect(via("6.6.6.6, 198.51.100.7, 10.0.0.1")).toBe("198.51.100.7");
    expect(via("10.0.0.1")).toBe("10.0.0.1");
    expect(clientAddressFromHeaders(headers({ [SOCKET_ADDRESS_HEADER]: "10.0.0.2" }), 2)).toBe("10.0.0.2");
  });

  it("does not believe a socket header unless server.mjs runs in this process", () => {
    registerServerHooks({ socketAddressHeader: undefined });
    expect(clientAddressFromHeaders(headers({ [SOCKET_ADDRESS_HEADER]: "192.0.2.50" }), 0)).toBe("unknown");
  });
});
