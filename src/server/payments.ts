import "server-only";
import type { PaymentsPort } from "@/adapters/payments/port";
import { stripePayments } from "@/adapters/payments/stripe";
import { getEnv } from "./env";

let cached: PaymentsPort | undefined;

/** Stripe when its keys are set; undefined otherwise (the local checkout arrives with the rest of Pro). */
export function getPayments(): PaymentsPort | undefined {
  if (cached) return cached;
  const env = getEnv();
  if (env.STRIPE_SECRET_KEY && env.STRIPE_WEBHOOK_SECRET && env.STRIPE_PRICE_MONTH && env.STRIPE_PRICE_YEAR) {
    cached = stripePayments({
      secretKey: env.STRIPE_SECRET_KEY,
      webhookSecret: env.STRIPE_WEBHOOK_SECRET,
      prices: { month: env.STRIPE_PRICE_MONTH, year: env.STRIPE_PRICE_YEAR },
    });
  }
  return cached;
}
