import { errorResponse, methodNotAllowed, route } from "@/server/http";
import { getLog } from "@/server/log";
import { getMail } from "@/server/mail";
import { getPayments } from "@/server/payments";
import { readBodyText } from "@/server/request";
import { getStore } from "@/server/store";
import { applyPaymentEvent } from "@/services/billing/apply-payment-event";

/** Far above any event Stripe sends, and still a bound: the body is read before its signature can be checked. */
const WEBHOOK_MAX_BYTES = 1024 * 1024;

/** Stripe's deliveries: the raw body is verified as sent, then applied once; unknown types get a 2xx. */
export const POST = route(async (request) => {
  const payments = getPayments();
  if (payments.kind !== "stripe") return errorResponse(404, "not_found", "Stripe is not configured here.");
  const event = payments.readWebhook(
    await readBodyText(request, WEBHOOK_MAX_BYTES),
    request.headers.get("stripe-signature"),
  );
  const outcome = await applyPaymentEvent({ store: getStore(), payments, mail: getMail().port }, event);
  getLog().info({ event: "payment_event", type: event.type, outcome });
  return Response.json({ received: true, outcome });
});

export const GET = methodNotAllowed(["POST"]);
