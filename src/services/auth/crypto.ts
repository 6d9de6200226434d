import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { CODE_LENGTH } from "@/domain/auth/policy";

export function generateCode(): string {
  return String(randomInt(0, 10 ** CODE_LENGTH)).padStart(CODE_LENGTH, "0");
}

export function hmacHex(key: Buffer, purpose: string, value: string): string {
  return createHmac("sha256", key).update(`${purpose}\u0000${value}`).digest("hex");
}

/** How a code is stored: never the code itself. */
export const hashCode = (key: Buffer, emailKey: string, code: string) =>
  hmacHex(key, `code:${emailKey}`, code);

/** How an email is found in the store: an HMAC, so no address appears in a key. */
export const emailKeyOf = (key: Buffer, normalizedEmail: string) =>
  hmacHex(key, "email", normalizedEmail).slice(0, 40);

/**
 * How a client address is counted in the per-address limits: an HMAC, so the store never
 * holds an IP address, and the same address still meets its own count.
 */
export const ipKeyOf = (key: Buffer, ip: string) => hmacHex(key, "ip", ip).slice(0, 40);

export function sameHex(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}
