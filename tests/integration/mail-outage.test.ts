import { afterAll, describe, expect, it } from "vitest";
import type { MailMessage, MailPort } from "@/adapters/mail/port";
import { StoreUnavailableError } from "@/adapters/store/port";
import { redisStore } from "@/adapters/store/redis";
import { MAIL_RETRY } from "@/domain/mail/retry";
import type { OutboxLogEntry } from "@/services/mail/context";
import { drainOutbox } from "@/services/mail/drain-outbox";
import { owedMail } from "@/services/mail/owed-message";
import { newAccount } from "../support/accounts";
import { ownRedis } from "../support/own-redis";

const redis = await ownRedis();

afterAll(redis.kill);

describe("owed mail through a store outage", () => {
  it("loses nothing and sends nothing twice when the store dies before the drain, and between a send and its record", async () => {
    await redis.start();
    const store = redisStore({ url: redis.url, commandTimeoutMs: 500 });
    let now = Date.UTC(2026, 11, 2);
    const delivered: MailMessage[] = [];
    const keys: (string | undefined)[] = [];
    const seen = new Set<string>();
    let killDuringSend = false;
    const mail: MailPort = {
      async send(message, options = {}) {
        keys.push(options.idempotencyKey);
        // the provider deduplicates by key, as Resend does
        if (options.idempotencyKey && seen.has(options.idempotencyKey)) return;
        if (options.idempotencyKey) seen.add(options.idempotencyKey);
        delivered.push(message);
        if (killDuringSend) await redis.kill();
      },
    };
    const logs: OutboxLogEntry[] = [];
    const ctx = {
      store,
      mail,
      clock: { now: () => now },
      retry: MAIL_RETRY,
      log: (e: OutboxLogEntry) => void logs.push(e),
    };
    try {
      const account = await newAccount(store, { createdAt: now });
      const owe = (eventId: string) =>
        owedMail({
          eventId,
          userId: account.id,
          createdAt: now,
          body: { kind: "billing_notice", notice: "payment_failed" },
        });
      expect(await store.billing.firstDelivery("evt_outage_1", 60_000, [owe("evt_outage_1")])).toBe(true);

      // the store is gone when the drain runs: it fails, and nothing is sent or lost
      await redis.kill();
      await expect(drainOutbox(ctx, { limit: 10 })).rejects.toBeInstanceOf(StoreUnavailableError);
      expect(delivered).toHaveLength(0);
      await redis.start();
      await waitFor(() => store.ping());
      expect(await drainOutbox(ctx, { limit: 10 })).toMatchObject({ sent: 1 });
      expect(delivered).toHaveLength(1);

      // the store dies after the mail went out and before it was recorded as sent
      expect(await store.billing.firstDelivery("evt_outage_2", 60_000, [owe("evt_outage_2")])).toBe(true);
      killDuringSend = true;
      await expect(drainOutbox(ctx, { limit: 10 })).rejects.toBeInstanceOf(StoreUnavailableError);
      killDuringSend = false;
      expect(delivered).toHaveLength(2);
      await redis.start();
      await waitFor(() => store.ping());
      // the claim survived the restart: nobody sends it within its lease, the retry after it is a no-op at the provider
      expect(await drainOutbox(ctx, { limit: 10 })).toMatchObject({ sent: 0 });
      now += MAIL_RETRY.leaseMs;
      expect(await drainOutbox(ctx, { limit: 10 })).toMatchObject({ sent: 1 });
      expect(keys.slice(1)).toEqual([
        "mjpro-mail-evt_outage_2:payment_failed",
        "mjpro-mail-evt_outage_2:payment_failed",
      ]);
      expect(delivered.map((m) => m.subject)).toEqual([
        "Your mjpro payment did not go through",
        "Your mjpro payment did not go through",
      ]);
      now += 86_400_000;
      expect(await drainOutbox(ctx, { limit: 10 })).toMatchObject({ sent: 0 });
    } finally {
      await store.close();
    }
  }, 30_000);
});

async function waitFor(check: () => Promise<unknown>): Promise<void> {
  for (let tries = 0; tries < 50; tries++) {
    if (
      await check().then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the store did not come back");
}
