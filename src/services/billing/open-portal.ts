import type { PaymentsPort } from "@/adapters/payments/port";
import type { Store } from "@/adapters/store/port";
import { ConflictError } from "../errors";

/** The provider's page where the person manages or cancels their subscription. */
export async function openPortal(
  ctx: { store: Store; payments: PaymentsPort; siteUrl: string },
  input: { userId: string },
): Promise<{ url: string }> {
  const customerId = await ctx.store.billing.customerOf(input.userId);
  if (!customerId) throw new ConflictError("no_subscription", "There is no subscription to manage yet.");
  return ctx.payments.createPortal({ customerId, returnUrl: `${ctx.siteUrl}/account` });
}
