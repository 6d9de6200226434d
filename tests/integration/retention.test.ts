import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import type { MailMessage } from "@/adapters/mail/port";
import type { PaymentEvent } from "@/adapters/payments/port";
import type { Store } from "@/adapters/store/port";
import { redisStore } from "@/adapters/store/redis";
import { sqliteStore } from "@/adapters/store/sqlite";
import { LIMITS } from "@/domain/auth/policy";
import type { Subscription } from "@/domain/billing/subscription";
import { MAIL_RETRY } from "@/domain/mail/retry";
import { applyPaymentEvent } from "@/services/billing/apply-payment-event";
import { runRetention } from "@/services/privacy/run-retention";
import { newAccount, recordingPayments } from "../support/accounts";
import { fixtureCatalog } from "../support/catalog-fixture";

/** No image belongs to a catalog style here: popularity counts stay out of these tests. */
const noStyles = () => undefined;

const DAY = 24 * 60 * 60 * 1000;
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const redisPrefix = `test:${randomUUID()}:`;
const stores: { kind: string; store: Store }[] = [
  {
    kind: "sqlite",
    store: sqliteStore({ file: path.join(mkdtempSync(path.join(tmpdir(), "mjpro-ret-")), "s.db") }),
  },
  // a slow machine must not look like an outage here (outages have their own tests)
  { kind: "redis", store: redisStore({ url: REDIS_URL, prefix: redisPrefix, commandTimeoutMs: 10_000 }) },
];

afterAll(async () => {
  for (const { store } of stores) await store.close();
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${redisPrefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

describe.each(stores)("retention ($kind)", ({ store }) => {
  const mails: MailMessage[] = [];
  // a provider that accepts any id (the local checkout refuses non-local ones)
  const { payments, deletedCustomers } = recordingPayments();
  const ctx = {
    store,
    payments,
    mail: { send: async (message: MailMessage) => void mails.push(message) },
    clock: { now: () => Date.now() },
    retry: MAIL_RETRY,
    log: () => undefined,
    hmacKey: Buffer.alloc(32, 7),
    limits: LIMITS,
    catalog: fixtureCatalog([]),
  };
  const start = Date.UTC(2026, 0, 1);

  /** A person who subscribed on `start` and whose subscription ended on `endedAt`. */
  async function personWhoseSubscriptionEnded(endedAt: number) {
    const { id, email } = await newAccount(store, { createdAt: start });
    const customerId = `cus_${id.slice(4, 16)}`;
    const subscription: Subscription = {
      subscriptionId: `sub_${id.slice(4, 16)}`,
      customerId,
      status: "active",
      interval: "month",
      currentPeriodEnd: endedAt,
      cancelAtPeriodEnd: true,
      endedAt: null,
      eventAt: start,
    };
    await applyPaymentEvent(ctx, event("customer.subscription.created", subscription, id));
    const ended = { ...subscription, status: "canceled" as const, endedAt, eventAt: endedAt };
    await applyPaymentEvent(ctx, event("customer.subscription.deleted", ended, id));
    return { id, email, customerId, subscription: ended };
  }

  function event(type: string, subscription: Subscription, userId?: string): PaymentEvent {
    return {
      id: `evt_${randomUUID().replaceAll("-", "")}`,
      type,
      createdAt: subscription.eventAt,
      customerId: subscription.customerId,
      userId,
      subscription,
    };
  }

  it("keeps the account on day 89 and deletes it on day 90, sending no mail", async () => {
    const ended = Date.UTC(2026, 2, 1);
    const person = await personWhoseSubscriptionEnded(ended);
    expect(await store.retention.scheduledAt(person.id)).toBe(ended + 90 * DAY);
    await store.likes.apply(person.id, [{ imageId: "img_kept", liked: true, at: ended }], 0, noStyles);
    mails.length = 0;

    await runRetention(ctx, { now: ended + 89 * DAY });
    expect(await store.users.get(person.id)).toBeDefined();
    expect(await store.likes.get(person.id)).toHaveLength(1);

    const run = await runRetention(ctx, { now: ended + 90 * DAY });
    expect(run.deleted).toBeGreaterThanOrEqual(1);
    expect(await store.users.get(person.id)).toBeUndefined();
    expect(await store.likes.get(person.id)).toEqual([]);
    expect(await store.billing.get(person.id)).toBeUndefined();
    expect(await store.retention.scheduledAt(person.id)).toBeUndefined();
    expect(deletedCustomers).toContain(person.customerId);
    expect(mails).toEqual([]);

    // a late event about the deleted account (Stripe retries for days) mails no one
    const outcome = await applyPaymentEvent(ctx, event("invoice.paid", person.subscription));
    expect(outcome).toBe("ignored");
    expect(mails).toEqual([]);
    // and a second run finds nothing more to do
    expect(await runRetention(ctx, { now: ended + 91 * DAY })).toMatchObject({ deleted: 0, failed: 0 });
  });

  it("cancels the deletion when the person subscribes again on day 60", async () => {
    const ended = Date.UTC(2026, 3, 1);
    const person = await personWhoseSubscriptionEnded(ended);
    const again: Subscription = {
      ...person.subscription,
      subscriptionId: `${person.subscription.subscriptionId}_2`,
      status: "active",
      currentPeriodEnd: ended + 90 * DAY,
      cancelAtPeriodEnd: false,
      endedAt: null,
      eventAt: ended + 60 * DAY,
    };
    await applyPaymentEvent(ctx, event("customer.subscription.created", again, person.id));
    expect(await store.retention.scheduledAt(person.id)).toBeUndefined();

    for (const day of [90, 120, 400]) await runRetention(ctx, { now: ended + day * DAY });
    expect(await store.users.get(person.id)).toBeDefined();
    expect((await store.billing.get(person.id))?.status).toBe("active");
  });

  it("re-checks the subscription: a stale schedule never deletes a subscriber", async () => {
    const ended = Date.UTC(2026, 4, 1);
    const person = await personWhoseSubscriptionEnded(ended);
    await applyPaymentEvent(
      ctx,
      event(
        "customer.subscription.created",
        {
          ...person.subscription,
          subscriptionId: "sub_back_again",
          status: "active",
          endedAt: null,
          currentPeriodEnd: ended + 365 * DAY,
          eventAt: ended + DAY,
        },
        person.id,
      ),
    );
    // as if the schedule write had been lost after the resubscribe
    await store.retention.schedule(person.id, ended + 90 * DAY);
    const run = await runRetention(ctx, { now: ended + 90 * DAY });
    expect(run.rescheduled).toBeGreaterThanOrEqual(1);
    expect(await store.users.get(person.id)).toBeDefined();
    expect(await store.retention.scheduledAt(person.id)).toBeUndefined();
  });

  it("keeps the schedule when a later checkout never goes through, and schedules unpaid ones", async () => {
    const ended = Date.UTC(2026, 6, 1);
    const person = await personWhoseSubscriptionEnded(ended);
    const failed = {
      ...person.subscription,
      subscriptionId: "sub_never_paid",
      status: "incomplete_expired" as const,
      endedAt: null,
      eventAt: ended + 10 * DAY,
    };
    await applyPaymentEvent(ctx, event("customer.subscription.updated", failed, person.id));
    expect(await store.retention.scheduledAt(person.id)).toBe(ended + 90 * DAY);

    const unpaid = await personWhoseSubscriptionEnded(ended);
    const later = {
      ...unpaid.subscription,
      subscriptionId: `${unpaid.subscription.subscriptionId}_u`,
      status: "unpaid" as const,
      endedAt: null,
      eventAt: ended + 5 * DAY,
    };
    await applyPaymentEvent(ctx, event("customer.subscription.updated", later, unpaid.id));
    expect(await store.retention.scheduledAt(unpaid.id)).toBe(ended + 95 * DAY);
  });

  it("never schedules someone whose other subscription is live (a duplicate was cancelled)", async () => {
    const start2 = Date.UTC(2026, 7, 1);
    const { id } = await newAccount(store);
    const base: Subscription = {
      subscriptionId: "sub_main",
      customerId: `cus_${id}`,
      status: "active",
      interval: "year",
      currentPeriodEnd: start2 + 365 * DAY,
      cancelAtPeriodEnd: false,
      endedAt: null,
      eventAt: start2,
    };
    await applyPaymentEvent(ctx, event("customer.subscription.created", base, id));
    await applyPaymentEvent(
      ctx,
      event(
        "customer.subscription.deleted",
        {
          ...base,
          subscriptionId: "sub_dup",
          status: "canceled",
          endedAt: start2 + DAY,
          eventAt: start2 + DAY,
        },
        id,
      ),
    );
    expect(await store.retention.scheduledAt(id)).toBeUndefined();
    await runRetention(ctx, { now: start2 + 200 * DAY });
    expect(await store.users.get(id)).toBeDefined();
  });

  it("ends with the schedule of the final state when deliveries race", async () => {
    for (let round = 0; round < 10; round++) {
      const { id } = await newAccount(store);
      const endedAt = Date.UTC(2026, 8, 1);
      const live: Subscription = {
        subscriptionId: `sub_${id}`,
        customerId: `cus_${id}`,
        status: "active",
        interval: "month",
        currentPeriodEnd: endedAt,
        cancelAtPeriodEnd: true,
        endedAt: null,
        eventAt: endedAt - DAY,
      };
      const ended: Subscription = { ...live, status: "canceled", endedAt, eventAt: endedAt };
      await Promise.all([
        applyPaymentEvent(ctx, event("customer.subscription.updated", live, id)),
        applyPaymentEvent(ctx, event("customer.subscription.deleted", ended, id)),
      ]);
      expect(await store.retention.scheduledAt(id)).toBe(endedAt + 90 * DAY);
    }
  });

  it("goes on past an account whose deletion fails, and tries it again next run", async () => {
    const ended = Date.UTC(2026, 9, 1);
    const failing = await personWhoseSubscriptionEnded(ended);
    const fine = await personWhoseSubscriptionEnded(ended);
    const flaky = {
      ...ctx,
      payments: {
        ...payments,
        deleteCustomer: async (customerId: string) => {
          if (customerId === failing.customerId) throw new Error("provider timeout");
        },
      },
    };
    await store.billing.linkCustomer(failing.id, failing.customerId);
    const run = await runRetention(flaky, { now: ended + 90 * DAY });
    expect(run.failed).toBe(1);
    expect(await store.users.get(fine.id)).toBeUndefined();
    expect(await store.users.get(failing.id)).toBeDefined();
    expect(await store.retention.scheduledAt(failing.id)).toBe(ended + 90 * DAY);
    await runRetention(ctx, { now: ended + 91 * DAY });
    expect(await store.users.get(failing.id)).toBeUndefined();
  });

  it("deletes many due accounts in one run, past one batch", async () => {
    const ended = Date.UTC(2026, 5, 1);
    const people = [];
    for (let i = 0; i < 120; i++) people.push(await personWhoseSubscriptionEnded(ended));
    const run = await runRetention(ctx, { now: ended + 90 * DAY });
    expect(run.deleted).toBeGreaterThanOrEqual(120);
    for (const person of people) expect(await store.users.get(person.id)).toBeUndefined();
  }, 60_000);
});
