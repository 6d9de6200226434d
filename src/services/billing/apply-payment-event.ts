import type { PaymentEvent, PaymentsPort } from "@/adapters/payments/port";
import { RETENTION_MS } from "@/domain/privacy/retention";
import type { BillingNotice } from "@/emails/billing-notice";
import type { OutboxContext } from "../mail/context";
import { deliverOwedMail } from "../mail/deliver-owed-mail";
import { owedMail } from "../mail/owed-message";
import { recordSubscription } from "./record-subscription";

export interface BillingContext extends OutboxContext {
  payments: PaymentsPort;
}

/** How long an event id is remembered: longer than Stripe retries a delivery (3 days). */
const EVENT_MEMORY_MS = 30 * 24 * 60 * 60 * 1000;

const HANDLED = new Set([
  "checkout.session.completed",
  "invoice.paid",
  "invoice.payment_failed",
  "customer.subscription.created",
  "customer.subscription.updated",
  "customer.subscription.deleted",
]);

const NOTICES: Record<string, BillingNotice> = {
  "invoice.paid": "payment_confirmed",
  "invoice.payment_failed": "payment_failed",
  "customer.subscription.deleted": "subscription_ended",
};

export type EventOutcome = "applied" | "duplicate" | "ignored";

/**
 * Applies one payment event. The subscription state always comes from the subscription
 * object (carried or fetched) stamped with the event's time, and merging keeps the newest,
 * so duplicates and out-of-order deliveries converge. The state is written before the
 * event is marked seen, so a store failure makes the provider retry. The notice the event
 * owes is recorded in the same step that marks it seen (the outbox), then sent right
 * away; a send that fails stays owed and is retried (services/mail/drain-outbox).
 */
export async function applyPaymentEvent(ctx: BillingContext, event: PaymentEvent): Promise<EventOutcome> {
  if (!HANDLED.has(event.type)) return "ignored";
  const userId =
    event.userId ?? (event.customerId ? await ctx.store.billing.userOfCustomer(event.customerId) : undefined);
  if (!userId) return "ignored";
  const user = await ctx.store.users.get(userId);
  if (!user) return "ignored";
  if (event.customerId) await ctx.store.billing.linkCustomer(userId, event.customerId);

  const state =
    event.subscription ??
    (event.subscriptionId
      ? await ctx.payments.fetchSubscription(event.subscriptionId, event.createdAt)
      : undefined);
  const stored = state ? await recordSubscription(ctx.store, userId, state) : undefined;

  const notice = NOTICES[event.type];
  const owed = notice
    ? [
        owedMail({
          eventId: event.id,
          userId,
          createdAt: ctx.clock.now(),
          body: {
            kind: "billing_notice",
            notice,
            until: stored?.currentPeriodEnd,
            dataKeptUntil: (stored?.endedAt ?? event.createdAt) + RETENTION_MS,
          },
        }),
      ]
    : [];
  if (!(await ctx.store.billing.firstDelivery(event.id, EVENT_MEMORY_MS, owed))) return "duplicate";
  await deliverOwedMail(
    ctx,
    owed.map((mail) => mail.id),
  );
  return "applied";
}
