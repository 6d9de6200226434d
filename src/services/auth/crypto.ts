import { createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { CHALLENGE_BYTES, CODE_LENGTH } from "@/domain/auth/policy";

export function generateCode(): string {
  return String(randomInt(0, 10 ** CODE_LENGTH)).padStart(CODE_LENGTH, "0");
}

export function hmacHex(key: Buffer, purpose: string, value: string): string {
  return createHmac("sha256", key).update(`${purpose}\u0000${value}`).digest("hex");
}

/** The id a code request answers (base64url, 128 bits); verifying the code needs it. */
export const generateChallenge = () => randomBytes(CHALLENGE_BYTES).toString("base64url");

/** How a challenge is found in the store: an HMAC, so the store holds no usable challenge. */
export const challengeKeyOf = (key: Buffer, challenge: string) =>
  hmacHex(key, "challenge", challenge).slice(0, 40);

/** How a code is stored: never the code itself, and bound to its email and challenge. */
export const hashCode = (key: Buffer, emailKey: string, challengeKey: string, code: string) =>
  hmacHex(key, `code:${emailKey}:${challengeKey}`, code);

/** How an email is found in the store: an HMAC, so no address appears in a key. */
export const emailKeyOf = (key: Buffer, normalizedEmail: string) =>
  hmacHex(key, "email", normalizedEmail).slice(0, 40);

/**
 * How a client address is counted in the per-address limits: an HMAC, so the store never
 * holds an IP address, and the same address still meets its own count.
 */
export const ipKeyOf = (key: Buffer, ip: string) => hmacHex(key, "ip", ip).slice(0, 40);

/** One client address asking about one email: the key of the per-client-and-email limits. */
export const clientKeyOf = (key: Buffer, emailKey: string, ip: string) =>
  hmacHex(key, `client:${emailKey}`, ip).slice(0, 40);

export function sameHex(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}
