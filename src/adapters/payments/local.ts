import { randomUUID } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { Subscription } from "@/domain/billing/subscription";
import { InvalidWebhookError, type PaymentEvent, type PaymentsPort } from "./port";

const DAY = 24 * 60 * 60 * 1000;

interface LocalSession {
  userId: string;
  customerId: string;
  interval: "month" | "year";
  expiresAt: number;
}

/** As Stripe's: an open checkout expires after a day. */
export const LOCAL_SESSION_LIFETIME_MS = DAY;
/** Open checkouts kept at most; the oldest go first (a click storm cannot grow memory). */
export const LOCAL_SESSION_LIMIT = 1000;
/** Subscriptions remembered for fetchSubscription; the least recently written go first. */
const LOCAL_SUBSCRIPTION_LIMIT = 10_000;

/** The buttons of the local test checkout and portal. */
export const LOCAL_ACTIONS = [
  "complete",
  "cancel_at_period_end",
  "resume",
  "switch_interval",
  "cancel_now",
  "end_period",
] as const;
export type LocalAction = (typeof LOCAL_ACTIONS)[number];

/**
 * The embedded payments provider: a local test checkout that charges nothing. Its
 * actions produce the same events Stripe would send, which go through the very same
 * service (applyPaymentEvent), so the local flow exercises what production runs.
 * State is kept in memory, bounded: open checkouts expire after a day (at most 1,000 are
 * kept), and a restart forgets them, never a stored subscription.
 */
export function localPayments(options: { now: () => number }): PaymentsPort & {
  /** the event a local action stands for, as Stripe would send it */
  act(
    action: LocalAction,
    input: { userId: string; sessionId?: string; current?: Subscription },
  ): PaymentEvent;
  session(sessionId: string): LocalSession | undefined;
} {
  // read with peek, which leaves the order alone: past the bound the oldest session (so the
  // first to expire, as each lives a day) and the least recently written subscription go first
  const sessions = new LRUCache<string, LocalSession>({ max: LOCAL_SESSION_LIMIT });
  const subscriptions = new LRUCache<string, Subscription>({ max: LOCAL_SUBSCRIPTION_LIMIT });
  const liveSession = (sessionId: string | undefined) => {
    if (!sessionId) return undefined;
    const session = sessions.peek(sessionId);
    if (session && session.expiresAt <= options.now()) {
      sessions.delete(sessionId);
      return undefined;
    }
    return session;
  };
  const event = (
    type: string,
    subscription: Subscription,
    extra: Partial<PaymentEvent> = {},
  ): PaymentEvent => {
    subscriptions.set(subscription.subscriptionId, subscription);
    return {
      id: `evt_local_${randomUUID().replaceAll("-", "")}`,
      type,
      createdAt: subscription.eventAt,
      customerId: subscription.customerId,
      subscription,
      subscriptionId: subscription.subscriptionId,
      ...extra,
    };
  };

  return {
    kind: "local",
    async createCheckout(request) {
      const sessionId = `cs_local_${randomUUID().replaceAll("-", "")}`;
      const customerId = request.customerId ?? `cus_local_${request.userId.slice(4, 20)}`;
      sessions.set(sessionId, {
        userId: request.userId,
        customerId,
        interval: request.interval,
        expiresAt: options.now() + LOCAL_SESSION_LIFETIME_MS,
      });
      return { url: `/billing/local-checkout/${sessionId}`, customerId };
    },
    async prices() {
      // demo prices of the local checkout: nothing is ever charged
      return { month: { amount: 800, currency: "eur" }, year: { amount: 7200, currency: "eur" } };
    },
    async retrieveCheckout() {
      // a local checkout is applied when it is paid; there is nothing to fetch afterwards
      return {};
    },
    async cancelSubscription(subscriptionId) {
      // a real (Stripe) subscription reached through a misconfigured instance must not be
      // "cancelled" here while it keeps charging: refuse, so the deletion stops before it starts
      if (!subscriptionId.startsWith("sub_local_")) {
        throw new Error(
          `${subscriptionId} is not a local test subscription; set the STRIPE_* settings to cancel it at Stripe`,
        );
      }
      subscriptions.delete(subscriptionId);
    },
    async deleteCustomer(customerId) {
      // the local checkout keeps no customer records; a real one must be deleted at Stripe
      if (!customerId.startsWith("cus_local_")) {
        throw new Error(
          `${customerId} is not a local test customer; set the STRIPE_* settings to delete it at Stripe`,
        );
      }
    },
    async createPortal() {
      return { url: "/billing/local-portal" };
    },
    readWebhook() {
      throw new InvalidWebhookError("the local checkout sends no webhooks");
    },
    async fetchSubscription(subscriptionId, eventAt) {
      const known = subscriptions.peek(subscriptionId);
      if (!known) throw new Error(`local payments: no subscription ${subscriptionId}`);
      return { ...known, eventAt };
    },
    session: (sessionId) => liveSession(sessionId),
    act(action, input) {
      const now = options.now();
      if (action === "complete") {
        const session = liveSession(input.sessionId);
        if (!session || session.userId !== input.userId) throw new InvalidWebhookError("no such checkout");
        sessions.delete(input.sessionId as string);
        const period = session.interval === "year" ? 365 * DAY : 30 * DAY;
        const subscription: Subscription = {
          subscriptionId: `sub_local_${randomUUID().replaceAll("-", "").slice(0, 16)}`,
          customerId: session.customerId,
          status: "active",
          interval: session.interval,
          currentPeriodEnd: now + period,
          cancelAtPeriodEnd: false,
          endedAt: null,
          eventAt: now,
        };
        // Stripe sends checkout.session.completed and invoice.paid; the paid invoice is what mails the receipt
        return event("invoice.paid", subscription, { userId: input.userId });
      }
      const current = input.current;
      if (!current) throw new InvalidWebhookError("no subscription to change");
      switch (action) {
        case "cancel_at_period_end":
          return event("customer.subscription.updated", {
            ...current,
            cancelAtPeriodEnd: true,
            eventAt: now,
          });
        case "resume":
          return event("customer.subscription.updated", {
            ...current,
            cancelAtPeriodEnd: false,
            eventAt: now,
          });
        case "switch_interval": {
          // as Stripe does when a portal switch changes the interval: a new period starts now
          const interval = current.interval === "month" ? "year" : "month";
          return event("customer.subscription.updated", {
            ...current,
            interval,
            currentPeriodEnd: now + (interval === "year" ? 365 : 30) * DAY,
            eventAt: now,
          });
        }
        case "cancel_now":
          return event("customer.subscription.deleted", {
            ...current,
            status: "canceled",
            endedAt: now,
            eventAt: now,
          });
        case "end_period":
          // what Stripe's test clocks do: time reaches the end of the period, which
          // ends a subscription set to cancel and renews any other
          return current.cancelAtPeriodEnd
            ? event("customer.subscription.deleted", {
                ...current,
                status: "canceled",
                currentPeriodEnd: now,
                endedAt: now,
                eventAt: now,
              })
            : event("invoice.paid", {
                ...current,
                currentPeriodEnd: now + (current.interval === "year" ? 365 : 30) * DAY,
                eventAt: now,
              });
      }
    },
  };
}
