import "server-only";
import ipaddr from "ipaddr.js";

/**
 * The header the server writes with the address of the socket a request came in on
 * (`src/instrumentation.ts` installs it under `next start`); a client's own header of
 * that name is overwritten, never read.
 */
export const SOCKET_ADDRESS_HEADER = "x-mjpro-socket-address";

/** Where the deployment learns the client's address. */
export type AddressSource =
  /** Vercel's edge sets x-real-ip to the address that connected to it */
  | { kind: "vercel" }
  /** `hops` proxies of the operator's own append to X-Forwarded-For (0: clients connect directly) */
  | { kind: "proxies"; hops: number };

/**
 * The client's address as the per-address limits count it: IPv4-mapped IPv6 folded to
 * IPv4, IPv6 grouped by /64 (one subscriber's whole network), anything unreadable one
 * shared "unknown" bucket.
 */
export function clientAddress(headers: Headers, source: AddressSource): string {
  return limitKeyOf(rawClientAddress(headers, source));
}

function rawClientAddress(headers: Headers, source: AddressSource): string | undefined {
  if (source.kind === "vercel") return headers.get("x-real-ip")?.trim();
  // the chain as the last proxy saw it, then the socket that proxy (or the client) came in on
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  const socket = headers.get(SOCKET_ADDRESS_HEADER)?.trim();
  if (socket) chain.push(socket);
  // counted from the end: entries left of the trusted proxies' are whatever the client wrote
  return chain[Math.max(0, chain.length - 1 - source.hops)];
}

export function limitKeyOf(address: string | undefined): string {
  if (!address || !ipaddr.isValid(address)) return "unknown";
  const parsed = ipaddr.process(address);
  if (parsed.kind() === "ipv4") return parsed.toString();
  const network = ipaddr.IPv6.networkAddressFromCIDR(`${parsed.toNormalizedString()}/64`);
  return `${network.toString()}/64`;
}
