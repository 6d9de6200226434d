import type { MailPort } from "@/adapters/mail/port";
import type { PaymentEvent, PaymentsPort } from "@/adapters/payments/port";
import type { Store } from "@/adapters/store/port";
import { RETENTION_MS } from "@/domain/privacy/retention";
import { type BillingNotice, renderBillingNotice } from "@/emails/billing-notice";
import { recordSubscription } from "./record-subscription";

export interface BillingContext {
  store: Store;
  payments: PaymentsPort;
  mail: MailPort;
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
 * event is marked seen, so a store failure makes the provider retry; side effects (mail)
 * happen only for the first delivery.
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

  if (!(await ctx.store.billing.firstDelivery(event.id, EVENT_MEMORY_MS))) return "duplicate";
  const notice = NOTICES[event.type];
  if (notice) {
    const ended = stored?.endedAt ?? event.createdAt;
    const mail = await renderBillingNotice(notice, {
      until: stored?.currentPeriodEnd,
      dataKeptUntil: ended + RETENTION_MS,
    });
    await ctx.mail.send({ to: user.email, ...mail });
  }
  return "applied";
}
