import type { PaymentsPort } from "@/adapters/payments/port";
import type { Store } from "@/adapters/store/port";
import { NotFoundError } from "../errors";
import { type PlanView, planOf } from "./plan";
import { recordSubscription } from "./record-subscription";

/**
 * Called by the success page: the checkout is read back from the provider, so a
 * forged or replayed redirect changes nothing; the webhook would bring the same state.
 */
export async function reconcileCheckout(
  ctx: { store: Store; payments: PaymentsPort; now: number },
  input: { userId: string; sessionId: string },
): Promise<PlanView> {
  const checkout = await ctx.payments.retrieveCheckout(input.sessionId);
  if (checkout.userId && checkout.userId !== input.userId)
    throw new NotFoundError("No such checkout for this account.");
  if (checkout.userId && checkout.subscriptionId) {
    if (checkout.customerId) await ctx.store.billing.linkCustomer(input.userId, checkout.customerId);
    await recordSubscription(
      ctx.store,
      input.userId,
      await ctx.payments.fetchSubscription(checkout.subscriptionId, ctx.now),
    );
  }
  return planOf(ctx, input.userId);
}
