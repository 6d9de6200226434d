import { billingContext } from "@/server/billing";
import { errorResponse, methodNotAllowed, route } from "@/server/http";
import { getLog } from "@/server/log";
import { getPayments } from "@/server/payments";
import { readBodyText } from "@/server/request";
import { applyPaymentEvent } from "@/services/billing/apply-payment-event";

/** Far above any event Stripe sends, and still a bound: the body is read before its signature can be checked. */
const WEBHOOK_MAX_BYTES = 1024 * 1024;

/**
 * Stripe's deliveries: the raw body is verified as sent, then read (400 when malformed),
 * then applied once; unknown types get a 2xx. Stripe or the store not answering is a 503,
 * so Stripe delivers again; the notice an event owes is sent from the outbox.
 */
export const POST = route(async (request) => {
  const payments = getPayments();
  if (payments.kind !== "stripe") return errorResponse("not_found", "Stripe is not configured here.");
  const event = payments.readWebhook(
    await readBodyText(request, WEBHOOK_MAX_BYTES),
    request.headers.get("stripe-signature"),
  );
  const outcome = await applyPaymentEvent(billingContext(), event);
  getLog().info({ event: "payment_event", type: event.type, outcome });
  return Response.json({ received: true, outcome });
});

export const GET = methodNotAllowed(["POST"]);
