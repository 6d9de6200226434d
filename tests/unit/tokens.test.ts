import fc from "fast-check";
import * as jose from "jose";
import { describe, expect, it, vi } from "vitest";
import { TOKEN_TTL_SECONDS } from "@/domain/auth/policy";
import type { AuthKeys, Clock } from "@/services/auth/context";
import { UnauthorizedError } from "@/services/auth/errors";
import { issueToken, readToken } from "@/services/auth/tokens";

// jose's own check, counted: a remembered token must not go through it again
vi.mock("jose", async (importOriginal) => {
  const actual = await importOriginal<typeof import("jose")>();
  return { ...actual, jwtVerify: vi.fn(actual.jwtVerify) };
});

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

describe("readToken remembers checked tokens", () => {
  it("answers a remembered token as a first check would, at any time", async () => {
    const keys = keysOf(1);
    const token = await issueToken(keys, at(T0), { userId: "u_1", version: 3 });
    expect(await outcome(keys, at(T0), token)).toEqual({ userId: "u_1", version: 3 });
    const ttlMs = TOKEN_TTL_SECONDS * 1000;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: -ttlMs, max: 2 * ttlMs }), async (offset) => {
        const clock = at(T0 + offset);
        // a fresh copy of the keys has nothing remembered: jose checks everything
        const fresh = await outcome({ ...keys }, clock, token);
        expect(await outcome(keys, clock, token)).toEqual(fresh);
      }),
      { numRuns: 200 },
    );
    // the edges, each on a remembered token: a second before issue, the last valid second,
    // the first expired one (which forgets it)
    expect(await outcome(keys, at(T0 - 1000), token)).toBe("401");
    expect(await outcome(keys, at(T0 + ttlMs - 1000), token)).not.toBe("401");
    expect(await outcome(keys, at(T0 + ttlMs), token)).toBe("401");
  });

  it("checks a token's signature once, then only its times", async () => {
    const keys = keysOf(4);
    const token = await issueToken(keys, at(T0), { userId: "u_4", version: 2 });
    const verify = vi.mocked(jose.jwtVerify);
    verify.mockClear();
    for (let i = 0; i < 5; i++) expect(await outcome(keys, at(T0 + i * 1000), token)).not.toBe("401");
    expect(verify).toHaveBeenCalledTimes(1);
  });

  it("never accepts an altered token or another key's token because a good one was remembered", async () => {
    const keys = keysOf(2);
    const token = await issueToken(keys, at(T0), { userId: "u_2", version: 1 });
    expect(await outcome(keys, at(T0), token)).not.toBe("401");
    const [header, payload, signature] = token.split(".") as [string, string, string];
    const flipped = `${signature.slice(0, -2)}${signature.endsWith("AA") ? "AB" : "AA"}`;
    expect(await outcome(keys, at(T0), `${header}.${payload}.${flipped}`)).toBe("401");
    const forged = await issueToken(keysOf(3), at(T0), { userId: "u_2", version: 1 });
    expect(await outcome(keys, at(T0), forged)).toBe("401");
    // and a token remembered under one key set is not accepted under another
    expect(await outcome(keysOf(3), at(T0), token)).toBe("401");
  });
});
