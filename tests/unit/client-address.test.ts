import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { clientAddress, limitKeyOf, SOCKET_ADDRESS_HEADER } from "@/server/client-address";
import { stampSocketAddresses } from "@/server/socket-address";

const direct = { kind: "proxies", hops: 0 } as const;
const oneProxy = { kind: "proxies", hops: 1 } as const;
const vercel = { kind: "vercel" } as const;

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("clientAddress: the address the per-address limits count", () => {
  it("with nothing configured, counts the socket and ignores what the client wrote", () => {
    const forged = headers({ "x-forwarded-for": "203.0.113.9", [SOCKET_ADDRESS_HEADER]: "198.51.100.7" });
    expect(clientAddress(forged, direct)).toBe("198.51.100.7");
    expect(clientAddress(headers({ [SOCKET_ADDRESS_HEADER]: "198.51.100.7" }), direct)).toBe("198.51.100.7");
  });

  it("behind the operator's proxies, counts the entry their last hop added, from the end", () => {
    const viaProxy = headers({
      "x-forwarded-for": "203.0.113.9, 192.0.2.44",
      [SOCKET_ADDRESS_HEADER]: "10.0.0.2",
    });
    expect(clientAddress(viaProxy, oneProxy)).toBe("192.0.2.44");
    expect(clientAddress(viaProxy, { kind: "proxies", hops: 2 })).toBe("203.0.113.9");
    // a request that skipped the proxy has a shorter chain: its own socket is what is left
    expect(clientAddress(headers({ [SOCKET_ADDRESS_HEADER]: "198.51.100.7" }), oneProxy)).toBe(
      "198.51.100.7",
    );
  });

  it("on Vercel, counts the address Vercel's edge set, whatever X-Forwarded-For says", () => {
    const onVercel = headers({ "x-real-ip": "192.0.2.10", "x-forwarded-for": "203.0.113.9" });
    expect(clientAddress(onVercel, vercel)).toBe("192.0.2.10");
    expect(clientAddress(headers({ "x-forwarded-for": "203.0.113.9" }), vercel)).toBe("unknown");
  });

  it("folds IPv4-mapped IPv6 to IPv4 and groups IPv6 by /64, compressed or not", () => {
    expect(limitKeyOf("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(limitKeyOf("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
    expect(limitKeyOf("2001:db8:1:2::9")).toBe("2001:db8:1:2::/64");
    expect(limitKeyOf("2001:DB8:0001:0002:ffff::1")).toBe("2001:db8:1:2::/64");
    expect(limitKeyOf("::1")).toBe("::/64");
    expect(limitKeyOf("not an address")).toBe("unknown");
    expect(limitKeyOf(undefined)).toBe("unknown");
  });
});

describe("stampSocketAddresses", () => {
  it("writes each request's socket address, over any header of that name the client sent", async () => {
    stampSocketAddresses();
    const seen: (string | string[] | undefined)[] = [];
    const server = http.createServer((request, response) => {
      seen.push(request.headers[SOCKET_ADDRESS_HEADER]);
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const get = (localAddress: string) =>
      new Promise<void>((resolve, reject) => {
        http
          .get(
            { host: "127.0.0.1", port, localAddress, headers: { [SOCKET_ADDRESS_HEADER]: "203.0.113.9" } },
            (response) => {
              response.resume();
              response.on("end", resolve);
            },
          )
          .on("error", reject);
      });
    try {
      await get("127.0.0.1");
      await get("127.0.0.2");
    } finally {
      server.close();
    }
    expect(seen).toEqual(["127.0.0.1", "127.0.0.2"]);
  });
});
