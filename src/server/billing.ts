import "server-only";
import type { BillingContext } from "@/services/billing/apply-payment-event";
import { outboxContext } from "./outbox";
import { getPayments } from "./payments";

export function billingContext(): BillingContext {
  return { ...outboxContext(), payments: getPayments() };
}
