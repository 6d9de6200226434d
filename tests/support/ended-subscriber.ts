import { randomUUID } from "node:crypto";
import type { Store } from "@/adapters/store/port";
import { recordSubscription } from "@/services/billing/record-subscription";

/** An account whose subscription ended at `endedAt`, recorded as billing events record it (deletion scheduled). */
export async function endedSubscriber(
  store: Store,
  endedAt: number,
  account: { email?: string; emailKey?: string; createdAt?: number } = {},
): Promise<{ id: string; email: string }> {
  const id = `usr_${randomUUID().replaceAll("-", "").slice(0, 20)}`;
  const email = account.email ?? `${id}@example.com`;
  const createdAt = account.createdAt ?? 0;
  await store.users.create(account.emailKey ?? `key-${id}`, {
    id,
    email,
    createdAt,
    ageConfirmedAt: createdAt,
    tokenVersion: 0,
  });
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
