import "server-only";
import type { BillingContext } from "@/services/billing/apply-payment-event";
import { getMail } from "./mail";
import { getPayments } from "./payments";
import { getStore } from "./store";

export function billingContext(): BillingContext {
  return { store: getStore(), payments: getPayments(), mail: getMail().port };
}
