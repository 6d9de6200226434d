import type { Subscription } from "@/domain/billing/subscription";
import { AppError } from "@/domain/errors";

/**
 * A payment provider event, reshaped into mjpro's own terms so no service ever
 * touches a vendor SDK type (adapters: stripe, local).
 */
export interface PaymentEvent {
  id: string;
  type: string;
  /** when the provider created the event, ms */
  createdAt: number;
  customerId?: string;
  /** the person, when the event carries it (checkout's client_reference_id) */
  userId?: string;
  /** the subscription as the event carries it, when it does */
  subscription?: Subscription;
  /** the subscription the event is about, when it carries only its id */
  subscriptionId?: string;
}

export interface Price {
  /** in the currency's smallest unit */
  amount: number;
  currency: string;
}

export interface CheckoutRequest {
  userId: string;
  email: string;
  /** the person's customer at the provider, when they have one already */
  customerId?: string;
  interval: "month" | "year";
  successUrl: string;
  cancelUrl: string;
  /** the same key for a retried request makes the provider answer the same session */
  idempotencyKey: string;
}

export interface PaymentsPort {
  kind: "stripe" | "local";
  /** Opens a subscription checkout; creates the customer first when there is none. */
  createCheckout(request: CheckoutRequest): Promise<{ url: string; customerId: string }>;
  /** The two prices, as the person will be charged. */
  prices(): Promise<Record<"month" | "year", Price>>;
  /** A checkout as the provider has it now (the success page trusts this, never the redirect). */
  retrieveCheckout(
    sessionId: string,
  ): Promise<{ userId?: string; customerId?: string; subscriptionId?: string }>;
  /** Ends a subscription at once (account deletion); one already ended is fine. */
  cancelSubscription(subscriptionId: string): Promise<void>;
  /** Deletes the provider's customer record, email included (account deletion); a missing one is fine. */
  deleteCustomer(customerId: string): Promise<void>;
  /** Opens the provider's page where the person manages or cancels. */
  createPortal(request: { customerId: string; returnUrl: string }): Promise<{ url: string }>;
  /** Checks the signature and age of a webhook delivery; throws InvalidWebhookError. */
  readWebhook(rawBody: string, signature: string | null): PaymentEvent;
  /** The subscription as the provider has it now, stamped with `eventAt`. */
  fetchSubscription(subscriptionId: string, eventAt: number): Promise<Subscription>;
}

/**
 * A webhook delivery refused (400): `invalid_webhook` when its signature or age is wrong,
 * `malformed_event` when it is correctly signed but not an event of the expected shape.
 */
export class InvalidWebhookError extends AppError {
  constructor(message: string, code: "invalid_webhook" | "malformed_event" = "invalid_webhook") {
    super(code, message);
    this.name = "InvalidWebhookError";
  }
}

/** The provider's API did not answer (unreachable, timed out, its own 5xx or rate limit): the API answers 503. */
export class PaymentsUnavailableError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("payments_unavailable", message, options);
    this.name = "PaymentsUnavailableError";
  }
}
