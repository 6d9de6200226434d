import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { redisStore } from "@/adapters/store/redis";
import { authenticate } from "@/services/auth/authenticate";
import {
  AgeConfirmationRequiredError,
  ExpiredCodeError,
  InvalidCodeError,
  RateLimitedError,
} from "@/services/auth/errors";
import { requestCode } from "@/services/auth/request-code";
import { signOutEverywhere } from "@/services/auth/sign-out-everywhere";
import { verifyCode } from "@/services/auth/verify-code";
import { testAuth } from "../support/auth-context";

const email = () => `p${randomUUID().slice(0, 8)}@example.com`;
const ip = "203.0.113.7";

afterEach(() => {
  vi.useRealTimers();
});

describe("sign-in by emailed code", () => {
  it("creates the account on first sign-in with the age confirmation time, and finds it after", async () => {
    const t = testAuth();
    const address = email();
    const first = await verifyCode(t.ctx, {
      email: address,
      ...(await t.send(address, ip)),
      ip,
      ageConfirmed: true,
    });
    const user = await authenticate(t.ctx, first.token);
    expect(user.email).toBe(address);
    expect(user.ageConfirmedAt).toBe(t.ctx.clock.now());

    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 61_000);
    const again = await verifyCode(t.ctx, {
      email: address,
      ...(await t.send(address, ip)),
      ip,
      ageConfirmed: false,
    });
    expect(again.user.id).toBe(first.user.id);
  });

  it("requires confirming age 16+ to create an account, without using up the code", async () => {
    const t = testAuth();
    const address = email();
    const sent = await t.send(address, ip);
    await expect(
      verifyCode(t.ctx, { email: address, ...sent, ip, ageConfirmed: false }),
    ).rejects.toBeInstanceOf(AgeConfirmationRequiredError);
    await expect(
      verifyCode(t.ctx, { email: address, ...sent, ip, ageConfirmed: true }),
    ).resolves.toHaveProperty("token");
  });

  it("accepts a code at 599 s and refuses it at 601 s", async () => {
    const early = testAuth();
    const a = email();
    const sentEarly = await early.send(a, ip);
    early.advance(599_000);
    await expect(
      verifyCode(early.ctx, { email: a, ...sentEarly, ip, ageConfirmed: true }),
    ).resolves.toHaveProperty("token");

    const late = testAuth();
    const b = email();
    const sentLate = await late.send(b, ip);
    late.advance(601_000);
    await expect(
      verifyCode(late.ctx, { email: b, ...sentLate, ip, ageConfirmed: true }),
    ).rejects.toBeInstanceOf(ExpiredCodeError);
  });

  it("uses a code once", async () => {
    const t = testAuth();
    const address = email();
    const sent = await t.send(address, ip);
    await verifyCode(t.ctx, { email: address, ...sent, ip, ageConfirmed: true });
    await expect(
      verifyCode(t.ctx, { email: address, ...sent, ip, ageConfirmed: true }),
    ).rejects.toBeInstanceOf(InvalidCodeError);
  });

  it("refuses the 6th guess on a challenge even when it is right", async () => {
    const t = testAuth();
    const address = email();
    const { challenge, code } = await t.send(address, ip);
    const wrong = code === "000000" ? "111111" : "000000";
    const left: number[] = [];
    for (let i = 0; i < 5; i++) {
      await verifyCode(t.ctx, { email: address, challenge, code: wrong, ip, ageConfirmed: true }).catch(
        (error: InvalidCodeError) => left.push(error.attemptsLeft),
      );
    }
    expect(left).toEqual([4, 3, 2, 1, 0]);
    await expect(
      verifyCode(t.ctx, { email: address, challenge, code, ip, ageConfirmed: true }),
    ).rejects.toBeInstanceOf(InvalidCodeError);
  });

  it("takes a code only with the challenge its request answered", async () => {
    const t = testAuth();
    const address = email();
    const first = await t.send(address, ip);
    const second = await t.send(address, "203.0.113.8");
    // the first code with the second request's challenge is a wrong code, and the reverse
    await expect(
      verifyCode(t.ctx, {
        email: address,
        challenge: second.challenge,
        code: first.code,
        ip,
        ageConfirmed: true,
      }),
    ).rejects.toBeInstanceOf(InvalidCodeError);
    await expect(
      verifyCode(t.ctx, {
        email: address,
        challenge: first.challenge,
        code: first.code,
        ip,
        ageConfirmed: true,
      }),
    ).resolves.toHaveProperty("token");
    // a challenge belongs to its email
    await expect(
      verifyCode(t.ctx, { email: email(), ...second, ip, ageConfirmed: true }),
    ).rejects.toBeInstanceOf(InvalidCodeError);
    await expect(
      verifyCode(t.ctx, { email: address, ...second, ip, ageConfirmed: true }),
    ).resolves.toHaveProperty("token");
  });

  it("counts parallel guesses atomically: a burst cannot get past 5 attempts (Redis)", async () => {
    const store = redisStore({ url: "redis://127.0.0.1:6379", prefix: `test:${randomUUID()}:` });
    try {
      const t = testAuth(store);
      const address = email();
      const { challenge, code } = await t.send(address, ip);
      const guesses = Array.from({ length: 30 }, (_, i) =>
        String((Number(code) + 1 + i) % 1_000_000).padStart(6, "0"),
      );
      const outcomes = await Promise.allSettled(
        guesses.map((guess, i) =>
          verifyCode(t.ctx, {
            email: address,
            challenge,
            code: guess,
            ip: `192.0.2.${i}`,
            ageConfirmed: true,
          }),
        ),
      );
      const left = outcomes.map((o) =>
        o.status === "rejected" && o.reason instanceof InvalidCodeError ? o.reason.attemptsLeft : "other",
      );
      expect(left.filter((n) => n !== 0).sort()).toEqual([1, 2, 3, 4]);
      expect(left.filter((n) => n === 0)).toHaveLength(26);
      await expect(
        verifyCode(t.ctx, { email: address, challenge, code, ip, ageConfirmed: true }),
      ).rejects.toBeInstanceOf(InvalidCodeError);
    } finally {
      await store.close();
    }
  });

  it("gives a new code its own tries, but does not reset the client's failure count", async () => {
    const t = testAuth();
    t.ctx.limits.failuresPerClient = { ...t.ctx.limits.failuresPerClient, points: 5 };
    const address = email();
    const first = await t.send(address, ip);
    const wrongFor = (code: string) => (code === "999999" ? "888888" : "999999");
    for (let i = 0; i < 4; i++) {
      await expect(
        verifyCode(t.ctx, { email: address, ...first, code: wrongFor(first.code), ip, ageConfirmed: true }),
      ).rejects.toBeInstanceOf(InvalidCodeError);
    }
    t.ctx.limits.sendPerClientMinute = { ...t.ctx.limits.sendPerClientMinute, points: 9 };
    const fresh = await t.send(address, ip);
    await expect(
      verifyCode(t.ctx, { email: address, ...fresh, code: wrongFor(fresh.code), ip, ageConfirmed: true }),
    ).rejects.toMatchObject({ attemptsLeft: 4 });
    // the client's 5 failures are spent: even the right code waits, from this client
    await expect(
      verifyCode(t.ctx, { email: address, ...fresh, ip, ageConfirmed: true }),
    ).rejects.toBeInstanceOf(RateLimitedError);
  });

  it("signs in exactly one of two concurrent correct verifications (Redis)", async () => {
    const store = redisStore({ url: "redis://127.0.0.1:6379", prefix: `test:${randomUUID()}:` });
    try {
      for (let round = 0; round < 5; round++) {
        const t = testAuth(store);
        const address = email();
        const sent = await t.send(address, `192.0.2.${round}`);
        const attempts = await Promise.allSettled([
          verifyCode(t.ctx, { email: address, ...sent, ip: "192.0.2.100", ageConfirmed: true }),
          verifyCode(t.ctx, { email: address, ...sent, ip: "192.0.2.101", ageConfirmed: true }),
        ]);
        expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
      }
    } finally {
      await store.close();
    }
  });

  it("kills every earlier token when the person signs out everywhere", async () => {
    const t = testAuth();
    const address = email();
    const { token } = await verifyCode(t.ctx, {
      email: address,
      ...(await t.send(address, ip)),
      ip,
      ageConfirmed: true,
    });
    const user = await authenticate(t.ctx, token);
    await signOutEverywhere(t.ctx, user);
    await expect(authenticate(t.ctx, token)).rejects.toThrow(/Sign in again/);
  });

  it("never stores the code itself", async () => {
    const t = testAuth();
    const address = email();
    const { challenge, code } = await t.send(address, ip);
    const { challengeKeyOf, emailKeyOf } = await import("@/services/auth/crypto");
    const stored = await t.ctx.store.codes.get(
      emailKeyOf(t.ctx.keys.hmacKey, address),
      challengeKeyOf(t.ctx.keys.hmacKey, challenge),
      t.ctx.clock.now(),
    );
    expect(stored?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.hash).not.toContain(code);
  });

  it("prints the code in the server log in local mode only", async () => {
    for (const local of [true, false]) {
      const t = testAuth();
      const lines: string[] = [];
      t.ctx.revealCodesInLog = local;
      t.ctx.log = (line) => lines.push(line);
      const address = email();
      await requestCode(t.ctx, { email: address, ip });
      const code = t.lastCode(address);
      expect(lines.some((line) => line.includes(code))).toBe(local);
    }
  });
});

describe("per-address limits", () => {
  it("count an address by a keyed hash: the store never holds the IP, and one address still meets its limit", async () => {
    const t = testAuth();
    const keys: string[] = [];
    const consume = t.ctx.store.limits.consume.bind(t.ctx.store.limits);
    t.ctx.store.limits.consume = (rule, key) => {
      keys.push(key);
      return consume(rule, key);
    };
    t.ctx.limits.sendPerIpHour = { ...t.ctx.limits.sendPerIpHour, points: 2 };
    const ip = "203.0.113.77";
    await requestCode(t.ctx, { email: "a@example.com", ip });
    t.advance(61_000);
    await requestCode(t.ctx, { email: "b@example.com", ip });
    await expect(requestCode(t.ctx, { email: "c@example.com", ip })).rejects.toThrow(/Too many codes/);
    await verifyCode(t.ctx, {
      email: "a@example.com",
      challenge: "A".repeat(22),
      code: "000000",
      ip,
      ageConfirmed: true,
    }).catch(() => undefined);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.some((key) => key.includes(ip) || key.includes("203.0.113"))).toBe(false);
  });
});
