import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { MailDeliveryError, type MailMessage, type MailPort } from "@/adapters/mail/port";
import type { PaymentEvent } from "@/adapters/payments/port";
import { type Store, StoreUnavailableError } from "@/adapters/store/port";
import { redisStore } from "@/adapters/store/redis";
import { sqliteStore } from "@/adapters/store/sqlite";
import { LIMITS } from "@/domain/auth/policy";
import type { Subscription } from "@/domain/billing/subscription";
import { exponentialBackoff, MAIL_RETRY, type MailRetryPolicy } from "@/domain/mail/retry";
import { applyPaymentEvent } from "@/services/billing/apply-payment-event";
import type { OutboxLogEntry } from "@/services/mail/context";
import { drainOutbox } from "@/services/mail/drain-outbox";
import { deleteAccount } from "@/services/privacy/delete-account";
import { newAccount, recordingPayments } from "../support/accounts";
import { fixtureCatalog } from "../support/catalog-fixture";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const redisPrefix = `test:${randomUUID()}:`;
const stores: { kind: string; store: Store }[] = [
  {
    kind: "sqlite",
    store: sqliteStore({ file: path.join(mkdtempSync(path.join(tmpdir(), "mjpro-owed-")), "s.db") }),
  },
  { kind: "redis", store: redisStore({ url: REDIS_URL, prefix: redisPrefix, commandTimeoutMs: 10_000 }) },
];

afterAll(async () => {
  for (const { store } of stores) await store.close();
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${redisPrefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

/**
 * A mail provider that behaves as Resend does with idempotency keys: a key seen before
 * sends nothing again. `failures` sends fail first; `delivered` is what reached inboxes.
 */
function fakeResend(failures = 0) {
  const delivered: MailMessage[] = [];
  const attempts: (string | undefined)[] = [];
  const keys = new Set<string>();
  let failuresLeft = failures;
  const port: MailPort = {
    async send(message, options = {}) {
      attempts.push(options.idempotencyKey);
      if (failuresLeft > 0) {
        failuresLeft--;
        throw new MailDeliveryError("Resend did not accept the message (internal_server_error, status 500)");
      }
      if (options.idempotencyKey) {
        if (keys.has(options.idempotencyKey)) return;
        keys.add(options.idempotencyKey);
      }
      delivered.push(message);
    },
  };
  return { port, delivered, attempts, failForever: () => (failuresLeft = Number.POSITIVE_INFINITY) };
}

describe.each(stores)("owed mail ($kind)", ({ store }) => {
  // each test moves its own clock, later than any before, so mails left due by one test stay out of the next's way
  let now = Date.UTC(2026, 11, 1);
  const logs: OutboxLogEntry[] = [];
  const context = (mail: MailPort, retry: MailRetryPolicy = MAIL_RETRY) => ({
    store,
    mail,
    clock: { now: () => now },
    retry,
    log: (entry: OutboxLogEntry) => void logs.push(entry),
    payments: recordingPayments().payments,
  });

  async function subscriber() {
    const account = await newAccount(store, { createdAt: now });
    const subscription: Subscription = {
      subscriptionId: `sub_${account.id.slice(4, 16)}`,
      customerId: `cus_${account.id.slice(4, 16)}`,
      status: "active",
      interval: "month",
      currentPeriodEnd: now + 30 * 86_400_000,
      cancelAtPeriodEnd: false,
      endedAt: null,
      eventAt: now,
    };
    const paid: PaymentEvent = {
      id: `evt_${randomUUID().replaceAll("-", "")}`,
      type: "invoice.paid",
      createdAt: now,
      userId: account.id,
      customerId: subscription.customerId,
      subscription,
    };
    return { account, paid };
  }

  it("sends the notice once though the provider fails the first try: the event is applied, the mail retried after its backoff", async () => {
    now += 86_400_000;
    const resend = fakeResend(1);
    const ctx = context(resend.port);
    const { account, paid } = await subscriber();

    expect(await applyPaymentEvent(ctx, paid)).toBe("applied");
    expect(resend.delivered).toHaveLength(0);
    expect(logs.at(-1)).toMatchObject({ event: "mail_retry", attempt: 1 });
    // the provider delivers the event again: applied already, nothing more is owed
    expect(await applyPaymentEvent(ctx, paid)).toBe("duplicate");

    now += MAIL_RETRY.delayAfter(1) - 1;
    expect(await drainOutbox(ctx, { limit: 50 })).toMatchObject({ sent: 0 });
    now += 1;
    expect(await drainOutbox(ctx, { limit: 50 })).toMatchObject({ sent: 1, retrying: 0 });
    now += 86_400_000;
    expect(await drainOutbox(ctx, { limit: 50 })).toMatchObject({ sent: 0 });

    expect(resend.delivered.map((m) => [m.to, m.subject])).toEqual([
      [account.email, "Your mjpro Pro payment went through"],
    ]);
    // both tries carried the same key
    expect(new Set(resend.attempts).size).toBe(1);
    expect(resend.attempts[0]).toBe(`mjpro-mail-${paid.id}:payment_confirmed`);
  });

  it("sends nothing twice when the store fails between the send and recording it sent", async () => {
    now += 86_400_000;
    const resend = fakeResend();
    const { paid } = await subscriber();
    let failSettle = true;
    const flaky: Store = {
      ...store,
      outbox: {
        ...store.outbox,
        settle: async (mail) => {
          if (failSettle) {
            failSettle = false;
            throw new StoreUnavailableError("redis: command failed");
          }
          return store.outbox.settle(mail);
        },
      },
    };
    const ctx = { ...context(resend.port), store: flaky };
    // the event is applied; its mail went out, but the store did not hear it
    expect(await applyPaymentEvent(ctx, paid)).toBe("applied");
    expect(resend.delivered).toHaveLength(1);
    expect(logs.at(-1)).toMatchObject({ event: "mail_deferred" });

    // within the lease nobody touches it; after it, the retry reaches the provider with the same key
    now += MAIL_RETRY.leaseMs - 1;
    expect(await drainOutbox(ctx, { limit: 50 })).toMatchObject({ sent: 0 });
    now += 1;
    expect(await drainOutbox(ctx, { limit: 50 })).toMatchObject({ sent: 1 });
    expect(resend.attempts).toHaveLength(2);
    expect(resend.attempts[1]).toBe(resend.attempts[0]);
    expect(resend.delivered).toHaveLength(1);
    now += 86_400_000;
    expect(await drainOutbox(ctx, { limit: 50 })).toMatchObject({ sent: 0 });
  });

  it("backs off exponentially up to a cap, and gives up after the last try with a log line", async () => {
    now += 86_400_000;
    const resend = fakeResend();
    resend.failForever();
    const retry: MailRetryPolicy = {
      leaseMs: 1000,
      maxAttempts: 5,
      delayAfter: exponentialBackoff(100, 300),
    };
    const ctx = context(resend.port, retry);
    const { paid } = await subscriber();
    const before = logs.length;
    const started = now;

    await applyPaymentEvent(ctx, paid);
    const waits: number[] = [];
    for (let tries = 1; tries < 5; tries++) {
      const entry = logs.at(-1) as OutboxLogEntry;
      expect(entry).toMatchObject({ event: "mail_retry", attempt: tries });
      const due = Date.parse(entry.retryAt as string);
      waits.push(due - now);
      now = due;
      await drainOutbox(ctx, { limit: 50 });
    }
    expect(waits).toEqual([100, 200, 300, 300]);
    expect(logs.slice(before).map((l) => l.event)).toEqual([
      "mail_retry",
      "mail_retry",
      "mail_retry",
      "mail_retry",
      "mail_given_up",
    ]);
    expect(logs.at(-1)).toMatchObject({ event: "mail_given_up", attempt: 5 });
    // no address or subject in any line
    expect(JSON.stringify(logs)).not.toMatch(/@example\.com|Pro payment/);
    // forgotten: nothing is tried again
    now = started + 86_400_000;
    expect(await drainOutbox(ctx, { limit: 50 })).toEqual({ sent: 0, retrying: 0, givenUp: 0, dropped: 0 });
    expect(resend.attempts).toHaveLength(5);
    expect(resend.delivered).toHaveLength(0);
  });

  it("forgets what was owed to a deleted account: deletion removes it, and a mail left over is dropped unsent", async () => {
    now += 86_400_000;
    const resend = fakeResend(1);
    const ctx = {
      ...context(resend.port),
      hmacKey: Buffer.alloc(32, 3),
      limits: LIMITS,
      catalog: fixtureCatalog([]),
    };
    const { account, paid } = await subscriber();
    await applyPaymentEvent(ctx, paid);
    await deleteAccount(ctx, account);
    now += 86_400_000;
    expect(await drainOutbox(ctx, { limit: 50 })).toEqual({ sent: 0, retrying: 0, givenUp: 0, dropped: 0 });

    // an event that raced the deletion: its mail is owed to no one any more
    const late = await subscriber();
    const resendLate = fakeResend(1);
    const lateCtx = context(resendLate.port);
    await applyPaymentEvent(lateCtx, late.paid);
    await store.users.delete(late.account.id, `key-${late.account.id}`);
    now += 86_400_000;
    expect(await drainOutbox(lateCtx, { limit: 50 })).toMatchObject({ sent: 0, dropped: 1 });
    expect(resendLate.delivered).toHaveLength(0);
  });
});
