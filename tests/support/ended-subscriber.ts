import type { Store } from "@/adapters/store/port";
import { recordSubscription } from "@/services/billing/record-subscription";
import { newAccount } from "./accounts";

/** An account whose subscription ended at `endedAt`, recorded as billing events record it (deletion scheduled). */
export async function endedSubscriber(
  store: Store,
  endedAt: number,
  account: { email?: string; emailKey?: string; createdAt?: number } = {},
): Promise<{ id: string; email: string }> {
  const { id, email } = await newAccount(store, account);
  await recordSubscription(store, id, {
    subscriptionId: `sub_${id}`,
    customerId: `cus_${id}`,
    status: "canceled",
    interval: "month",
    currentPeriodEnd: endedAt,
    cancelAtPeriodEnd: false,
    endedAt,
    eventAt: endedAt,
  });
  return { id, email };
}
