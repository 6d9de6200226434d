import { describe, expect, it } from "vitest";
import { TOKEN_TTL_SECONDS } from "@/domain/auth/policy";
import type { AuthKeys, Clock } from "@/services/auth/context";
import { UnauthorizedError } from "@/services/auth/errors";
import { issueToken, readToken } from "@/services/auth/tokens";

const keysOf = (secret: number): AuthKeys => ({
  hmacKey: Buffer.alloc(32, secret),
  tokenKey: new Uint8Array(32).fill(secret),
  issuer: "http://localhost:3000",
  audience: "mjpro-api",
});
const at = (ms: number): Clock => ({ now: () => ms });
const T0 = Date.UTC(2026, 10, 27, 12, 0, 0);

/** what readToken answers: the claims, or "401" */
async function outcome(keys: AuthKeys, clock: Clock, token: string) {
  try {
    return await readToken(keys, clock, token);
  } catch (error) {
    if (error instanceof UnauthorizedError) return "401";
    throw error;
  }
}

describe("readToken", () => {
  it("accepts a token from its issue to the last second of its 30 days, and no other time", async () => {
    const keys = keysOf(1);
    const token = await issueToken(keys, at(T0), { userId: "u_1", version: 3 });
    const ttlMs = TOKEN_TTL_SECONDS * 1000;
    expect(await outcome(keys, at(T0), token)).toEqual({ userId: "u_1", version: 3 });
    expect(await outcome(keys, at(T0 - 1000), token)).toBe("401");
    expect(await outcome(keys, at(T0 + ttlMs - 1000), token)).toEqual({ userId: "u_1", version: 3 });
    expect(await outcome(keys, at(T0 + ttlMs), token)).toBe("401");
  });

  it("never accepts an altered token or another key's token", async () => {
    const keys = keysOf(2);
    const token = await issueToken(keys, at(T0), { userId: "u_2", version: 1 });
    expect(await outcome(keys, at(T0), token)).not.toBe("401");
    const [header, payload, signature] = token.split(".") as [string, string, string];
    const flipped = `${signature.slice(0, -2)}${signature.endsWith("AA") ? "AB" : "AA"}`;
    expect(await outcome(keys, at(T0), `${header}.${payload}.${flipped}`)).toBe("401");
    const forged = await issueToken(keysOf(3), at(T0), { userId: "u_2", version: 1 });
    expect(await outcome(keys, at(T0), forged)).toBe("401");
    expect(await outcome(keysOf(3), at(T0), token)).toBe("401");
  });
});
