import Stripe from "stripe";
import {
  SUBSCRIPTION_STATUSES,
  type Subscription,
  type SubscriptionStatus,
} from "@/domain/billing/subscription";
import { InvalidWebhookError, type PaymentEvent, type PaymentsPort } from "./port";

/** Pinned: the shapes below are read as this version writes them. */
export const STRIPE_API_VERSION = "2026-10-28.endive";
/** Stripe's own default tolerance, stated: a delivery older than this is refused. */
const WEBHOOK_TOLERANCE_SECONDS = 300;

export interface StripeSettings {
  secretKey: string;
  webhookSecret: string;
  prices: { month: string; year: string };
  /** for tests: a local server standing in for api.stripe.com */
  host?: string;
  port?: number;
  protocol?: "http" | "https";
}

const asId = (value: string | { id: string } | null | undefined) =>
  typeof value === "string" ? value : value?.id;

function statusOf(status: string): SubscriptionStatus {
  return (SUBSCRIPTION_STATUSES as readonly string[]).includes(status)
    ? (status as SubscriptionStatus)
    : "incomplete";
}

/** Stripe's subscription object in mjpro's terms. The period end lives on the items since API 2025. */
export function subscriptionFromStripe(subscription: Stripe.Subscription, eventAt: number): Subscription {
  const item = subscription.items.data[0];
  return {
    subscriptionId: subscription.id,
    customerId: asId(subscription.customer) ?? "",
    status: statusOf(subscription.status),
    interval: item?.price.recurring?.interval === "year" ? "year" : "month",
    currentPeriodEnd: (item?.current_period_end ?? 0) * 1000,
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
    endedAt: subscription.ended_at ? subscription.ended_at * 1000 : null,
    eventAt,
  };
}

export function eventFromStripe(event: Stripe.Event): PaymentEvent {
  const createdAt = event.created * 1000;
  const base = { id: event.id, type: event.type, createdAt };
  switch (event.type) {
    case "checkout.session.completed": {
      const session = event.data.object;
      return {
        ...base,
        userId: session.client_reference_id ?? undefined,
        customerId: asId(session.customer),
        subscriptionId: asId(session.subscription),
      };
    }
    case "customer.subscription.created":
    case "customer.subscription.updated":
    case "customer.subscription.deleted": {
      const subscription = subscriptionFromStripe(event.data.object, createdAt);
      return {
        ...base,
        customerId: subscription.customerId,
        subscription,
        subscriptionId: subscription.subscriptionId,
      };
    }
    case "invoice.paid":
    case "invoice.payment_failed": {
      const invoice = event.data.object;
      const subscriptionId = asId(invoice.parent?.subscription_details?.subscription);
      return { ...base, customerId: asId(invoice.customer), subscriptionId };
    }
    default:
      return base;
  }
}

export function stripePayments(settings: StripeSettings): PaymentsPort {
  const stripe = new Stripe(settings.secretKey, {
    apiVersion: STRIPE_API_VERSION,
    maxNetworkRetries: 2,
    timeout: 10_000,
    telemetry: false,
    ...(settings.host ? { host: settings.host, port: settings.port, protocol: settings.protocol } : {}),
  });
  return {
    kind: "stripe",
    async createCheckout(request) {
      const customerId =
        request.customerId ??
        (
          await stripe.customers.create(
            { email: request.email, metadata: { userId: request.userId } },
            { idempotencyKey: `customer-${request.userId}` },
          )
        ).id;
      const session = await stripe.checkout.sessions.create(
        {
          mode: "subscription",
          customer: customerId,
          client_reference_id: request.userId,
          line_items: [{ price: settings.prices[request.interval], quantity: 1 }],
          success_url: request.successUrl,
          cancel_url: request.cancelUrl,
        },
        { idempotencyKey: request.idempotencyKey },
      );
      if (!session.url) throw new Error("Stripe returned a checkout session without a URL");
      return { url: session.url, customerId };
    },
    async prices() {
      const [month, year] = await Promise.all([
        stripe.prices.retrieve(settings.prices.month),
        stripe.prices.retrieve(settings.prices.year),
      ]);
      const price = (p: Stripe.Price) => ({ amount: p.unit_amount ?? 0, currency: p.currency });
      return { month: price(month), year: price(year) };
    },
    async retrieveCheckout(sessionId) {
      const session = await stripe.checkout.sessions.retrieve(sessionId);
      return {
        userId: session.client_reference_id ?? undefined,
        customerId: asId(session.customer),
        subscriptionId: asId(session.subscription),
      };
    },
    async cancelSubscription(subscriptionId) {
      try {
        await stripe.subscriptions.cancel(subscriptionId);
      } catch (error) {
        // already canceled or gone: the goal is reached
        if (error instanceof Stripe.errors.StripeInvalidRequestError) return;
        throw error;
      }
    },
    async deleteCustomer(customerId) {
      try {
        // Stripe keeps the invoices it must keep for accounting; the customer (name, email) goes
        await stripe.customers.del(customerId);
      } catch (error) {
        if (error instanceof Stripe.errors.StripeInvalidRequestError) return;
        throw error;
      }
    },
    async createPortal(request) {
      const session = await stripe.billingPortal.sessions.create({
        customer: request.customerId,
        return_url: request.returnUrl,
      });
      return { url: session.url };
    },
    readWebhook(rawBody, signature) {
      if (!signature) throw new InvalidWebhookError("missing Stripe-Signature header");
      try {
        return eventFromStripe(
          stripe.webhooks.constructEvent(
            rawBody,
            signature,
            settings.webhookSecret,
            WEBHOOK_TOLERANCE_SECONDS,
          ),
        );
      } catch (error) {
        if (error instanceof Stripe.errors.StripeSignatureVerificationError) {
          throw new InvalidWebhookError("signature or timestamp not valid");
        }
        throw error;
      }
    },
    async fetchSubscription(subscriptionId, eventAt) {
      return subscriptionFromStripe(await stripe.subscriptions.retrieve(subscriptionId), eventAt);
    },
  };
}
