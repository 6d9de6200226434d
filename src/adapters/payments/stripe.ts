import Stripe from "stripe";
import { InvalidWebhookError, type PaymentsPort, PaymentsUnavailableError } from "./port";
import { eventFromStripe, stripeSubscription, subscriptionFromStripe } from "./stripe-event";

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
  /** the clock webhook ages are measured against, ms */
  now?: () => number;
}

const asId = (value: string | { id: string } | null | undefined) =>
  typeof value === "string" ? value : value?.id;

/** The signed timestamp of a Stripe-Signature header; the last `t=` counts, as in Stripe's own parser. */
function signedAt(header: string): number | undefined {
  const times = [...header.matchAll(/(?:^|,)\s*t=(\d{1,12})(?=,|$)/g)];
  const last = times.at(-1)?.[1];
  return last === undefined ? undefined : Number(last);
}

/** Errors that say Stripe could not be reached or could not answer now: worth a retry later. */
function isOutage(error: unknown): boolean {
  return (
    error instanceof Stripe.errors.StripeConnectionError ||
    error instanceof Stripe.errors.StripeAPIError ||
    error instanceof Stripe.errors.StripeRateLimitError ||
    (error instanceof Stripe.errors.StripeError && (error.statusCode ?? 0) >= 500)
  );
}

/** Every call to Stripe's API goes through here, so an outage is a 503 and never a 500. */
async function callStripe<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isOutage(error))
      throw new PaymentsUnavailableError(`Stripe did not answer (${what})`, { cause: error });
    throw error;
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
  const now = settings.now ?? Date.now;
  return {
    kind: "stripe",
    async createCheckout(request) {
      const customerId =
        request.customerId ??
        (
          await callStripe("create customer", () =>
            stripe.customers.create(
              { email: request.email, metadata: { userId: request.userId } },
              { idempotencyKey: `customer-${request.userId}` },
            ),
          )
        ).id;
      const session = await callStripe("create checkout", () =>
        stripe.checkout.sessions.create(
          {
            mode: "subscription",
            customer: customerId,
            client_reference_id: request.userId,
            line_items: [{ price: settings.prices[request.interval], quantity: 1 }],
            success_url: request.successUrl,
            cancel_url: request.cancelUrl,
          },
          { idempotencyKey: request.idempotencyKey },
        ),
      );
      if (!session.url) throw new Error("Stripe returned a checkout session without a URL");
      return { url: session.url, customerId };
    },
    async prices() {
      const [month, year] = await callStripe("read prices", () =>
        Promise.all([
          stripe.prices.retrieve(settings.prices.month),
          stripe.prices.retrieve(settings.prices.year),
        ]),
      );
      const price = (p: Stripe.Price) => ({ amount: p.unit_amount ?? 0, currency: p.currency });
      return { month: price(month), year: price(year) };
    },
    async retrieveCheckout(sessionId) {
      const session = await callStripe("read checkout", () => stripe.checkout.sessions.retrieve(sessionId));
      return {
        userId: session.client_reference_id ?? undefined,
        customerId: asId(session.customer),
        subscriptionId: asId(session.subscription),
      };
    },
    async cancelSubscription(subscriptionId) {
      try {
        await callStripe("cancel subscription", () => stripe.subscriptions.cancel(subscriptionId));
      } catch (error) {
        // already canceled or gone: the goal is reached
        if (error instanceof Stripe.errors.StripeInvalidRequestError) return;
        throw error;
      }
    },
    async deleteCustomer(customerId) {
      try {
        // Stripe keeps the invoices it must keep for accounting; the customer (name, email) goes
        await callStripe("delete customer", () => stripe.customers.del(customerId));
      } catch (error) {
        if (error instanceof Stripe.errors.StripeInvalidRequestError) return;
        throw error;
      }
    },
    async createPortal(request) {
      const session = await callStripe("create portal", () =>
        stripe.billingPortal.sessions.create({
          customer: request.customerId,
          return_url: request.returnUrl,
        }),
      );
      return { url: session.url };
    },
    readWebhook(rawBody, signature) {
      if (!signature) throw new InvalidWebhookError("missing Stripe-Signature header");
      const receivedAt = now();
      const verifier = stripe.webhooks.signature;
      if (!verifier) throw new Error("the Stripe SDK has no signature helper");
      try {
        // the signature first, on the raw body exactly as sent; Stripe's check refuses old deliveries only
        verifier.verifyHeader(
          rawBody,
          signature,
          settings.webhookSecret,
          WEBHOOK_TOLERANCE_SECONDS,
          undefined,
          receivedAt,
        );
      } catch (error) {
        if (error instanceof Stripe.errors.StripeSignatureVerificationError) {
          throw new InvalidWebhookError("signature or timestamp not valid");
        }
        throw error;
      }
      // a delivery or an event dated ahead of our clock by more than the tolerance would
      // outrank every later state of the subscription (the newest event wins): refused
      const latest = receivedAt + WEBHOOK_TOLERANCE_SECONDS * 1000;
      if ((signedAt(signature) ?? 0) * 1000 > latest) {
        throw new InvalidWebhookError("signed in the future, beyond the tolerance");
      }
      let json: unknown;
      try {
        json = JSON.parse(rawBody);
      } catch {
        // not the parser's message: it may quote the body
        throw new InvalidWebhookError("the body is not JSON", "malformed_event");
      }
      const parsed = eventFromStripe(json);
      if (!parsed.ok)
        throw new InvalidWebhookError(`not an event mjpro can read (${parsed.problem})`, "malformed_event");
      if (parsed.event.createdAt > latest) {
        throw new InvalidWebhookError("the event is dated in the future, beyond the tolerance");
      }
      return parsed.event;
    },
    async fetchSubscription(subscriptionId, eventAt) {
      const subscription = await callStripe("read subscription", () =>
        stripe.subscriptions.retrieve(subscriptionId),
      );
      const parsed = stripeSubscription.safeParse(subscription);
      if (!parsed.success) throw new Error("Stripe answered a subscription mjpro cannot read");
      return subscriptionFromStripe(parsed.data, eventAt);
    },
  };
}
