import { randomBytes, randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { redisStore } from "@/adapters/store/redis";
import { InvalidCodeError } from "@/services/auth/errors";
import { verifyCode } from "@/services/auth/verify-code";
import { type TestAuth, testAuth } from "../support/auth-context";

// Issue 16 part 3: someone who does not receive a person's mail cannot stop them signing in,
// while guessing stays bounded. Outcomes are compared as names, so no token is ever printed.

const MINUTE = 60_000;
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const victimIp = "198.51.100.10";
const attackerIp = "203.0.113.66";
const address = () => `victim-${randomUUID().slice(0, 8)}@example.com`;
const wrongFor = (code: string) => (code === "000000" ? "111111" : "000000");

let t: TestAuth;

beforeEach(() => {
  // the rate limits count with Date (SQLite), the codes with the context's clock: both move together
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Date.UTC(2026, 10, 26, 12));
  t = testAuth();
  t.ctx.clock = { now: () => Date.now() };
});

afterEach(() => {
  vi.useRealTimers();
});

const wait = (ms: number) => vi.setSystemTime(Date.now() + ms);

function outcome(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "signed in",
    (error: Error) => error.constructor.name,
  );
}

function signIn(email: string, sent: { challenge: string; code: string }, ip = victimIp) {
  return outcome(verifyCode(t.ctx, { email, ...sent, ip, ageConfirmed: true }));
}

/** Asks for a code as `ip`; undefined when refused. */
function trySend(email: string, ip: string) {
  return t.send(email, ip).catch(() => undefined);
}

/** Guesses wrong on a challenge until it is dead or the client is refused; the failures it made. */
async function guessOut(email: string, sent: { challenge: string; code: string }, ip: string) {
  let failures = 0;
  for (;;) {
    const error = await verifyCode(t.ctx, {
      email,
      challenge: sent.challenge,
      code: wrongFor(sent.code),
      ip,
      ageConfirmed: true,
    }).catch((e: unknown) => e);
    if (!(error instanceof InvalidCodeError)) return failures;
    failures += 1;
    if (error.attemptsLeft === 0) return failures;
  }
}

describe("nobody can lock someone else out", () => {
  it("105 wrong codes for the victim's email, with no challenge of the attacker's own, leave the victim's code working", async () => {
    // the attacker's address is not throttled here, to show what the account itself allows
    t.ctx.limits.verifyPerIp = { ...t.ctx.limits.verifyPerIp, points: 1_000 };
    const victim = address();
    const sent = await t.send(victim, victimIp);
    const answers = new Set<string>();
    for (let i = 0; i < 105; i++) {
      const challenge = randomBytes(16).toString("base64url");
      const code = String(i).padStart(6, "0");
      answers.add(
        await outcome(
          verifyCode(t.ctx, { email: victim, challenge, code, ip: attackerIp, ageConfirmed: true }),
        ),
      );
    }
    expect([...answers]).toEqual(["InvalidCodeError"]);
    expect(await signIn(victim, sent)).toBe("signed in");
  });

  it("105 wrong codes on the attacker's own challenges leave the victim's code, and a new one, working", async () => {
    t.ctx.limits.verifyPerIp = { ...t.ctx.limits.verifyPerIp, points: 1_000 };
    const victim = address();
    const before = await t.send(victim, victimIp);
    let guesses = 0;
    const own: { challenge: string; code: string }[] = [];
    for (let i = 0; i < 5; i++) {
      wait(MINUTE + 1_000);
      const sent = await trySend(victim, attackerIp);
      if (sent) own.push(sent);
    }
    expect(own.length).toBeGreaterThan(0);
    for (const sent of own) guesses += await guessOut(victim, sent, attackerIp);
    // the rest of the 105 on challenges that are used up
    for (; guesses < 105; guesses++) {
      const sent = own[guesses % own.length] as { challenge: string; code: string };
      await verifyCode(t.ctx, {
        email: victim,
        ...sent,
        code: wrongFor(sent.code),
        ip: attackerIp,
        ageConfirmed: true,
      }).catch(() => undefined);
    }
    expect(await signIn(victim, before)).toBe("signed in");
    wait(MINUTE + 1_000);
    const after = await t.send(victim, "198.51.100.11");
    expect(await signIn(victim, after, "198.51.100.11")).toBe("signed in");
  });

  it("an attacker spending sends from one client does not stop the victim's send from another", async () => {
    const victim = address();
    // the attacker's send this minute leaves the victim's send this minute alone
    expect(await trySend(victim, attackerIp)).toBeDefined();
    const first = await trySend(victim, victimIp);
    expect(first).toBeDefined();
    // the attacker spends everything its client may send, until refused
    const attackerSends: boolean[] = [];
    for (let i = 0; i < 6; i++) {
      wait(MINUTE + 1_000);
      attackerSends.push((await trySend(victim, attackerIp)) !== undefined);
    }
    expect(attackerSends.at(-1)).toBe(false);
    wait(MINUTE + 1_000);
    const second = await trySend(victim, victimIp);
    expect(second).toBeDefined();
    // both of the victim's codes still work: the attacker's requests replaced neither
    expect(await signIn(victim, first as { challenge: string; code: string })).toBe("signed in");
    expect(await signIn(victim, second as { challenge: string; code: string })).toBe("signed in");
  });

  it("a person refused while others spent the email's sends keeps their own budget for when it refills", async () => {
    const victim = address();
    // two attacker clients spend the email's hour (the known limit of a many-address attack)
    for (const ip of ["203.0.113.1", "203.0.113.2"]) {
      for (let i = 0; i < 3; i++) {
        expect(await trySend(victim, ip)).toBeDefined();
        wait(MINUTE + 1_000);
      }
    }
    expect(await trySend(victim, "203.0.113.3")).toBeUndefined();
    // the person tries again and again while the email's hour is spent
    for (let i = 0; i < 5; i++) {
      wait(5 * MINUTE);
      expect(await trySend(victim, victimIp)).toBeUndefined();
    }
    wait(30 * MINUTE);
    const sent = await trySend(victim, victimIp);
    expect(sent).toBeDefined();
    expect(await signIn(victim, sent as { challenge: string; code: string })).toBe("signed in");
  });

  it("holds failures to at most 100 in any hour from any number of clients, by the email's sends alone", async () => {
    // without the slow-down past 50 failures, the hourly bound must come from the sends
    t.ctx.limits.accountFailures = { ...t.ctx.limits.accountFailures, points: 1_000_000 };
    const victim = address();
    const live: { sent: { challenge: string; code: string }; ip: string }[] = [];
    let client = 1;
    const sendAll = async (most: number) => {
      for (let i = 0; i < most; i++) {
        // a new client each time: a refused request still spends its own client's budgets
        client += 1;
        const ip = `10.0.${client >> 8}.${client & 255}`;
        const sent = await trySend(victim, ip);
        if (!sent) return;
        live.push({ sent, ip });
      }
    };
    // every guess the server compares spends a point of the account's counter (none is right here)
    const failuresAt: number[] = [];
    const consume = t.ctx.store.limits.consume.bind(t.ctx.store.limits);
    t.ctx.store.limits.consume = (rule, key) => {
      if (rule.name === t.ctx.limits.accountFailures.name) failuresAt.push(Date.now());
      return consume(rule, key);
    };
    const guessAll = async () => {
      for (const { sent, ip } of live.splice(0)) await guessOut(victim, sent, ip);
    };
    // the worst timing: open the email's first window, send the rest of it at its end and
    // guess those codes just before they expire, with the second window's; then as fast as allowed
    for (let minute = 0; minute <= 240; minute++) {
      if (minute === 0) await sendAll(1);
      if (minute >= 55) await sendAll(20);
      if (minute === 64 || minute >= 120) await guessAll();
      wait(MINUTE);
    }
    const worstHour = Math.max(
      ...failuresAt.map((start) => failuresAt.filter((at) => at >= start && at < start + 60 * MINUTE).length),
    );
    expect(worstHour).toBe(85);
    expect(worstHour).toBeLessThanOrEqual(100);
  });

  it("bounds one client's failures on an account across codes and days, and the victim still signs in", async () => {
    const victim = address();
    let failures = 0;
    let refusedSends = 0;
    for (let step = 0; step < 3 * 24 * 3; step++) {
      const sent = await trySend(victim, attackerIp);
      if (sent) failures += await guessOut(victim, sent, attackerIp);
      else refusedSends += 1;
      wait(20 * MINUTE);
    }
    expect(failures).toBe(t.ctx.limits.failuresPerClient.points);
    expect(refusedSends).toBeGreaterThan(0);
    const sent = await t.send(victim, victimIp);
    expect(await signIn(victim, sent)).toBe("signed in");
    // the victim signing in does not give the attacker's client its guesses back
    expect(await trySend(victim, attackerIp)).toBeUndefined();
  });

  it("past the account's failure bound a new code allows one guess, a right one still signs in, and signing in restores five", async () => {
    const victim = address();
    const bound = t.ctx.limits.accountFailures.points;
    let failures = 0;
    for (let client = 1; failures < bound; client++) {
      const sent = await trySend(victim, `192.0.2.${client}`);
      if (sent) failures += await guessOut(victim, sent, `192.0.2.${client}`);
      else wait(60 * MINUTE);
    }
    wait(60 * MINUTE);
    const mistyped = await t.send(victim, victimIp);
    await expect(
      verifyCode(t.ctx, {
        email: victim,
        ...mistyped,
        code: wrongFor(mistyped.code),
        ip: victimIp,
        ageConfirmed: true,
      }),
    ).rejects.toMatchObject({ attemptsLeft: 0 });
    expect(await signIn(victim, mistyped)).toBe("InvalidCodeError");
    wait(MINUTE + 1_000);
    expect(await signIn(victim, await t.send(victim, victimIp))).toBe("signed in");
    wait(MINUTE + 1_000);
    const later = await t.send(victim, victimIp);
    await expect(
      verifyCode(t.ctx, {
        email: victim,
        ...later,
        code: wrongFor(later.code),
        ip: victimIp,
        ageConfirmed: true,
      }),
    ).rejects.toMatchObject({ attemptsLeft: 4 });
  });
});

describe("on Redis too", () => {
  it("the attacker's wrong codes and own codes leave the victim's code working", async () => {
    const prefix = `test:${randomUUID()}:`;
    const store = redisStore({ url: REDIS_URL, prefix });
    try {
      t = testAuth(store);
      // Redis counts its windows in real time: the limits that are not the subject here are widened
      t.ctx.limits.verifyPerIp = { ...t.ctx.limits.verifyPerIp, points: 1_000 };
      t.ctx.limits.sendPerClientMinute = { ...t.ctx.limits.sendPerClientMinute, points: 10 };
      const victim = address();
      const sent = await t.send(victim, victimIp);
      const own = [await t.send(victim, attackerIp), await t.send(victim, attackerIp)];
      for (const code of own) await guessOut(victim, code, attackerIp);
      for (let i = 0; i < 95; i++) {
        const challenge = randomBytes(16).toString("base64url");
        await verifyCode(t.ctx, {
          email: victim,
          challenge,
          code: "123456",
          ip: attackerIp,
          ageConfirmed: true,
        }).catch(() => undefined);
      }
      expect(await signIn(victim, sent)).toBe("signed in");
    } finally {
      await store.close();
      const admin = new Redis(REDIS_URL);
      const left = await admin.keys(`${prefix}*`);
      if (left.length > 0) await admin.del(...left);
      admin.disconnect();
    }
  });
});
