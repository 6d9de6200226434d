import "server-only";
import { localPayments } from "@/adapters/payments/local";
import type { PaymentsPort } from "@/adapters/payments/port";
import { stripePayments } from "@/adapters/payments/stripe";
import { getEnv, isProduction } from "./env";
import { processWide } from "./process-wide";

export type LocalPayments = ReturnType<typeof localPayments>;

/**
 * Stripe when its keys and prices are set; otherwise the local test checkout, which hosted
 * production refuses. One per process: the local checkout keeps its open sessions in memory.
 */
export function getPayments(): PaymentsPort {
  return processWide("payments", () => {
    const env = getEnv();
    if (env.STRIPE_SECRET_KEY && env.STRIPE_WEBHOOK_SECRET && env.STRIPE_PRICE_MONTH && env.STRIPE_PRICE_YEAR)
      return stripePayments({
        secretKey: env.STRIPE_SECRET_KEY,
        webhookSecret: env.STRIPE_WEBHOOK_SECRET,
        prices: { month: env.STRIPE_PRICE_MONTH, year: env.STRIPE_PRICE_YEAR },
        ...apiLocation(env.STRIPE_API_URL),
      });
    return getLocalPayments();
  });
}

export function getLocalPayments(): LocalPayments {
  const env = getEnv();
  if (isProduction(env) && env.ALLOW_LOCAL_PAYMENTS !== "yes") {
    throw new Error(
      "mjpro: the local test checkout is refused in production; set the STRIPE_* settings (or ALLOW_LOCAL_PAYMENTS=yes for a demo)",
    );
  }
  return processWide("localPayments", () => localPayments({ now: () => Date.now() }));
}

function apiLocation(url: string | undefined): { host?: string; port?: number; protocol?: "http" | "https" } {
  if (!url) return {};
  const parsed = new URL(url);
  const protocol = parsed.protocol === "http:" ? "http" : "https";
  return { host: parsed.hostname, port: Number(parsed.port) || (protocol === "http" ? 80 : 443), protocol };
}
