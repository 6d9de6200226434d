import {
  effectiveSubscription,
  parseStoredSubscriptions,
  type Subscription,
  type SubscriptionSet,
  withSubscription,
} from "@/domain/billing/subscription";
import type { BillingStore, ClaimedMail, MailOutboxStore, OwedMail } from "./port";
import type { SqliteDb } from "./sqlite-driver";

interface OutboxRow {
  id: string;
  user_id: string;
  body: string;
  created_at: number;
  attempts: number;
}

const toClaimed = (row: OutboxRow): ClaimedMail => ({
  id: row.id,
  userId: row.user_id,
  body: row.body,
  createdAt: row.created_at,
  attempt: row.attempts,
});

/**
 * Subscriptions, customers and the mail they owe. Marking a Stripe event seen and recording the
 * mails it owes is one transaction.
 */
export function sqliteBillingStores(
  db: SqliteDb,
  guard: <T>(work: () => T) => Promise<T>,
): { billing: BillingStore; outbox: MailOutboxStore } {
  const statements = {
    subscriptionOf: db.prepare<[string], { subscription: string | null }>(
      "select subscription from billing where user_id = ?",
    ),
    putSubscription: db.prepare(
      `insert into billing (user_id, subscription) values (?, ?)
       on conflict (user_id) do update set subscription = excluded.subscription`,
    ),
    ensureBilling: db.prepare("insert into billing (user_id) values (?) on conflict do nothing"),
    linkCustomer: db.prepare("update billing set customer_id = ? where user_id = ? and customer_id is null"),
    customerOf: db.prepare<[string], { customer_id: string | null }>(
      "select customer_id from billing where user_id = ?",
    ),
    userOfCustomer: db.prepare<[string], { user_id: string }>(
      "select user_id from billing where customer_id = ?",
    ),
    deleteBilling: db.prepare("delete from billing where user_id = ?"),
    forgetOldEvents: db.prepare("delete from billing_events where forget_at <= ?"),
    recordEvent: db.prepare(
      "insert into billing_events (event_id, forget_at) values (?, ?) on conflict do nothing",
    ),
    oweMail: db.prepare<OwedMail>(
      `insert into mail_outbox (id, user_id, body, created_at, due_at)
       values (@id, @userId, @body, @createdAt, @createdAt) on conflict (id) do nothing`,
    ),
    dueMail: db.prepare<[number, number], { id: string }>(
      "select id from mail_outbox where due_at <= ? order by due_at, id limit ?",
    ),
    claimMail: db.prepare<{ id: string; now: number; leaseUntil: number }, OutboxRow>(
      `update mail_outbox set attempts = attempts + 1, due_at = @leaseUntil
       where id = @id and due_at <= @now
       returning id, user_id, body, created_at, attempts`,
    ),
    settleMail: db.prepare("delete from mail_outbox where id = ? and attempts = ?"),
    retryMail: db.prepare("update mail_outbox set due_at = ? where id = ? and attempts = ?"),
    deleteOwedMail: db.prepare("delete from mail_outbox where user_id = ?"),
  };

  const recordEvent = db.transaction((eventId: string, ttlMs: number, owed: readonly OwedMail[]) => {
    const now = Date.now();
    statements.forgetOldEvents.run(now);
    if (statements.recordEvent.run(eventId, now + ttlMs).changes !== 1) return false;
    for (const mail of owed) statements.oweMail.run(mail);
    return true;
  });

  const claimMail = (id: string, now: number, leaseUntil: number) => {
    const row = statements.claimMail.get({ id, now, leaseUntil });
    return row ? toClaimed(row) : undefined;
  };
  // the write lock is taken before the pick (every transaction begins immediate), so two processes never pick the same mail
  const claimDueMail = db.transaction((now: number, leaseUntil: number, limit: number) =>
    statements.dueMail
      .all(now, limit)
      .map(({ id }) => claimMail(id, now, leaseUntil))
      .filter((mail): mail is ClaimedMail => mail !== undefined),
  );

  const readSubscriptions = (userId: string): SubscriptionSet | undefined => {
    const row = statements.subscriptionOf.get(userId);
    return row?.subscription ? parseStoredSubscriptions(row.subscription) : undefined;
  };

  return {
    billing: {
      get: (userId) => guard(() => effectiveSubscription(readSubscriptions(userId))),
      apply: (userId, state) =>
        guard(() =>
          db.transaction(() => {
            const stored = withSubscription(readSubscriptions(userId), state);
            statements.putSubscription.run(userId, JSON.stringify(stored));
            return effectiveSubscription(stored) as Subscription;
          })(),
        ),
      linkCustomer: (userId, customerId) =>
        guard(() =>
          db.transaction(() => {
            statements.ensureBilling.run(userId);
            statements.linkCustomer.run(customerId, userId);
            return statements.customerOf.get(userId)?.customer_id as string;
          })(),
        ),
      customerOf: (userId) => guard(() => statements.customerOf.get(userId)?.customer_id ?? undefined),
      userOfCustomer: (customerId) => guard(() => statements.userOfCustomer.get(customerId)?.user_id),
      deleteAll: (userId) =>
        guard(() => {
          statements.deleteBilling.run(userId);
        }),
      firstDelivery: (eventId, ttlMs, owed = []) => guard(() => recordEvent(eventId, ttlMs, owed)),
    },
    outbox: {
      claimDue: (now, leaseUntil, limit) => guard(() => claimDueMail(now, leaseUntil, limit)),
      claim: (id, now, leaseUntil) => guard(() => claimMail(id, now, leaseUntil)),
      settle: (mail) =>
        guard(() => {
          statements.settleMail.run(mail.id, mail.attempt);
        }),
      retryAt: (mail, at) =>
        guard(() => {
          statements.retryMail.run(at, mail.id, mail.attempt);
        }),
      deleteAllOf: (userId) =>
        guard(() => {
          statements.deleteOwedMail.run(userId);
        }),
    },
  };
}
