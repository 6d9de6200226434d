import type { PaymentsPort } from "@/adapters/payments/port";
import type { Store, UserRecord } from "@/adapters/store/port";
import { isPro } from "@/domain/billing/subscription";
import { ConflictError } from "../errors";

export class AlreadySubscribedError extends ConflictError {
  constructor() {
    super("already_subscribed", "You already have Pro. Manage your subscription from your account page.");
  }
}

export interface CheckoutContext {
  store: Store;
  payments: PaymentsPort;
  /** the site's own origin: the only place checkout may send people back to */
  siteUrl: string;
  now: number;
}

/** A double click within this window reuses the same checkout session (the provider's idempotency). */
const IDEMPOTENCY_WINDOW_MS = 10 * 60 * 1000;

export async function startCheckout(
  ctx: CheckoutContext,
  input: { user: UserRecord; interval: "month" | "year" },
): Promise<{ url: string }> {
  if (isPro(await ctx.store.billing.get(input.user.id), ctx.now)) throw new AlreadySubscribedError();
  const customerId = await ctx.store.billing.customerOf(input.user.id);
  const window = Math.floor(ctx.now / IDEMPOTENCY_WINDOW_MS);
  const checkout = await ctx.payments.createCheckout({
    userId: input.user.id,
    email: input.user.email,
    customerId,
    interval: input.interval,
    successUrl: `${ctx.siteUrl}/billing/success?session_id={CHECKOUT_SESSION_ID}`,
    cancelUrl: `${ctx.siteUrl}/pricing?checkout=cancelled`,
    idempotencyKey: `checkout-${input.user.id}-${input.interval}-${window}`,
  });
  if (!customerId) await ctx.store.billing.linkCustomer(input.user.id, checkout.customerId);
  return { url: checkout.url };
}
