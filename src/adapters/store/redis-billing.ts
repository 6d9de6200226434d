import type { Redis } from "ioredis";
import {
  effectiveSubscription,
  parseStoredSubscriptions,
  type Subscription,
  withSubscription,
} from "@/domain/billing/subscription";
import type { BillingStore, ClaimedMail, MailOutboxStore, OwedMail } from "./port";
import type { MultiKeyScriptName, ScriptName } from "./redis-commands";
import type { RedisKeys } from "./redis-keys";

/** What billing and its outbox need of the Redis store. */
export interface RedisBillingDeps {
  redis: Redis;
  keys: RedisKeys;
  runScript: (name: ScriptName, key: string, ...args: string[]) => Promise<unknown>;
  runMultiKeyScript: (
    name: MultiKeyScriptName,
    keys: readonly string[],
    args: readonly string[],
  ) => Promise<unknown>;
  guard: <T>(work: () => Promise<T>) => Promise<T>;
}

/**
 * Subscriptions, customers and the mail they owe. Marking a Stripe event seen and recording the
 * mails it owes is one script: the event markers and the outbox share the {outbox} slot.
 */
export function redisBillingStores({ redis, keys, runScript, runMultiKeyScript, guard }: RedisBillingDeps): {
  billing: BillingStore;
  outbox: MailOutboxStore;
} {
  const claimMail = async (id: string, now: number, leaseUntil: number): Promise<ClaimedMail | undefined> => {
    const fields = (await runMultiKeyScript(
      "claimMail",
      [keys.outboxDue, keys.outboxMail(id)],
      [id, String(now), String(leaseUntil)],
    )) as [string, string, string, string] | null;
    if (!fields) return undefined;
    const [userId, body, createdAt, attempts] = fields;
    return { id, userId, body, createdAt: Number(createdAt), attempt: Number(attempts) };
  };

  return {
    billing: {
      get: (userId) =>
        guard(async () => {
          const raw = await redis.get(keys.subscription(userId));
          return raw ? effectiveSubscription(parseStoredSubscriptions(raw)) : undefined;
        }),
      // read, merge with the domain rule, compare-and-set; a concurrent writer makes it go round again
      apply: (userId, state) =>
        guard(async () => {
          for (let attempt = 0; attempt < 10; attempt++) {
            const raw = (await redis.get(keys.subscription(userId))) ?? "";
            const stored = withSubscription(raw ? parseStoredSubscriptions(raw) : undefined, state);
            const effective = effectiveSubscription(stored) as Subscription;
            const next = JSON.stringify(stored);
            if (next === raw) return effective;
            if (Number(await runScript("compareAndSet", keys.subscription(userId), raw, next)) === 1)
              return effective;
          }
          throw new Error("billing: too many concurrent writers");
        }),
      linkCustomer: (userId, customerId) =>
        guard(async () => {
          await redis.set(keys.customer(userId), customerId, "NX");
          const linked = (await redis.get(keys.customer(userId))) as string;
          await redis.set(keys.customerIndex(linked), userId);
          return linked;
        }),
      customerOf: (userId) => guard(async () => (await redis.get(keys.customer(userId))) ?? undefined),
      userOfCustomer: (customerId) =>
        guard(async () => (await redis.get(keys.customerIndex(customerId))) ?? undefined),
      deleteAll: (userId) =>
        guard(async () => {
          const customerId = await redis.get(keys.customer(userId));
          if (customerId) await redis.del(keys.customerIndex(customerId));
          await redis.del(keys.customer(userId));
          await redis.del(keys.subscription(userId));
        }),
      firstDelivery: (eventId, ttlMs, owed = []) =>
        guard(async () => {
          if ((await redis.exists(keys.legacyEvent(eventId))) === 1) return false;
          const mailKeys = owed.flatMap((mail) => [keys.outboxMail(mail.id), keys.outboxOf(mail.userId)]);
          const mailArgs = owed.flatMap((mail: OwedMail) => [
            mail.id,
            mail.userId,
            mail.body,
            String(mail.createdAt),
          ]);
          const recorded = await runMultiKeyScript(
            "recordEvent",
            [keys.event(eventId), keys.outboxDue, ...mailKeys],
            [String(Math.max(1, Math.round(ttlMs))), ...mailArgs],
          );
          return Number(recorded) === 1;
        }),
    },
    outbox: {
      claimDue: (now, leaseUntil, limit) =>
        guard(async () => {
          const due = await redis.zrangebyscore(keys.outboxDue, "-inf", now, "LIMIT", 0, limit);
          const claimed: ClaimedMail[] = [];
          // each claim re-checks that the mail is still due: of racing claimers one gets it
          for (const id of due) {
            const mail = await claimMail(id, now, leaseUntil);
            if (mail) claimed.push(mail);
          }
          return claimed;
        }),
      claim: (id, now, leaseUntil) => guard(() => claimMail(id, now, leaseUntil)),
      settle: (mail) =>
        guard(async () => {
          await runMultiKeyScript(
            "settleMail",
            [keys.outboxDue, keys.outboxMail(mail.id), keys.outboxOf(mail.userId)],
            [mail.id, String(mail.attempt)],
          );
        }),
      retryAt: (mail, at) =>
        guard(async () => {
          await runMultiKeyScript(
            "retryMail",
            [keys.outboxDue, keys.outboxMail(mail.id)],
            [mail.id, String(mail.attempt), String(at)],
          );
        }),
      deleteAllOf: (userId) =>
        guard(async () => {
          const ids = await redis.smembers(keys.outboxOf(userId));
          const multi = redis.multi();
          if (ids.length > 0) {
            multi.del(...ids.map(keys.outboxMail));
            multi.zrem(keys.outboxDue, ...ids);
          }
          const results = await multi.del(keys.outboxOf(userId)).exec();
          const failed = results?.find(([error]) => error);
          if (!results || failed) throw failed?.[0] ?? new Error("transaction discarded");
        }),
    },
  };
}
